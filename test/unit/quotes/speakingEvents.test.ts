/**
 * The lazy reading of speaking events (only back from a quote to the nearest event) must give the
 * event a full reading of the body gives: the latest event before each offset, offsets ascending.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle } from '../../../src/core/article/article';
import { getLanguage } from '../../../src/core/lang/language';
import { findPeople } from '../../../src/core/people/peopleFinder';
import { attributionLexicon } from '../../../src/core/quotes/quoteData';
import { SpeakingEvents, type SpeakingEvent } from '../../../src/core/quotes/speakingEvents';
import { simpleStructure } from './helpers';

const lang = getLanguage('id');

/** Sentences with persons speaking in every shape the reader knows, and words that are none. */
const pieces = [
  'Budi Santoso mengatakan', 'Menurut Rahmawati Tahir, ', 'Sutrisno (60) berharap', 'Rahmawati Tahir, S.Pi., M.Si., menyampaikan', 'ia menambahkan',
  'kata Camat Lembah Hijau Agus Salim.', 'Agus juga menegaskan', 'ujarnya.', 'Warga berkumpul di balai desa.', '“Kami siap,” ', 'Dedi Kurniawan ',
  'sudah ', 'menjelaskan ', 'Bupati Sukamaju H. Ahmad Fauzi', 'tutur Dedi.', ', ', '. ', '\n', '\n\n',
];
const articles = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }).map((xs) => `Judul Berita\n\n${xs.join(' ')}`);

function reader(text: string): SpeakingEvents {
  const article = parseArticle(text);
  const { registry, body } = findPeople(article, simpleStructure(article).lineRoles, lang, []);
  return new SpeakingEvents(body, registry, attributionLexicon(lang), article.text);
}

suite('quotes: speaking events read lazily', () => {
  test('latestBefore gives, for ascending offsets, the latest of all events before each', () => {
    fc.assert(
      fc.property(articles, fc.array(fc.nat(), { maxLength: 8 }), (text, raw) => {
        const all = reader(text).all();
        const lazy = reader(text);
        const offsets = raw.map((x) => x % (text.length + 1)).sort((a, b) => a - b);
        for (const offset of offsets) {
          const expected: SpeakingEvent | null = all.filter((e) => e.at < offset).pop() ?? null;
          assert.deepEqual(lazy.latestBefore(offset), expected, `offset ${offset} of ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('the shapes of speaking are found: a name before its verb, a name after "Menurut"', () => {
    const events = reader('Judul Berita\n\nBudi Santoso mengatakan banjir surut. Menurut Rahmawati Tahir, air naik lagi.').all();
    assert.deepEqual(
      events.map((e) => e.name),
      ['Budi Santoso', 'Rahmawati Tahir'],
    );
  });

  test('offsets asked out of order are refused, not answered wrongly', () => {
    const r = reader('Judul Berita\n\nBudi Santoso mengatakan banjir surut. Menurut Rahmawati Tahir, air naik lagi.');
    r.latestBefore(60);
    assert.throws(() => r.latestBefore(5));
  });
});
