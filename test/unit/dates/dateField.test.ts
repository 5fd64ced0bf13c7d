/**
 * A saved page's or e-mail's date field ("date: 2026-11-24" under trafilatura's metadata header, "Tanggal: 24 November
 * 2026" over a page): the article's publication stamp. Articles written for the test.
 */
import * as assert from 'node:assert/strict';
import { analyse, kindOf } from '../generalisation/analyse';

const story = [
  'Dermaga Apung Rampung di Teluk Dalam',
  'TELUK DALAM - Dermaga apung baru di Teluk Dalam, Nias Selatan, mulai dipakai nelayan, Kamis (19/11/2026).',
  '"Perahu tidak lagi kandas saat surut," kata Ketua Kelompok Nelayan, Ama Rido Duha.',
];

suite('a date field at the head of a saved page', () => {
  test('"date:" in a metadata header written in lower case is the publication date, not a sentence going on', () => {
    const a = analyse(['title: Dermaga Apung Rampung di Teluk Dalam', 'author: Redaksi', 'date: 2026-11-24', 'url: https://contoh-nias.id/dermaga', ...story]);
    assert.equal(a.date?.iso, '2026-11-24');
    assert.equal(a.title?.text, 'Dermaga Apung Rampung di Teluk Dalam');
  });

  test('"Tanggal: …" alone over the headline is the stamp, not the headline', () => {
    const a = analyse(['Tanggal: 24 November 2026', ...story]);
    assert.equal(kindOf(a, 1), 'byline');
    assert.equal(a.title?.text, 'Dermaga Apung Rampung di Teluk Dalam');
    assert.equal(a.date?.iso, '2026-11-24');
  });

  test('an agenda line in the body ("Waktu: …") stays body, and the event date of the lead is the date', () => {
    const a = analyse([...story, 'Peresmian dijadwalkan pekan depan dengan acara sebagai berikut.', 'Waktu: Selasa, 1 Desember 2026', 'Tempat: Dermaga Teluk Dalam']);
    assert.equal(kindOf(a, 5), undefined);
    assert.equal(a.date?.iso, '2026-11-19');
  });
});
