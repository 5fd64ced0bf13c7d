/**
 * Files that change under a running batch, tested on the per-article job itself (the code every
 * worker runs), where the moment of the change can be placed exactly.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, EXTRACTOR_VERSION, getLanguage } from '../../../src/core';
import { learnCorpusSignals } from '../../../src/core/boilerplate/corpusBoilerplate';
import { readSidecar, setReview } from '../../../src/core/sidecar';
import { processArticle, type JobSettings } from '../../../src/cli/parallel/articleJob';
import { sidecarStep, zeroCounts } from '../../../src/cli/parallel/sidecarStep';
import { article, tempDir } from './helpers';

const language = getLanguage('id');
const corpus = learnCorpusSignals([]);
const write: JobSettings = { mode: 'write', jsonl: false, suffix: '.meta.yaml', incremental: true, now: '2026-11-24T02:00:00.000Z', index: true };

suite('hardening: files changing during a batch', () => {
  let dir: string;
  setup(() => {
    dir = tempDir();
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('an article deleted after listing is reported as deleted during the run; nothing is written', () => {
    const gone = join(dir, 'gone.txt');
    const outcome = processArticle(gone, write, language, corpus);
    assert.equal(outcome.counts.errors, 1);
    assert.match(outcome.err.join('\n'), /gone\.txt: cannot read: the file was deleted during the run/);
    assert.equal(outcome.entry, null);
    assert.ok(!existsSync(join(dir, 'gone.meta.yaml')));
  });

  test('a sidecar a person saves while the article is analysed keeps their edit (merged from their version, not the one read first)', () => {
    const file = join(dir, 'a.txt');
    const sidecar = join(dir, 'a.meta.yaml');
    writeFileSync(file, article('\n', 1));
    assert.equal(processArticle(file, write, language, corpus).counts.written, 1);
    const readBeforeAnalysis = readFileSync(sidecar, 'utf8');
    // The article changes (so the merge has work to do) and, meanwhile, the person reviews it.
    const changed = article('\n', 2);
    writeFileSync(file, changed);
    const reviewed = setReview(readBeforeAnalysis, { status: 'accepted', reviewer: 'dina', note: 'dicek', time: '2026-11-24T02:01:00Z' });
    assert.ok(reviewed.ok);
    writeFileSync(sidecar, reviewed.value);
    const { article: parsed, analysis } = analyzeText(changed, { language, corpus });
    const counts = zeroCounts();
    const messages: string[] = [];
    sidecarStep(file, sidecar, { fileName: 'a.txt', article: parsed, analysis, extractorVersion: EXTRACTOR_VERSION, now: new Date() }, changed, readBeforeAnalysis, 'write', counts, (l) => messages.push(l));
    const after = readSidecar(readFileSync(sidecar, 'utf8'));
    assert.ok(after.ok, messages.join('\n'));
    assert.equal(after.value.review.status, 'accepted', 'the review saved during the batch survives');
    assert.equal(after.value.review.note, 'dicek');
    assert.match(after.value.title ?? '', / 2$/, 'and the new extraction is merged in');
    assert.equal(counts.merged, 1);
  });

  test('incremental: a current sidecar is skipped and not touched; after the article changes it is extracted again', () => {
    const file = join(dir, 'a.txt');
    const sidecar = join(dir, 'a.meta.yaml');
    writeFileSync(file, article('\n', 3));
    processArticle(file, write, language, corpus);
    const before = statSync(sidecar).mtimeMs;
    const again = processArticle(file, write, language, corpus);
    assert.equal(again.counts.skipped, 1);
    assert.equal(statSync(sidecar).mtimeMs, before, 'the sidecar is not rewritten');
    assert.equal(again.entry?.summary.sidecar, 'fresh');
    assert.equal(processArticle(file, { ...write, incremental: false }, language, corpus).counts.skipped, 0, '--full does not skip');
    writeFileSync(file, article('\n', 4));
    const changed = processArticle(file, write, language, corpus);
    assert.equal(changed.counts.skipped, 0);
    assert.equal(changed.counts.merged, 1);
  });

  test('the index entry summarises the article and its sidecar (headline, quotes, review status, stamps)', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, article('\n', 5));
    const outcome = processArticle(file, write, language, corpus);
    const entry = outcome.entry;
    assert.ok(entry);
    assert.equal(entry.size, statSync(file).size);
    assert.equal(entry.summary.headline, 'Warga Desa Sukamaju Gotong Royong Bersihkan Saluran Air 5');
    assert.ok(entry.summary.quoteCount >= 2);
    assert.equal(entry.summary.status, 'unreviewed');
    assert.equal(entry.summary.sidecar, 'fresh');
    assert.deepEqual(entry.sidecar, { size: statSync(join(dir, 'a.meta.yaml')).size, mtimeMs: statSync(join(dir, 'a.meta.yaml')).mtimeMs });
  });

  test('runs that save no index (JSONL, --check, --no-index) make no entry: nothing held per article', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, article('\n', 6));
    const outcome = processArticle(file, { ...write, mode: 'none', jsonl: true, index: false }, language, corpus);
    assert.equal(outcome.entry, null);
    assert.equal(outcome.out.length, 1);
  });
});
