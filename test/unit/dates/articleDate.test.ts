import * as assert from 'node:assert/strict';
import { datesOf, HEADLINE } from './helpers';

suite('dates: the article\'s own date', () => {
  test('the lead\'s event date, normalised to ISO, with raw text, span, rule and role', () => {
    const { date, article } = datesOf([HEADLINE, 'PURWA JAYA - Bupati meninjau banjir di tiga desa, Senin (3/3/2025).', 'Ia meminta warga waspada hingga akhir bulan.']);
    assert.equal(date?.iso, '2025-03-03');
    assert.equal(date?.role, 'event');
    assert.equal(date?.rule, 'weekday-numeric');
    assert.equal(article.text.slice(date!.span.start, date!.span.end), 'Senin (3/3/2025)');
  });

  test('a byline date wins over the lead\'s event date', () => {
    const { date, dates } = datesOf(
      [HEADLINE, 'Oleh Tim Liputan, Jumat, 7 Maret 2025 | 09:15 WITA - Editor: Dewi', 'Petani memanen padi lebih awal karena cuaca, Kamis (6/3/2025).'],
      { boilerplate: { 1: 'byline' } },
    );
    assert.equal(date?.iso, '2025-03-07');
    assert.equal(date?.role, 'byline');
    assert.equal(date?.time, '09:15');
    assert.equal(date?.zone, 'WITA');
    assert.equal(dates.find((d) => d.iso === '2025-03-06')?.role, 'event');
  });

  test('a metadata line the structure did not label is still read as the byline date', () => {
    const { date } = datesOf([HEADLINE, 'Tayang: Senin, 3 Maret 2025 18:40 WIT', 'Nelayan tidak melaut karena gelombang tinggi pada Minggu (2/3/2025), kata seorang nelayan.']);
    assert.equal(date?.iso, '2025-03-03');
    assert.equal(date?.role, 'byline');
    assert.equal(date?.zone, 'WIT');
  });

  test('year missing, filled because the weekday fits the one year the text writes', () => {
    const { date } = datesOf([HEADLINE, 'Wali kota memimpin kerja bakti di bantaran sungai, Jumat, (14/03).', 'Program bersih sungai menjadi prioritas sepanjang tahun 2025.']);
    assert.equal(date?.iso, '2025-03-14');
    assert.equal(date?.yearInferred, true);
    assert.match(date?.note ?? '', /inferred/);
  });

  test('year missing, the weekday fits none of the text\'s years: no article date, no fallback to a later date', () => {
    const { date, dates } = datesOf([HEADLINE, 'Polisi meringkus dua pencuri kotak amal, Selasa (11/3).', 'Pencurian pertama terjadi pada Sabtu, 2 Maret 2024 dini hari.']);
    assert.equal(date, null);
    const lead = dates.find((d) => d.raw === 'Selasa (11/3)');
    assert.equal(lead?.iso, '--03-11');
    assert.equal(lead?.yearUnknown, true);
    assert.equal(lead?.role, 'event');
    assert.equal(dates.find((d) => d.iso === '2024-03-02')?.role, 'event');
  });

  test('year missing, the weekday fits two of the text\'s years: unknown', () => {
    // 10 March is a Monday in both 2014 and 2025.
    const { date, dates } = datesOf([HEADLINE, 'Museum kota dibuka kembali, Senin (10/3).', 'Museum itu dibangun pada 2014 dan dipugar pada 2025.']);
    assert.equal(date, null);
    assert.match(dates[0]?.note ?? '', /several/);
  });

  test('year missing and no weekday: never filled, even when the text writes one year', () => {
    const { date, dates } = datesOf([HEADLINE, 'Pasar malam dibuka 12 Maret di lapangan kota.', 'Acara ini rutin digelar sejak 2025.']);
    assert.equal(date, null);
    assert.equal(dates[0]?.iso, '--03-12');
  });

  test('a date still to come is mentioned, not the article\'s date: "akan digelar pada …", "… mendatang"', () => {
    const { date, dates } = datesOf([
      HEADLINE,
      'Pemungutan suara ulang di tiga desa akan digelar pada Minggu, 20 April 2025.',
      'Pelantikan kepala desa terpilih dijadwalkan 27 April mendatang.',
      'KPU mulai mendistribusikan kotak suara ke gudang kecamatan, Rabu (9/4/2025).',
    ]);
    assert.equal(date?.iso, '2025-04-09');
    assert.deepEqual(dates.filter((d) => d.role === 'mentioned').map((d) => d.raw), ['Minggu, 20 April 2025', '27 April']);
  });

  test('a reporting verb ends the future clause: the date of the saying is the event', () => {
    const { date } = datesOf([HEADLINE, 'Harga beras akan turun pekan depan, kata Menteri Perdagangan di Jakarta, Selasa (4/3/2025).']);
    assert.equal(date?.iso, '2025-03-04');
  });

  test('ranges and deadlines are mentioned: "3-14 Maret 2025", "1 Juni hingga 5 Juli 2025", "hingga 14 Maret 2025"', () => {
    const { date, dates } = datesOf([
      HEADLINE,
      'Pendaftaran beasiswa daerah berlangsung 3-14 Maret 2025.',
      'Pameran buku digelar 1 Juni hingga 5 Juli 2025 di gedung kesenian.',
      'Berkas dapat diunggah hingga 14 Maret 2025 pukul 23.59 WIB.',
      'Laporan itu tertanggal 2 Maret 2025.',
    ]);
    assert.equal(date, null);
    assert.ok(dates.length >= 4);
    assert.ok(dates.every((d) => d.role === 'mentioned'), JSON.stringify(dates.map((d) => [d.raw, d.role])));
  });

  test('dates in the headline and in boilerplate lines (a related list) are not the article\'s date', () => {
    const { date, dates } = datesOf(
      ['Jadwal Lengkap Festival Kota 15 Maret 2025', 'Festival kota menghadirkan puluhan penampil dari berbagai daerah.', 'Berita Terkait', 'Selasa, 4 Maret 2025 | 10:20 WIB', 'Harga Cabai Mulai Turun'],
      { boilerplate: { 2: 'related-list', 3: 'related-list', 4: 'related-list' } },
    );
    assert.equal(date, null);
    assert.deepEqual(dates.map((d) => d.role), ['mentioned', 'mentioned']);
  });

  test('relative stamps are recorded as relative and never become a date', () => {
    const { date, dates, relativeStamps } = datesOf([HEADLINE, 'Ratusan layang-layang menghiasi langit pantai dalam festival tahunan.', 'Kabar Pesisir | 3 hari yang lalu', 'Wisata | 12 jam yang lalu', 'Kabar Pesisir | 1 minggu yang lalu']);
    assert.equal(date, null);
    assert.deepEqual(dates, []);
    assert.deepEqual(relativeStamps.map((r) => [r.raw, r.amount, r.unit]), [['3 hari yang lalu', 3, 'day'], ['12 jam yang lalu', 12, 'hour'], ['1 minggu yang lalu', 1, 'week']]);
  });

  test('English: byline date, a "will" date mentioned, "2 days ago" relative', () => {
    const { date, dates, relativeStamps } = datesOf(
      ['Council Approves New Bus Routes', 'Published Tuesday, March 4, 2025 | 10:20 GMT', 'The routes will start on April 1, 2025, the council said.', 'Harbour News | 2 days ago'],
      {},
      'en',
    );
    assert.equal(date?.iso, '2025-03-04');
    assert.equal(date?.role, 'byline');
    assert.equal(dates.find((d) => d.iso === '2025-04-01')?.role, 'mentioned');
    assert.deepEqual(relativeStamps.map((r) => [r.amount, r.unit]), [[2, 'day']]);
  });
});

