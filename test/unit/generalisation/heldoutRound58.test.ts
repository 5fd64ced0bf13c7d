/**
 * Forms met in held-out round fifty-eight (test/fixtures/heldout/README.md: h484–h493, religion and religious-affairs
 * news: zakat, umrah, Ramadan, pesantren, church, vihara and pura pages), each fixed by language data or a small general
 * rule and checked here on a further short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('religion and religious-affairs pages (round fifty-eight)', () => {
  test('"Buya", "Tuan Guru", "Mgr." and "Mbok" are titles, "Uskup" a role; a month, an order and God are no persons', () => {
    const a = analyse([
      'Umat Diajak Sambut Bulan Puasa dengan Hati Bersih',
      '',
      'PAYAKUMBUH - Ketua PDM Payakumbuh, Buya H. Syahrul Amri, meminta warga Muhammadiyah bersiap menyambut Ramadan tahun depan.',
      '',
      '"Insya Allah kita mulai bersama," kata Buya Syahrul.',
      '',
      'Di Praya, Tuan Guru Fathurrahman memimpin doa. Misa Syukur digelar di Kupang oleh Uskup Kupang, Mgr. Yosef Nuban.',
      '',
      'Mbok Tarsih, penjual kolak, datang bersama umat Sangha Theravada dari Jabodetabek. Ketua panitia, Fikri Ramadhan, mencatat tamu.',
    ]);
    const people = names(a);
    assert.ok(people.includes('Syahrul Amri'), people.join(', '));
    assert.equal(a.quotes[0]?.speaker, 'Syahrul Amri');
    for (const notPerson of ['Buya Syahrul', 'Ramadan', 'Muhammadiyah', 'Allah', 'Insya Allah', 'Misa Syukur', 'Uskup Kupang', 'Sangha Theravada', 'Jabodetabek', 'Guru Fathurrahman', 'Mbok Tarsih']) {
      assert.ok(!people.includes(notPerson), `${notPerson} in ${people.join(', ')}`);
    }
    assert.ok(people.includes('Fathurrahman'), people.join(', '));
    assert.ok(people.includes('Yosef Nuban'), people.join(', '));
    assert.ok(people.includes('Tarsih'), people.join(', '));
    // A name written "Ramadhan" stays a name.
    assert.ok(people.includes('Fikri Ramadhan'), people.join(', '));
  });

  test('a name word shaped like a passive verb ("Dimyati") is a name after a title or a name word', () => {
    const a = analyse([
      'Bahtsul Masail Bahas Arisan Kurban',
      '',
      'KENDAL - Ketua LBM PCNU Kendal, KH. Ahmad Dimyati Hasan, memimpin sidang komisi di aula pesantren.',
      '',
      '"Arisan kurban boleh selama niatnya jelas," tutur Kiai Dimyati.',
      '',
      'Diharapkan Forum itu menjawab pertanyaan warga.',
    ]);
    const people = names(a);
    assert.ok(people.includes('Ahmad Dimyati Hasan'), people.join(', '));
    assert.ok(!people.includes('Ahmad'), people.join(', '));
    assert.equal(a.quotes[0]?.speaker, 'Ahmad Dimyati Hasan');
    // The same shape opening a sentence is still the verb it looks like.
    assert.ok(!people.some((p) => p.startsWith('Diharapkan')), people.join(', '));
  });

  test('two family names joined by a hyphen before a degree are one name, with no title before them', () => {
    const a = analyse([
      'Pawai Natal Digelar Lagi Tahun Ini',
      '',
      'TONDANO - Bupati Minahasa, Grace Sumual-Pangemanan, S.H., menyebut pawai Natal kembali digelar tahun ini.',
      '',
      '"Kami siapkan pengamanan bersama," ujarnya.',
    ]);
    assert.ok(names(a).includes('Grace Sumual-Pangemanan'), names(a).join(', '));
    assert.equal(a.quotes[0]?.speaker, 'Grace Sumual-Pangemanan');
    // Without a degree or a title the hyphenated pair is still no name of its own.
    const b = analyse([
      'Proyek Kereta Dilanjutkan',
      '',
      'JAKARTA - Kereta Cepat Jakarta-Bandung menambah jadwal perjalanan mulai pekan depan.',
    ]);
    assert.ok(!names(b).some((p) => p.includes('Jakarta-Bandung')), names(b).join(', '));
  });

  test('a donation box, a calendar box, a ticker, a triangle path and an unfolding button are boilerplate', () => {
    const a = analyse([
      'SUARA PURA',
      '━━━━━━━━━━━━━━━━━━━━',
      'BREAKING ▸ Jalan Menuju Pura Lempuyang Ditutup Sementara',
      '━━━━━━━━━━━━━━━━━━━━',
      '',
      'KALENDER BALI HARI INI',
      'Wuku Sinta | Sasih Kalima | Penanggal 3',
      'Hari baik: Buda Cemeng — baik untuk menanam',
      '',
      'KARANGASEM ▸ AGAMA',
      '',
      'Pemedek Padati Pura Besakih Jelang Purnama',
      '',
      'KARANGASEM - Ribuan pemedek memadati Pura Besakih sejak Senin pagi menjelang Purnama Kalima.',
      '',
      'Lanjutkan membaca ▼',
      '',
      'Pengelola menambah petugas parkir di kawasan pura.',
      '',
      'Salurkan infaq dan sedekah Anda melalui lembaga amil resmi.',
      'Scan QRIS atau transfer ke rekening yayasan 1234567890',
      'Rekening Zakat: BSI 7007007007 a.n. Lazis Umat',
    ]);
    assert.equal(a.title?.text, 'Pemedek Padati Pura Besakih Jelang Purnama');
    assert.equal(kindOf(a, 3), 'banner');
    assert.equal(kindOf(a, 6), 'banner');
    assert.notEqual(kindOf(a, 7), undefined);
    assert.equal(kindOf(a, 8), 'other');
    assert.equal(kindOf(a, 10), 'breadcrumb');
    assert.equal(kindOf(a, 16), 'ad');
    assert.equal(kindOf(a, 18), undefined);
    for (const line of [20, 21, 22]) assert.equal(kindOf(a, line), 'promo', `line ${line}`);
  });

  test('a newsletter\'s edition line, its table of contents and a schedule row do not take the headline', () => {
    const a = analyse([
      '==================================================',
      'WARTA PAROKI ENDE',
      'Edisi 12/XI/2026 -- Minggu, 22 November 2026',
      '==================================================',
      '',
      'DAFTAR ISI',
      '1. Umat Paroki Bangun Kapel di Stasi Terpencil',
      '2. Jadwal Misa Pekan Ini',
      '',
      '------------------------------------------------',
      'Umat Paroki Bangun Kapel di Stasi Terpencil',
      '------------------------------------------------',
      '',
      'ENDE -- Umat Paroki Santo Yosef bergotong royong membangun kapel di Stasi Wolotopo, Sabtu (21/11/2026).',
      '',
      'Minggu Adven I, 29 November 2026: 06.00 | 08.30 | 17.00 WITA',
    ]);
    assert.equal(a.title?.text, 'Umat Paroki Bangun Kapel di Stasi Terpencil');
    assert.equal(kindOf(a, 3), 'byline');
    assert.ok(kindOf(a, 7) !== undefined && kindOf(a, 8) !== undefined);
    assert.equal(kindOf(a, 16), 'other');
  });

  test('a site\'s tagline right under its name in capitals is not the headline over the stamp', () => {
    const a = analyse([
      'Buka di Aplikasi',
      'GEMA VIHARA',
      'Warta Umat Buddha Sumatera',
      '',
      'Ratusan Umat Ikuti Puja Bakti Kathina di Vihara Medan',
      '2026-11-22T09:15:00+07:00',
      'Oleh Lina Susanti',
      '',
      'Medan (GEMA VIHARA) - Ratusan umat Buddha mengikuti puja bakti Kathina di Vihara Borobudur Medan, Minggu.',
    ]);
    assert.equal(a.title?.text, 'Ratusan Umat Ikuti Puja Bakti Kathina di Vihara Medan');
    assert.equal(kindOf(a, 6), 'byline');
    // A short headline set apart from the masthead by a blank line stays the headline.
    const b = analyse([
      'GEMA VIHARA',
      '',
      'Kathina di Vihara Medan',
      'Oleh Lina Susanti',
      '',
      'Medan (GEMA VIHARA) - Ratusan umat Buddha mengikuti puja bakti Kathina di Vihara Borobudur Medan, Minggu.',
    ]);
    assert.equal(b.title?.text, 'Kathina di Vihara Medan');
  });

  test('a name the person goes by, given with titles and after a few words ("yang oleh santri akrab disapa …"), is theirs', () => {
    const a = analyse([
      'Pondok Tahfiz Wisuda 30 Santri',
      '',
      'PRAYA - Wisuda dipimpin pengasuh pondok, TGH. Muhammad Saleh Hamdi, yang oleh para santri akrab disapa Tuan Guru Bajang.',
      '',
      '"Hafalan harus dijaga seumur hidup," kata Tuan Guru Bajang.',
    ]);
    const people = names(a);
    assert.deepEqual(people, ['Muhammad Saleh Hamdi']);
    assert.equal(a.quotes[0]?.speaker, 'Muhammad Saleh Hamdi');
    // A name given right after "yang akrab disapa" is still read.
    const b = analyse([
      'Warga Gelar Kenduri Laut',
      '',
      'LUBUK BASUNG - Ketua panitia, Andri Warsa Putra, yang akrab disapa Awas, memimpin kenduri.',
      '',
      '"Laut ini rezeki bersama," kata Awas.',
    ]);
    assert.equal(b.quotes[0]?.speaker, 'Andri Warsa Putra');
  });

  test('a tagline right under a masthead in capitals is no headline; the headline over the stamp further down is (stop 16)', () => {
    const a = analyse([
      '✕',
      'Buka di Aplikasi',
      'WARTA DHAMMA',
      'Suara Umat Buddha Sumatra',
      '',
      'Umat Buddha Medan Rayakan Waisak di Vihara Borobudur',
      '2026-05-31T09:15:00+07:00',
      'Oleh Lina Hartono',
      '',
      'Medan (WARTA DHAMMA) - Ribuan umat Buddha merayakan Waisak di Vihara Borobudur Medan, Minggu (31/5/2026).',
    ]);
    assert.equal(a.title?.text, 'Umat Buddha Medan Rayakan Waisak di Vihara Borobudur');
  });
});
