/**
 * Forms met in held-out round forty-five (test/fixtures/heldout/README.md: h354–h363, entertainment, celebrity,
 * lifestyle and product pages: a K-pop portal with an Instagram embed, a film review's information box, a concert
 * with its setlist, a beauty influencer's TikTok apology, a phone launch with a spec table, a parenting listicle, a
 * celebrity wedding on an AMP page, a dangdut singer on TV, a music app's year-end recap, a fan meeting), each fixed
 * by language data or a small general rule and checked here on a further short article written for the test, with
 * the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../src/core/analyze';
import { analyse, kindOf, names } from './analyse';

suite('entertainment, celebrity, lifestyle and product pages (round forty-five)', () => {
  test('an entertainment trade before a name ("Aktris", "Penyanyi", "Ibunda …") is the role, not part of the name', () => {
    const a = analyse([
      'Penyanyi Sinta Larasati Rilis Album Kedua',
      '',
      'BANDUNG - Aktris Sinta Larasati merilis album keduanya, Jumat (20/11/2026). Ibunda Sinta, Hj. Rukmini Hadi, ikut hadir di peluncuran.',
    ]);
    assert.ok(names(a).includes('Sinta Larasati'), names(a).join(', '));
    assert.ok(!names(a).some((n) => n.startsWith('Aktris') || n.startsWith('Ibunda')), names(a).join(', '));
    assert.equal(a.people.find((p) => p.name === 'Rukmini Hadi')?.role, 'Ibunda Sinta');
  });

  test('a film review\'s information box, its score, a spaced share row and a "… Lainnya" list are boilerplate', () => {
    const a = analyse([
      'Review Film Jalan Pulang: Drama Keluarga yang Hangat',
      'oleh Redaksi | 18/11/2026 10:00',
      '',
      'Sutradara: Bayu Kurniawan',
      'Pemain: Rina Mulyani, Agus Salim',
      'Durasi: 98 menit',
      'Rating: ★★★☆☆ (3/5)',
      '',
      'JAKARTA - Film ini bercerita tentang seorang ayah yang pulang kampung setelah sepuluh tahun merantau di Batam.',
      '',
      'Penampilan para pemainnya meyakinkan, meski paruh kedua film terasa lambat dan beberapa adegan diulang-ulang.',
      '',
      'Skor Redaksi: 7/10',
      'Bagikan: Facebook  X  WhatsApp  Salin Tautan',
      'Ulasan Lainnya',
      'Ulasan Film Pintu Terakhir: Seram Sejak Menit Pertama',
    ]);
    assert.equal(a.title?.text, 'Review Film Jalan Pulang: Drama Keluarga yang Hangat');
    for (const line of [4, 5, 6, 7, 13]) assert.equal(kindOf(a, line), 'byline', `line ${line}`);
    assert.equal(kindOf(a, 14), 'share');
    assert.equal(kindOf(a, 15), 'related-list');
    assert.equal(kindOf(a, 16), 'related-list');
    assert.equal(kindOf(a, 9), undefined);
    assert.ok(!names(a).includes('Rina Mulyani'), names(a).join(', '));
  });

  test('an update stamp before the publication stamp: the publication date is the article\'s; reviewer, disclaimer and tag lines are boilerplate', () => {
    const a = analyse([
      'Lima Cara Mengurangi Gula untuk Anak',
      'Diperbarui 12/11/2026, 08:00 WIB | Dipublikasikan 10/11/2026, 19:30 WIB',
      'Ditinjau oleh: dr. Laila Fitri, Sp.GK',
      '',
      'Konsumsi gula anak usia sekolah terus meningkat. Orang tua bisa mulai dari mengganti minuman manis dengan air putih.',
      '',
      'Artikel ini hanya bersifat informatif dan tidak menggantikan saran dokter.',
      'Topik Terkait: #gizi anak #gula',
    ]);
    assert.equal(a.date?.iso, '2026-11-10');
    for (const line of [2, 3, 8]) assert.ok(kindOf(a, line), `line ${line}`);
    assert.equal(kindOf(a, 7), 'other');
    assert.ok(!names(a).includes('Laila Fitri'), names(a).join(', '));
    // The update stamp alone stays the date when no publication stamp stands beside it.
    const updateOnly = analyse(['Lima Cara Mengurangi Gula untuk Anak', 'Diperbarui 12/11/2026, 08:00 WIB', '', 'Konsumsi gula anak usia sekolah terus meningkat dari tahun ke tahun.']);
    assert.equal(updateOnly.date?.iso, '2026-11-12');
  });

  test('a byline without a colon, a "Simak juga:" headline and a caption credited to a screenshot are boilerplate', () => {
    const a = analyse([
      'Komika Rudi Hartono Umumkan Tur Stand-up ke 12 Kota',
      'Penulis Dewi Anggraeni',
      '',
      'Rudi Hartono saat tampil di acara televisi. (Tangkapan layar YouTube Lawak TV)',
      '',
      'SURABAYA - Komika Rudi Hartono mengumumkan tur stand-up ke 12 kota mulai Januari 2027, Senin (16/11/2026).',
      '',
      'Simak juga: Deretan Komika yang Sukses Jadi Sutradara Film',
    ]);
    assert.equal(kindOf(a, 2), 'byline');
    assert.equal(kindOf(a, 4), 'caption');
    assert.equal(kindOf(a, 8), 'related');
    assert.ok(!names(a).includes('Dewi Anggraeni'), names(a).join(', '));
  });

  test('units, a chipset, a brand, a fandom word and an English "My" are no names; a drama\'s or earbuds\' name is a thing', () => {
    const a = analyse([
      'Ponsel Baru Meluncur dengan Layar 144 Hz',
      '',
      'JAKARTA - Produsen ponsel Arka resmi meluncurkan Arka 9 di Jakarta, Senin (16/11/2026). Pembeli awal mendapat bonus earbuds Arka Pods 2.',
      'Layar\t6,6 inci, 144 Hz',
      'Chipset\tDimensity 8300',
      '',
      'Aplikasi kontrol orang tua seperti Google Family Link juga sudah terpasang. Aktor Lee Jun-ho menjadi duta produk itu setelah membintangi drama Winter Garden.',
      '',
      '"My friends in Jakarta are the best. Terima kasih, Sobat Arka!" kata Lee.',
    ]);
    const found = names(a);
    for (const wrong of ['Arka Pods', 'Hz Chipset Dimensity', 'Google Family Link', 'Winter Garden', 'Sobat Arka', 'My']) assert.ok(!found.some((n) => n.includes(wrong)), `${wrong}: ${found.join(', ')}`);
    assert.ok(found.includes('Lee Jun-ho'), found.join(', '));
  });

  test('a menu row of three items set apart by runs of spaces is navigation, and the headline under it is found', () => {
    const a = analyse([
      'Skincare  Makeup  Viral',
      '',
      'Krim Pemutih Tanpa Izin Beredar di Pasar Daring',
      '',
      'Medan – Balai POM Medan menemukan krim pemutih tanpa izin edar yang dijual di pasar daring, Selasa (17/11/2026). Produk itu mengandung merkuri.',
    ]);
    assert.equal(a.title?.text, 'Krim Pemutih Tanpa Izin Beredar di Pasar Daring');
    assert.equal(kindOf(a, 1), 'breadcrumb');
    // A score table's rows hold figures: body lines.
    const table = analyse(['Pelita Menang di Derbi Jakarta', '', 'JAKARTA - Pelita mengalahkan Satria 88-81, Selasa (20/5/2025).', 'Kuarter     1   2   3   4   Total', 'PJ         22  20  24  22   88']);
    assert.equal(kindOf(table, 4), undefined);
  });

  test('a site\'s tagline line and a prompt to follow it on TikTok name the outlet', () => {
    const tagline = analyse([
      'Rupawan - Portal Kecantikan & Gaya Hidup',
      'Skincare  Makeup  Viral',
      '',
      'Krim Pemutih Tanpa Izin Beredar di Pasar Daring',
      '',
      'Medan – Balai POM Medan menemukan krim pemutih tanpa izin edar yang dijual di pasar daring, Selasa (17/11/2026).',
    ]);
    assert.equal(tagline.outlet, 'Rupawan');
    const follow = analyse([
      'Krim Pemutih Tanpa Izin Beredar di Pasar Daring',
      '',
      'Medan – Balai POM Medan menemukan krim pemutih tanpa izin edar yang dijual di pasar daring, Selasa (17/11/2026).',
      '',
      'Ikuti Rupawan di TikTok dan Instagram @rupawan.id',
    ]);
    assert.equal(follow.outlet, 'Rupawan');
  });

  test('a person set off by commas after "asal <place>" is a person, and the quote in that paragraph is theirs', () => {
    const a = analyse([
      'Ribuan Penggemar Padati Fanmeeting Aktor Korea',
      '',
      'JAKARTA - Aktor Korea Selatan Park Min-soo menyapa 2.000 penggemar di Jakarta, Sabtu (21/11/2026). "Saya senang sekali bisa kembali," kata Min-soo.',
      '',
      'Penggemar asal Palembang, Siti Nurhaliza Putri, rela antre sejak pagi. "Capeknya hilang semua," ucapnya.',
    ]);
    assert.ok(names(a).includes('Siti Nurhaliza Putri'), names(a).join(', '));
    assert.equal(a.quotes[1]?.speaker, 'Siti Nurhaliza Putri');
    // A list of places stays a list of places.
    const places = analyse(['Banjir Rendam Tiga Daerah', '', 'MEDAN - Banjir melanda Medan, Deli Serdang, dan Langkat sejak Senin (16/11/2026) pagi.']);
    assert.deepEqual(names(places), []);
  });

  test('a name after "asal <country>" is that country\'s citizen, not part of the place', () => {
    const a = analyse(['Konser Penyanyi Inggris di Bandung Berlangsung Meriah', '', 'BANDUNG - Penyanyi asal Inggris Tom Ashby tampil di Sabuga, Bandung, Minggu (22/11/2026).']);
    assert.deepEqual(names(a), ['Tom Ashby']);
    const place = analyse(['Warga Pindah ke Luar Negeri', '', 'BANDUNG - Ia pernah tinggal di Korea Selatan selama dua tahun, kata keluarganya, Minggu (22/11/2026).']);
    assert.deepEqual(names(place), []);
  });

  test('an account quoted first, then a person introduced in the next paragraph: their "tulisnya" is theirs', () => {
    const a = analyse([
      'Konser Grup K-Pop di Jakarta Ditunda',
      '',
      'JAKARTA - Promotor mengumumkan penundaan konser lewat Instagram, Senin (23/11/2026). "Tiket tetap berlaku untuk tanggal baru," tulis @promotorkonser.',
      '',
      'Vokalis grup itu, Kim Ha-eun, ikut menyapa penggemar lewat Weverse. "We are so sorry, Jakarta," tulisnya.',
    ]);
    assert.equal(a.quotes[1]?.speaker, 'Kim Ha-eun');
  });

  test('a thing noun opening a sentence ("Fitur Putar Balik …") makes the name after it a thing', () => {
    const a = analyse([
      'Aplikasi Musik Rilis Rekap Tahunan',
      '',
      'JAKARTA - Budi Santoso merilis fitur baru pada Kamis (19/11/2026). Fitur Putar Balik dapat dibagikan ke media sosial.',
    ]);
    assert.deepEqual(names(a), ['Budi Santoso']);
  });

  test('the items of a numbered list introduced by a thing noun ("daftar lagu …:") are titles, not persons', () => {
    const lines = [
      'Konser Penyanyi Inggris di Bandung Berlangsung Meriah',
      '',
      'BANDUNG - Penyanyi asal Inggris Tom Ashby tampil di Bandung, Minggu (22/11/2026).',
      '',
      'Berikut daftar lagu yang dibawakan malam itu:',
      '1. Paper Lanterns',
      '2. Northern Sky',
      '3. Quiet Harbour',
    ];
    const a = analyse(lines);
    assert.deepEqual(names(a), ['Tom Ashby']);
    // The same page saved with CRLF line ends (the introducing line ends in a carriage return).
    const crlf = analyzeText(lines.join('\r\n')).analysis;
    assert.deepEqual(names(crlf), ['Tom Ashby']);
    // A numbered list of winners keeps its persons.
    const winners = analyse(['Pemenang Lomba Menyanyi Diumumkan', '', 'BANDUNG - Panitia mengumumkan pemenang lomba menyanyi, Minggu (22/11/2026).', '', 'Berikut daftar pemenangnya:', '1. Rina Oktaviani', '2. Doni Saputra', '3. Maya Lestari']);
    assert.ok(names(winners).includes('Rina Oktaviani'), names(winners).join(', '));
  });

  test('a menu glyph before the masthead, and a masthead the body names ("kepada SinemaKu"), give the outlet', () => {
    const glyph = analyse([
      '☰  KABAR SELEB',
      'Seleb › Pernikahan',
      'Penyanyi Dinda Lestari Resmi Menikah di Yogyakarta',
      'Aulia — Sabtu, 21 November 2026 | 14:02 WIB',
      'Yogyakarta - Penyanyi Dinda Lestari resmi menikah dengan pengusaha Rizal Akbar, Sabtu (21/11/2026).',
    ]);
    assert.equal(glyph.outlet, 'KABAR SELEB');
    const body = analyse([
      'SINEMAKU   Review   Trailer   Festival',
      'Review',
      'Review Film Jalan Pulang: Drama Keluarga yang Hangat',
      '',
      'Film ini tayang di bioskop mulai Kamis, 19 November 2026.',
      '',
      '"Saya ingin film ini terasa dekat," kata sutradara Bayu Kurniawan kepada SinemaKu.',
    ]);
    assert.equal(body.outlet, 'SinemaKu');
    // Without that masthead a capitalised word after "kepada" names no outlet.
    const person = analyse(['Review Film Jalan Pulang: Drama Keluarga yang Hangat', '', 'Film ini tayang mulai Kamis, 19 November 2026.', '', '"Saya ingin film ini terasa dekat," kata Bayu kepada Review.']);
    assert.equal(person.outlet, null);
  });

  test('a site that writes its name in lower case after the dateline\'s place ("JAKARTA, nadaku —")', () => {
    const a = analyse(['Aplikasi Musik Rilis Rekap Tahunan', '', 'JAKARTA, nadaku — Aplikasi streaming musik lokal merilis rekap tahunan, Kamis (19/11/2026).']);
    assert.equal(a.dateline?.place, 'JAKARTA');
    assert.equal(a.dateline?.outlet, 'nadaku');
  });

  test('"Salah satu akun menulis, "…"" names nobody: the quotation is not given to the last speaker', () => {
    const a = analyse([
      'Penyanyi Dangdut Ungkap Utang Miliaran',
      '',
      'JAKARTA - Manajer label, Yuni Astuti, menyatakan siap membantu. "Kami akan dampingi," kata Yuni, Kamis (19/11/2026).',
      '',
      'Warganet ramai memberi dukungan. Salah satu akun menulis, "Semangat terus, kami mendukungmu."',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'Yuni Astuti');
    assert.equal(a.quotes[1]?.speaker, null);
  });

  test('"ucap pelantun "…" itu" points back to the singer named before', () => {
    const a = analyse([
      'Penyanyi Inggris Nyanyikan Lagu Daerah di Bandung',
      '',
      'BANDUNG - Penyanyi asal Inggris Tom Ashby tampil di Bandung, Minggu (22/11/2026). Ashby menyanyikan lagu daerah bersama paduan suara.',
      '',
      '"I learned this song in three days," ucap pelantun "Paper Lanterns" itu dari atas panggung.',
    ]);
    assert.equal(a.quotes[0]?.speaker, 'Tom Ashby');
  });
});
