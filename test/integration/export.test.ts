/**
 * Export from the palette command: the JSONL file it writes, read back. Only accepted articles by
 * default; all with `onlyAccepted: false`; the cleaned text has no boilerplate.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceUri, readText } from './workspaceFiles';
import { parse } from 'yaml';
import { snapshotWorkspace, type WorkspaceSnapshot } from './workspaceSnapshot';

const EXTENSION_ID = 'corpus-review.corpus-review';

interface ExportResult { target: string | null; exported: number; skipped: number; errors: { file: string; message: string }[]; cancelled: boolean }

function records(jsonl: string): Record<string, unknown>[] {
  return jsonl.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Every string anywhere in a record (the cleaned text's key is the core's business, not this test's). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function fileOf(record: Record<string, unknown>): string {
  const file = record.file ?? (record.source as { file?: unknown } | undefined)?.file;
  assert.equal(typeof file, 'string', 'each record names its file');
  return String(file).replace(/^.*\//, '');
}

suite('export: the reviewed corpus as JSONL', () => {
  let snapshot: WorkspaceSnapshot | undefined;

  suiteSetup(async () => {
    snapshot = await snapshotWorkspace();
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    await vscode.commands.executeCommand('corpusReview.extractCorpus');
  });

  // The sidecars, edits and export files this suite wrote would change what other suites see.
  suiteTeardown(async () => {
    await snapshot?.restore();
  });

  test('only accepted articles by default, with their metadata', async () => {
    const accepted = workspaceUri('02-banjir-lembah-hijau.meta.yaml');
    const sidecar = await readText(accepted);
    assert.match(sidecar, /^ {2}status: \w+$/m, 'the sidecar has a review status');
    await vscode.workspace.fs.writeFile(accepted, new TextEncoder().encode(sidecar.replace(/^ {2}status: \w+$/m, '  status: accepted')));

    const target = workspaceUri('export-accepted.jsonl');
    const result = await vscode.commands.executeCommand<ExportResult>('corpusReview.exportCorpus', target);
    assert.ok(result && !result.cancelled);
    assert.deepEqual(result.errors, []);

    // What the sidecars say is accepted now (other suites may have accepted articles too).
    const sidecars = await vscode.workspace.findFiles('**/*.meta.yaml');
    const expected: string[] = [];
    for (const uri of sidecars) {
      const data = parse(await readText(uri)) as { review?: { status?: string }; source?: { file?: string } };
      if (data.review?.status === 'accepted' && data.source?.file) expected.push(data.source.file);
    }
    assert.ok(expected.includes('02-banjir-lembah-hijau.txt'));
    const exported = records(await readText(target));
    assert.equal(result.exported, exported.length);
    assert.deepEqual(exported.map(fileOf).sort(), expected.sort());
    const banjir = exported.find((r) => fileOf(r) === '02-banjir-lembah-hijau.txt');
    assert.ok(banjir && strings(banjir).some((s) => s.startsWith('Banjir Rendam Tiga Desa')), 'the record carries the headline');
  });

  test('all articles with onlyAccepted off; the cleaned text has no boilerplate lines', async () => {
    const articles = await vscode.workspace.findFiles('**/*.txt');
    const target = workspaceUri('export-all.jsonl');
    const result = await vscode.commands.executeCommand<ExportResult>('corpusReview.exportCorpus', target, { onlyAccepted: false });
    assert.ok(result);
    assert.equal(result.skipped, 0);
    const exported = records(await readText(target));
    assert.equal(exported.length, articles.length);
    const pasar = exported.find((r) => fileOf(r) === '01-pasar-rakyat-tanjung-sari.txt');
    assert.ok(pasar);
    const body = strings(pasar).find((s) => s.includes('Pasar yang terbakar pada awal tahun itu'));
    assert.ok(body, 'the cleaned text is in the record');
    assert.ok(body.includes('"Pasar ini milik bersama.'), 'quotes stay in the cleaned text');
    assert.ok(!body.includes('Baca Juga'), 'the "Baca Juga" lines are gone');
    assert.ok(!body.includes('2 jam yang lalu'), 'the related-article stamps are gone');
  });

  test("the same records as the CLI's `corpus-review export --clean` on the same folder", async function () {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    if (folder?.scheme !== 'file' || !ext || typeof process === 'undefined' || !process.versions?.node) {
      console.log('      (skipped: needs a Node extension host and a file: workspace to run the CLI)');
      this.skip();
    }
    const target = workspaceUri('export-compare.jsonl');
    const result = await vscode.commands.executeCommand<ExportResult>('corpusReview.exportCorpus', target, { onlyAccepted: false });
    assert.ok(result);
    const { execFileSync } = await import('node:child_process');
    const cli = vscode.Uri.joinPath(ext.extensionUri, 'dist', 'cli.js').fsPath;
    const stdout = execFileSync(process.execPath, [cli, 'export', folder.fsPath, '--clean'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const fromCli = records(stdout).map((r) => JSON.stringify(r)).sort();
    const fromCommand = records(await readText(target)).map((r) => JSON.stringify(r)).sort();
    assert.ok(fromCli.length > 0);
    assert.deepEqual(fromCommand, fromCli);
  });

  test('the cleaned view: a read-only document beside the article, without its boilerplate', async () => {
    const uri = workspaceUri('01-pasar-rakyat-tanjung-sari.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const result = await vscode.commands.executeCommand<{ uri: string; text: string }>('corpusReview.showCleaned');
    assert.ok(result);
    const cleaned = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.uri);
    assert.ok(cleaned, 'the cleaned document is open');
    assert.equal(cleaned.uri.scheme, 'corpus-review-clean', 'a content-provider document: it cannot be edited or saved');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === cleaned), 'shown beside the article');
    assert.ok(cleaned.getText().includes('Pasar yang terbakar pada awal tahun itu'));
    assert.ok(!cleaned.getText().includes('Baca Juga'), 'boilerplate removed');
  });
});
