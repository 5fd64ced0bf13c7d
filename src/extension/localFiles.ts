/**
 * Stat and read for the corpus index's bulk work (every article of the corpus, on every open):
 * through Node's `fs` when the extension runs in Node and the file is a `file:` Uri, and through
 * `vscode.workspace.fs` otherwise (VS Code for the web, virtual and remote file systems).
 *
 * Why not workspace.fs everywhere: each of its calls is a round trip through the API's file
 * service layers. At 100,000 articles the reopen's staleness check (a stat per article) allocated
 * about 18 KB per article through it, enough garbage to keep the extension host's young
 * generation at its largest (128 MB) and cycling it about 29 times; Node's `fs.stat` allocates
 * about 2 KB (bench/tree-index.mjs prints the heap spaces). Both give the same size and mtime:
 * workspace.fs gives whole milliseconds (the Date of Node's stat, which rounds mtimeMs), so Node's
 * fractional mtimeMs is rounded the same way and the stamps an index cache holds stay the same
 * whichever path wrote them (an integration test compares them).
 */
import * as vscode from 'vscode';
import type * as NodeFs from 'node:fs';
import type { FileStamp } from '../core/cache';

/**
 * Node's fs, or undefined in the web build: esbuild defines CORPUS_REVIEW_WEB as "1" there, so the
 * condition folds and the require is dropped from the bundle (the web worker has no `fs`).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a require the web build can drop; an import it could not
const nodeFs: typeof NodeFs | undefined = process.env.CORPUS_REVIEW_WEB === '1' ? undefined : (require('node:fs') as typeof NodeFs);

/** CORPUS_REVIEW_WORKSPACE_FS=1 in the host's environment sends everything through workspace.fs (to measure or test that path in Node). */
const apiOnly = !nodeFs || process.env.CORPUS_REVIEW_WORKSPACE_FS === '1';

/** The path of `uri` when it can go through Node's fs: a file on this machine, with Node at hand. */
function localPath(uri: vscode.Uri): string | undefined {
  return !apiOnly && uri.scheme === 'file' ? uri.fsPath : undefined;
}

/** Size and mtime (whole milliseconds, rounded as workspace.fs gives them) of a file; null when it does not exist or cannot be stat'ed. */
export function statStamp(uri: vscode.Uri): Promise<FileStamp | null> {
  const path = localPath(uri);
  if (path === undefined || !nodeFs) return statThroughApi(uri);
  const fs = nodeFs;
  return new Promise((resolve) => {
    fs.stat(path, (error, s) => resolve(error ? null : { size: s.size, mtimeMs: Math.round(s.mtimeMs) }));
  });
}

async function statThroughApi(uri: vscode.Uri): Promise<FileStamp | null> {
  try {
    const s = await vscode.workspace.fs.stat(uri);
    return { size: s.size, mtimeMs: s.mtime };
  } catch {
    return null;
  }
}

/** A file's bytes; null when it does not exist. Throws an Error whose message says why otherwise. */
export function readBytes(uri: vscode.Uri): Promise<Uint8Array | null> {
  const path = localPath(uri);
  if (path === undefined || !nodeFs) return readThroughApi(uri);
  const fs = nodeFs;
  return new Promise((resolve, reject) => {
    fs.readFile(path, (error, bytes) => {
      if (!error) resolve(bytes);
      else if (error.code === 'ENOENT') resolve(null);
      else reject(new Error(error.message));
    });
  });
}

async function readThroughApi(uri: vscode.Uri): Promise<Uint8Array | null> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return null;
    throw e;
  }
}
