import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fc from 'fast-check';
import { parse } from 'yaml';
import { articleHash, buildSidecar, isStale, MAX_SIDECAR_BYTES, mergeSidecar, readSidecar, setReview, sha256Hex, sidecarPathFor } from '../../../src/core/sidecar';
import { fakeAnalysis, PASAR_SPEC, readFixture } from './fixtureAnalysis';
import { validateSidecar } from './schemaValidator';

const TEXT = readFixture('pasar-banjir.txt');
const { article, analysis } = fakeAnalysis(TEXT, PASAR_SPEC);
const INPUT = { fileName: 'pasar-banjir.txt', article, analysis, extractorVersion: '0.1.0', now: '2026-11-24T01:00:00.000Z' };


suite('sidecar: first write, schema, reading', () => {
  test('a first write is valid against the JSON Schema and starts with the schema id and header', () => {
    const text = buildSidecar(INPUT);
    assert.ok(text.startsWith('# Corpus Review sidecar'), 'header comment first');
    const data = parse(text) as Record<string, unknown>;
    assert.ok(validateSidecar(data), JSON.stringify(validateSidecar.errors));
    assert.equal(Object.keys(data)[0], 'schema');
    assert.deepEqual(Object.keys(data), ['schema', 'source', 'extractor', 'extracted', 'review', 'language', 'title', 'date', 'dateline', 'outlet', 'authors', 'people', 'quotes', 'boilerplate', 'engine']);
  });

  test('the JSON Schema rejects what it should (bad status, bad position, wrong schema id)', () => {
    const data = parse(buildSidecar(INPUT)) as { review: object; quotes: object[] };
    assert.ok(!validateSidecar({ ...data, review: { ...data.review, status: 'done' } }));
    assert.ok(!validateSidecar({ ...data, quotes: [{ ...data.quotes[0], start: { line: 0, column: 1 } }] }));
    assert.ok(!validateSidecar({ ...data, schema: 'corpus-review/v0' }));
  });

  test('positions are 1-based, code-point columns, end inclusive, and point at the quote marks', () => {
    const text = TEXT.replace('Kepala Dinas', '😀 Kepala Dinas');
    const fa = fakeAnalysis(text, PASAR_SPEC);
    const view = readSidecar(buildSidecar({ ...INPUT, article: fa.article, analysis: fa.analysis }));
    assert.ok(view.ok);
    if (!view.ok) return;
    const lines = text.split('\n');
    for (const q of view.value.quotes) {
      const startLine = [...(lines[q.start.line - 1] ?? '')];
      const endLine = [...(lines[q.end.line - 1] ?? '')];
      assert.equal(startLine[q.start.column - 1], '"');
      assert.equal(endLine[q.end.column - 1], '"');
    }
  });

  test('readSidecar gives a typed view; isStale follows the article hash (BOM and CRLF do not count)', () => {
    const view = readSidecar(buildSidecar(INPUT));
    assert.ok(view.ok);
    if (!view.ok) return;
    assert.equal(view.value.review.status, 'unreviewed');
    assert.equal(view.value.quotes.length, 4);
    assert.equal(view.value.date?.iso, '2025-03-03');
    assert.equal(view.value.date?.time, '10:15');
    assert.equal(isStale(view.value, TEXT), false);
    assert.equal(isStale(view.value, '\uFEFF' + TEXT.replace(/\n/g, '\r\n')), false);
    assert.equal(isStale(view.value, TEXT.replace('sepekan', 'dua pekan')), true);
  });

  test('"10:15" is written quoted, so YAML 1.1 readers do not read it as a number', () => {
    assert.match(buildSidecar(INPUT), /time: "10:15"/);
  });

  test('setReview changes only the review block: every other byte stays', () => {
    const first = buildSidecar(INPUT).replace('title: ', '# a note\ntitle: ');
    const r = setReview(first, { status: 'flagged', reviewer: 'dina', note: 'date looks wrong: "3 Maret"?', time: '2026-11-24T01:10:00Z' });
    assert.ok(r.ok);
    if (!r.ok) return;
    const before = first.split(/\nreview:\n(?: {2}.*\n)+/);
    const after = r.value.split(/\nreview:\n(?: {2}.*\n)+/);
    assert.deepEqual(after, before);
    const view = readSidecar(r.value);
    assert.ok(view.ok && view.value.review.status === 'flagged' && view.value.review.note === 'date looks wrong: "3 Maret"?');
    assert.equal(setReview(first, { status: 'done' as never }).ok, false);
  });

  test('sidecarPathFor replaces the extension of the name only', () => {
    assert.equal(sidecarPathFor('corpus/a.b/berita.txt'), 'corpus/a.b/berita.meta.yaml');
    assert.equal(sidecarPathFor('C:\\data\\berita.txt', '.review.yaml'), 'C:\\data\\berita.review.yaml');
    assert.equal(sidecarPathFor('README'), 'README.meta.yaml');
  });
});

