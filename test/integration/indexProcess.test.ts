/**
 * The cold index pass in the real extension host with the index process asked for
 * (corpusReview.indexing.separateProcess "always"; "auto" uses it from 2,000 articles, so not on
 * this small workspace): the articles are checked, read and summarised by a child process
 * (src/extension/indexProcess), which the pass stops when it ends, and the summaries are exactly
 * those the host makes itself ("never", and "auto" here): headlines, error messages (invalid
 * UTF-8; an article that does not exist when it is read is unit-tested), sidecar states, the
 * user's extra boilerplate rules, the cache file.
 *
 * That the process ran is read from the performance mark its client makes when the pass stops it
 * (the extension and these tests share the host's performance timeline).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { corpusApi, type Api, type Summary } from './corpusApi';
import { readText, workspaceUri } from './workspaceFiles';
import { snapshotWorkspace, type WorkspaceSnapshot } from './workspaceSnapshot';

const CACHE = '.corpus-review/index.json';
const INVALID = 'zz-process-invalid-utf8.txt';
const byId = (a: Summary, b: Summary): number => a.id.localeCompare(b.id);

interface ProcessFigures {
  articles: number;
  batches: number;
}

function processMarks(): ProcessFigures[] {
  return performance.getEntriesByName('corpus-review/index-process').map((m) => (m as unknown as { detail: ProcessFigures }).detail);
}

/** A cold pass: no cache file, every article read, with corpusReview.indexing.separateProcess set to `where` (undefined: the default). */
async function coldPass(api: Api, where: 'always' | 'never' | undefined): Promise<{ summaries: Summary[]; marks: ProcessFigures[]; cache: string }> {
  const before = processMarks().length;
  await setSetting('indexing.separateProcess', where);
  await vscode.workspace.fs.delete(workspaceUri(CACHE), { useTrash: false }).then(undefined, () => undefined);
  await vscode.commands.executeCommand('corpusReview.refresh');
  await api.whenIndexed();
  const cache = await readText(workspaceUri(CACHE));
  return { summaries: [...api.articles()].sort(byId), marks: processMarks().slice(before), cache };
}

/** The cache file without what differs between two writes of the same summaries (none expected: it has no time stamp). */
function entriesOf(cache: string): unknown {
  const { keys, columns, fields } = JSON.parse(cache) as { keys: string[]; columns: unknown[][]; fields: string[] };
  return { keys, fields, columns };
}

/** How many of the summaries are of articles open as documents (earlier suites open some): the host reads those. */
function openCount(summaries: Summary[]): number {
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  return summaries.filter((s) => open.has(s.id)).length;
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('corpusReview').update(key, value, vscode.ConfigurationTarget.Workspace);
}

suite('index process: a cold pass reads and summarises in a child process', () => {
  let api: Api;
  let snapshot: WorkspaceSnapshot;

  suiteSetup(async () => {
    api = await corpusApi();
    snapshot = await snapshotWorkspace();
  });

  suiteTeardown(async () => {
    await setSetting('extraBoilerplatePatterns', undefined);
    await setSetting('indexing.separateProcess', undefined);
    await snapshot.restore();
    await vscode.commands.executeCommand('corpusReview.refresh');
    await api.whenIndexed();
  });

  test('the process summarises every article to read, as the host would, error messages and cache file included', async () => {
    // Not UTF-8: the summary carries the decoder's message, made in the process.
    await vscode.workspace.fs.writeFile(workspaceUri(INVALID), new Uint8Array([0x42, 0x65, 0x72, 0x69, 0x74, 0x61, 0x0a, 0xff, 0xfe, 0x0a]));
    const inProcess = await coldPass(api, 'always');
    assert.equal(inProcess.marks.length, 1, 'one process was started by the pass, and stopped when it ended');
    assert.equal(inProcess.marks[0]?.articles, inProcess.summaries.length - openCount(inProcess.summaries), 'every article not open in an editor was summarised in the process');
    const invalid = inProcess.summaries.find((s) => s.id.endsWith(INVALID));
    assert.match((invalid as Summary & { error?: string } | undefined)?.error ?? '', new RegExp(`^${INVALID.replace(/\./g, '\\.')}: invalid UTF-8 at byte offset 7$`));
    assert.ok(inProcess.summaries.filter((s) => s.headline).length >= 10, 'the fixture articles have their headlines');

    const host = await coldPass(api, 'never');
    assert.deepEqual(host.marks, [], '"never": no process');
    const byDefault = await coldPass(api, undefined);
    assert.deepEqual(byDefault.marks, [], '"auto": no process for a corpus this small');
    assert.deepEqual(byDefault.summaries, host.summaries);
    assert.deepEqual(inProcess.summaries, host.summaries, 'the process and the host make the same summaries');
    assert.deepEqual(entriesOf(inProcess.cache), entriesOf(host.cache), 'and write the same cache file');
  });

  test("the user's extra boilerplate rules reach the process (it compiles them from the settings)", async () => {
    const article = '01-pasar-rakyat-tanjung-sari.txt';
    const shareOf = (summaries: Summary[]): number | null | undefined => summaries.find((s) => s.id === workspaceUri(article).toString())?.boilerplateShare;
    const without = await coldPass(api, 'always');
    await setSetting('extraBoilerplatePatterns', [{ pattern: '^Salah seorang pedagang' }]);
    const inProcess = await coldPass(api, 'always');
    // The setting's change starts a pass of its own too (with a process: "always" is set).
    assert.ok(inProcess.marks.length >= 1, 'the pass read in a process');
    assert.ok((shareOf(inProcess.summaries) ?? 0) > (shareOf(without.summaries) ?? 0), 'the rule made a line of the article boilerplate');
    const host = await coldPass(api, 'never');
    assert.deepEqual(inProcess.summaries, host.summaries);
    await setSetting('extraBoilerplatePatterns', undefined);
  });

  test('an article open in an editor is read by the host (its unsaved text), the others by the process', async () => {
    const article = '02-banjir-lembah-hijau.txt';
    const doc = await vscode.workspace.openTextDocument(workspaceUri(article));
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.replace(new vscode.Range(0, 0, 0, doc.lineAt(0).text.length), 'Judul Belum Disimpan Untuk Uji Proses Indeks'));
    try {
      const inProcess = await coldPass(api, 'always');
      assert.ok(openCount(inProcess.summaries) >= 1);
      assert.equal(inProcess.marks[0]?.articles, inProcess.summaries.length - openCount(inProcess.summaries), 'all but the open articles went to the process');
      const open = inProcess.summaries.find((s) => s.id === doc.uri.toString());
      assert.equal(open?.headline, 'Judul Belum Disimpan Untuk Uji Proses Indeks');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