suite('dates: publication stamps in the forms outlets print', () => {
  const body = 'Warga kampung nelayan menggelar syukuran laut di pantai utara, Minggu (8/6/2025).';
  const stamps: ReadonlyArray<readonly [string, string, string | undefined, string | undefined]> = [
    ['Tayang: Senin, 9 Juni 2025 21:25 WITA', '2025-06-09', '21:25', 'WITA'],
    ['Selasa, 10 Juni 2025 07:43 WIB', '2025-06-10', '07:43', 'WIB'],
    ['10 Juni 2025 - 18:30 WIB', '2025-06-10', '18:30', 'WIB'],
    ['Selasa, 10 Jun 2025 - 13:17 WIB', '2025-06-10', '13:17', 'WIB'],
    ['Kabar Kota - 10/06/2025, 21:13 WIB', '2025-06-10', '21:13', 'WIB'],
    ['Diperbarui 18 Jun 2025, 15:45 WIB', '2025-06-18', '15:45', 'WIB'],
    ['10 Jun 2025 19:22', '2025-06-10', '19:22', undefined],
    ['Jurnalis-Rabu, 18 Juni 2025 |14:37 WIB', '2025-06-18', '14:37', 'WIB'],
    ['14 Mei 2025 | 08.45 WIB', '2025-05-14', '08:45', 'WIB'],
    ['Penulis: Rina Sari | Selasa, 10 Juni 2025 12:30 WIB', '2025-06-10', '12:30', 'WIB'],
  ];
  for (const [stamp, iso, time, zone] of stamps) {
    test(`"${stamp}" before the body is the article's date`, () => {
      const { date } = datesOf([HEADLINE, stamp, body]);
      assert.equal(date?.iso, iso);
      assert.equal(date?.role, 'byline');
      assert.equal(date?.time, time);
      assert.equal(date?.zone, zone);
    });
  }

  test('a stamp the structure filed as generic boilerplate still counts; one in a related list does not', () => {
    assert.equal(datesOf([HEADLINE, 'Selasa, 10 Juni 2025 07:43 WIB', body], { boilerplate: { 1: 'other' } }).date?.iso, '2025-06-10');
    assert.equal(datesOf([HEADLINE, 'Selasa, 10 Juni 2025 07:43 WIB', body], { boilerplate: { 1: 'related-list' } }).date?.iso, '2025-06-08');
  });

  test('a body sentence with a date and a time is not a stamp', () => {
    const { date } = datesOf([HEADLINE, 'Kasus pertama terjadi pada Selasa, 27 Mei 2025 sekitar pukul 19.00 WIB di dusun itu.', 'Senin, 2 Juni 2025 12:00 WIB']);
    assert.equal(date?.iso, '2025-05-27');
    assert.equal(date?.role, 'event');
    assert.equal(date?.time, '19:00');
  });

  test('a time of day between weekday and date: "Senin malam (9/6/2025)", "Rabu dini hari (11/6)"', () => {
    assert.equal(datesOf([HEADLINE, 'Hujan deras mengguyur kota pada Senin malam (9/6/2025).']).date?.iso, '2025-06-09');
    const { date } = datesOf([HEADLINE, 'Kebakaran melanda pasar, Rabu dini hari (11/6).', 'Pasar itu dibangun ulang pada 2025.']);
    assert.equal(date?.iso, '2025-06-11');
    assert.equal(date?.yearInferred, true);
  });

  test('a future marker in a relative clause does not make an appositive report date "to come"', () => {
    assert.equal(datesOf([HEADLINE, 'Warga yang akan mudik memadati terminal bus, Senin (9/6/2025).']).date?.iso, '2025-06-09');
  });
});

