/**
 * The line model on short articles written for these tests in the style of the corpus: every
 * form the issue lists (banners, breadcrumbs, repeated headlines, captions, bylines, related
 * links and lists, relative-time lists, promos, ads, video embeds, tables of contents, sign-offs,
 * tags after the sign-off, fragments, mixed lines).
 */
import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/article';
import { getLanguage } from '../../../src/core/lang/language';
import { analyzeStructure, type StructureResult } from '../../../src/core/structure/structure';
import { readFixture } from './fixtures';

interface Expected {
  readonly title: string;
  /** 1-based boilerplate lines and their kinds. */
  readonly boilerplate: Readonly<Record<number, string>>;
  readonly place: string | null;
  readonly outlet: string | null;
  readonly authors?: readonly string[];
  readonly signoffCodes?: readonly (readonly string[])[];
}

function run(name: string): StructureResult {
  return analyzeStructure(parseArticle(readFixture(name)), getLanguage('id'));
}

const CASES: Readonly<Record<string, Expected>> = {
  'banner-koran.txt': {
    title: 'Bupati Tinjau Pasar Induk, Minta Pedagang Jaga Kebersihan Lapak',
    boilerplate: { 1: 'banner', 5: 'caption', 11: 'related', 15: 'share', 16: 'share' },
    place: 'Sungai Lilin',
    outlet: 'KORANSUMATERA.ID',
    signoffCodes: [[]],
  },
  'breadcrumb-promo.txt': {
    title: 'Warga Serpong Gotong Royong Bersihkan Saluran Air Jelang Musim Hujan',
    boilerplate: { 1: 'breadcrumb', 5: 'caption', 13: 'signoff', 15: 'promo' },
    place: 'SERPONG',
    outlet: 'KabarSerpong.id',
    signoffCodes: [['Red']],
  },
  'infodaerah-list.txt': {
    title: 'Pemkot Bogor Ajak ASN Tingkatkan Pelayanan Publik',
    boilerplate: { 3: 'caption', 6: 'byline', 15: 'related-list', 17: 'related-list', 18: 'related-list', 19: 'related-list', 20: 'related-list', 21: 'related-list', 22: 'related-list' },
    place: 'Bogor',
    outlet: 'InfoDaerah',
    authors: ['MC KOTA BOGOR'],
    signoffCodes: [['MC. Kota Bogor', 'Rina', 'eyv']],
  },
  'repeated-headline.txt': {
    title: 'Camat Minta Warga Waspadai Banjir Kiriman',
    boilerplate: { 3: 'repeated-headline', 4: 'caption', 10: 'related-list', 14: 'related', 20: 'related-list' },
    place: null,
    outlet: 'Rajawalinews.co.id',
    signoffCodes: [['rudi']],
  },
  'relative-time.txt': {
    title: 'Bupati Lepas Kontingen Porprov, Targetkan Juara Umum',
    boilerplate: { 5: 'relative-time', 6: 'relative-time', 7: 'relative-time' },
    place: 'CIKUPA',
    outlet: null,
    signoffCodes: [['Adv']],
  },
  'fragments.txt': {
    title: 'Truk Terguling di Jalan Margonda Depok',
    boilerplate: { 11: 'related', 12: 'related', 14: 'promo', 15: 'promo', 16: 'promo', 17: 'promo', 18: 'promo', 19: 'share', 20: 'promo' },
    place: 'DEPOK',
    outlet: 'KOMPAS.com',
  },
  'detik-style.txt': {
    title: 'Jembatan Gantung di Garut Putus, Warga Menyeberang Pakai Rakit',
    boilerplate: { 9: 'ad', 10: 'related', 11: 'related', 13: 'ad', 15: 'signoff', 16: 'share', 17: 'share', 18: 'other', 19: 'other', 20: 'share', 21: 'video', 22: 'video' },
    place: 'Garut',
    outlet: null,
    signoffCodes: [['abc', 'xyz']],
  },
  'glued.txt': {
    title: 'Hujan Deras, Sejumlah Ruas Jalan di Semarang Tergenang',
    boilerplate: { 3: 'related', 5: 'ad', 7: 'byline' },
    place: 'Semarang',
    outlet: 'Liputan6.com',
    authors: ['Nur Aini'],
  },
  'jpnn-mixed.txt': {
    title: 'Ribuan Penonton Padati Konser Amal di Lapangan Merdeka',
    boilerplate: {},
    place: 'MEDAN',
    outlet: 'jpnn.com',
    signoffCodes: [['dil', 'jpnn']],
  },
  'tribun-byline.txt': {
    title: 'Sekolah Rusak Diterjang Angin Puting Beliung, Siswa Belajar di Tenda',
    boilerplate: { 2: 'byline', 5: 'related', 7: 'byline' },
    place: 'MUARA ENIM',
    outlet: 'TRIBUN-SUMSEL.COM',
    authors: ['Siti Rahma'],
  },
  'captions-toc.txt': {
    title: 'Cara Daftar Beasiswa Daerah 2025, Simak Syaratnya',
    boilerplate: { 3: 'toc', 4: 'toc', 5: 'toc', 6: 'toc', 7: 'caption', 10: 'caption' },
    place: null,
    outlet: 'POSKOTA SELATAN',
  },
  'agency-style.txt': {
    title: 'Presiden Resmikan Bendungan Baru di Jawa Tengah',
    boilerplate: { 4: 'related', 6: 'byline', 7: 'byline', 8: 'other' },
    place: 'Jakarta',
    outlet: 'ANTARA',
    authors: ['Andi Pratama'],
  },
  'telegram-syndicated.txt': {
    title: 'Jalan Provinsi di Kuningan Ambles, Kendaraan Dialihkan',
    boilerplate: { 5: 'share', 6: 'promo', 7: 'other', 8: 'promo' },
    place: 'Jakarta',
    outlet: 'Warta Priangan',
  },
  'agency-comma-table.txt': {
    title: 'Harga Emas Batangan Naik Rp5.000 per Gram',
    boilerplate: { 5: 'ad', 6: 'ad', 12: 'signoff' },
    place: 'Jakarta',
    outlet: 'CNN Indonesia',
    signoffCodes: [['agt', 'sfr']],
  },
  'share-words-list.txt': {
    title: 'Warga Keluhkan Jalan Rusak di Desa Sukamaju',
    boilerplate: { 3: 'byline', 4: 'share', 14: 'byline', 16: 'share', 17: 'share', 18: 'share', 20: 'related', 21: 'related', 22: 'related', 23: 'related' },
    place: 'SUKABUMI',
    outlet: 'SuaraSukabumi.id',
  },
  'no-dateline-promos.txt': {
    title: 'Kapal Nelayan Tenggelam di Perairan Selatan, Dua ABK Hilang',
    boilerplate: { 7: 'promo', 8: 'promo' },
    place: null,
    outlet: 'Kabar Pesisir',
  },
};

