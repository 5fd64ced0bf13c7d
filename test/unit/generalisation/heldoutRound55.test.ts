/**
 * Forms met in held-out round fifty-five (test/fixtures/heldout/README.md: h454–h463, news aggregators and mobile pages:
 * a LINE-style card, Telegram and WhatsApp channel posts, a "Lite" page, an aggregator's full-coverage page, an app's
 * share page, an English reader app, a text-only WAP page, a curation page, a partner's AMP page), each fixed by
 * language data or a small general rule and checked here on a further short article written for the test, with the
 * counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { countWords } from '../../../src/core/structure/wordCounts';
import { analyse, kindOf, names } from './analyse';

suite('aggregator and mobile pages (round fifty-five)', () => {
  test('a channel post: its name, follower count and forwarding note are furniture, the pinned headline is the title without its pictograph', () => {
    const a = analyse([
      'Info Kota Hujan 🌧️',
      '58 210 subscribers',
      '',
      'Forwarded from Bogor Sepekan',
      '📢 JALAN PUNCAK DITUTUP SEMENTARA KARENA LONGSOR',
      '',
      'Longsor menimbun badan jalan di Desa Tugu Selatan, Kecamatan Cisarua, Kamis (19/11/2026) pagi. Polisi menutup jalur dari dua arah.',
      '▶️ Baca selengkapnya: https://bogorsepekan.id/2026/11/19/jalan-puncak-ditutup',
      '👉 Gabung channel kami: t.me/bogorsepekan',
      '👁 9.1K   edited  06:15',
    ]);
    assert.equal(a.title?.text, 'JALAN PUNCAK DITUTUP SEMENTARA KARENA LONGSOR');
    for (const line of [1, 2, 4, 8, 9, 10]) assert.ok(kindOf(a, line), `line ${line} is boilerplate`);
    assert.equal(kindOf(a, 7), undefined);
    // The channel it was forwarded from, or the address of its full story: either names the publisher.
    assert.ok(['Bogor Sepekan', 'bogorsepekan.id'].includes(a.outlet ?? ''), String(a.outlet));
  });

  test('a pictograph is no word, and a letter outside the basic plane stays one', () => {
    assert.equal(countWords('Info Kota Hujan 📰', new Set()).words, 3);
    assert.equal(countWords('Info Kota Hujan 🌧️ ▶️', new Set()).words, 3);
    assert.equal(countWords('𝐁𝐚𝐧𝐣𝐢𝐫 Bandang', new Set()).words, 2);
  });

  test('a WhatsApp channel post: the chat\'s bold marks leave the title, the reactions and the day separator are furniture', () => {
    const a = analyse([
      'Saluran',
      'Kabar Ngawi Official',
      'Saluran · 12,4 rb pengikut',
      '',
      'HARI INI',
      '',
      '*Pasar Hewan Ngawi Ditutup Sepekan Cegah Penyakit Mulut dan Kuku*',
      '',
      'Dinas Peternakan menutup Pasar Hewan Ngawi mulai Senin (16/11/2026) setelah dua sapi dinyatakan positif penyakit mulut dan kuku.',
      '',
      'Selengkapnya 👇',
      'https://kabarngawi.id/2026/11/16/pasar-hewan-ditutup',
      '',
      '👍 210  😮 45',
      'Ikuti saluran ini untuk kabar Ngawi setiap hari.',
    ]);
    assert.equal(a.title?.text, 'Pasar Hewan Ngawi Ditutup Sepekan Cegah Penyakit Mulut dan Kuku');
    for (const line of [1, 3, 5, 11, 14, 15]) assert.ok(kindOf(a, line), `line ${line} is boilerplate`);
    // A headline that merely holds an asterisk keeps it.
    const b = analyse(['Harga Cabai Rawit* Tembus Rp90 Ribu di Pasar Wage', '', 'Harga cabai rawit di Pasar Wage Purwokerto naik sejak Senin (16/11/2026). Pedagang menyebut pasokan dari petani berkurang.']);
    assert.equal(b.title?.text, 'Harga Cabai Rawit* Tembus Rp90 Ribu di Pasar Wage');
  });

  test('an aggregator\'s full-coverage page: the relative update stamp is no headline, the source credit names the outlet, the other outlets\' cards are a list', () => {
    const a = analyse([
      'Berita Untuk Anda',
      'Topik teratas  ›  Liputan lengkap',
      '',
      'Sumber Asli · Kabar Tuban',
      'Diperbarui 5 jam yang lalu',
      '',
      'Nelayan Tuban Libur Melaut karena Gelombang Tinggi',
      '',
      'Ratusan nelayan di pesisir Tuban memilih tidak melaut sejak Minggu (22/11/2026) karena gelombang mencapai tiga meter.',
      '',
      'Liputan lengkap dari 3 sumber',
      'BMKG Peringatkan Gelombang Tinggi di Laut Jawa',
      'Jatim Terkini · 6 jam yang lalu',
      'Lihat semua liputan ›',
      'Sembunyikan semua cerita dari Kabar Tuban',
    ]);
    assert.equal(a.title?.text, 'Nelayan Tuban Libur Melaut karena Gelombang Tinggi');
    assert.equal(a.outlet, 'Kabar Tuban');
    for (const line of [4, 5, 11, 12, 13, 14, 15]) assert.ok(kindOf(a, line), `line ${line} is boilerplate`);
  });

  test('an app\'s share page: the open-in-app banner is no headline, and the app it was shared from is the outlet', () => {
    const a = analyse([
      'Buka di aplikasi    X',
      'Baca lebih nyaman di aplikasi Radar Kudus. Gratis di Google Play & App Store.',
      '',
      'Dibagikan oleh pengguna melalui tautan',
      '',
      'Banjir Rob Rendam Tiga Desa Pesisir di Kecamatan Kedung',
      '',
      'JEPARA – Banjir rob merendam tiga desa di Kecamatan Kedung, Jepara, Selasa (24/11/2026) sore. Air setinggi lutut masuk ke rumah warga.',
      '',
      'Artikel ini dibagikan dari aplikasi Radar Kudus.',
      'Unduh aplikasinya: radarkudus.app/unduh',
      'Tutup',
    ]);
    assert.equal(a.title?.text, 'Banjir Rob Rendam Tiga Desa Pesisir di Kecamatan Kedung');
    assert.equal(a.outlet, 'Radar Kudus');
    for (const line of [1, 2, 4, 10, 11, 12]) assert.ok(kindOf(a, line), `line ${line} is boilerplate`);
    assert.ok(!names(a).includes('App Store'));
  });

  test('a card naming its source by address over a relative time: the address is the outlet', () => {
    const a = analyse([
      'TODAY',
      'Beranda   Berita   Hiburan   Olahraga',
      '',
      'Harga Garam Krosok di Sampang Naik Dua Kali Lipat',
      '',
      'MaduraPagi.com',
      '4 jam lalu',
      '',
      'Harga garam krosok di tingkat petambak Sampang naik menjadi Rp1.200 per kilogram sejak Jumat (20/11/2026). Hujan membuat panen berhenti.',
    ]);
    assert.equal(a.outlet, 'MaduraPagi.com');
    assert.equal(kindOf(a, 6), 'byline');
  });

  test('an English reader app: the "via" credit names the outlet, its furniture is boilerplate, "admitted" makes the next quotation the subject\'s', () => {
    const a = analyse([
      'NewsPulse',
      'For You   Following   Sports   Local',
      '',
      'via lombokcourier.com · 2h ago',
      '',
      'Island team rallies to draw after early red card',
      '',
      'MATARAM — Coach Andre Lukas praised his players after a 1-1 draw at home on November 21, 2026, despite playing with ten men for an hour.',
      '',
      '"I asked them to stay compact and they did it. I am proud of every one of them," Lukas told reporters.',
      '',
      'Wahyu Ramadhan admitted the red card was his fault. "I went in too hard and I left the team short for an hour," the 24-year-old said.',
      '',
      'Read the full story at Lombok Courier',
      '',
      'More stories like this',
      'Persib extend unbeaten run to nine games · The Pasundan Post · 6h ago',
      'Report  ·  Not interested  ·  Share',
    ]);
    assert.equal(a.outlet, 'lombokcourier.com');
    for (const line of [4, 14, 16, 17, 18]) assert.ok(kindOf(a, line), `line ${line} is boilerplate`);
    assert.equal(a.quotes[1]?.speaker, 'Wahyu Ramadhan');
  });

  test('a text-only page: its access-key menu is no headline, its page count and link rows are furniture', () => {
    const a = analyse([
      'm.kabarlebak.com - Versi Teks',
      '[1] Beranda [2] Daerah [3] Cari',
      '',
      'Petani Lebak Mulai Tanam Padi Gogo',
      'Senin, 23-11-2026 07:00',
      '',
      'RANGKASBITUNG - Petani di Kecamatan Cileles mulai menanam padi gogo setelah hujan turun rutin sejak awal November.',
      '',
      'Halaman 1 dari 2   Berikutnya ›',
      'Versi lengkap  ·  Ke atas  ·  Beranda',
    ]);
    assert.equal(a.title?.text, 'Petani Lebak Mulai Tanam Padi Gogo');
    for (const line of [2, 9, 10]) assert.ok(kindOf(a, line), `line ${line} is boilerplate`);
  });

  test('a partner\'s page: "Disajikan oleh" names the outlet, the feedback row and the scroll prompt are furniture', () => {
    const a = analyse([
      'Kurasi  ·  Berita dari berbagai media',
      '',
      'Jembatan Gantung Nagari Sungai Pua Diresmikan',
      '',
      'Disajikan oleh: Kabar Agam',
      '2 hari lalu  ·  Ikuti',
      '',
      'Jembatan gantung sepanjang 60 meter di Nagari Sungai Pua diresmikan Bupati Agam, Kamis (19/11/2026).',
      'Gulir untuk lanjut membaca',
      'Warga tidak lagi memutar sejauh lima kilometer untuk ke pasar.',
      '',
      'Beri masukan  ·  Laporkan',
    ]);
    assert.equal(a.outlet, 'Kabar Agam');
    for (const line of [5, 6, 9, 12]) assert.ok(kindOf(a, line), `line ${line} is boilerplate`);
    assert.ok(!names(a).includes('Kabar Agam'));
  });

  test('a copyright line with the address and a version label names the outlet', () => {
    const a = analyse([
      'Warga Palu Gotong Royong Bersihkan Saluran Air',
      '',
      'PALU - Ratusan warga Kelurahan Tondo membersihkan saluran air, Minggu (22/11/2026), menjelang musim hujan.',
      '',
      '© 2026 palupagi.id  ·  Versi Lite',
    ]);
    assert.equal(a.outlet, 'palupagi.id');
  });

  test('"Debit" opening a quotation names nobody', () => {
    const a = analyse([
      'Banjir Rendam Permukiman Warga Sungai Pinang',
      '',
      'SAMARINDA - Banjir merendam permukiman warga, Senin (23/11/2026). Kepala BPBD, Suwarno, meminta warga waspada.',
      '',
      '"Debit Karang Asam masih naik kalau hujan lagi. Jangan ambil risiko," ucap Suwarno.',
    ]);
    assert.deepEqual(names(a), ['Suwarno']);
    assert.equal(a.quotes[0]?.speaker, 'Suwarno');
  });
});
