/** The articles named on the command line: files as given, folders' `*.txt` files in name order. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ArticleListing {
  readonly files: string[];
  /** Folders scanned (for housekeeping such as removing abandoned temporary files). */
  readonly folders: string[];
  /** Inputs that could not be read, with the reason. */
  readonly errors: { input: string; message: string }[];
}

export function listArticles(inputs: readonly string[]): ArticleListing {
  const listing: ArticleListing = { files: [], folders: [], errors: [] };
  for (const input of inputs) {
    try {
      if (statSync(input).isDirectory()) {
        listing.folders.push(input);
        for (const name of readdirSync(input).sort()) if (name.endsWith('.txt') && !name.startsWith('.')) listing.files.push(join(input, name));
      } else listing.files.push(input);
    } catch (e) {
      listing.errors.push({ input, message: (e as Error).message });
    }
  }
  return listing;
}
