/**
 * The publisher named only in a photo credit ("Foto: <outlet>/<photographer>"), read last; a wire's or agency's credit
 * names none. Articles written for the test.
 */
import * as assert from 'node:assert/strict';
import { outletOf } from '../generalisation/analyse';

const page = (caption: string): string[] => [
  'Banjir Rob Rendam Pesisir Demak',
  'Senin, 23 November 2026 - 10:15 WIB',
  `Warga melintasi jalan yang tergenang di Desa Timbulsloko, Senin (23/11/2026). ${caption}`,
  'DEMAK - Banjir rob kembali merendam permukiman di pesisir Demak sejak Minggu malam.',
  '"Air masuk rumah setinggi lutut," kata Kepala Desa Timbulsloko, Wahyudi.',
];

suite('the outlet named in a photo credit', () => {
  test('a credit to an outlet-shaped name, then the photographer, names the publisher', () => {
    assert.equal(outletOf(page('Foto: PESISIRnews/Andi Saputra')), 'PESISIRnews');
    assert.equal(outletOf(page('Foto/KabarDemak.com/Andi Saputra')), 'KabarDemak.com');
  });

  test('a wire, an agency or "Istimewa" credited for the picture names no publisher', () => {
    assert.equal(outletOf(page('Foto: ANTARA/Andi Saputra')), null);
    assert.equal(outletOf(page('Foto: Istimewa/Andi Saputra')), null);
    assert.equal(outletOf(page('Foto: Andi Saputra/Warga')), null, 'a person credited first is no outlet');
  });
});
