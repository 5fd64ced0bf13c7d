/**
 * The corpus index cache in the real extension host: after indexing, the extension writes
 * `.corpus-review/index.json` (the file the CLI writes, same format); a later pass (a reopen, or
 * the refresh command, which does what a reopen does) shows cached summaries as they are for
 * articles whose size and mtime did not change, and re-reads the ones that changed while the
 * cache was not looking. A damaged file is ignored and rewritten, and a cold pass gives exactly
 * the summaries a warm one gives.
 *
 * The "sentinel" headlines below are written into the cache by the test, never into an article:
 * seeing one in the tree proves the summary came from the cache without reading the article.
 */
import * as assert from 'node:assert/strict';
import { utimesSync } from 'node:fs';
import * as vscode from 'vscode';
import { corpusApi, eventually, type Api, type Summary } from './corpusApi';
import { readText, workspaceUri, writeText } from './workspaceFiles';
import { snapshotWorkspace, type WorkspaceSnapshot } from './workspaceSnapshot';

/** The file as JSON: the keys, and one column per field of `fields` (src/core/cache/cacheFile.ts). */
interface CacheFile {
  format: string;
  analysis: string;
  fields: string[];
  keys: string[];
  columns: unknown[][];
}

/** The column of a field, and the index of an article's key. */
function locate(cache: CacheFile, key: string, name: string): { column: unknown[]; at: number } {
  const at = cache.keys.indexOf(key);
  assert.ok(at >= 0, `${key} has an entry`);
  const column = cache.columns[cache.fields.indexOf(name)];
  assert.ok(column, `the file has a ${name} column`);
  return { column, at };
}

function field(cache: CacheFile, key: string, name: string): unknown {
  const { column, at } = locate(cache, key, name);
  return column[at];
}

function setField(cache: CacheFile, key: string, name: string, value: unknown): void {
  const { column, at } = locate(cache, key, name);
  column[at] = value;
}

const CACHE = '.corpus-review/index.json';

async function readCache(): Promise<CacheFile | null> {
  try {
    const data = JSON.parse(await readText(workspaceUri(CACHE))) as CacheFile;
    return data.format === 'corpus-review/index/v2' ? data : null;
  } catch {
    return null;
  }
}

/** The summary of one fixture article, by file name. */
function summaryOf(api: Api, name: string): Summary {
  const found = api.articles().find((a) => a.id === workspaceUri(name).toString());
  assert.ok(found, `${name} is indexed`);
  return found;
}

/** A full pass, as when the workspace is reopened: loads the cache file, stats, re-reads what changed. */
async function reindex(api: Api): Promise<void> {
  await vscode.commands.executeCommand('corpusReview.refresh');
  await api.whenIndexed();
}

const byId = (a: Summary, b: Summary): number => a.id.localeCompare(b.id);

/**
 * Waits until the index stops moving: the file watcher re-reads a created or deleted article on its
 * own, and under load its event can arrive after the pass a test is about to check.
 */
