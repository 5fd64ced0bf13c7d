/** The articles named on the command line: files as given, folders' `*.txt` files in name order. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
