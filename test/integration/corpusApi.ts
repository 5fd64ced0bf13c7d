/**
 * The extension's public API as the tree/review/dashboard integration tests see it. Typed here by
 * hand (never imported from src/: tests reach the extension only through what activate() returns).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'corpus-review.corpus-review';

export interface Summary {
  id: string;
  name: string;
  headline: string | null;
  date: string | null;
  outlet: string | null;
  status: 'unreviewed' | 'accepted' | 'rejected' | 'flagged';
  sidecar: string;
  speakers: { name: string; quotes: number }[];
  quoteCount: number;
  boilerplateShare: number | null;
  indexed: boolean;
}

export type Node = { kind: 'group'; key: string; label: string; count: number } | { kind: 'page'; groupKey: string } | { kind: 'article'; id: string };

export interface ApiNode {
  node: Node;
  label: string;
  description: string | undefined;
  id: string | undefined;
  contextValue: string | undefined;
  icon: string | undefined;
}

export interface Api {
  extractorVersion: string;
  whenIndexed(): Promise<void>;
  articles(): Summary[];
  getTreeChildren(node?: Node): ApiNode[];
  treeChrome(): { description: string | undefined; badge: number | undefined; message: string | undefined };
  tooltipFor(uri: vscode.Uri | string): Promise<string | undefined>;
  statusBarText(): string | undefined;
  decorationFor(uri: vscode.Uri | string): { badge: string | undefined; tooltip: string | undefined } | undefined;
  currentFilter(): { outlet?: string; status?: string; speaker?: string; text?: string; active: boolean };
  dashboard(): { open: boolean; html: string | undefined; stats: { progress: { total: number; reviewed: number; byStatus: Record<string, number> }; perOutlet: { label: string; value: number }[]; perMonth: { label: string; value: number }[]; topSpeakers: { label: string; value: number }[] } | undefined; rendered: { charts: number; bars: number; total: number } | undefined };
}

export async function corpusApi(): Promise<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  await api.whenIndexed();
  return api;
}

/** Polls until `probe` returns a truthy value (the index and the tree update asynchronously). */
export async function eventually<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 10000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** Every article file of the fixture workspace (found by VS Code's search, not by the extension). */
export async function articleFiles(): Promise<vscode.Uri[]> {
  return vscode.workspace.findFiles('**/*.txt', '**/node_modules/**');
}

export async function setGroupBy(api: Api, by: string): Promise<void> {
  await vscode.commands.executeCommand('corpusReview.groupBy', by);
  await eventually(() => vscode.workspace.getConfiguration('corpusReview').get('tree.groupBy') === by, `groupBy ${by}`);
  // The tree rebuilds on the configuration event; give it the same turn.
  await new Promise((r) => setTimeout(r, 50));
  void api;
}

export async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

export function sidecarOf(article: vscode.Uri): vscode.Uri {
  return article.with({ path: article.path.replace(/\.[^./]+$/, '') + '.meta.yaml' });
}
