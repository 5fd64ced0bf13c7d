/**
 * The index process (src/extension/indexProcess) run for real, from its compiled module, by its
 * client: what it answers for a batch is what the host's own path makes from the same files (the
 * check against recorded stamps, the summary, error messages included: invalid UTF-8, a file gone,
 * a sidecar that does not parse), and a stopped, dead or missing process fails instead of hanging.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileUserPatterns } from '../../../src/core/userRules/userBoilerplatePatterns';
import { articleTextOfBytes, summarizeTexts } from '../../../src/extension/articleSummaries';
import { IndexProcessClient } from '../../../src/extension/indexProcess/client';
import type { IndexProcessItem } from '../../../src/extension/indexProcess/protocol';

const CHILD = path.join(__dirname, '../../../src/extension/indexProcess/child.js');
const FIXTURES = path.resolve(__dirname, '../../../../test/integration/fixtures/workspace');
const SPECS = [{ pattern: '^Salah seorang pedagang' }];

/** What the host makes for the item, read the way the host reads (bytes, or null when gone), as JSON carries it. */
function hostSummary([file, sidecar, id, name, conflicted]: IndexProcessItem): unknown {
  const bytes = fs.existsSync(file) ? fs.readFileSync(file) : null;
  const sidecarText = sidecar && fs.existsSync(sidecar) ? fs.readFileSync(sidecar, 'utf8') : null;
  const options = { language: 'id', userPatterns: compileUserPatterns(SPECS).patterns };
  const summary = summarizeTexts(id, name, articleTextOfBytes(name, { bytes }), sidecarText, conflicted === 1, options);
  // As the process sends it: without the id, which the host has already.
  return JSON.parse(JSON.stringify({ ...summary, id: undefined }));
}

/** The stamps the host records for a file (localFiles.statStamp: whole milliseconds). */
function stampOf(file: string): { size: number; mtimeMs: number } {
  const s = fs.statSync(file);
  return { size: s.size, mtimeMs: Math.round(s.mtimeMs) };
}

suite('index process', () => {
  let dir: string;
  const item = (file: string, sidecar: string | null = null, recorded: IndexProcessItem[5] = null): IndexProcessItem => [file, sidecar, `file://${file}`, path.basename(file), 0, recorded];

  suiteSetup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-index-process-'));
    fs.writeFileSync(path.join(dir, 'invalid.txt'), Buffer.from([0x42, 0x65, 0x72, 0x69, 0x74, 0x61, 0x0a, 0xff, 0xfe, 0x0a]));
    fs.writeFileSync(path.join(dir, 'bad.meta.yaml'), 'schema: [unclosed\n');
    fs.writeFileSync(path.join(dir, 'dies.js'), 'process.exit(3);\n');
  });

  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a batch comes back in order: each summary the one the host makes from the same files, with the stamps a stat gives', async () => {
    const client = IndexProcessClient.start({ language: 'id', userPatternSpecs: SPECS }, () => undefined, CHILD);
    assert.ok(client, 'the process starts from its compiled module');
    try {
      const items = [
        ...fs.readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort().map((n) => item(path.join(FIXTURES, n), path.join(dir, 'none.meta.yaml'))),
        item(path.join(dir, 'invalid.txt')),
        item(path.join(dir, 'gone.txt')),
        item(path.join(FIXTURES, '01-pasar-rakyat-tanjung-sari.txt'), path.join(dir, 'bad.meta.yaml')),
      ];
      const answers = await client.inspect(items);
      assert.equal(answers.length, items.length);
      answers.forEach(([current, stamps, made], i) => {
        const it = items[i] as IndexProcessItem;
        assert.equal(current, 0, `${it[3]}: nothing recorded, so not current`);
        assert.deepEqual(made, hostSummary(it), it[3]);
        const sidecar = it[1] && fs.existsSync(it[1]) ? stampOf(it[1]) : null;
        assert.deepEqual(stamps, fs.existsSync(it[0]) ? { article: stampOf(it[0]), sidecar } : null, `${it[3]}: stamps`);
      });
      const errors = answers.map(([, , made]) => made?.error).filter(Boolean);
      assert.deepEqual(errors, ['invalid.txt: invalid UTF-8 at byte offset 7', 'cannot read gone.txt: it does not exist']);
      assert.equal(answers.at(-1)?.[2]?.sidecar, 'invalid');
      assert.ok(answers.some(([, , made]) => made?.headline), 'the fixtures have headlines');
      assert.equal(client.figures.articles, items.length);
      assert.ok(client.figures.peakRss > 0, 'the process reports its memory');
    } finally {
      await client.stop();
    }
    await assert.rejects(client.inspect([item(path.join(dir, 'invalid.txt'))]), /stopped/, 'a stopped process fails at once');
  });

  test('an article whose recorded stamps still match is current and not summarised; one that changed size is read again', async () => {
    const client = IndexProcessClient.start({ language: 'id' }, () => undefined, CHILD);
    assert.ok(client);
    try {
      const file = path.join(dir, 'changing.txt');
      fs.writeFileSync(file, 'Judul Pertama\n\nIsi berita pertama.\n');
      const recorded = { article: stampOf(file), sidecar: null };
      const [first] = await client.inspect([item(file, null, recorded)]);
      const [current, stamps, made] = first ?? [];
      assert.deepEqual([current, stamps, made], [1, recorded, null]);
      fs.writeFileSync(file, 'Judul Kedua Yang Lebih Panjang\n\nIsi berita kedua.\n');
      const [again] = await client.inspect([item(file, null, recorded)]);
      assert.equal(again?.[0], 0);
      assert.equal(again?.[2]?.headline, 'Judul Kedua Yang Lebih Panjang');
    } finally {
      await client.stop();
    }
  });

  test('a process that dies fails its batch with the reason, instead of leaving it waiting', async () => {
    const client = IndexProcessClient.start({}, () => undefined, path.join(dir, 'dies.js'));
    assert.ok(client);
    await assert.rejects(client.inspect([item(path.join(dir, 'invalid.txt'))]), /index process (stopped \(exit code 3\)|could not be reached)/);
    assert.match(client.failed ?? '', /exit code 3|could not be reached/);
    await client.stop();
  });

  test('no process without its module, or for options that cannot cross a process boundary', () => {
    assert.equal(IndexProcessClient.start({}, () => undefined, path.join(dir, 'missing.js')), undefined);
    const compiled = compileUserPatterns(SPECS).patterns;
    assert.equal(IndexProcessClient.start({ userPatterns: compiled }, () => undefined, CHILD), undefined, 'compiled rules without their specs');
    assert.equal(IndexProcessClient.start({ language: { code: 'xx' } as never }, () => undefined, CHILD), undefined, 'language data given as an object');
  });
});
