/**
 * Forms met in held-out round fifty-nine (test/fixtures/heldout/README.md: h494–h503, regional news from Bali, NTB,
 * Kalimantan and Sulawesi), each fixed by language data or a small general rule and checked here on a further short
 * article written for the test, with the counter-case that must not change.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf, names } from './analyse';

suite('regional news from Bali, NTB, Kalimantan and Sulawesi (round fifty-nine)', () => {
  test('"Hukum Tua" is a role; "Tana", "Keraton" and "Benteng" open places; a religion and a meeting are no persons', () => {
    const a = analyse([
      'Warga Kembes Gelar Pengucapan Syukur',
      '',
      'TONDANO - Hukum Tua Desa Kembes Satu, Frangky Mandagi, membuka acara di depan Keraton Buton replika karya warga.',
      '',
      'Penganut Kaharingan ikut hadir. Rapat Damai Tumbang Anoi juga dikenang. Perajin dari Tana Beru membawa perahu mini ke Benteng Wolio.',
      '',
      '"Torang samua basudara," katanya.',
    ]);
    const people = names(a);
    assert.ok(people.includes('Frangky Mandagi'), people.join(', '));
    assert.equal(a.people.find((p) => p.name === 'Frangky Mandagi')?.role?.startsWith('Hukum Tua'), true);
    for (const thing of ['Hukum Tua Desa Kembes Satu', 'Keraton Buton', 'Kaharingan', 'Rapat Damai Tumbang Anoi', 'Tana Beru', 'Benteng Wolio']) {
      assert.ok(!people.includes(thing), `${thing} in ${people.join(', ')}`);
    }
    assert.equal(a.quotes[0]?.speaker, 'Frangky Mandagi');
  });

  test('"Anak Agung" and a Balinese "I" with a birth-order name open a name, also in an English article', () => {
    const a = analyse([
      'Pemkab Gianyar Tata Ulang Pasar Seni',
      '',
      'GIANYAR - Anak Agung Gde Raka Putra, Kepala Dinas Pariwisata, meninjau pasar bersama I Ketut Wiryana.',
      '',
      '"Pedagang akan kami pindah sementara," kata Raka Putra.',
    ]);
    assert.ok(names(a).includes('Anak Agung Gde Raka Putra'), names(a).join(', '));
    // The institution word alone still makes no name: the Supreme Court is no person.
    const court = analyse(['Putusan Dibacakan', '', 'JAKARTA - Mahkamah Agung Republik Indonesia menolak kasasi itu, Senin.']);
    assert.ok(!names(court).some((n) => n.includes('Agung')), names(court).join(', '));
    const english = analyse([
      'Ubud dancers return to the palace stage after a two-year break',
      '',
      'GIANYAR, Bali — The dance troupe of the Ubud palace performed on Saturday for the first time since its hall was repaired, and the evening drew several hundred visitors who had queued since the afternoon.',
      '',
      'The troupe is led by I Wayan Darmika, who has taught the legong dance to the children of the village for more than twenty years.',
      '',
      '"The children practised every evening for three months," Darmika said.',
    ]);
    assert.equal(english.language, 'en');
    assert.ok(names(english).includes('I Wayan Darmika'), names(english).join(', '));
    assert.equal(english.quotes[0]?.speaker, 'I Wayan Darmika');
  });

  test('photo slide captions, a continue-reading arrow, a photo story list and icon share buttons are boilerplate', () => {
    const a = analyse([
      'Nelayan Sape Kembali Melaut',
      '',
      'Foto 1 / 3 — Perahu nelayan bersandar di Pelabuhan Sape.',
      '',
      'BIMA - Ratusan nelayan Sape kembali melaut setelah gelombang tinggi mereda sejak Minggu pagi.',
      '',
      'Lanjutkan membaca ▼',
      '',
      'Harga ikan di pasar Sape pun kembali turun menjadi Rp25.000 per kilogram.',
      '',
      '2/3  Nelayan memperbaiki jaring di tepi pantai.',
      '',
      'Lihat foto lainnya ›',
      'Bagikan   f   𝕏   ✆',
      'Cerita Foto Lainnya',
      'Tradisi Pacoa Jara di Bima',
      'Pasar Terapung Lok Baintan Sepi',
    ]);
    assert.equal(kindOf(a, 3), 'caption');
    assert.equal(kindOf(a, 7), 'ad');
    assert.equal(kindOf(a, 9), undefined);
    assert.equal(kindOf(a, 11), 'caption');
    assert.equal(kindOf(a, 13), 'share');
    assert.equal(kindOf(a, 14), 'share');
    assert.equal(kindOf(a, 15), 'related-list');
    assert.equal(kindOf(a, 16), 'related-list');
    assert.equal(kindOf(a, 17), 'related-list');
  });

  test('a forum thread\'s furniture is boilerplate and its starter line is no dateline', () => {
    const a = analyse([
      'Forum Banua › Kalimantan Selatan › Berita Daerah',
      'Jembatan Gantung Loksado Diperbaiki',
      'Thread Starter: urang_hulu   Posts: 312',
      '#1   23-11-2026, 09:10 AM',
      '',
      'Quote:',
      'KANDANGAN, Kabar Banua – Jembatan gantung di Loksado mulai diperbaiki pekan ini oleh pemerintah kabupaten setempat.',
      '',
      'Perbaikan ditargetkan selesai sebelum libur akhir tahun, kata warga setempat yang ikut bekerja.',
      'Like  ·  Quote  ·  Reply',
      '',
      'Halaman 1 dari 1   « Sebelumnya   Berikutnya »',
    ]);
    assert.equal(a.dateline?.place, 'KANDANGAN');
    assert.equal(kindOf(a, 3), 'byline');
    assert.equal(kindOf(a, 4), 'byline');
    assert.equal(kindOf(a, 6), 'other');
    assert.equal(kindOf(a, 10), 'share');
    assert.equal(kindOf(a, 12), 'share');
    assert.equal(kindOf(a, 7), undefined);
  });

  test('an embedded post\'s author line with its account and date is boilerplate', () => {
    const a = analyse([
      'Festival Bunga Tomohon Dibuka',
      '',
      'TOMOHON - Festival bunga dibuka wali kota di lapangan Kakaskasen, Senin pagi.',
      '',
      'Pemerintah Kota Tomohon @pemkot_tomohon · 23 Nov',
      '',
      'Ribuan warga hadir sejak pagi untuk melihat kendaraan hias.',
    ]);
    assert.equal(kindOf(a, 5), 'other');
    assert.equal(kindOf(a, 7), undefined);
  });

  test('a subheading in capitals ends the related list of headlines in ordinary case over it', () => {
    const a = analyse([
      'Lomba Perahu Digelar di Galesong',
      '',
      'GALESONG - Sebanyak 40 perahu ikut lomba di Pantai Boddia, Selasa sore, ditonton ribuan warga pesisir.',
      '',
      'Baca Juga:',
      'Harga Ikan Terbang Melonjak di Galesong',
      'Dermaga Rakyat Diresmikan di Tanakeke',
      '',
      'PINISI MINI DIPAMERKAN',
      '',
      'Panitia juga memamerkan tiga pinisi mini buatan perajin Bulukumba.',
    ]);
    assert.equal(kindOf(a, 6), 'related');
    assert.equal(kindOf(a, 7), 'related');
    assert.equal(kindOf(a, 9), undefined);
    // A list written in capitals throughout still runs on over its blank line.
    const b = analyse([
      'Lomba Perahu Digelar di Galesong',
      '',
      'GALESONG - Sebanyak 40 perahu ikut lomba di Pantai Boddia, Selasa sore, ditonton ribuan warga pesisir.',
      '',
      'Baca Juga:',
      'HARGA IKAN TERBANG MELONJAK DI GALESONG',
      '',
      'DERMAGA RAKYAT DIRESMIKAN DI TANAKEKE',
    ]);
    assert.equal(kindOf(b, 8), 'related');
  });

  test('a deck in sentence case right under the headline is the article\'s text; a byline or a stamp there is not', () => {
    const a = analyse([
      'Tradisi Posuo Kembali Digelar di Keraton Buton',
      'Selama tiga hari dua belas gadis dipingit di rumah adat dan hanya ditemani pemandu',
      '',
      'BAUBAU - Sebanyak 12 gadis remaja menjalani posuo, ritual pingitan adat Buton, sejak Minggu.',
    ]);
    assert.equal(a.title?.text, 'Tradisi Posuo Kembali Digelar di Keraton Buton');
    assert.equal(kindOf(a, 2), undefined);
    for (const furniture of ['By Teresa Siahaan and Michael Hartono', 'Posted on 22 November 2026 by admin redaksi', 'Diunggah oleh redaksi pada 22 November 2026']) {
      const b = analyse([
        'Tradisi Posuo Kembali Digelar di Keraton Buton',
        furniture,
        '',
        'BAUBAU - Sebanyak 12 gadis remaja menjalani posuo, ritual pingitan adat Buton, sejak Minggu.',
      ]);
      assert.notEqual(kindOf(b, 2), undefined, furniture);
    }
  });

  test('"Perbekel" is a role (a Balinese village head), and an English "UNESCO-listed" or "Jakarta-based" is no name word', () => {
    const a = analyse([
      'Warga Pemuteran Bersihkan Terumbu Karang',
      '',
      'BULELENG - Perbekel Pemuteran, Made Sudarma, memimpin kerja bakti di pantai, Minggu. Pak Perbekel juga menanam bibit karang.',
    ]);
    const people = names(a);
    assert.ok(people.includes('Made Sudarma'), people.join(', '));
    assert.ok(!people.some((p) => p.includes('Perbekel')), people.join(', '));
    const english = analyse([
      'Coral gardeners restore the reef off Pemuteran as visitor numbers recover',
      '',
      'BULELENG, Bali — Volunteers planted more than two thousand coral fragments on Sunday in the UNESCO-listed Menjangan area and along the bay, where a Jakarta-based Nusantara Dive group has worked since 2019.',
      '',
      'The work was led by Made Sudarma, the village head, who said the reef had recovered faster than expected after the storm season.',
    ]);
    assert.equal(english.language, 'en');
    const found = names(english);
    assert.ok(found.includes('Made Sudarma'), found.join(', '));
    assert.ok(!found.some((p) => p.includes('-listed') || p.includes('-based')), found.join(', '));
  });

  test('"© <outlet> <year>. All rights reserved." names the outlet', () => {
    const a = analyse([
      'Lombok farmers switch to shallots as rice prices fall',
      '',
      'MATARAM — Farmers in East Lombok are planting shallots instead of rice this season, after the price of unhusked rice fell for the third month running.',
      '',
      '"Shallots pay better and need less water," said Lalu Ahmad Fauzi, a farmer in Sembalun.',
      '',
      '© The Rinjani Courier 2026. All rights reserved.',
    ]);
    assert.equal(a.outlet, 'The Rinjani Courier');
  });
});
