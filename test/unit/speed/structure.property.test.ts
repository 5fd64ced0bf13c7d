/**
 * Speed round 3, structure: each shortcut against the plain reading it replaces, on random text built
 * from the characters that matter (case pairs whose lower-case form is longer or context-bound, white
 * space of every kind, surrogates alone and paired).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { asciiPrefixDiffers, fewerWordsThan, pageTitleSuffix } from '../../../src/core/structure/pageTitle';
import { collapseSpaces } from '../../../src/core/structure/lineFeatures';

const piece = fc.constantFrom('a', 'A', 'b', 'B', 'z', 'Z', '@', '[', '`', '{', '1', '-', '|', '–', ' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', 'İ', 'ı', 'Σ', 'σ', 'ς', 'ẞ', 'ß', 'é', 'É', 'K', '𐐀', '𐐨', '\ud801', '\udc00', 'Tribun Timur', 'Kabar');
const text = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));
// A line that may repeat the other's opening in another case, then go on its own way.
const related = fc.tuple(text, text, fc.boolean(), text).map(([head, tail, upper, other]) => [(upper ? head.toUpperCase() : head.toLowerCase()) + tail, head + other] as const);

suite('speed round 3: structure shortcuts against their plain readings', () => {
  test('property: asciiPrefixDiffers is true only where the lower-case line cannot start with the lower-case head', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(text, text), related), ([line, head]) => {
        if (asciiPrefixDiffers(line, head)) assert.equal(line.toLowerCase().startsWith(head.toLowerCase()), false, JSON.stringify([line, head]));
      }),
      { numRuns: 20000 },
    );
    // It does tell lines apart (a test that never says true would pass the property).
    assert.equal(asciiPrefixDiffers('Banjir di Garut', 'Bupati Garut'), true);
    assert.equal(asciiPrefixDiffers('BANJIR di Garut - Kabar', 'Banjir di Garut'), false);
  });

  test('property: fewerWordsThan is split(/\\s+/u).length < words', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 6 }), (t, words) => assert.equal(fewerWordsThan(t, words), t.split(/\s+/u).length < words, JSON.stringify([t, words]))),
      { numRuns: 20000 },
    );
  });

  test('property: pageTitleSuffix answers as its plain reading', () => {
    const SITE_SUFFIX = /^\s*[|–—-]\s*(\p{Lu}[\p{L}\p{N}.'-]*(?:\s+[\p{L}\p{N}.'-]+){0,3})\s*$/u;
    // The plain reading with white space collapsed where either holds two spaces in a row (a page's zero-width spaces
    // leave them; pageTitleSuffix compares the two as a reader would).
    const plain = (line: string, headline: string): string | null => {
      if (line.includes('  ') || headline.includes('  ')) return plain(collapseSpaces(line), collapseSpaces(headline));
      const head = headline.trim();
      if (head.split(/\s+/u).length < 4 || !line.toLowerCase().startsWith(head.toLowerCase())) return null;
      const name = SITE_SUFFIX.exec(line.slice(head.length))?.[1];
      return name && !/\p{N}/u.test(name) ? name : null;
    };
    const title = fc.tuple(text, fc.constantFrom(' - ', ' | ', ' – ', '-', ' '), text, fc.boolean()).map(([head, sep, site, upper]) => [(upper ? head.toUpperCase() : head) + sep + site, head] as const);
    fc.assert(
      fc.property(fc.oneof(fc.tuple(text, text), related, title), ([line, head]) => assert.equal(pageTitleSuffix(line, head), plain(line, head), JSON.stringify([line, head]))),
      { numRuns: 20000 },
    );
    assert.equal(pageTitleSuffix('Banjir Besar Melanda Kota Garut - Tribun Timur', ' Banjir besar melanda kota Garut'), 'Tribun Timur');
    assert.equal(pageTitleSuffix('Banjir Besar  Melanda Kota Garut -  Tribun Timur', 'Banjir besar melanda  kota Garut'), 'Tribun Timur', 'two spaces where the other has one');
  });
});
