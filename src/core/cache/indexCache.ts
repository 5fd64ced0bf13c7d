/**
 * The corpus index cache: one small summary per article (what the tree shows without opening the
 * article), kept in `<corpus root>/.corpus-review/index.json` between runs so that reopening a
 * 100,000-article corpus reads one JSON file and stats the articles instead of analysing them.
 * Pure: the file is read and written by the shells, which share this one format: the CLI
 * (src/cli/corpusCache.ts, node:fs) and the extension (src/extension/corpusIndexCache.ts,
 * vscode.workspace.fs). Either may read what the other wrote.
 *
 * An entry is keyed by the article's path relative to the corpus root, with '/' separators. It is
 * current while the article's size and mtime (and its sidecar's, or the sidecar's absence) are the
 * ones recorded: a stat, no read. mtimes are compared to the millisecond (VS Code's stat rounds
 * them; Node's has fractions). The text's sha256 is kept when the writer computed it ('' when it
 * did not, or the file could not be decoded), so a touched-but-unchanged file can be recognised.
 *
 * Whose summary may a reader reuse? A summary made from an up-to-date sidecar (state fresh or
 * conflict, no error) depends only on the article's and the sidecar's bytes: anyone may reuse it.
 * Any other summary was made by the engine, and depends on how it was run (language, the user's
 * boilerplate patterns, corpus signals): `analysis` names that, and a reader whose engine runs
 * differently re-analyses those articles (summaryReusable). The whole cache is dropped when the
 * extractor version or the sidecar suffix changes.
 *
 * The file's text is made and read by cacheFile.ts (entries as compact rows). v2 (this) added
 * `analysis` and the rows; a v1 file is ignored with a reason and rebuilt.
 */
import type { ArticleSummary } from '../corpus/types';

export const CORPUS_CACHE_FORMAT = 'corpus-review/index/v2';
/** Where the cache lives under a corpus root (path segments, for node:path and vscode.Uri alike). */
export const CACHE_DIR = '.corpus-review';
export const CACHE_FILE = 'index.json';
/**
 * A cache file larger than this is not read (about 1,000,000 articles' worth): a file in an
 * untrusted workspace must not be able to fill a reader's memory.
 */
export const MAX_CACHE_FILE_BYTES = 256 * 1024 * 1024;

/** What a stat says about a file: enough to tell that it has not changed. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

/**
 * The stamp of a Node stat as the extension records it: mtime in whole milliseconds, as
 * workspace.fs gives it (Node's has fractions), so that entries written through either path, in the
 * host or in the index process, compare equal.
 */
export function stampOfStat(stat: { readonly size: number; readonly mtimeMs: number }): FileStamp {
  return { size: stat.size, mtimeMs: Math.round(stat.mtimeMs) };
}

/** The summary of an article, as ArticleSummary without its id (the id is the shell's URI). */
export type CachedSummary = Omit<ArticleSummary, 'id' | 'indexed'>;

export interface CacheEntry {
  readonly size: number;
  readonly mtimeMs: number;
  /** sha256 of the decoded text (articleHash), '' when the file could not be decoded. */
  readonly sha256: string;
  /** The sidecar's stamp when the entry was made; null when there was none. */
  readonly sidecar: FileStamp | null;
  readonly summary: CachedSummary;
}

export interface CorpusCache {
  readonly format: typeof CORPUS_CACHE_FORMAT;
  readonly extractor: string;
  readonly sidecarSuffix: string;
  /** How the engine ran for the summaries it made (see summaryReusable), e.g. `cli/id/corpus-signals`. */
  readonly analysis: string;
  readonly entries: Readonly<Record<string, CacheEntry>>;
}

/** The cache's identity without its entries. */
export type CacheHeader = Omit<CorpusCache, 'entries'>;


export function emptyCache(extractor: string, sidecarSuffix: string, analysis: string): CorpusCache {
  return { format: CORPUS_CACHE_FORMAT, extractor, sidecarSuffix, analysis, entries: {} };
}

/** Same stamp: same size, and the same mtime to the millisecond (VS Code rounds what Node reports with fractions). */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && Math.round(a.mtimeMs) === Math.round(b.mtimeMs);
}

/** True when the entry still describes the article and sidecar these stamps come from. */
export function isEntryCurrent(entry: CacheEntry | undefined, article: FileStamp | null, sidecar: FileStamp | null): entry is CacheEntry {
  return entry !== undefined && stampsCurrent({ article: entry, sidecar: entry.sidecar }, article, sidecar);
}

/** True when the recorded stamps (an article's and its sidecar's, null when it had none) are still the ones a stat gives. */
export function stampsCurrent(recorded: { readonly article: FileStamp; readonly sidecar: FileStamp | null } | undefined, article: FileStamp | null, sidecar: FileStamp | null): boolean {
  if (!recorded || !article || !sameStamp(recorded.article, article)) return false;
  if (recorded.sidecar === null || sidecar === null) return recorded.sidecar === sidecar;
  return sameStamp(recorded.sidecar, sidecar);
}

/**
 * Whether a reader whose engine runs as `readerAnalysis` may show this summary as it is: always
 * when it was made from an up-to-date sidecar, otherwise only when the engine ran the same way.
 */
export function summaryReusable(summary: CachedSummary, cacheAnalysis: string, readerAnalysis: string): boolean {
  if ((summary.sidecar === 'fresh' || summary.sidecar === 'conflict') && summary.error === undefined) return true;
  return cacheAnalysis === readerAnalysis;
}

/** Cache keys use '/' whatever the platform, so one file serves Windows and POSIX readers alike. */
export function cacheKey(relativePath: string): string {
  return relativePath.replace(/\\/g, '/');
}

/** An ArticleSummary as the cache keeps it (without the shell's id and the indexing flag). */
export function toCachedSummary(s: ArticleSummary): CachedSummary {
  return {
    name: s.name,
    headline: s.headline,
    date: s.date,
    outlet: s.outlet,
    status: s.status,
    sidecar: s.sidecar,
    speakers: s.speakers,
    quoteCount: s.quoteCount,
    boilerplateShare: s.boilerplateShare,
    ...(s.error !== undefined ? { error: s.error } : {}),
  };
}