suite('structure: line model on written fixtures', () => {
  for (const [name, want] of Object.entries(CASES)) {
    test(name, () => {
      const got = run(name);
      assert.equal(got.title?.text, want.title, 'title');
      const kinds = Object.fromEntries(got.boilerplate.map((b) => [b.line + 1, b.kind]));
      assert.deepEqual(kinds, want.boilerplate, 'boilerplate lines and kinds');
      assert.equal(got.dateline?.place ?? null, want.place, 'dateline place');
      assert.equal(got.outlet, want.outlet, 'outlet');
      if (want.authors) assert.deepEqual(got.authors, want.authors, 'authors');
      if (want.signoffCodes) assert.deepEqual(got.signoffs.map((s) => s.codes), want.signoffCodes, 'sign-off codes');
      for (const b of got.boilerplate) assert.ok(b.reason.length > 5, `line ${b.line + 1} has a reason for the hover`);
      got.lineRoles.forEach((role, i) => {
        if (role === 'boilerplate') assert.ok(i + 1 in want.boilerplate, `line ${i + 1} role`);
      });
    });
  }

  test('a line of body text with a sign-off and a promo glued to it stays body', () => {
    const got = run('jpnn-mixed.txt');
    assert.equal(got.lineRoles[3], 'body');
    assert.equal(got.signoffs[0]?.text, '(dil/jpnn)');
  });

  test('the dateline span covers the dateline as written', () => {
    const text = readFixture('tribun-byline.txt');
    const got = analyzeStructure(parseArticle(text), getLanguage('id'));
    const span = got.dateline?.span;
    assert.ok(span);
    assert.equal(text.slice(span.start, span.end).trim(), 'TRIBUN-SUMSEL.COM, MUARA ENIM –');
  });

  test('the last line of an article without sign-off stays body even without a full stop', () => {
    const got = run('captions-toc.txt');
    assert.equal(got.lineRoles[11], 'body');
  });

  test('a headline that merely starts with a navigation word is still the headline', () => {
    const text = 'Home Industri Tahu di Cibuntu Terancam Tutup\nBANDUNG - Puluhan perajin tahu di Cibuntu mengeluhkan harga kedelai yang terus naik.';
    const got = analyzeStructure(parseArticle(text), getLanguage('id'));
    assert.equal(got.title?.line, 0);
    assert.deepEqual(got.boilerplate, []);
  });

  test('the English data drives the same engine', () => {
    const text = 'Floods Hit Coastal Town\nBy Jane Doe\nLONDON - Heavy rain flooded the town on Monday, officials said.\nRead more: Storm warnings issued across the region\nAdvertisement\nThe council opened two shelters for residents who had to leave their homes.';
    const got = analyzeStructure(parseArticle(text), getLanguage('en'));
    assert.equal(got.title?.text, 'Floods Hit Coastal Town');
    assert.equal(got.dateline?.place, 'LONDON');
    assert.deepEqual(got.boilerplate.map((b) => [b.line, b.kind]), [[1, 'byline'], [3, 'related'], [4, 'ad']]);
    assert.deepEqual(got.authors, ['Jane Doe']);
  });
});

