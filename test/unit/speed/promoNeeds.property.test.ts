/**
 * Speed round 4, promo outlets: a boilerplate line is read by the promo-outlet patterns only when one
 * scan finds a literal one of them needs (anyPrecheck, regexShape.ts; the parser now reads the
 * patterns' \p{…} classes as "any character"). The plain reading ran every pattern on every line: a
 * line the precheck refuses must be one no pattern matches. Checked on every line of the articles we
 * wrote (which do name outlets in promo lines) and on lines built from the patterns' own words, with
 * the letters' case changed and the characters that fold into ASCII under the `u` flag ("ſ", "K").
 * Since speed round 8 the engine sorts the patterns by first character and needed words instead (promoPlan.ts, its own
 * property test); this stays as the test of anyPrecheck.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { anyPrecheck, literalPrecheck } from '../../../src/core/boilerplate/regexShape';
import { compileStructureCues } from '../../../src/core/boilerplate/cues';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';

function articleLines(): string[] {
  const lines: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.txt')) lines.push(...readFileSync(join(dir, e.name), 'utf8').split(/\r?\n/u).map((l) => l.trim()));
    }
  };
  for (const dir of ['test/fixtures', 'sample-corpus']) {
    const found = [resolve(__dirname, '../../../..', dir), resolve(process.cwd(), dir)].find((d) => existsSync(d));
    if (found) walk(found);
  }
  return lines.filter((l) => l.length > 0);
}

const fold = (s: string, seed: number): string =>
  [...s].map((c, i) => ((seed >> i % 16) & 1 ? (c === 's' ? 'ſ' : c === 'k' ? '\u212a' : c.toUpperCase()) : c)).join('');

suite('speed round 4: promo-outlet patterns run only on lines holding a literal they need', () => {
  const lines = articleLines();

  for (const code of Object.keys(LANGUAGES)) {
    const promo = compileStructureCues(getLanguage(code)).promoOutlets;
    const needs = anyPrecheck(promo);

    test(`${code}: every promo pattern has a precheck, so the shortcut is in force`, () => {
      for (const re of promo) assert.notEqual(literalPrecheck(re.source, re.flags), null, re.source);
      assert.notEqual(needs, null);
      assert.equal(anyPrecheck(promo), needs, 'worked out once per array');
    });

    test(`${code}: no line of our articles that the precheck refuses is matched by a promo pattern`, () => {
      let matched = 0;
      let refused = 0;
      for (const line of lines) {
        const any = promo.some((re) => re.test(line));
        if (any) matched++;
        if (needs !== null && !needs.test(line)) {
          refused++;
          assert.equal(any, false, `${code}: ${JSON.stringify(line)}`);
        }
      }
      // The lines do reach the patterns, and the precheck does refuse lines (else the property would prove little).
      if (code === 'id') assert.ok(matched >= 20, `${matched} lines matched`);
      assert.ok(refused > lines.length / 2, `${refused} of ${lines.length} refused`);
    });

    test(`property (${code}): lines built from the patterns' words, case changed and folded, agree`, () => {
      const words = [...new Set(promo.flatMap((re) => [...re.source.replace(/\\[a-zA-Z]/g, ' ').matchAll(/[a-z]{2,}/g)].map((m) => m[0])))];
      const pieces = [...words, 'Tribun', 'Kabar Pos', 'Suara', 'Bali Post', '2025', '©', '|', '-', '–', ':', ',', '.', '"', '“', '(', ')', '.com', 'All rights reserved', 'Copyright'];
      const line = fc.tuple(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 9 }), fc.integer(), fc.boolean()).map(([parts, seed, spaced]) => fold(parts.join(spaced ? ' ' : ''), seed));
      let matched = 0;
      fc.assert(
        fc.property(fc.oneof(line, fc.constantFrom(...lines)), (text) => {
          const any = promo.some((re) => re.test(text));
          if (any) matched++;
          if (any) assert.ok(needs?.test(text), `${code}: ${JSON.stringify(text)}`);
        }),
        { numRuns: 5000 },
      );
      if (code === 'id') assert.ok(matched > 20, `${matched} lines matched`);
    });
  }
});
