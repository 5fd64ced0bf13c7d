import * as assert from 'node:assert/strict';
import { datesOf, HEADLINE } from './helpers';

/** The single date read from one body sentence. */
function one(sentence: string, language = 'id') {
  const { dates, article } = datesOf([HEADLINE, sentence], {}, language);
  assert.equal(dates.length, 1, `expected one date in ${JSON.stringify(sentence)}, got ${JSON.stringify(dates.map((d) => d.raw))}`);
  const d = dates[0]!;
  assert.equal(article.text.slice(d.span.start, d.span.end), d.raw, 'span covers the raw text');
  return d;
}

suite('dates: written forms', () => {
  test('weekday with a numeric date in parentheses: "Senin (3/3/2025)"', () => {
    const d = one('Bupati meresmikan jembatan gantung di Desa Sukamaju, Senin (3/3/2025).');
    assert.equal(d.iso, '2025-03-03');
    assert.equal(d.raw, 'Senin (3/3/2025)');
    assert.equal(d.rule, 'weekday-numeric');
    assert.equal(d.yearInferred, undefined);
  });

  test('weekday with a long date in parentheses, month in lower case: "Rabu (12 februari 2025)"', () => {
    const d = one('Rapat koordinasi berlangsung di aula kantor camat pada Rabu (12 februari 2025).');
    assert.equal(d.iso, '2025-02-12');
    assert.equal(d.rule, 'weekday-long');
  });

  test('byline form keeps the time and the zone: "Jumat, 7 Maret 2025 | 09:15 WITA"', () => {
    const d = one('Oleh Tim Redaksi, Jumat, 7 Maret 2025 | 09:15 WITA - Editor: Sari');
    assert.equal(d.iso, '2025-03-07');
    assert.equal(d.time, '09:15');
    assert.equal(d.zone, 'WITA');
    assert.equal(d.raw, 'Jumat, 7 Maret 2025 | 09:15 WITA');
  });

  test('each zone of the data: WIB, WITA, WIT (with a dotted time and "pukul")', () => {
    for (const zone of ['WIB', 'WITA', 'WIT']) {
      const d = one(`Gempa terasa di pesisir pada Kamis, 6 Maret 2025 pukul 21.05 ${zone} dan warga sempat panik.`);
      assert.equal(d.iso, '2025-03-06');
      assert.equal(d.time, '21:05');
      assert.equal(d.zone, zone);
    }
  });

  test('a zone written in mixed case is reported as the data spells it', () => {
    assert.equal(one('Kejadian itu pada hari Kamis, 6 Maret 2025 sekira pukul 11.00 Wib di dermaga.').zone, 'WIB');
  });

  test('"Kamis (6/3/2025)" and "Selasa.4/3/2025" (a dot after the weekday)', () => {
    assert.equal(one('Warga menggelar doa bersama, Kamis (6/3/2025).').iso, '2025-03-06');
    assert.equal(one('Dikonfirmasi, Selasa.4/3/2025. Camat membenarkan kejadian itu').iso, '2025-03-04');
  });

  test('weekday with the year missing: "Jumat, (14/03)" reads day and month', () => {
    const d = one('Kerja bakti digelar di bantaran sungai, Jumat, (14/03).');
    assert.equal(d.raw, 'Jumat, (14/03)');
    assert.ok(d.iso.endsWith('-03-14'));
  });

  test('full date without weekday, numeric date and ISO date', () => {
    assert.equal(one('Lembaga itu mengumumkan temuannya pada 21 Februari 2025 di Jakarta.').iso, '2025-02-21');
    assert.equal(one('Kota Harapan.com - 10/03/2025, 21:13 WIB').iso, '2025-03-10');
    assert.equal(one('Diperbarui 2025-03-10 oleh redaksi').iso, '2025-03-10');
    assert.equal(one('Diterbitkan 2025-03-10T07:43:00+07:00').time, '07:43');
  });

  test('abbreviated month: "18 Feb 2025, 15:45 WIB"', () => {
    const d = one('Diperbarui 18 Feb 2025, 15:45 WIB');
    assert.equal(d.iso, '2025-02-18');
    assert.equal(d.time, '15:45');
  });

  test('not dates: fractions, reference numbers, times after a weekday, impossible days', () => {
    const { dates } = datesOf([HEADLINE, 'Kabel 3/6 KV sepanjang 490m hilang, laporan LP/B/13/III/2025/SPKT dan nomor 800.1/5391/V/2024 dicatat.', 'Acara dimulai Senin 10.30 WIB di balai desa.', 'Tanggal 31 Februari 2025 tidak ada, begitu pula Senin (32/1/2025).']);
    assert.deepEqual(dates.map((d) => d.raw), []);
  });

  test('a weekday that does not match the written date is flagged, the date kept as written', () => {
    const d = one('Rapat digelar Senin (4/3/2025) di kantor desa.');
    assert.equal(d.iso, '2025-03-04');
    assert.equal(d.weekdayMismatch, true);
  });

  test('English forms from the English data: "Tuesday, March 4, 2025 | 10:20 GMT", "3 March 2025"', () => {
    const d = one('Published Tuesday, March 4, 2025 | 10:20 GMT', 'en');
    assert.equal(d.iso, '2025-03-04');
    assert.equal(d.time, '10:20');
    assert.equal(d.zone, 'GMT');
    assert.equal(one('The bridge reopened on 3 March 2025 after repairs.', 'en').iso, '2025-03-03');
  });

  test('English ordinals and abbreviations: "9th June 2025", "Jun. 9, 2025", "Monday, June 9"', () => {
    assert.equal(one('The fair opened on 9th June 2025 in the old market.', 'en').iso, '2025-06-09');
    assert.equal(one('Filed Jun. 9, 2025 by the desk.', 'en').iso, '2025-06-09');
    const d = one('The fair opened on Monday, June 9 in the old market.', 'en');
    assert.equal(d.iso, '--06-09');
    assert.equal(d.yearUnknown, true);
  });

  test('a date at the very start or end of a line, and several on one line', () => {
    const { dates } = datesOf([HEADLINE, '9 Juni 2025', 'Rapat pertama Senin (2/6/2025), rapat kedua Rabu (4/6/2025), dan rapat ketiga 10 Juni 2025']);
    assert.deepEqual(dates.map((d) => d.iso), ['2025-06-09', '2025-06-02', '2025-06-04', '2025-06-10']);
  });

  test('lines of pathological input read nothing and finish (no catastrophic backtracking)', () => {
    const lines = [
      HEADLINE,
      'Senin '.repeat(20000) + '(',
      '1'.repeat(50000),
      ('12/' + ' '.repeat(3)).repeat(10000),
      ('Senin, ( 1 ' + ' \t'.repeat(2)).repeat(5000),
      '9 '.repeat(30000) + 'Maret',
    ];
    const { dates } = datesOf(lines);
    assert.ok(dates.every((d) => d.raw.length < 40), 'no reading spans a runaway stretch');
  });
});

suite('dates: many dates on one line', () => {
  test('thousands of dates on one line are all read, each once, in order', () => {
    const line = Array.from({ length: 3000 }, (_, i) => `${(i % 28) + 1} Maret 2025`).join(', ');
    const { dates } = datesOf([HEADLINE, line]);
    assert.equal(dates.length, 3000);
    assert.ok(dates.every((d, i) => i === 0 || d.span.start >= dates[i - 1]!.span.end));
  });
});
