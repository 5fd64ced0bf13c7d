/** `corpus-review export --clean`: argument parsing, --only-accepted over sidecars, JSONL records. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseExportArgs, reviewStatus, runExportWith } from '../../../src/cli/exportCommand';
import { readFixture } from './fixtures';

suite('export command', () => {
  let dir = '';
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-review-export-'));
    writeFileSync(join(dir, 'a.txt'), readFixture('glued.txt'));
    writeFileSync(join(dir, 'b.txt'), readFixture('jpnn-mixed.txt'));
    writeFileSync(join(dir, 'c.txt'), readFixture('relative-time.txt'));
    writeFileSync(join(dir, 'a.meta.yaml'), 'review:\n  status: accepted\n');
    writeFileSync(join(dir, 'b.meta.yaml'), 'review:\n  status: rejected\n');
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('arguments: --clean is required, options are read', () => {
    assert.equal(typeof parseExportArgs(['x']), 'string');
    assert.equal(typeof parseExportArgs(['--clean']), 'string');
    const o = parseExportArgs(['d', '--clean', '--out', 'o.jsonl', '--only-accepted']);
    assert.ok(typeof o === 'object');
    assert.deepEqual([o.inputs, o.out, o.onlyAccepted], [['d'], 'o.jsonl', true]);
  });

  test('review status: accepted, another status, a missing sidecar, YAML that does not parse', () => {
    writeFileSync(join(dir, 'bad.meta.yaml'), 'review: [unclosed\n');
    assert.deepEqual(reviewStatus(join(dir, 'a.meta.yaml')), { status: 'accepted' });
    assert.deepEqual(reviewStatus(join(dir, 'b.meta.yaml')), { status: 'rejected' });
    assert.deepEqual(reviewStatus(join(dir, 'c.meta.yaml')), { status: 'missing' });
    assert.ok('error' in reviewStatus(join(dir, 'bad.meta.yaml')));
  });

  test('exports every article as one JSONL record, or only the accepted ones', () => {
    const lines: string[] = [];
    const errors: string[] = [];
    const all = runExportWith({ inputs: [dir], out: null, onlyAccepted: false, dropDateline: false, language: 'id', suffix: '.meta.yaml' }, (l) => lines.push(l), (l) => errors.push(l));
    assert.equal(all.exported, 3);
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(records.map((r) => r['file']), ['a.txt', 'b.txt', 'c.txt']);
    assert.ok(!String(records[2]?.['text']).includes('yang lalu'));
    lines.length = 0;
    const accepted = runExportWith({ inputs: [dir], out: null, onlyAccepted: true, dropDateline: false, language: 'id', suffix: '.meta.yaml' }, (l) => lines.push(l), (l) => errors.push(l));
    assert.deepEqual([accepted.exported, accepted.notAccepted, accepted.errors], [1, 2, 0]);
    assert.equal((JSON.parse(lines[0] as string) as Record<string, unknown>)['outlet'], 'Liputan6.com');
    assert.match(errors[errors.length - 1] ?? '', /exported 1 of 3 articles, 2 not accepted/);
  });
});
