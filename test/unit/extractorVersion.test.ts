/**
 * EXTRACTOR_VERSION is what tells sidecars and index caches written by an older engine from current
 * ones (`extract --incremental` skips a sidecar whose hash and extractor match; an index cache of
 * another extractor is rebuilt). A version that stays the same while the output changes leaves
 * users with old summaries that look current. This test records a fingerprint of the engine's
 * whole analysis of our own articles beside the version it was recorded for, and fails when the
 * output moves and the version does not.
 *
 * After a change that moves the output: bump EXTRACTOR_VERSION (src/core/analyze.ts), then record
 * the new fingerprint with `CORPUS_REVIEW_RECORD_FINGERPRINT=1 CORPUS_REVIEW_LAYERS=unit npm test`
 * (or that variable with mocha on this file), and commit test/fixtures/extractor-fingerprint.json.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeText, EXTRACTOR_VERSION } from '../../src/core';

const root = [path.resolve(__dirname, '../../..'), path.resolve(__dirname, '../..'), process.cwd()].find((d) => existsSync(path.join(d, 'sample-corpus'))) ?? process.cwd();
const recordPath = path.join(root, 'test/fixtures/extractor-fingerprint.json');
const folders = ['sample-corpus', 'test/fixtures/heldout'];

interface Fingerprint {
  readonly extractor: string;
  readonly articles: number;
  readonly sha256: string;
}

function fingerprint(): Fingerprint {
  const hash = createHash('sha256');
  let articles = 0;
  for (const folder of folders) {
    for (const name of readdirSync(path.join(root, folder)).filter((n) => n.endsWith('.txt')).sort()) {
      const { analysis } = analyzeText(readFileSync(path.join(root, folder, name), 'utf8'));
      hash.update(`${folder}/${name}\n${JSON.stringify(analysis)}\n`);
      articles++;
    }
  }
  return { extractor: EXTRACTOR_VERSION, articles, sha256: hash.digest('hex') };
}

suite('extractor version', () => {
  test('the engine output of our own articles moves only with EXTRACTOR_VERSION', function () {
    this.timeout(60_000);
    const now = fingerprint();
    if (process.env.CORPUS_REVIEW_RECORD_FINGERPRINT === '1') {
      writeFileSync(recordPath, `${JSON.stringify(now, null, 2)}\n`);
      return;
    }
    const recorded = JSON.parse(readFileSync(recordPath, 'utf8')) as Fingerprint;
    const articlesNote = recorded.articles === now.articles ? '' : ` (and the articles went from ${recorded.articles} to ${now.articles})`;
    if (recorded.extractor === now.extractor) {
      assert.equal(
        now.sha256,
        recorded.sha256,
        `the engine's output changed${articlesNote} but EXTRACTOR_VERSION is still ${now.extractor}: bump it in src/core/analyze.ts, ` +
          'unless only the articles changed, then record with CORPUS_REVIEW_RECORD_FINGERPRINT=1 (see this file)',
      );
    } else {
      assert.fail(`EXTRACTOR_VERSION is ${now.extractor}, the fingerprint was recorded for ${recorded.extractor}: record it again with CORPUS_REVIEW_RECORD_FINGERPRINT=1 (see this file)`);
    }
  });
});
