/**
 * Forms met in held-out round sixty (test/fixtures/heldout/README.md: h504–h513, page furniture around the article:
 * comment threads, reader polls, paged articles, update and correction notes, mastheads with taglines, cookie, login
 * and newsletter boxes, print-edition notes and text-to-speech players), each fixed by language data or a small
 * general rule and checked here on a further short article written for the test, with the counter-case that must not
 * change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('page furniture around the article (round sixty)', () => {
  test('a stamp opening with a weekday, written out or short, is no dateline', () => {
    const a = analyse([
      'Warga Desa Tolak Alih Fungsi Kebun Pala',
      'Sel, 24-11-2026 | 09.30 WITA',
      'Warga Desa Air Madidi menolak alih fungsi kebun pala menjadi perumahan dalam rapat desa, Senin (23/11/2026).',
    ]);
    assert.notEqual(a.dateline?.place, 'Sel');
    const b = analyse([
      'Ferry service resumes after storm',
      'Monday, November 23, 2026 | 08:10 WITA',
      'Ferry services between Ternate and Tidore resumed on Monday after two days of high waves kept boats in port, and the harbour master said the schedule would be back to normal by Tuesday.',
    ]);
    assert.notEqual(b.dateline?.place, 'Monday');
    // A place stays the dateline.
    const c = analyse([
      'Warga Desa Tolak Alih Fungsi Kebun Pala',
      '',
      'Tondano, MinahasaKita – Warga Desa Air Madidi menolak alih fungsi kebun pala menjadi perumahan, Senin (23/11/2026).',
    ]);
    assert.equal(c.dateline?.place, 'Tondano');
  });

  test('a comment thread giving each comment several lines is boilerplate down to its last reply row', () => {
    const a = analyse([
      'Antrean Solar Mengular di SPBU Sangatta',
      '',
      'SANGATTA - Antrean truk pengisi solar mengular hingga satu kilometer di SPBU Jalan Yos Sudarso, Senin.',
      '',
      '12 Komentar',
      'Urutkan berdasarkan Terbaru',
      'Dodi Saputra',
      '• 2 jam yang lalu',
      'Tiap bulan begini terus, tolong diawasi penimbunnya.',
      '↪ Balas  △ 9 ▽',
      'Sri Wulandari',
      '40 menit lalu',
      'Kasihan sopir yang antre dari subuh sampai siang.',
      'Balas   👍 3',
      'Komentar Anda akan dimoderasi sebelum tampil.',
    ]);
    for (let line = 6; line <= 15; line++) assert.ok(kindOf(a, line) !== undefined, `line ${line}`);
    const people = names(a);
    assert.ok(!people.some((p) => p.includes('Dodi') || p.includes('Wulandari')), people.join(', '));
    // One time line alone under the heading is not a thread.
    const b = analyse([
      'Antrean Solar Mengular di SPBU Sangatta',
      '',
      '2 Komentar',
      'SANGATTA - Antrean truk pengisi solar mengular hingga satu kilometer di SPBU Jalan Yos Sudarso, Senin.',
      'Sopir truk, Dodi Saputra, mengaku sudah mengantre sejak subuh dan belum juga mendapat solar hingga siang.',
      '2 jam lalu',
    ]);
    assert.equal(kindOf(b, 5), undefined);
    assert.ok(names(b).includes('Dodi Saputra'), names(b).join(', '));
  });

  test('a paged article\'s navigation, its headline repeated per page and a reaction poll are boilerplate', () => {
    const a = analyse([
      'Harga Cabai di Pasar Tondano Tembus Rp90 Ribu',
      '',
      'TONDANO - Harga cabai rawit di Pasar Tondano naik tajam menjelang Natal.',
      'Halaman selanjutnya >>',
      'Harga Cabai di Pasar Tondano Tembus Rp90 Ribu (Halaman 2)',
      '<< Halaman sebelumnya',
      'Pedagang menyebut pasokan dari Kabupaten Minahasa Selatan berkurang karena hujan.',
      '',
      'Apa reaksimu?',
      'Senang 12%',
      'Sedih 30%',
      'Marah 58%',
    ]);
    for (const line of [4, 5, 6, 9, 10, 11, 12]) assert.ok(kindOf(a, line) !== undefined, `line ${line}`);
    assert.equal(kindOf(a, 7), undefined);
    assert.equal(a.title?.text, 'Harga Cabai di Pasar Tondano Tembus Rp90 Ribu');
  });

  test('newsletter, login and paywall boxes, footer links, dated corrections and a series label are boilerplate', () => {
    const a = analyse([
      'Liputan Khusus: Sungai yang Hilang (2)',
      'Sungai Cikapundung Menyempit Dua Meter dalam Sepuluh Tahun',
      '',
      'BANDUNG - Lebar Sungai Cikapundung di ruas Tamansari menyempit hingga dua meter dalam sepuluh tahun terakhir.',
      '📩 Dapatkan berita pilihan kami langsung di surel Anda setiap pagi.',
      'Anda belum masuk. Masuk untuk menyimpan artikel dan mengikuti topik favorit Anda.',
      'Anda memiliki 2 artikel gratis tersisa bulan ini.',
      'Warga bantaran mengaku bangunan terus bertambah sejak 2016.',
      'Koreksi (24/11/2026, 10.15 WIB): Versi awal tulisan ini menyebut lebar sungai menyempit tiga meter.',
      'Baca serial lengkapnya:',
      'Bagian 1: Mata Air Cikapundung yang Kian Kering',
      'Berlangganan buletin kami setiap Jumat:  [ email Anda ]  Kirim',
      'Tentang Kami   Redaksi   Pedoman Media Siber   Kontak',
    ]);
    assert.equal(a.title?.text, 'Sungai Cikapundung Menyempit Dua Meter dalam Sepuluh Tahun');
    for (const line of [1, 5, 6, 7, 9, 10, 11, 12, 13]) assert.ok(kindOf(a, line) !== undefined, `line ${line}`);
    assert.equal(kindOf(a, 8), undefined);
  });

  test('English furniture: cookie buttons, related stories, share row and sign-up box; a courier names its publisher', () => {
    const a = analyse([
      'We use cookies to improve your experience on our site.',
      'Accept all    Manage preferences',
      'THE MOLUCCAS COURIER',
      'News from the spice islands',
      'News | Business | Sport',
      '',
      'Spice farmers expect bigger nutmeg harvest',
      '',
      'AMBON, Maluku — Nutmeg farmers on Banda expect a bigger harvest this year after months of steady rain, traders said on Monday, and prices at the Ambon market have already started to fall.',
      '',
      'Related stories',
      'Clove prices fall in North Maluku',
      '',
      'Share this article   Facebook   X   Email',
      'Sign up for our morning briefing',
      'Get the top Maluku stories in your inbox every weekday.',
    ]);
    assert.equal(a.title?.text, 'Spice farmers expect bigger nutmeg harvest');
    assert.equal(a.outlet, 'THE MOLUCCAS COURIER');
    for (const line of [2, 11, 12, 14, 15, 16]) assert.ok(kindOf(a, line) !== undefined, `line ${line}`);
  });

  test('in English too, a name, its affiliation ("of …") and a verb make the one a later "he told" points to', () => {
    const a = analyse([
      'Spice farmers expect bigger nutmeg harvest',
      '',
      'AMBON — Nutmeg farmers on Banda expect a bigger harvest this year after months of steady rain, traders said on Monday, and prices at the Ambon market have already started to fall.',
      '',
      '"We have not seen trees like this for years," said Hendrik Latuconsina, a farmer in Lonthoir.',
      '',
      'Market analyst Maria Sahetapy of Pattimura University said the fall in prices would not last long.',
      '',
      '"Buyers from Surabaya will come back before Christmas," she told reporters.',
    ]);
    assert.equal(a.quotes[1]?.speaker, 'Maria Sahetapy');
  });

  test('"Agung" opens a name; a name, its affiliation and a verb make the one who speaks', () => {
    const a = analyse([
      'Jalan Poros Desa Rusak Parah',
      '',
      'PALU - Jalan poros Desa Kalukubula rusak parah setelah banjir, Senin (23/11/2026).',
      '',
      '"Kami sudah lapor ke dinas," kata Agung Setiawan, Kepala Desa Kalukubula.',
      '',
      'Pengamat tata kota Rina Lamadjido dari Universitas Tadulako mengatakan perbaikan harus memakai drainase.',
      '',
      '"Kalau tidak, jalannya rusak lagi," ujarnya.',
    ]);
    const people = names(a);
    assert.ok(people.includes('Agung Setiawan'), people.join(', '));
    assert.equal(a.quotes[1]?.speaker, 'Rina Lamadjido');
    // "Masjid Agung" and "Jaksa Agung" stay no persons.
    const b = analyse([
      'Jaksa Agung Resmikan Gedung Baru',
      '',
      'PALU - Jaksa Agung meresmikan gedung baru kejaksaan di dekat Masjid Agung Darussalam, Senin.',
    ]);
    assert.deepEqual(names(b), []);
  });

  test('a name followed by ", sapaan akrabnya" is what the person named last before goes by', () => {
    const a = analyse([
      'Petani Sumberrejo Sedot Air Sumur',
      '',
      'MADIUN - Di Desa Sumberrejo, Senin (23/11), Sukardi, 60, menyalakan pompa diesel sejak pagi.',
      '',
      '"Kalau tidak disedot, padinya mati," tutur Pak Kardi, sapaan akrabnya.',
    ]);
    assert.deepEqual(names(a), ['Sukardi']);
    assert.equal(a.quotes[0]?.speaker, 'Sukardi');
    // A nickname given for a role ("sapaan akrab wakil bupati") is left alone.
    const b = analyse([
      'Petani Sumberrejo Sedot Air Sumur',
      '',
      'MADIUN - Di Desa Sumberrejo, Senin (23/11), Sukardi, 60, menyalakan pompa diesel sejak pagi.',
      '',
      '"Kami bantu pompa," kata Kang Harno, sapaan akrab wakil bupati.',
    ]);
    assert.ok(names(b).includes('Harno'), names(b).join(', '));
  });

  test('"Hukum Tua" is a role, a branch manager\'s title and "Niaga" name no person', () => {
    const a = analyse([
      'Stok Elpiji Menipis di Tomohon',
      '',
      'TOMOHON - Hukum Tua Desa Kakaskasen, Jemmy Lumintang, menyebut warga antre elpiji sejak pagi. Pendeta jemaat ikut mendukung sikap Hukum Tua.',
      '',
      'Sales Branch Manager Pertamina Patra Niaga wilayah Sulutgo, Reza Adhitya, membenarkan pasokan terlambat.',
    ]);
    const people = names(a);
    assert.ok(people.includes('Jemmy Lumintang'), people.join(', '));
    assert.ok(people.includes('Reza Adhitya'), people.join(', '));
    assert.ok(!people.some((p) => p.includes('Hukum') || p.includes('Niaga') || p.includes('Manager')), people.join(', '));
  });
});
