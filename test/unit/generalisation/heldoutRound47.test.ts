/**
 * Forms met in held-out round forty-seven (test/fixtures/heldout/README.md: h374–h383, the websites of local TV and
 * radio stations: news written from broadcast scripts, programme promos with their time slots, on-air strips,
 * podcast episodes, reporters' spoken sign-offs, Javanese, Sundanese, Madurese and Betawi name shapes), each fixed by
 * language data or a small general rule and checked here on a further short article written for the test.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('local TV and radio station sites (round forty-seven)', () => {
  test('a station\'s furniture (on-air slot, slot label, promo, sign-off, schedule, request line, ticker) is boilerplate', () => {
    const a = analyse([
      'Radio Swara Lawu 97,1 FM Madiun',
      '▶ ON AIR 16.00–18.00 WIB: Kangen Campursari',
      'Banjir Luapan Kali Madiun Rendam Dua Desa di Balerejo',
      'Disiarkan dalam Warta Sore edisi 17.00 WIB',
      '',
      'MADIUN - Luapan Kali Madiun merendam dua desa di Kecamatan Balerejo, Kabupaten Madiun, Senin (23/11/2026) sore.',
      '',
      'Warga mulai mengungsi ke balai desa sejak pukul 15.00 WIB.',
      '',
      'Demikian laporan Joko Susilo dari Balerejo untuk Radio Swara Lawu.',
      'Simak selengkapnya di Warta Sore, setiap hari pukul 17.00 WIB.',
      'NEWS TICKER: Harga gabah turun • Jalan tol ramai lancar',
      'JADWAL SIARAN HARI INI',
      '16.00 Kangen Campursari',
      '18.00 Kabar Magrib',
      'Kirim salam & request lagu: WA 0812 3456 7890',
      'Tulis komentar...',
    ]);
    assert.equal(a.title?.text, 'Banjir Luapan Kali Madiun Rendam Dua Desa di Balerejo');
    for (const line of [2, 4, 10, 11, 12, 13, 14, 15, 16, 17]) assert.notEqual(kindOf(a, line), undefined, `line ${line}`);
    assert.equal(kindOf(a, 6), undefined);
    assert.equal(kindOf(a, 8), undefined);
  });

  test('a podcast page: the programme\'s episode label over the headline and the links to other episodes', () => {
    const a = analyse([
      'Radio Suara Bangkalan',
      'Obrolan Pagi — Episode 45',
      'Petani Tembakau Bangkalan Keluhkan Harga Jual Anjlok',
      '▶ Putar Audio   Durasi 05:10',
      '',
      'Bangkalan – Petani tembakau di Kecamatan Geger, Bangkalan, mengeluhkan harga jual yang anjlok, Jumat (20/11/2026).',
      '',
      'Harga tembakau kering kini hanya Rp30 ribu per kilogram.',
      '',
      'Dengarkan episode lainnya:',
      'Ep. 44 — Tradisi Rokat Tase di Pesisir Sepulu',
      'Ep. 43 — Pasar Hewan Tanah Merah Kembali Dibuka',
    ]);
    assert.equal(a.title?.text, 'Petani Tembakau Bangkalan Keluhkan Harga Jual Anjlok');
    for (const line of [2, 10, 11, 12]) assert.notEqual(kindOf(a, line), undefined, `line ${line}`);
  });

  test('a promo naming the station after its time slot names the outlet when the dateline does not', () => {
    const a = analyse([
      'Jalan Desa di Lereng Wilis Mulai Diaspal',
      '',
      'Nganjuk – Jalan desa sepanjang tiga kilometer di lereng Gunung Wilis mulai diaspal, Senin (23/11/2026).',
      '',
      'Warga menyambut gembira perbaikan jalan itu.',
      '',
      'Simak selengkapnya di Kabar Desa, setiap Senin pukul 08.00 WIB di Radio Wilis Raya.',
    ]);
    assert.equal(a.outlet, 'Radio Wilis Raya');
    assert.equal(kindOf(a, 7), 'promo');
  });

  test('"KBRN, Cirebon:": a newsroom acronym before a known town is the outlet, the town the place', () => {
    const a = analyse([
      'Nelayan Gebang Kembali Melaut Setelah Cuaca Membaik',
      '',
      'KBRN, Cirebon: Ratusan nelayan di Gebang, Kabupaten Cirebon, kembali melaut setelah gelombang tinggi mereda.',
    ]);
    assert.equal(a.dateline?.place, 'Cirebon');
    assert.equal(a.dateline?.outlet, 'KBRN');
    const plain = analyse(['Nelayan Gebang Kembali Melaut', '', 'Cirebon, KBRN: Ratusan nelayan kembali melaut setelah gelombang tinggi mereda.']);
    assert.equal(plain.dateline?.place, 'Cirebon');
  });

  test('a byline with the date written month first and a reading time gives the article\'s date', () => {
    const a = analyse([
      'Warga Kampung Melayu Bersihkan Kali Ciliwung',
      'By Rina Marlina · Nov 22, 2026 · 3 min read',
      '',
      'JAKARTA — Ratusan warga membersihkan sampah di bantaran Kali Ciliwung.',
    ]);
    assert.equal(a.date?.iso, '2026-11-22');
    assert.equal(kindOf(a, 2), 'byline');
  });

  test('Javanese, Sundanese, Betawi and Madurese honorifics and the "Abd." abbreviation are no part of the name', () => {
    const a = analyse([
      'Warga Lereng Merapi Gelar Sadranan',
      '',
      'Sesepuh desa, Mbah Citro Wiyono, menuturkan tradisi itu sudah berlangsung turun-temurun.',
      '',
      'Pengelola parkir, Ceu Entin Kurniasih, mengaku pengunjung sempat kecewa.',
      '',
      'Di lahan milik H. Abd. Rahem di Desa Pinggir Papas, garam sudah dikeruk. "Harga garam belum naik," kata Rahem.',
      '',
      'Pemerhati budaya, R.Ay. Sri Hartati Kusumaningrum, hadir dalam acara itu. Status Merapi masih Siaga, kata petugas Karang Taruna.',
    ]);
    const found = names(a);
    for (const name of ['Citro Wiyono', 'Entin Kurniasih', 'Sri Hartati Kusumaningrum']) assert.ok(found.includes(name), found.join(', '));
    assert.ok(found.some((n) => n.endsWith('Rahem')), found.join(', '));
    for (const wrong of ['Abd', 'Status Merapi', 'Karang Taruna', 'Mbah Citro Wiyono']) assert.ok(!found.includes(wrong), found.join(', '));
  });

  test('"Muhammad Fauzi atau Bang Ozi," is one person; a name with an age between commas is a person', () => {
    const a = analyse([
      'Warga Condet Tanam Pohon Salak',
      '',
      'Ketua Karang Taruna setempat, Muhammad Fauzi atau Bang Ozi, menyebut bibit dibeli dari iuran warga.',
      '',
      '"Yang muda angkut tanah," ujar Bang Ozi.',
      '',
      'Hal serupa dirasakan Sumiati, 47, buruh angkut garam.',
    ]);
    const fauzi = a.people.find((p) => p.name === 'Muhammad Fauzi');
    assert.ok(fauzi?.aliases.includes('Ozi'), JSON.stringify(a.people));
    assert.ok(!names(a).includes('Ozi'), names(a).join(', '));
    assert.equal(a.quotes[0]?.speaker, 'Muhammad Fauzi');
    assert.ok(names(a).includes('Sumiati'), names(a).join(', '));
  });

  test('"Sudarso atau Kang Darso,": a name whose other name stands behind an honorific is a person, the speaker by either', () => {
    const a = analyse([
      'Warga Antre Air Bersih dari Truk Tangki',
      '',
      'Warga RT 03, Sudarso atau Kang Darso, mengatakan ia harus berjalan jauh membawa jeriken.',
      '',
      '"Kalau tidak antre pagi, tidak kebagian," ujar Kang Darso.',
    ]);
    const sudarso = a.people.find((p) => p.name === 'Sudarso');
    assert.ok(sudarso?.aliases.includes('Darso'), JSON.stringify(a.people));
    assert.equal(a.quotes[0]?.speaker, 'Sudarso');
    // Without an honorific the word after "atau" stays a plain alternative: no person is made of it alone.
    const plain = analyse(['Jembatan Desa Putus', '', 'Warga memilih jalur Cikaso atau Cibeber, menurut petugas desa.']);
    assert.ok(!names(plain).includes('Cikaso'), names(plain).join(', '));
  });
});
