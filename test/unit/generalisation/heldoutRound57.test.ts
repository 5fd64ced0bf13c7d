/**
 * Forms met in held-out round fifty-seven (test/fixtures/heldout/README.md: h474–h483, regional government news from
 * Aceh, North Sumatra, Papua, NTT and Maluku), each fixed by language data or a small general rule and checked here
 * on a further short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('regional government news from the east and the west (round fifty-seven)', () => {
  test('"Kaka" is an honorific, "Rat" a role, "Lembah" opens a place, adat councils and parishes are no persons', () => {
    const a = analyse([
      'Warga Kampung Pikhe Gotong Royong Perbaiki Jembatan',
      '',
      'WAMENA - Tokoh pemuda Kaka Markus Asso memimpin kerja bakti di Lembah Baliem bersama Rat Ohoitel, Piter Rahayaan.',
      '',
      'Sengketa itu dibawa ke Tuha Peut gampong. Pastor Paroki Kurulu, Romo Yosef Tebai, ikut hadir.',
      '',
      '"Kami kerja sama-sama," kata Kaka Markus.',
    ]);
    const people = names(a);
    assert.ok(people.includes('Markus Asso'), people.join(', '));
    assert.ok(!people.some((p) => p.startsWith('Kaka')), people.join(', '));
    assert.ok(people.includes('Piter Rahayaan'), people.join(', '));
    assert.ok(!people.includes('Ohoitel'), people.join(', '));
    assert.ok(!people.includes('Lembah Baliem'), people.join(', '));
    assert.ok(!people.includes('Tuha Peut'), people.join(', '));
    assert.ok(!people.includes('Paroki Kurulu'), people.join(', '));
    assert.ok(people.includes('Yosef Tebai'), people.join(', '));
    assert.equal(a.quotes[0]?.speaker, 'Markus Asso');
  });

  test('a married woman\'s two family names joined by a hyphen before a degree stay one name', () => {
    const a = analyse([
      'Klasis Baru Dilantik di Saparua',
      '',
      'SAPARUA - Ibadah dipimpin Ketua Klasis, Pdt. Ny. Mien Latuny-Pattiradjawane, M.Th., di gedung gereja.',
    ]);
    const people = names(a);
    assert.ok(people.includes('Mien Latuny-Pattiradjawane'), people.join(', '));
    assert.ok(!people.includes('Pattiradjawane'), people.join(', '));
    // A pair of names joined by a hyphen is still two persons.
    const b = analyse([
      'Pasangan Calon Resmi Mendaftar',
      '',
      'KUPANG - Pasangan Yosef Nae-Soi Lerik mendaftar ke KPU, Senin.',
    ]);
    assert.ok(names(b).includes('Soi Lerik'), names(b).join(', '));
  });

  test('a related headline after "Bacaan lainnya:", share buttons to a friend and a gallery count are boilerplate', () => {
    const a = analyse([
      'Bupati Resmikan Pasar Ikan Higienis di Larantuka',
      '',
      'Larantuka - Bupati Flores Timur meresmikan pasar ikan higienis di Kelurahan Postoh, Senin.',
      'Bacaan lainnya: Harga Ikan Tongkol di Larantuka Turun',
      'Pasar itu dibangun dengan dana alokasi khusus senilai Rp4 miliar.',
      '',
      'Bagikan ke teman:  WhatsApp   Facebook   Salin tautan',
    ]);
    assert.equal(kindOf(a, 4), 'related');
    assert.equal(kindOf(a, 7), 'share');
    assert.equal(kindOf(a, 5), undefined);
    const b = analyse([
      'LAPORAN KHUSUS',
      'Nelayan Tual Kembali Melaut Setelah Cuaca Membaik',
      '',
      '📷 Galeri (8 foto)',
      'Perahu nelayan bersandar di Pelabuhan Tual, Senin. (Foto: Kabar Kei)',
      '',
      'TUAL - Ratusan nelayan di Kota Tual kembali melaut setelah gelombang tinggi mereda sejak Minggu.',
    ]);
    assert.equal(b.title?.text, 'Nelayan Tual Kembali Melaut Setelah Cuaca Membaik');
    assert.equal(kindOf(b, 1), 'banner');
    assert.equal(kindOf(b, 4), 'caption');
  });

  test('a site\'s tagline alone under its name and a masthead listing the places covered are not the headline', () => {
    const a = analyse([
      'WARTA KEPULAUAN',
      'Berita dari pulau-pulau kecil di Maluku Barat Daya',
      '',
      'Senin, 23 November 2026',
      '',
      'Dermaga Baru di Pulau Kisar Mulai Dipakai Kapal Perintis',
      '',
      'KISAR - Dermaga baru di Pulau Kisar mulai disinggahi kapal perintis sejak pekan lalu.',
    ]);
    assert.equal(a.title?.text, 'Dermaga Baru di Pulau Kisar Mulai Dipakai Kapal Perintis');
    const b = analyse([
      'BATAKTODAY | Tarutung, Balige, Dolok Sanggul, Pangururan, Sidikalang',
      'Kamis, 19 November 2026',
      '',
      'Jalan Lingkar Danau Toba Ditutup Sementara karena Longsor',
      '',
      'BALIGE, BATAKTODAY.COM - Jalan lingkar Danau Toba di ruas Balige ditutup sementara akibat longsor, Kamis.',
    ]);
    assert.equal(b.title?.text, 'Jalan Lingkar Danau Toba Ditutup Sementara karena Longsor');
    // A headline with a comma list of places stays the headline.
    const c = analyse([
      'Banjir Rendam Tarutung, Balige, Sipoholon dan Siborongborong',
      '',
      'TARUTUNG - Banjir merendam empat kecamatan di Tapanuli Utara dan Toba sejak Rabu malam.',
    ]);
    assert.equal(c.title?.text, 'Banjir Rendam Tarutung, Balige, Sipoholon dan Siborongborong');
  });

  test('the comments under a comment section\'s heading are boilerplate, and their writers no persons', () => {
    const a = analyse([
      'Puskesmas Keliling Mulai Layani Kampung Terpencil',
      '',
      'NABIRE - Dinas Kesehatan Nabire mengoperasikan puskesmas keliling untuk 14 kampung terpencil mulai pekan ini.',
      '',
      '2 Komentar',
      'Bapa Yulius:  Puji Tuhan, semoga sampai ke kampung kami juga.',
      'Nona Mirna Kayame:  Jangan cuma satu bulan saja ya.',
    ]);
    assert.equal(kindOf(a, 6), 'share');
    assert.equal(kindOf(a, 7), 'share');
    const people = names(a);
    assert.ok(!people.some((p) => p.includes('Yulius') || p.includes('Mirna')), people.join(', '));
    // Without the heading, a line opening with a name and a colon is the body's.
    const b = analyse([
      'Puskesmas Keliling Mulai Layani Kampung Terpencil',
      '',
      'NABIRE - Dinas Kesehatan Nabire mengoperasikan puskesmas keliling untuk 14 kampung terpencil mulai pekan ini.',
      '',
      'Kepala Dinas Kesehatan: Layanan dibuka setiap Senin dan Kamis di balai kampung.',
    ]);
    assert.equal(kindOf(b, 5), undefined);
  });

  test('an office named without a name is not the person whose role shares only its place', () => {
    const a = analyse([
      'Gubernur Tinjau Padang Penggembalaan di Sumba Timur',
      '',
      'Waingapu - Target itu disampaikan Gubernur NTT saat meninjau padang penggembalaan di Pandawai, Selasa.',
      '',
      'Gubernur menegaskan provinsi siap membangun embung. "Kalau air ada, ternak pasti berkembang," ujarnya.',
      '',
      'Turut hadir Kepala Dinas Peternakan Provinsi NTT, Ir. Maria Lisapaly.',
    ]);
    assert.notEqual(a.quotes[0]?.speaker, 'Maria Lisapaly');
    // The office the person holds still names them.
    const b = analyse([
      'Bupati Tinjau Padang Penggembalaan di Sumba Timur',
      '',
      'Waingapu - Bupati Sumba Timur, Umbu Lili Pekuwali, meninjau padang penggembalaan di Pandawai, Selasa.',
      '',
      'Kepala Dinas Peternakan Provinsi NTT, Ir. Maria Lisapaly, ikut hadir. "Kalau air ada, ternak pasti berkembang," kata Bupati Sumba Timur.',
    ]);
    assert.equal(b.quotes[0]?.speaker, 'Umbu Lili Pekuwali');
  });
});
