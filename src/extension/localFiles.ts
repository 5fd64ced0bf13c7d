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
import { stampOfStat, type FileStamp } from '../core/cache';
import { writeTextAtomic } from './workspaceFiles';

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

/** Whether `uri` is read through Node's fs (readBytes then gives a buffer of its own, which its reader may release). */
export function isLocalFile(uri: vscode.Uri): boolean {
  return localPath(uri) !== undefined;
}

/** Size and mtime (whole milliseconds, rounded as workspace.fs gives them) of a file; null when it does not exist or cannot be stat'ed. */
export function statStamp(uri: vscode.Uri): Promise<FileStamp | null> {
  const path = localPath(uri);
  if (path === undefined || !nodeFs) return statThroughApi(uri);
  const fs = nodeFs;
  return new Promise((resolve) => {
    fs.stat(path, (error, s) => resolve(error ? null : stampOfStat(s)));
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

/**
 * Writes a file made of parts atomically: the parts go to `<name>.tmp-<random>` beside `target`,
 * which is then renamed over it. `produce` hands each part to `write` as soon as it is made and
 * returns whether it finished (false: cancelled; the temporary file is removed, the target left as
 * it was). For a local file in Node each part is written at once and can then be dropped, so a
 * file of tens of MB (the index cache at 100,000 articles) never exists whole in the extension
 * host; otherwise the parts are joined and written through workspace.fs. Throws the file system's
 * error (the temporary file removed when possible).
 */
export async function writePartsAtomic(target: vscode.Uri, produce: (write: (part: Uint8Array) => Promise<void>) => Promise<boolean>): Promise<boolean> {
  const path = localPath(target);
  if (path === undefined || !nodeFs) {
    const parts: Uint8Array[] = [];
    if (!(await produce(async (part) => void parts.push(part)))) return false;
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of parts.splice(0)) {
      bytes.set(part, at);
      at += part.length;
    }
    await writeTextAtomic(target, bytes);
    return true;
  }
  const fs = nodeFs.promises;
  const temp = `${path}.tmp-${Math.random().toString(36).slice(2, 10)}`;
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'w');
    let complete = false;
    try {
      complete = await produce(async (part) => {
        for (let at = 0; at < part.length; ) at += (await handle.write(part, at)).bytesWritten;
      });
    } finally {
      await handle.close();
    }
    if (!complete) return false;
    await fs.rename(temp, path);
    renamed = true;
    return true;
  } finally {
    if (!renamed) await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}
