/**
 * The corpus index cache on disk: `<corpus root>/.corpus-review/index.json`, format
 * `corpus-review/index/v2` (src/core/cache/indexCache.ts documents every field). The CLI writes it
 * at the end of `extract --write`; the extension's tree reads and keeps the same file
 * (src/extension/corpusIndexCache.ts) and trusts an entry while the article's and the sidecar's
 * size and mtime are the recorded ones.
 * Writes are atomic (temporary file + rename), so a reader sees the old index or the new one. A
 * cache that is missing, damaged, or from another extractor version is ignored and rebuilt.
 *
 * The corpus root is the deepest folder holding every article of the run; keys are paths relative
 * to it with '/' separators.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CACHE_DIR, CACHE_FILE, emptyCache, MAX_CACHE_FILE_BYTES, parseCache, serialiseCache, type CorpusCache } from '../core/cache';
import { removeAbandonedTempFiles, writeFileAtomic } from './atomicWrite';

export { CACHE_DIR, CACHE_FILE };

/**
 * How the CLI's engine runs, as the cache's `analysis` records it: every summary the CLI makes
 * from the engine used the corpus signals, which the extension's tree does not; so the extension
 * reuses only the CLI's sidecar-made summaries (nearly all of them after `extract --write`).
 */
export function cliAnalysis(language: string): string {
  return `cli/${language}/corpus-signals`;
}

export function cachePathFor(root: string): string {
  return join(root, CACHE_DIR, CACHE_FILE);
}

/** The deepest folder that contains every file (their common parent); null for no files. */
export function corpusRootOf(files: readonly string[]): string | null {
  let root: string[] | null = null;
  for (const f of files) {
    const parts = dirname(resolve(f)).split(sep);
    if (root === null) root = parts;
    else {
      let i = 0;
      while (i < root.length && i < parts.length && root[i] === parts[i]) i++;
      root = root.slice(0, i);
    }
  }
  return root === null ? null : root.join(sep) || sep;
}

export function cacheKeyFor(root: string, file: string): string {
  return relative(root, resolve(file)).split(sep).join('/');
}

export interface LoadedCache {
  readonly cache: CorpusCache;
  /** Why the file on disk was not used (absent, damaged, other version); null when it was. */
  readonly ignored: string | null;
}

export function loadCorpusCache(root: string, extractor: string, sidecarSuffix: string): LoadedCache {
  let text: string;
  try {
    const size = statSync(cachePathFor(root)).size;
    if (size > MAX_CACHE_FILE_BYTES) return { cache: emptyCache(extractor, sidecarSuffix, ''), ignored: `the index cache is ${size} bytes, over the limit of ${MAX_CACHE_FILE_BYTES}` };
    text = readFileSync(cachePathFor(root), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { cache: emptyCache(extractor, sidecarSuffix, ''), ignored: code === 'ENOENT' ? 'no index cache yet' : `cannot read the index cache: ${(e as Error).message}` };
  }
  const parsed = parseCache(text, extractor, sidecarSuffix);
  return parsed.ok ? { cache: parsed.cache, ignored: null } : { cache: emptyCache(extractor, sidecarSuffix, ''), ignored: parsed.reason };
}

export function saveCorpusCache(root: string, cache: CorpusCache): string {
  const path = cachePathFor(root);
  mkdirSync(dirname(path), { recursive: true });
  removeAbandonedTempFiles(dirname(path));
  writeFileAtomic(path, serialiseCache(cache));
  return path;
}