suite('sidecar: safety', () => {
  const good = buildSidecar(INPUT);

  test('a sidecar that does not parse is reported with line and column and merge refuses it', () => {
    const broken = good.replace('  status: unreviewed', '  status: [unreviewed');
    const line = broken.split('\n').findIndex((l) => l.includes('[unreviewed')) + 1;
    for (const r of [readSidecar(broken), mergeSidecar(broken, INPUT), setReview(broken, { status: 'accepted' })]) {
      assert.equal(r.ok, false);
      if (r.ok) continue;
      assert.equal(r.error.code, 'parse');
      assert.ok(r.error.line !== null && r.error.line >= line, `line ${r.error.line} at or after ${line}`);
      assert.ok(r.error.column !== null && r.error.column >= 1);
    }
  });

  test('duplicate keys, a non-map document and a foreign schema are refused with clear messages', () => {
    const dup = good.replace('title: ', 'title: x\ntitle: ');
    const r1 = readSidecar(dup);
    assert.ok(!r1.ok && r1.error.code === 'parse' && r1.error.line !== null);
    const r2 = readSidecar('- a\n- b\n');
    assert.ok(!r2.ok && r2.error.code === 'not-a-map');
    const r3 = readSidecar(good.replace('schema: corpus-review/v1', 'schema: corpus-review/v9'));
    assert.ok(!r3.ok && r3.error.code === 'schema' && /corpus-review\/v9/.test(r3.error.message) && r3.error.line === 4);
  });

  test('an alias bomb is refused before it expands', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const bomb = `schema: corpus-review/v1\n${levels.join('\n')}\n`;
    const r = readSidecar(bomb);
    assert.ok(!r.ok);
    if (!r.ok) assert.match(r.error.message, /anchors|alias/i);
    // A few anchors a person writes are fine, but expansions beyond the limit are still refused.
    const small = `schema: corpus-review/v1\nsource: {file: a.txt, sha256: "${'0'.repeat(64)}", lines: 1}\na: &a [1, 2]\nb: *a\n`;
    assert.ok(readSidecar(small).ok);
  });

  test('a huge document is refused unread', () => {
    const huge = good + `padding: "${'x'.repeat(MAX_SIDECAR_BYTES)}"\n`;
    const r = readSidecar(huge);
    assert.ok(!r.ok && r.error.code === 'too-large');
  });
});

suite('sidecar: sha256', () => {
  test('matches node:crypto on known and random strings', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => sha256Hex(s) === createHash('sha256').update(s, 'utf8').digest('hex')),
      { numRuns: 300 },
    );
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) assert.equal(sha256Hex('a'.repeat(n)), createHash('sha256').update('a'.repeat(n)).digest('hex'));
  });

  test('articleHash ignores the BOM and line-end style only', () => {
    assert.equal(articleHash('a\r\nb'), articleHash('\uFEFFa\nb'));
    assert.notEqual(articleHash('a\nb'), articleHash('a\nb\n'));
  });
});
