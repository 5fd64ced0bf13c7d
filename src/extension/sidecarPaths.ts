/**
 * Where an article's sidecar lives and back, on URIs (no `path` module: the extension runs on the
 * web too), and reading an article's text the way the editor sees it.
 */
import * as vscode from 'vscode';
import { sidecarPathFor } from '../core/sidecar';
import { readBytes } from './localFiles';
import { articleTextOfBytes, type ArticleBytes, type ArticleText } from './articleSummaries';

export function sidecarSuffix(): string {
  return vscode.workspace.getConfiguration('corpusReview').get<string>('sidecarSuffix', '.meta.yaml');
}

function splitName(uri: vscode.Uri): { dir: vscode.Uri; name: string } {
  const slash = uri.path.lastIndexOf('/');
  return { dir: uri.with({ path: uri.path.slice(0, Math.max(slash, 0)) || '/' }), name: uri.path.slice(slash + 1) };
}

export function baseName(uri: vscode.Uri): string {
  return splitName(uri).name;
}

/** `folder/stem.txt` → `folder/stem<suffix>`: the core's rule (the CLI uses the same), applied to the Uri's path. */
export function sidecarUriFor(article: vscode.Uri, suffix = sidecarSuffix()): vscode.Uri {
  return article.with({ path: sidecarPathFor(article.path, suffix) });
}

export function isSidecarUri(uri: vscode.Uri, suffix = sidecarSuffix()): boolean {
  return uri.path.endsWith(suffix);
}

/**
 * The article a sidecar describes: the name it records (relative to the sidecar's folder) when it
 * records one, otherwise `<stem>.txt` beside it.
 */
export function articleUriForSidecar(sidecar: vscode.Uri, recordedName: string | null, suffix = sidecarSuffix()): vscode.Uri {
  const { dir, name } = splitName(sidecar);
  if (recordedName && !recordedName.includes('..')) return vscode.Uri.joinPath(dir, recordedName.replace(/^.*\//, ''));
  const stem = name.endsWith(suffix) ? name.slice(0, name.length - suffix.length) : name;
  return vscode.Uri.joinPath(dir, `${stem}.txt`);
}

export type { ArticleText };

/** The article's text: the open document's (unsaved edits included) or the file's, decoded as the CLI decodes it. */
export async function readArticleText(uri: vscode.Uri): Promise<ArticleText> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { ok: true, text: open.getText() };
  let read: ArticleBytes;
  try {
    read = { bytes: await readBytes(uri) };
  } catch (e) {
    read = { failure: (e as Error).message };
  }
  return articleTextOfBytes(baseName(uri), read);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
