/**
 * A reader view's or saved page's lone web address under the headline names the site the page was saved from.
 * Articles written for the test.
 */
import * as assert from 'node:assert/strict';
import { outletOf } from '../generalisation/analyse';

const lead = 'LIWA – Sebanyak 120 petani lada di Lampung Barat mengikuti pelatihan pemangkasan, Selasa (24/11/2026), di Balai Pekon Sukarame.';
const quote = '"Pemangkasan yang benar bisa menaikkan hasil panen sampai seperlima," kata penyuluh pertanian, Rahmat Hidayat.';

suite('a lone web address before the prose', () => {
  test('under the headline, over the reading time and the author, it is the outlet', () => {
    assert.equal(outletOf(['Petani Lada Lampung Barat Belajar Memangkas', 'kabarsukarame.id', '4–5 menit', 'Dewi Anggraini', lead, '', quote]), 'kabarsukarame.id');
  });

  test('after the prose began, a lone address (a link left in the text) names no outlet by this rule', () => {
    assert.equal(outletOf(['Petani Lada Lampung Barat Belajar Memangkas', 'Dewi Anggraini', lead.replace('LIWA – ', ''), '', quote, 'kabarsukarame.id']), null);
  });
});
