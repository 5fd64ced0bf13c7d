/**
 * Forms met in held-out round seventy-six (test/fixtures/heldout/README.md: h664–h673, news articles as NLP research
 * datasets store them: tokenised with spaces around punctuation, LaTeX-style `` '' quotes, HTML entities left in,
 * lower-cased text, a record of labelled fields), each fixed by language data or a small general rule and checked
 * here on a further short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('news articles as NLP datasets store them (round seventy-six)', () => {
  test('`` and \'\' written by a tokeniser open and close a quotation, over lines too', () => {
    const a = analyse([
      'Nelayan Cilacap Keluhkan Solar Langka',
      '',
      "CILACAP , KN - Nelayan di Cilacap kesulitan mendapat solar sejak sepekan terakhir , Senin ( 6/3/2017 ) .",
      '',
      "`` Kami sudah tiga hari tidak melaut karena solar habis di SPBN , '' kata Warsono ( 48 ) , nelayan Kemiren .",
      '`` Perahu kami tambatkan saja .',
      "Kalau begini terus anak-anak tidak bisa sekolah , '' ujar Sartinah .",
    ]);
    assert.equal(a.quotes.length, 2);
    assert.equal(a.quotes[0]?.speaker, 'Warsono');
    assert.equal(a.quotes[0]?.text.startsWith('`` Kami'), true);
    assert.equal(a.quotes[1]?.speaker, 'Sartinah');
    assert.ok(a.quotes[1]?.text.startsWith('`` Perahu'), 'the second quotation opens on its first line');
    // (A spaced '' that could open as well ends the span at its first character: see the README's "left".)
    assert.ok(a.quotes[1]?.text.includes("sekolah , '"), 'and closes on the next');
  });

  test('&quot; left by a dataset marks a quotation; &nbsp; and &amp; read as spaces around the words', () => {
    const a = analyse([
      'Kabar Sampit&nbsp;|&nbsp;Berita Kotawaringin Timur',
      'Harga Rotan di Sampit Naik Dua Kali Lipat',
      'Rabu, 13 Maret 2019&nbsp;&nbsp;10:15 WIB',
      'SAMPIT, KABARSAMPIT&nbsp;- Harga rotan di tingkat perajin naik dua kali lipat dalam sebulan terakhir.',
      '&quot;Pesanan dari Surabaya datang terus, kami sampai lembur setiap malam,&quot; kata Mardiansyah (39), perajin rotan.',
      'Toko Rotan Jaya &amp; Sentosa ikut menambah pegawai.',
    ]);
    assert.equal(a.title?.text, 'Harga Rotan di Sampit Naik Dua Kali Lipat');
    assert.equal(a.outlet, 'KABARSAMPIT');
    assert.ok(kindOf(a, 1), 'the masthead');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0]?.speaker, 'Mardiansyah');
    assert.deepEqual(names(a), ['Mardiansyah']);
  });

  test('an address with its tagline after a typed double hyphen is the masthead', () => {
    const a = analyse([
      'SULTENGNEWS.ID -- Portal Berita Sulawesi Tengah',
      '',
      'Jembatan Gantung di Sigi Putus Diterjang Banjir',
      '',
      'SIGI , SULTENGNEWS.ID -- Jembatan gantung penghubung dua desa di Kecamatan Kulawi putus diterjang banjir , Selasa ( 5/10/2021 ) .',
    ]);
    assert.equal(a.title?.text, 'Jembatan Gantung di Sigi Putus Diterjang Banjir');
    assert.ok(kindOf(a, 1), 'the masthead');
  });

  test('a stamp whose time a tokeniser spaced out ("08 : 15") is a stamp, not the headline\'s second line', () => {
    const a = analyse([
      'warta deli online',
      'banjir rendam tiga kelurahan di medan maimun',
      'kamis , 7 juni 2018 - 09 : 40 wib',
      'warga tiga kelurahan di medan maimun mengungsi setelah sungai deli meluap , kamis ( 7/6/2018 ) .',
    ]);
    assert.equal(a.title?.text, 'banjir rendam tiga kelurahan di medan maimun');
    assert.equal(kindOf(a, 3), 'byline');
  });

  test('a dataset record\'s title field is the headline when no line repeats it; a clipped page\'s is not', () => {
    const a = analyse([
      'id: 9c1e07aa',
      'url: https://www.kabarbulungan.id/daerah/2020/08/17/lomba-perahu-hias',
      'source: kabarbulungan',
      'title: Lomba Perahu Hias Meriahkan HUT RI di Sungai Kayan',
      'text:',
      'TANJUNG SELOR , KABARBULUNGAN - Puluhan perahu hias mengikuti lomba di Sungai Kayan , Senin ( 17/8/2020 ) .',
    ]);
    assert.equal(a.title?.text, 'Lomba Perahu Hias Meriahkan HUT RI di Sungai Kayan');
    assert.equal(kindOf(a, 4), undefined, 'the title field is the headline, no boilerplate');
    assert.ok(kindOf(a, 1), 'the id field');
    const b = analyse([
      '---',
      'title: "Lomba Perahu Hias Meriahkan HUT RI"',
      'source: https://www.kabarbulungan.id/daerah/lomba',
      '---',
      '',
      '# Lomba Perahu Hias Meriahkan HUT RI',
      '',
      'TANJUNG SELOR - Puluhan perahu hias mengikuti lomba di Sungai Kayan, Senin (17/8/2020).',
    ]);
    assert.equal(b.title?.text, 'Lomba Perahu Hias Meriahkan HUT RI');
    assert.ok(kindOf(b, 2), 'the front matter field');
  });

  test('a short body line in a block with a "baca juga" line further down is no fragment of it', () => {
    const a = analyse([
      'sekolah di dumai belajar dari rumah',
      'dumai , riaukini.com - sekolah di dumai kembali belajar dari rumah mulai senin ( 9/10/2023 ) .',
      '`` kami tidak mau ambil risiko .',
      'anak-anak nomor satu .',
      "guru tetap mengajar dari sekolah lewat aplikasi , '' kata kepala dinas pendidikan dumai .",
      'baca juga : ispu dumai tembus 250 , warga diminta pakai masker',
      'orang tua diminta mendampingi anak selama belajar dari rumah .',
    ]);
    assert.equal(kindOf(a, 3), undefined);
    assert.equal(kindOf(a, 4), undefined);
    assert.equal(kindOf(a, 6), 'related');
    assert.equal(a.quotes.length, 1);
  });

  test('a dateline a dataset lower-cased reads its place before the outlet\'s address', () => {
    const a = analyse([
      'pencuri kotak amal ditangkap warga',
      'medan , kabarmedan.id - warga menangkap seorang pria yang mencuri kotak amal masjid , selasa ( 5/6/2018 ) malam .',
    ]);
    assert.equal(a.dateline?.place, 'medan');
    assert.equal(a.outlet, 'kabarmedan.id');
  });

  test('a lower-case role, a body\'s acronym and a name after the verb: the name is the speaker', () => {
    const a = analyse([
      'KPK Periksa Tiga Saksi Kasus Jalan Lingkar',
      'Jakarta , WartaKini -- KPK memeriksa tiga saksi kasus jalan lingkar , Kamis ( 16/3/2017 ) .',
      '" Penyidik mendalami aliran dana ke rekanan proyek , " kata juru bicara KPK Febrianto Halim di Jakarta .',
      '" Semua saksi hadir dan kooperatif , " ujar kepala bagian pemberitaan , Wiwik Sulastri , kepada wartawan .',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'Febrianto Halim');
    assert.equal(a.quotes[1]?.speaker, 'Wiwik Sulastri');
    // A lower-case role and a place after it: no name, the role alone as before (no speaker made of a place).
    const b = analyse([
      'Pemain Muda Bersinar di Laga Kandang',
      'Kudus - Persiku menang 2-0 atas tamunya , Sabtu ( 18/3/2017 ) . Raka Pradipta mencetak dua gol .',
      '" Saya senang bisa membantu tim , " kata pemain asal Kudus itu .',
    ]);
    assert.notEqual(b.quotes[0]?.speaker, 'pemain asal Kudus');
  });

  test('"Merah Putih", the flag (and the name of a programme), is no person', () => {
    const a = analyse([
      'Koperasi Desa Merah Putih Mulai Beroperasi di Sleman',
      '',
      'SLEMAN - Koperasi Desa Merah Putih di Sleman mulai beroperasi, Senin (3/11/2025). Bendera Merah Putih dikibarkan di halaman kantor desa.',
      '',
      '"Kami layani simpan pinjam dan sembako," kata Ketua Koperasi, Sri Wahyuni.',
    ]);
    assert.deepEqual(names(a), ['Sri Wahyuni']);
    assert.equal(a.quotes[0]?.speaker, 'Sri Wahyuni');
  });

  test('a "Baca juga" headline left inside a body line names no one; the role after it opens the next sentence', () => {
    const a = analyse([
      'Harga Cengkih di Minahasa Turun Jelang Panen',
      '',
      'TONDANO , KM - Harga cengkih di Minahasa turun menjelang panen raya , Senin ( 16/7/2018 ) . Baca juga : Harga Pala Ikut Tertekan , Petani Pilih Tunda Jual Kepala Dinas Perkebunan Minahasa , Johny Lumentut , mengatakan stok gudang masih aman .',
    ]);
    assert.deepEqual(names(a), ['Johny Lumentut']);
  });
});
