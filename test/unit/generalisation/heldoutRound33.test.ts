/**
 * Forms met in held-out round thirty-three (test/fixtures/heldout/README.md: h234–h243, Java and Sumatra regional
 * outlets: a site's name and tagline over the headline, "Simak berita … di <site>", initials listed after
 * "berinisial", a single quotation closed right after a name, Palembang's "Kgs.", Cirebon's "Kuwu", prayer times,
 * rivers and hills, "demikian keterangan tertulis <organisation>"), each fixed by language data or a small general
 * rule and checked here on a further short article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('articles from Java and Sumatra regional outlets (round thirty-three)', () => {
  test("a site's name and tagline over the headline is skipped, whatever stands above it", () => {
    for (const masthead of ['KABAR SEBERANG.com | Berita Terkini Jambi dan Sekitarnya', 'kabarseberang.id - Koran Urang Jambi', 'Kabar Seberang | Berita Jambi dan Sumatera Terkini']) {
      const a = analyse([
        'KABARSEBERANG.ID',
        masthead,
        'Daerah',
        'Jembatan Gantung di Muaro Sebo Putus, Warga Seberangi Sungai dengan Rakit',
        'Senin, 23 November 2026 09:10 WIB',
        'JAMBI - Jembatan gantung penghubung dua desa di Muaro Sebo putus diterjang arus sungai pada Minggu malam.',
      ]);
      assert.equal(a.title?.text, 'Jembatan Gantung di Muaro Sebo Putus, Warga Seberangi Sungai dengan Rakit', masthead);
      assert.notEqual(kindOf(a, 2), undefined, masthead);
    }
    // A headline with a spaced dash is no tagline, nor is a lead opening with "Berita".
    const headline = analyse([
      'Banjir Garut - 3 Warga Hilang Terseret Arus',
      'GARUT - Berita duka datang dari Kecamatan Cikajang, tempat tiga warga hilang terseret arus sungai.',
    ]);
    assert.equal(headline.title?.text, 'Banjir Garut - 3 Warga Hilang Terseret Arus');
    assert.equal(kindOf(headline, 2), undefined);
  });

  test('"Simak berita … hanya di <site address>" under the article is a promotion', () => {
    const a = analyse([
      'Persiraja Menang Tipis atas Tamu dari Medan',
      'BANDA ACEH - Persiraja menang 1-0 atas tamunya dari Medan dalam laga pekan ke-12, Sabtu malam.',
      '',
      'Gol tunggal dicetak pada menit ke-77 lewat sundulan.',
      '',
      'Simak berita sepak bola Aceh lainnya hanya di kabarserambi.id',
    ]);
    assert.equal(kindOf(a, 6), 'promo');
    assert.equal(kindOf(a, 4), undefined);
  });

  test('initials listed after "berinisial" are all persons, past an age and an alias', () => {
    const a = analyse([
      'Polisi Tangkap Empat Pencuri Kabel Listrik',
      'MEDAN - Polisi menangkap pencuri kabel yang beraksi di Medan Johor, Senin (23/11/2026).',
      '',
      'Para pelaku berinisial RT (29), BS alias Codet (33), dan KN (25). Dua penadah berinisial JP dan WL juga diamankan.',
      '',
      'Polisi juga berkoordinasi dengan PLN dan TNI untuk mengamankan gardu.',
    ]);
    const found = names(a);
    for (const initials of ['RT', 'BS', 'KN', 'JP', 'WL']) assert.ok(found.includes(initials), `${initials} in ${found.join(', ')}`);
    // Initials not listed after a person's are left alone.
    for (const agency of ['PLN', 'TNI']) assert.ok(!found.includes(agency), `${agency} in ${found.join(', ')}`);
  });

  test('a single quotation closed right after a name leaves its mark out of the name', () => {
    const a = analyse([
      'Kurir Ganja Mengaku Disuruh Orang Tak Dikenal',
      'MEDAN - Seorang kurir ganja mengaku hanya disuruh oleh seseorang yang ia kenal sebagai ‘Bang Togar’.',
      '',
      "Pengasuh pondok, KH. Abdul Mu'in Sholeh, meminta warga tidak main hakim sendiri.",
    ]);
    const found = names(a);
    assert.ok(!found.some((n) => /[’']$/u.test(n)), found.join(', '));
    assert.ok(found.includes('Togar'), found.join(', '));
    assert.ok(found.includes("Abdul Mu'in Sholeh"), found.join(', '));
  });

  test('a Palembang title ("Kgs.") before a name does not hide the person a later "-nya" cue points to', () => {
    const a = analyse([
      'Motor Mahasiswa yang Dicuri Kembali',
      'PALEMBANG - Polisi mengembalikan motor curian kepada pemiliknya, Rabu (25/11/2026).',
      '',
      '"Semua motor sudah kami cocokkan dengan laporan," kata Kapolsek Ilir Timur Kompol Dedi Saputra.',
      '',
      'Salah satu korban, Kgs. Ahmad Fauzan (22), mahasiswa yang tinggal di kos dekat kampus, mengaku motornya hilang awal bulan.',
      '',
      '"Saya sudah pasrah, ternyata ketemu," ujarnya.',
    ]);
    assert.equal(a.quotes[1]?.speaker, 'Ahmad Fauzan');
  });

  test('prayer times, rivers, hills and "Masyarakat …" groups are no persons', () => {
    const a = analyse([
      'Banjir Rendam Desa di Tepi Sungai',
      'GRESIK - Banjir merendam tiga desa di tepi sungai, Rabu (25/11/2026).',
      '',
      'Pemkab sudah bersurat ke Balai Besar Wilayah Sungai (BBWS) Bengawan Solo agar normalisasi dimulai.',
      '',
      'Mak Icih (70) mengaku sedang salat Magrib ketika dinding dapurnya jebol.',
      '',
      'Relawan Masyarakat Peduli Api dan siswa SD Negeri 3 Bukit Tinggi ikut membantu warga memindahkan barang.',
    ]);
    const found = names(a);
    for (const notPerson of ['Bengawan Solo', 'Magrib', 'Relawan Masyarakat Peduli Api', 'Masyarakat Peduli Api', 'Bukit Tinggi']) assert.ok(!found.includes(notPerson), `${notPerson} in ${found.join(', ')}`);
    assert.ok(found.includes('Mak Icih'), found.join(', '));
  });

  test('"Kuwu" (a village head in Cirebon) and "Kalak" (the head of a disaster agency) are roles before a name', () => {
    const a = analyse([
      'Tebing Longsor Timpa Dua Rumah',
      'KUNINGAN - Tebing setinggi sepuluh meter longsor di Desa Sukamaju, Kamis (26/11/2026).',
      '',
      'Kuwu Desa Sukamaju, H. Darma Suryana, menyebut warga sudah diminta mengungsi.',
      '',
      '"Kami sudah imbau sejak pekan lalu," ujar Kuwu Darma.',
      '',
      'Kalak BPBD Kuningan Asep Mulyana meminta warga menjauhi tebing.',
    ]);
    const found = names(a);
    assert.ok(!found.includes('Kuwu Darma'), found.join(', '));
    assert.equal(a.quotes[0]?.speaker, 'Darma Suryana');
    assert.equal(a.people.find((p) => p.name === 'Asep Mulyana')?.role, 'Kalak BPBD Kuningan');
  });

  test('"…," demikian keterangan tertulis <organisation> names the organisation as the speaker', () => {
    const a = analyse([
      'Helikopter Padamkan Kebakaran Lahan',
      'PEKANBARU - Kebakaran lahan di Siak meluas hingga 40 hektare, Selasa (24/11/2026).',
      '',
      'Prakirawan BMKG, Rina Safitri, mengatakan titik panas bertambah sejak Senin.',
      '',
      '"Dua helikopter sudah beroperasi sejak pagi," demikian keterangan tertulis Satgas Karhutla Riau.',
      '',
      '"Warga diminta memakai masker," kata Rina. Meski demikian, sekolah tetap dibuka.',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'Satgas Karhutla Riau');
    assert.equal(a.quotes[1]?.speaker, 'Rina Safitri');
  });
});
