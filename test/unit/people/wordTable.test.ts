import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { getLanguage } from '../../../src/core/lang/language';
import { classifyRun } from '../../../src/core/people/runClassification';
import { isCapitalized, tokenize } from '../../../src/core/people/nameTokens';
import { WordTable, wordTable } from '../../../src/core/people/wordTable';
import { attributionLexicon, nameLexicon } from '../../../src/core/quotes/quoteData';

const lang = getLanguage('id');
const lexicon = nameLexicon(lang);
const table = wordTable(lexicon, attributionLexicon(lang).pronouns);

/** The kinds classifyRun gives the words of `text` read as one run. */
function kindsOf(text: string, lowerSeen: readonly string[] = [], definedAcronyms: readonly string[] = []): string[] {
  const tokens = tokenize(text, 0, lexicon);
  const article = table.startArticle();
  for (const w of lowerSeen) table.info(w).lowerForm.writtenLowerIn = article;
  const words = tokens.map((t) => table.info(t.text));
  return classifyRun(tokens, words, 0, tokens.length, { lexicon, article, definedAcronyms: new Set(definedAcronyms) });
}

suite('people: word table', () => {
  test('lower-case forms, capitals and titles are read once per word and kept', () => {
    const dr = table.info('Dr.');
    assert.equal(dr.lower, 'dr.');
    assert.equal(dr.bare, 'dr');
    assert.equal(dr.capitalized, true);
    assert.equal(dr.honorific, true);
    assert.equal(dr.titled, true);
    assert.strictEqual(table.info('Dr.'), dr, 'a word seen before is not described again');
    const rank = table.info('AKBP');
    assert.equal(rank.titled, true);
    assert.equal(rank.honorific, false);
    assert.equal(table.info('dan').startsLower, true);
    assert.equal(table.info('dan').capitalized, false);
    assert.equal(table.info('@polri').capitalized, true);
    assert.equal(table.info('Laut').rankCorps, true);
  });

  test('role phrases are indexed by their first word, lower-cased, longest first', () => {
    const roles = table.info('Wakil').roles;
    assert.equal(roles[0]?.length, 3);
    assert.ok(roles.some((r) => r.join(' ') === 'wakil ketua umum'));
    assert.ok(roles.some((r) => r.join(' ') === 'wakil wali kota'));
    assert.ok(roles.every((r, i) => i === 0 || (roles[i - 1]?.length ?? 0) >= r.length));
    assert.deepEqual(table.info('Budi').roles, []);
  });

  test('each word gets the class classifyRun gives it before its neighbours are read', () => {
    assert.equal(table.info('@polri').wordClass, 'handle');
    assert.equal(table.info('bin').wordClass, 'connector');
    assert.equal(table.info('S.H').wordClass, 'acronym');
    assert.equal(table.info('TikTok').wordClass, 'acronym');
    assert.equal(table.info('PT').wordClass, 'nonname');
    assert.equal(table.info('BMKG').wordClass, 'allCaps');
    assert.equal(table.info('Kemendagri').wordClass, 'nonname');
    assert.equal(table.info('Kecamatan').wordClass, 'nonname');
    assert.equal(table.info('Lalu').wordClass, 'namePrefix');
    assert.equal(table.info('Budi').wordClass, 'open');
    assert.equal(table.info('Budi').alwaysCommon, false);
    assert.equal(table.info('Kedatangan').alwaysCommon, true, 'a derived common word (pe-…-an / ke-…-an)');
    assert.equal(table.info('Beliau').alwaysCommon, true, 'a pronoun');
    assert.equal(table.info('menegaskan').subjectVerb, true);
    assert.equal(table.info('Menegaskan').subjectVerb, false, 'the verb shape is lower-case');
    assert.equal(table.info('rumah').subjectVerb, false);
    for (const verb of lexicon.personAliasVerbs) {
      assert.equal(table.info(verb).personAliasVerb, true, verb);
      assert.equal(table.info(`${verb[0]?.toUpperCase()}${verb.slice(1)}.`).personAliasVerb, true, 'looked up by the bare lower-case form');
    }
    assert.ok(lexicon.personAliasVerbs.size > 0);
    assert.equal(table.info('dikenal').personAliasVerb, lexicon.personAliasVerbs.has('dikenal'));
    assert.equal(table.info('rumah').personAliasVerb, false);
  });

  test('classifyRun: roles, names, and what the article and the neighbours change', () => {
    assert.deepEqual(kindsOf('Wakil Wali Kota Budi Santoso'), ['role', 'role', 'role', 'name', 'name']);
    assert.deepEqual(kindsOf('Wakil Wali Kota Budi Santoso', ['santoso']), ['role', 'role', 'role', 'name', 'common']);
    assert.deepEqual(kindsOf('Kolonel Laut Budi'), ['honorific', 'honorific', 'name']);
    assert.deepEqual(kindsOf('Laut Budi'), ['name', 'name']);
    assert.deepEqual(kindsOf('Mahfud MD'), ['name', 'name']);
    assert.deepEqual(kindsOf('Mahfud MD', [], ['MD']), ['name', 'acronym']);
    assert.deepEqual(kindsOf('Lalu Ahmad'), ['name', 'name']);
    // Round 30 ("Bu Yohana Ndapa Lalu", the article also writing "tahun lalu"): after a name word the prefix closes
    // the name; alone, a word the article writes in lower case stays common.
    assert.deepEqual(kindsOf('Ahmad Lalu', ['lalu']), ['name', 'name']);
    assert.deepEqual(kindsOf('Lalu', ['lalu']), ['common']);
  });

  test('a full table starts afresh between articles, never within one, and describes the words again the same way', () => {
    const small = new WordTable(lexicon, attributionLexicon(lang).pronouns, 3);
    small.startArticle();
    const first = small.info('Bupati');
    for (const w of ['Budi', 'dan', 'AKBP']) small.info(w);
    // Each word and its lower-case form ("Bupati", "bupati", "Budi", "budi", "dan", "AKBP", "akbp").
    assert.equal(small.size, 7, 'within an article the table goes past its cap');
    assert.strictEqual(small.info('Bupati'), first);
    small.startArticle();
    assert.equal(small.size, 0, 'the next article finds the table full: it starts afresh');
    const again = small.info('Bupati');
    assert.notStrictEqual(again, first);
    assert.deepEqual(again, first);
    assert.equal(small.size, 2, 'the word and its lower-case form');
  });

  test('thousands of words: each is described once and found again after the table grows', () => {
    const big = new WordTable(lexicon, attributionLexicon(lang).pronouns);
    const words = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? `Kata${i}` : `kata${i}x`));
    const first = words.map((w) => big.info(w));
    const distinct = new Set(words.flatMap((w) => [w, w.toLowerCase()])).size;
    assert.equal(big.size, distinct, 'each word and its lower-case form once');
    words.forEach((w, i) => assert.strictEqual(big.info(w), first[i], w));
    assert.equal(big.size, distinct);
    assert.equal(big.info('Kata10').lower, 'kata10');
    assert.equal(big.info(''), big.info(''), 'the empty word too');
  });

  test('words that lower-case alike share one lower-case mark; a word with its dot marks its bare form', () => {
    const article = table.startArticle();
    assert.strictEqual(table.info('Kata').lowerForm, table.info('kata').lowerForm);
    assert.strictEqual(table.info('kata').lowerForm, table.info('kata'), 'a lower-case word is its own form');
    assert.strictEqual(table.info('KATA').bareForm, table.info('kata').lowerForm);
    assert.strictEqual(table.info('Dr.').bareForm, table.info('dr').lowerForm);
    assert.notStrictEqual(table.info('Dr.').lowerForm, table.info('dr').lowerForm);
    table.info('kata').lowerForm.writtenLowerIn = article;
    assert.equal(table.info('Kata').bareForm.writtenLowerIn, article);
    const next = table.startArticle();
    assert.notEqual(next, article, 'the next article reads no mark of this one');
  });

  test('another language gets its own table', () => {
    const en = getLanguage('en');
    const enTable = wordTable(nameLexicon(en), attributionLexicon(en).pronouns);
    assert.notStrictEqual(enTable, table);
    assert.strictEqual(wordTable(nameLexicon(en), attributionLexicon(en).pronouns), enTable);
    assert.equal(enTable.info('John').wordClass, 'open');
  });

  test('property: an entry’s packed answers are the language lists’ own, for listed words in any case, with or without a dot', () => {
    const pronouns = attributionLexicon(lang).pronouns;
    const listed = [lexicon.honorifics, lexicon.ranks, lexicon.rankCorps, lexicon.placePrepositions, lexicon.placeMarkers, lexicon.thingNouns, lexicon.coordinators, lexicon.introducers, lexicon.nameIntroducers, lexicon.aliasMarkers, lexicon.subjectAdverbs, lexicon.roleHeadsLower, lexicon.personAliasVerbs, lang.stopwords, pronouns].flatMap((set) => [...set].slice(0, 40));
    const word = fc.tuple(fc.constantFrom(...listed, 'menegaskan', 'Budi', 'pembangunan', 'kata'), fc.constantFrom('as is', 'upper first', 'lower', 'upper'), fc.boolean()).map(([w, shape, dot]) => {
      const shaped = shape === 'upper first' ? `${w.charAt(0).toUpperCase()}${w.slice(1)}` : shape === 'lower' ? w.toLowerCase() : shape === 'upper' ? w.toUpperCase() : w;
      return dot && !shaped.endsWith('.') ? `${shaped}.` : shaped;
    });
    fc.assert(
      fc.property(word, (w) => {
        const e = table.info(w);
        const lower = w.toLowerCase();
        const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
        const plain = {
          capitalized: isCapitalized(w),
          startsLower: /^\p{Ll}/u.test(w),
          honorific: lexicon.honorifics.has(w),
          titled: lexicon.honorifics.has(w) || lexicon.ranks.has(w),
          rankCorps: lexicon.rankCorps.has(w),
          alwaysCommon: lang.stopwords.has(bare) || pronouns.has(bare) || (bare.length >= 6 && lexicon.commonWord !== null && lexicon.commonWord.test(bare)),
          subjectVerb: lexicon.subjectVerb !== null && lexicon.subjectVerb.test(w),
          placePreposition: lexicon.placePrepositions.has(w),
          placeMarker: lexicon.placeMarkers.has(w),
          thingNoun: lexicon.thingNouns.has(w),
          coordinator: lexicon.coordinators.has(w),
          introducer: lexicon.introducers.has(lower),
          nameIntroducer: lexicon.nameIntroducers.has(lower),
          aliasMarker: lexicon.aliasMarkers.has(lower),
          subjectAdverb: lexicon.subjectAdverbs.has(lower),
          lowerRoleHead: w === lower && lexicon.roleHeadsLower.has(lower),
          personAliasVerb: lexicon.personAliasVerbs.has(bare),
        };
        for (const [field, value] of Object.entries(plain)) assert.equal(e[field as keyof typeof plain], value, `${w}: ${field}`);
        assert.equal(e.lower, lower);
        assert.equal(e.bare, bare);
      }),
      { numRuns: 3000 },
    );
  });
});
