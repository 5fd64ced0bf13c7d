/**
 * File access for the commands, through `vscode.workspace.fs` only (the extension runs on the web,
 * where there is no `fs`). Writes are atomic: the text goes to `<name>.tmp-<random>` in the same
 * folder and is renamed over the target, so a crash or a closed window leaves either the old file
 * or the new one, never half of one.
 */
import * as vscode from 'vscode';
import { decodeArticleBytes } from '../core';
import { baseName } from './sidecarPaths';

const encoder = new TextEncoder();

/**
 * Writes `text` (or bytes already encoded) to `target` atomically (temp file in the same folder, then rename with overwrite).
 * Throws the file system's error; the temp file is removed on failure when possible.
 */
export async function writeTextAtomic(target: vscode.Uri, text: string | Uint8Array): Promise<void> {
  const random = Math.random().toString(36).slice(2, 10);
  const tmp = target.with({ path: `${target.path}.tmp-${random}` });
  try {
    await vscode.workspace.fs.writeFile(tmp, typeof text === 'string' ? encoder.encode(text) : text);
    await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
  } catch (e) {
    try {
      await vscode.workspace.fs.delete(tmp);
    } catch {
      // The temp file was never created or is already gone.
    }
    throw e;
  }
}

/** The file's text decoded as the CLI decodes it; `null` when the file does not exist. Throws a readable Error otherwise. */
export async function readTextFile(uri: vscode.Uri): Promise<string | null> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return null;
    throw new Error(`cannot read ${baseName(uri)}: ${(e as Error).message}`);
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) throw new Error(`${baseName(uri)}: ${decoded.message}`);
  return decoded.text;
}

/** Lets the extension host breathe between files of a long batch (other extensions, the UI). */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Work between two yields in a batch: short enough that the host stays responsive. */
const SLICE_MS = 12;

/**
 * A yield that only waits when the current slice has used its time. A `setTimeout(0)` after every
 * file would cost about a millisecond each (Node clamps timers to 1 ms): 100 s over 100,000 files.
 */
export function sliceYielder(sliceMs = SLICE_MS): () => Promise<void> {
  let sliceStart = Date.now();
  return async () => {
    if (Date.now() - sliceStart < sliceMs) return;
    await yieldToHost();
    sliceStart = Date.now();
  };
}

/** The Uri a command argument stands for: a Uri, a Uri string, or a tree node carrying `uri`/`resourceUri`. */
export function asUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') {
    try {
      return vscode.Uri.parse(arg, true);
    } catch {
      return undefined;
    }
  }
  if (arg && typeof arg === 'object') {
    const o = arg as { uri?: unknown; resourceUri?: unknown };
    return asUri(o.uri) ?? asUri(o.resourceUri);
  }
  return undefined;
}