suite('structure: body lines that look like metadata stay body', () => {
  const lang = getLanguage('id');
  test('"Oleh karena itu, … WIB" is a sentence, not a byline', () => {
    const text = 'Rapat Anggaran Ditunda\nBOGOR - Rapat anggaran ditunda karena banyak anggota dewan berhalangan hadir.\nOleh karena itu, rapat digelar ulang pada Senin pukul 09.00 WIB di gedung dewan.';
    assert.deepEqual(analyzeStructure(parseArticle(text), lang).boilerplate, []);
  });

  test('a headline cut short with "..." is still the headline when only the lead repeats its words', () => {
    const text = 'Presiden Resmikan Jalan Tol Baru di...\nPresiden Resmikan Jalan Tol Baru di Sumatera, yang diharapkan memangkas waktu tempuh hingga dua jam bagi warga.';
    const got = analyzeStructure(parseArticle(text), lang);
    assert.equal(got.title?.line, 0);
    assert.deepEqual(got.boilerplate, []);
  });

  test('a numbered list in the body is body', () => {
    const text = 'Syarat Daftar Ulang Siswa Baru\nSEMARANG - Sekolah meminta orang tua menyiapkan berkas daftar ulang berikut ini:\n1. Fotokopi kartu keluarga\n2. Pas foto ukuran 3x4\n3. Surat keterangan sehat\nBerkas diserahkan paling lambat Jumat pekan ini.';
    assert.deepEqual(analyzeStructure(parseArticle(text), lang).boilerplate, []);
  });
});

suite('structure: a related label followed by the body', () => {
  test('a short sentence after "Baca Juga" is body, not a related headline', () => {
    const text = 'Gempa Guncang Pesisir Selatan\nPADANG - Gempa bermagnitudo 5,1 mengguncang pesisir selatan pada Rabu sore.\nBaca Juga\nTidak ada kerusakan.\nWarga sempat berhamburan keluar rumah saat guncangan terasa.';
    const got = analyzeStructure(parseArticle(text), getLanguage('id'));
    assert.deepEqual(got.boilerplate.map((b) => b.line), [2]);
  });
});

suite('structure: navigation before the headline', () => {
  test('a breadcrumb path before the headline is skipped', () => {
    const text = 'Home » Berita » Daerah\nPasar Murah Digelar di Alun-alun Kota\nCIREBON - Pemerintah kota menggelar pasar murah untuk warga menjelang hari raya.';
    const got = analyzeStructure(parseArticle(text), getLanguage('id'));
    assert.equal(got.title?.line, 1);
    assert.deepEqual(got.boilerplate.map((b) => [b.line, b.kind]), [[0, 'breadcrumb']]);
  });
});

suite('structure: related lists in other shapes', () => {
  test('a label, a blank line, and dash-bulleted headlines are one related list', () => {
    const text = 'Harga Bawang Merah Turun di Pasar Induk\n\nBREBES - Harga bawang merah di pasar induk turun menjadi Rp20.000 per kilogram pekan ini.\n\nBaca Juga:\n\n- Petani Bawang Keluhkan Biaya Pupuk\n- Panen Raya Bawang Merah Dimulai\n\nPedagang menyebut pasokan dari petani melimpah karena panen raya.';
    const got = analyzeStructure(parseArticle(text), getLanguage('id'));
    assert.deepEqual(got.boilerplate.map((b) => [b.line, b.kind]), [[4, 'related'], [6, 'related'], [7, 'related']]);
  });
});
