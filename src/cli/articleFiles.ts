/** The articles named on the command line: files as given, folders' `*.txt` files in name order. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeArticleBytes, DEFAULT_MAX_ARTICLE_BYTES } from '../core/text/decode';

export interface ArticleListing {
  readonly files: string[];
  /** Folders scanned (for housekeeping such as removing abandoned temporary files). */
  readonly folders: string[];
  /** Inputs that could not be read, with the reason. */
  readonly errors: { input: string; message: string }[];
}

export function listArticles(inputs: readonly string[]): ArticleListing {
  const listing: ArticleListing = { files: [], folders: [], errors: [] };
  // An article named twice (as a file and through its folder) is processed once.
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      listing.files.push(file);
    }
  };
  for (const input of inputs) {
    try {
      if (statSync(input).isDirectory()) {
        listing.folders.push(input);
        for (const name of readdirSync(input).sort()) if (name.endsWith('.txt') && !name.startsWith('.')) add(join(input, name));
      } else add(input);
    } catch (e) {
      listing.errors.push({ input, message: (e as Error).message });
    }
  }
  return listing;
}

/**
 * Sidecars in `folders` whose article (`<stem>.txt` beside them) is gone, e.g. after a corpus was
 * deduplicated. They are reported, never deleted: they may hold a reviewer's work.
 */
export function findOrphanSidecars(folders: readonly string[], suffix: string): string[] {
  const orphans: string[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.endsWith(suffix) || name.startsWith('.')) continue;
      const stem = name.slice(0, name.length - suffix.length);
      if (!existsSync(join(folder, `${stem}.txt`))) orphans.push(join(folder, name));
    }
  }
  return orphans;
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** An article's text, or why it cannot be had (unreadable, invalid UTF-8 with the byte offset, binary, too large). */
export function readArticle(file: string): ReadResult {
  let bytes: Uint8Array;
  try {
    // Refused before reading: a 50 MB file would otherwise cost its size in memory (and its decoded
    // string on top) only to be refused by the decoder (the map path checks the same, articleJob.ts).
    const size = statSync(file).size;
    if (size > DEFAULT_MAX_ARTICLE_BYTES) return { ok: false, message: `file is ${size} bytes, over the limit of ${DEFAULT_MAX_ARTICLE_BYTES} bytes for one article; not read` };
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, message: `cannot read: ${(e as Error).message}` };
  }
  const decoded = decodeArticleBytes(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, message: decoded.message };
}
