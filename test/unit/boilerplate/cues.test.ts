/** The one-test cue prefilter must say "no cue" only when no cue matches. */
import * as assert from 'node:assert/strict';
import { compileStructureCues, matchCue, topLevelAlternatives } from '../../../src/core/boilerplate/cues';
import { getLanguage, LANGUAGES } from '../../../src/core/lang/language';
import { lineFeatures } from '../../../src/core/structure/lineFeatures';
import { parseArticle } from '../../../src/core/article/article';
import { listFixtures, readFixture } from '../structure/fixtures';

suite('boilerplate cues', () => {
  test('no cue pattern uses a Unicode property escape: cues compile without the u flag, where \\p{L} silently matches "p{L}"', () => {
    for (const code of Object.keys(LANGUAGES)) {
      const bad = getLanguage(code).boilerplate.cues.filter((c) => /\\[pP]\{/u.test(c.pattern)).map((c) => c.id);
      assert.deepEqual(bad, [], code);
    }
  });

  test('every cue id names one cue in its language (hovers, sidecars and the cue lists refer to cues by id)', () => {
    for (const code of Object.keys(LANGUAGES)) {
      const ids = getLanguage(code).boilerplate.cues.map((c) => c.id);
      assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], code);
    }
  });

  test('top-level alternatives ignore bars inside groups, classes and escapes', () => {
    assert.deepEqual(topLevelAlternatives('^a(b|c)|[|]d|e\\|f'), ['^a(b|c)', '[|]d', 'e\\|f']);
  });

  test('the prefilter agrees with the cues one by one on every line of the fixtures', () => {
    const names = listFixtures();
    const extra = ['Baca juga: Harga Cabai Naik', 'Ernest © KapanLagi.com', 'Ikuti saluran WhatsApp kami', 'Follow Berita Okezone di Google News', 'Home » Berita » Daerah'];
    for (const code of Object.keys(LANGUAGES)) {
      const lang = getLanguage(code);
      const cues = compileStructureCues(lang);
      let hits = 0;
      for (const name of names) {
        const article = parseArticle(`${readFixture(name)}\n${extra.join('\n')}`);
        for (const line of article.lines) {
          const f = lineFeatures(line, lang.stopwords);
          if (f.blank || f.words > 30) continue;
          const plain = matchCue(f.text, cues.cues, f.words);
          const filtered = matchCue(f.text, cues.cues, f.words, cues.anyCue);
          assert.deepEqual(filtered, plain, `${code} ${name}: ${f.text}`);
          if (plain) hits++;
        }
      }
      assert.ok(hits > 10, `${code}: the fixtures exercise the cues (${hits} hits)`);
    }
  });
});