suite('dates: bare date lines after the body', () => {
  test('a date-and-time line after the body began is not the article\'s date (an unrecognised list of other articles)', () => {
    const { date, dates } = datesOf([HEADLINE, 'Warga kampung nelayan menggelar syukuran laut di pantai utara sambil membagikan makanan kepada anak-anak.', 'Selasa, 3 Juni 2025 | 10:20 WIB', 'Harga Ikan Tongkol Naik di Pelelangan']);
    assert.equal(date, null);
    assert.equal(dates[0]?.role, 'mentioned');
  });

  test('the same line named a publication time still dates the article', () => {
    const { date } = datesOf([HEADLINE, 'Warga kampung nelayan menggelar syukuran laut di pantai utara sambil membagikan makanan kepada anak-anak.', 'Diperbarui: Selasa, 3 Juni 2025 | 10:20 WIB']);
    assert.equal(date?.iso, '2025-06-03');
    assert.equal(date?.role, 'byline');
  });
});

suite('dates: publication over update, 12-hour clocks', () => {
  test('"Diperbarui" above "Diterbitkan": the publication date is the article\'s date', () => {
    const { date } = datesOf([HEADLINE, 'Diperbarui 18 Jun 2025, 15:45 WIB', 'Diterbitkan 17 Jun 2025, 09:10 WIB', 'Warga menanam seribu pohon di lereng bukit, Senin (16/6/2025).']);
    assert.equal(date?.iso, '2025-06-17');
    assert.equal(date?.time, '09:10');
  });

  test('an update stamp alone still dates the article', () => {
    assert.equal(datesOf([HEADLINE, 'Diperbarui 18 Jun 2025, 15:45 WIB', 'Warga menanam seribu pohon di lereng bukit.']).date?.iso, '2025-06-18');
  });

  test('English "2:30 PM" and "12:05 a.m." from the data\'s meridiem words', () => {
    assert.equal(datesOf(['Harbour Reopens', 'Published June 9, 2025 2:30 PM GMT', 'The harbour reopened.'], {}, 'en').date?.time, '14:30');
    assert.equal(datesOf(['Harbour Reopens', 'Published June 9, 2025 12:05 a.m.', 'The harbour reopened.'], {}, 'en').date?.time, '00:05');
  });
});

suite('dates: a range of days written as one date', () => {
  test('"Sabtu-Minggu (7-8/6/2025)" is read (first day, first weekday) as a range: mentioned, like "10-17 Juni 2025"', () => {
    const { date, dates } = datesOf([HEADLINE, 'Festival kuliner digelar di alun-alun, Sabtu-Minggu (7-8/6/2025).', 'Panitia menghitung pendapatan pedagang pada Senin (9/6/2025).']);
    assert.equal(dates[0]?.raw, 'Sabtu-Minggu (7-8/6/2025)');
    assert.equal(dates[0]?.iso, '2025-06-07');
    assert.equal(dates[0]?.role, 'mentioned');
    assert.equal(dates[0]?.weekdayMismatch, undefined);
    assert.equal(date?.iso, '2025-06-09');
  });

  test('a backwards or impossible range is not a date: "9-7/6/2025", "30-32/1/2025"', () => {
    assert.deepEqual(datesOf([HEADLINE, 'Kode 9-7/6/2025 dan 30-32/1/2025 tercatat.']).dates, []);
  });
});
