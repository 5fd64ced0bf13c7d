/**
 * The regex reader behind the cue prefilter: it refuses what it does not know, and what it says
 * about a pattern (first characters, necessary literals) holds for every string the pattern matches.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseRegex, UnsupportedRegex } from '../../../src/core/boilerplate/regexSyntax';
import { firstKeys, keyOf, literalPrecheck, necessaryFactors, NON_ASCII_KEY } from '../../../src/core/boilerplate/regexShape';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';

const one = (source: string) => {
  const alternatives = parseRegex(source);
  assert.equal(alternatives.length, 1);
  return alternatives[0] ?? [];
};

suite('regex shape', () => {
  test('constructs the parser does not know for certain are refused, not guessed', () => {
    for (const source of ['(a)\\1', '\\cJ', 'a{x', 'a]', '[a-\\d]', '\\p{L}', '(?i)a', 'a)', '(?=a)*', '[[]']) {
      assert.throws(() => parseRegex(source), UnsupportedRegex, source);
    }
  });

  test('first keys fold ASCII case, pool other characters, and give up on empty or open starts', () => {
    assert.deepEqual([...(firstKeys(one('(Baca|lihat)\\s*juga')) as Set<number>)].sort((a, b) => a - b), [98, 108]);
    assert.deepEqual([...(firstKeys(one('[—–-]\\s*x')) as Set<number>)].sort((a, b) => a - b), [45, NON_ASCII_KEY]);
    assert.deepEqual([...(firstKeys(one('\\*?\\s*fakta')) as Set<number>)].includes(102), true);
    assert.equal(firstKeys(one('(oleh)?')), 'any');
    assert.equal(firstKeys(one('.{0,80}klik')), 'any');
    // A complement of known characters leaves them out (speed round 8), and keeps every character outside ASCII.
    const notBar = firstKeys(one('[^|]{1,60}\\|')) as Set<number>;
    assert.equal(notBar.has(124), false);
    assert.equal(notBar.has(97) && notBar.has(NON_ASCII_KEY), true);
    assert.deepEqual([...(firstKeys(one('[^\\w\\s]x')) as Set<number>)].some((k) => (k >= 97 && k <= 122) || (k >= 48 && k <= 57) || k === 32), false);
    assert.equal(firstKeys(one('[^\\W]x')), 'any');
    // "ſ" upper-cases to "S": its key is not trusted, so a pattern starting with it may start anywhere.
    assert.equal(firstKeys(one('ſa')), 'any');
    assert.equal(keyOf('ſ'.charCodeAt(0)), null);
    assert.equal(keyOf('K'.charCodeAt(0)), 107);
  });

  test('necessary factors prefer rare literals and follow groups, repeats and look-aheads', () => {
    const sources = (s: string) => necessaryFactors(one(s))?.map((f) => f.source) ?? null;
    assert.deepEqual(sources('[^|]{1,60}\\|\\s*\\d+\\s+(detik|menit|jam)\\s+(yang\\s+)?lalu$'), ['lalu']);
    assert.deepEqual(sources('(?=[\\w.\\s-]+/)[\\w-]+(\\.[\\w-]+)*\\.(com|co\\.id|id)'), ['\\u002f']);
    assert.deepEqual(sources('[^»›>]{1,30}(\\s*[»›>]\\s*[^»›>]{1,60}){1,6}$'), ['[\\u00bb\\u203a\\u003e]']);
    assert.equal(sources('(oleh)?\\s*'), null);
    assert.deepEqual(sources('oleh\\s+(?!karena)x?'), ['oleh']);
  });

  test('every string a pattern matches starts with one of its first keys and holds one of its factors', () => {
    const patterns: [string, string[]][] = [
      ['(baca|Lihat)\\s*(juga|pula)\\s*:?', ['baca', 'LIHAT', 'Juga', 'pula', ' ', ':', 'x']],
      ['\\(?\\s*(ayo\\s+)?(ikuti|gabung)\\b.{0,20}whatsapp', ['(', ' ', 'ayo ', 'Ikuti', 'gabung', 'WhatsApp', 'kami', '»']],
      ['[a-c]{2,}(x|yz)+', ['a', 'B', 'c', 'x', 'Y', 'z', ' ']],
      ['p(?=q)q[»›]', ['p', 'Q', '»', '›', '>']],
    ];
    for (const [source, units] of patterns) {
      const re = new RegExp(`^(?:${source})`, 'i');
      const nodes = one(source);
      const keys = firstKeys(nodes);
      const factors = new RegExp((necessaryFactors(nodes) ?? []).map((f) => f.source).join('|') || '(?:)', 'i');
      const text = fc.array(fc.constantFrom(...units), { maxLength: 6 }).map((parts) => parts.join(''));
      let matched = 0;
      fc.assert(
        fc.property(text, (s) => {
          if (!re.test(s)) return;
          matched++;
          if (keys !== 'any') assert.ok(keys.has(keyOf(s.charCodeAt(0)) as number), `${source}: ${s}`);
          assert.ok(factors.test(s), `${source}: ${s} holds no factor`);
        }),
        { numRuns: 6000 },
      );
      assert.ok(matched > 10, `${source}: only ${matched} random strings matched`);
    }
  });

  test('a precheck accepts every web address the dateline pattern accepts, with the pattern\'s own flags', () => {
    for (const code of Object.keys(LANGUAGES)) {
      const suffix = getLanguage(code).boilerplate.structure?.dateline.domainSuffix;
      if (!suffix) continue;
      const domain = new RegExp(`^[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*${suffix}$`, 'iu');
      const precheck = literalPrecheck(suffix, 'iu');
      assert.ok(precheck, `${code}: a literal is named`);
      const part = fc.array(fc.constantFrom('Tribun', 'bali', 'K', 'ſ', 'é', '-', '.', 'co', 'id', 'COM', 'net', 'Or', 'tv', 'news', '9'), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
      const name = fc.oneof(part, fc.tuple(part, fc.constantFrom('.com', '.CO.ID', '.co.id', '.net', '.TV', '.news', '.org', '.ſite')).map(([a, b]) => a + b));
      let domains = 0;
      fc.assert(
        fc.property(name, (text) => {
          if (!domain.test(text)) return;
          domains++;
          assert.ok(precheck.test(text), `${code}: ${text}`);
        }),
        { numRuns: 3000 },
      );
      assert.ok(domains > 50, `${code}: ${domains} generated names were web addresses`);
    }
    assert.equal(literalPrecheck('a|b', 'i'), null);
  });
});
