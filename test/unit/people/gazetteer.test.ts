/**
 * The gazetteer (src/core/lang/id/places.json, generated from idn-area-data): a province's,
 * regency's or city's name is a place when nothing personal speaks for a person, whatever verb
 * follows it; a person who bears such a name and speaks, or is titled or introduced, stays a person.
 */
import * as assert from 'node:assert/strict';
import { LANGUAGES } from '../../../src/core/lang/language';
import { analyse, names } from '../generalisation/analyse';

suite('people: the gazetteer of regions', () => {
  test('the data holds regencies and cities without the word for their kind, and provinces', () => {
    const places = new Set(LANGUAGES.id?.people.placeNames ?? []);
    for (const name of ['Pidie Jaya', 'Parigi Moutong', 'Jeneponto', 'Banda Aceh', 'Jakarta Pusat', 'Sumatera Barat']) assert.ok(places.has(name), name);
    assert.ok(![...places].some((n) => /^(?:Kabupaten|Kota)\s/u.test(n)), 'no name keeps "Kabupaten" or "Kota"');
    assert.equal(LANGUAGES.en?.people.placeNames, undefined, 'the English set has no gazetteer and needs none');
  });

  test('a regency that acts or is come from is no person; the persons around it are', () => {
    const a = analyse([
      'Harga Cabai Naik, Parigi Moutong Paling Terdampak',
      '',
      'PALU - Harga cabai rawit di Sulawesi Tengah naik dua kali lipat dalam sepekan.',
      '',
      'Di antara kabupaten yang disurvei, Parigi Moutong mencatat kenaikan tertinggi. Pedagang dari Jeneponto, Sulawesi Selatan, ikut memasok pasar.',
      '',
      'Salah seorang pembeli dari Pidie Jaya, Rahmawati Usman, mengaku terpaksa mengurangi belanja.',
      '',
      '"Biasanya satu kilo, sekarang setengah saja," kata Rahmawati.',
    ]);
    const found = names(a);
    for (const place of ['Parigi Moutong', 'Jeneponto', 'Pidie Jaya']) assert.ok(!found.includes(place), `${place} is a place: ${found.join('; ')}`);
    assert.ok(found.includes('Rahmawati Usman'), found.join('; '));
  });

  test('a person named like a regency stays a person when a cue, a title or an introducer speaks for them', () => {
    const a = analyse([
      'Nelayan Keluhkan Solar Langka',
      '',
      'AMBON - Nelayan di pesisir Ambon kesulitan mendapatkan solar sejak awal pekan.',
      '',
      'Seorang nelayan bernama Agam (41) mengaku sudah tiga hari tidak melaut.',
      '',
      '"Kalau solar tidak ada, kami mau makan apa," kata Agam.',
    ]);
    assert.ok(names(a).includes('Agam'), names(a).join('; '));
  });
});
