import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeAbandonedTempFiles, writeFileAtomic } from '../../../src/cli/atomicWrite';

suite('CLI atomic writes', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-review-atomic-'));
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('replaces the file and leaves no temporary file', () => {
    const target = join(dir, 'a.meta.yaml');
    writeFileSync(target, 'old\n');
    writeFileAtomic(target, 'new ✓\n');
    assert.equal(readFileSync(target, 'utf8'), 'new ✓\n');
    assert.deepEqual(readdirSync(dir), ['a.meta.yaml']);
  });

  test('a failed write leaves the old file and no temporary file', () => {
    const target = join(dir, 'missing-folder', 'a.meta.yaml');
    assert.throws(() => writeFileAtomic(target, 'x'), /ENOENT/);
    assert.deepEqual(readdirSync(dir), []);
  });

  test('abandoned temporary files of dead processes are removed; a live process keeps its own', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    writeFileSync(join(dir, `.a.meta.yaml.${deadPid}.0.corpus-review-tmp`), 'half');
    writeFileSync(join(dir, `.b.meta.yaml.${process.pid}.3.corpus-review-tmp`), 'in progress');
    writeFileSync(join(dir, '.unrelated'), 'x');
    assert.equal(removeAbandonedTempFiles(dir), 1);
    assert.deepEqual(readdirSync(dir).sort(), [`.b.meta.yaml.${process.pid}.3.corpus-review-tmp`, '.unrelated']);
  });
});