async function settled(api: Api, quietMs = 600): Promise<void> {
  await api.whenIndexed();
  let last = JSON.stringify(api.articles());
  let since = Date.now();
  const end = Date.now() + 15000;
  while (Date.now() < end && Date.now() - since < quietMs) {
    await new Promise((r) => setTimeout(r, 100));
    await api.whenIndexed();
    const now = JSON.stringify(api.articles());
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
}

suite('index cache: .corpus-review/index.json, shared with the CLI', () => {
  let api: Api;
  let snapshot: WorkspaceSnapshot;

  suiteSetup(async () => {
    api = await corpusApi();
    // Earlier suites changed sidecars after the last full pass wrote the file (single changes are
    // left for the next pass to pick up); a full pass brings the file in step with the files.
    await reindex(api);
    snapshot = await snapshotWorkspace();
  });

  suiteTeardown(async () => {
    await snapshot.restore();
    // The sentinels live in the cache only; a pass after the restore re-reads whatever they covered.
    await reindex(api);
  });

  test('after indexing, the cache holds one entry per article, with its summary and its size', async () => {
    const articles = api.articles();
    const cache = await eventually(async () => {
      const c = await readCache();
      return c && c.keys.length === articles.length ? c : null;
    }, 'the extension to write the index cache');
    assert.match(cache.analysis, /^extension\//);
    for (const a of articles) {
      const name = a.id.slice(a.id.lastIndexOf('/') + 1);
      assert.equal(field(cache, name, 'headline'), a.headline, name);
      assert.equal(field(cache, name, 'outlet'), a.outlet, name);
      assert.equal(field(cache, name, 'sidecar'), a.sidecar, name);
      assert.equal(field(cache, name, 'size'), (await vscode.workspace.fs.stat(workspaceUri(name))).size, name);
    }
  });

  test('a warm cache is shown as it is for unchanged articles, and never for an article changed while it was not looking', async () => {
    const cache = await eventually(readCache, 'the index cache');
    const changed = '01-pasar-rakyat-tanjung-sari.txt';
    const unchanged = '02-banjir-lembah-hijau.txt';
    const oldTitle = summaryOf(api, changed).headline;
    assert.ok(oldTitle && field(cache, changed, 'headline') === oldTitle);
    const text = await readText(workspaceUri(changed));
    const firstLine = text.split('\n')[0] as string;
    await writeText(workspaceUri(changed), text.replace(firstLine, `${firstLine} Diubah Lagi`));
    await eventually(() => summaryOf(api, changed).headline !== oldTitle, 'the watcher to re-read the changed article');
    const newTitle = summaryOf(api, changed).headline;
    assert.ok(newTitle?.includes('Diubah Lagi'), String(newTitle));

    // As if VS Code had been closed before the edit: the cache on disk is the one from before it.
    setField(cache, unchanged, 'headline', 'SENTINEL FROM THE CACHE');
    await writeText(workspaceUri(CACHE), JSON.stringify(cache));
    await reindex(api);
    assert.equal(summaryOf(api, changed).headline, newTitle, 'the changed article was re-read, not taken from the cache');
    assert.equal(summaryOf(api, unchanged).headline, 'SENTINEL FROM THE CACHE', 'the unchanged article was taken from the cache, not re-read');
  });

  test('an engine-made summary from another engine setup (the CLI, with corpus signals) is re-made; a sidecar-made one is shown', async () => {
    const cache = await eventually(readCache, 'the index cache');
    const engineMade = '03-guru-honorer-bukit-raya.txt';
    const sidecarMade = '04-persikas-menang-tipis.txt';
    const real = summaryOf(api, engineMade).headline;
    assert.equal(field(cache, engineMade, 'sidecar'), 'missing');
    assert.equal(field(cache, sidecarMade, 'sidecarSize'), null, 'no sidecar file: none to stat');
    setField(cache, engineMade, 'headline', 'SENTINEL ENGINE-MADE');
    // A summary the CLI made from an up-to-date sidecar depends only on the files' bytes.
    setField(cache, sidecarMade, 'headline', 'SENTINEL SIDECAR-MADE');
    setField(cache, sidecarMade, 'sidecar', 'fresh');
    await writeText(workspaceUri(CACHE), JSON.stringify({ ...cache, analysis: 'cli/id/corpus-signals' }));
    await reindex(api);
    assert.equal(summaryOf(api, engineMade).headline, real);
    assert.equal(summaryOf(api, sidecarMade).headline, 'SENTINEL SIDECAR-MADE');
    assert.equal(summaryOf(api, sidecarMade).sidecar, 'fresh');
  });

  test('a cache in a sub-folder (the CLI run on that folder alone) vouches for its articles, whatever their names', async function () {
    this.timeout(90_000);
    const rootCache = await eventually(readCache, 'the index cache');
    const source = '05-harga-cabai-naik.txt';
    // A space and a non-ASCII letter: the name is escaped in the article's Uri string.
    const inSub = 'arsip/05 salinan é.txt';
    await writeText(workspaceUri(inSub), await readText(workspaceUri(source)));
    // The watcher reads the new article on its own: let it, so that its read cannot land after the pass below. A file
    // in a folder created a moment before is reported late at times (one CI run waited past 10 s, the rerun took
    // 1.5 s): the wait is long, the assertion the same.
    await eventually(() => api.articles().some((a) => a.id === workspaceUri(inSub).toString() && a.indexed), 'the watcher to index the new article', 45000);
    await settled(api);
    const stat = await vscode.workspace.fs.stat(workspaceUri(inSub));
    const at = rootCache.keys.indexOf(source);
    const key = '05 salinan é.txt';
    const nested: CacheFile = { ...rootCache, keys: [key], columns: rootCache.columns.map((c) => [c[at]]) };
    setField(nested, key, 'size', stat.size);
    setField(nested, key, 'mtimeMs', stat.mtime);
    setField(nested, key, 'headline', 'SENTINEL FROM THE SUB-FOLDER');
    await writeText(workspaceUri('arsip/.corpus-review/index.json'), JSON.stringify(nested));
    await reindex(api);
    assert.equal(summaryOf(api, inSub).headline, 'SENTINEL FROM THE SUB-FOLDER', 'taken from the sub-folder cache, not re-read');
    const written = await eventually(readCache, 'the root cache');
    assert.equal(field(written, inSub, 'headline'), 'SENTINEL FROM THE SUB-FOLDER', 'the root cache now holds it under its path from the root');
    await vscode.workspace.fs.delete(workspaceUri('arsip'), { recursive: true });
    await reindex(api);
    await settled(api);
    assert.ok(!api.articles().some((a) => a.id === workspaceUri(inSub).toString()), 'a deleted article leaves the index');
  });

  test('a temporary file a crashed window left beside the cache is removed by the next write; a recent one is left alone', async () => {
    const abandoned = workspaceUri(`${CACHE}.tmp-crashed1`);
    const recent = workspaceUri(`${CACHE}.tmp-writing1`);
    await writeText(abandoned, '{"half": ');
    await writeText(recent, '{"half": ');
    const anHourAgo = new Date(Date.now() - 3600_000);
    utimesSync(abandoned.fsPath, anHourAgo, anHourAgo);
    await writeText(workspaceUri(CACHE), 'damaged, so that the next pass writes the file');
    await reindex(api);
    await eventually(readCache, 'the cache to be rewritten');
    const exists = async (uri: vscode.Uri): Promise<boolean> => vscode.workspace.fs.stat(uri).then(() => true, () => false);
    assert.equal(await exists(abandoned), false, 'the abandoned temporary file is gone');
    assert.equal(await exists(recent), true, "a recent one may be another window's write in progress");
    await vscode.workspace.fs.delete(recent);
  });

  test('a damaged or old-format cache is ignored and rewritten; the cold pass gives the summaries the warm one gives', async () => {
    // Start from a cache that matches the files exactly (no sentinels): rebuild from nothing first.
    for (const damaged of ['{"format": "corpus-review/index/v2", "entr', JSON.stringify({ format: 'corpus-review/index/v1', entries: {} })]) {
      await settled(api);
      await writeText(workspaceUri(CACHE), damaged);
      await reindex(api);
      const cold = [...api.articles()].sort(byId);
      const odd = cold.filter((s) => !s.indexed || s.headline?.startsWith('SENTINEL'));
      assert.deepEqual(odd.map((s) => `${s.id}: ${s.headline}`), [], 'nothing from the damaged file is shown');
      const rewritten = await eventually(readCache, 'the cache to be rewritten');
      assert.equal(rewritten.keys.length, cold.length);
      await reindex(api);
      assert.deepEqual([...api.articles()].sort(byId), cold, 'warm (from the cache) and cold (from the files) agree');
    }
  });
});
