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
 * v2 (this) added `analysis`; a v1 file is ignored with a reason and rebuilt.
 */
import type { ArticleSummary, ReviewStatus, SidecarState, SpeakerCount } from '../corpus/types';
import { REVIEW_STATUSES, SIDECAR_STATES } from '../corpus/types';

export const CORPUS_CACHE_FORMAT = 'corpus-review/index/v2';
/** Where the cache lives under a corpus root (path segments, for node:path and vscode.Uri alike). */
export const CACHE_DIR = '.corpus-review';
export const CACHE_FILE = 'index.json';

/** What a stat says about a file: enough to tell that it has not changed. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
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

export type CacheParse = { ok: true; cache: CorpusCache; dropped: number } | { ok: false; reason: string };

export function emptyCache(extractor: string, sidecarSuffix: string, analysis: string): CorpusCache {
  return { format: CORPUS_CACHE_FORMAT, extractor, sidecarSuffix, analysis, entries: {} };
}

/** Same stamp: same size, and the same mtime to the millisecond (VS Code rounds what Node reports with fractions). */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && Math.round(a.mtimeMs) === Math.round(b.mtimeMs);
}

/** True when the entry still describes the article and sidecar these stamps come from. */
export function isEntryCurrent(entry: CacheEntry | undefined, article: FileStamp | null, sidecar: FileStamp | null): entry is CacheEntry {
  if (!entry || !article || !sameStamp(entry, article)) return false;
  if (entry.sidecar === null || sidecar === null) return entry.sidecar === sidecar;
  return sameStamp(entry.sidecar, sidecar);
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

export function serialiseCache(cache: CorpusCache): string {
  const { entries, ...header } = cache;
  return cacheText(header, Object.entries(entries).map(([key, entry]) => serialiseEntry(key, entry)));
}

/** One entry as `"key":{...}`; a caller with 100,000 of them can make these in slices (see cacheText). */
export function serialiseEntry(key: string, entry: CacheEntry): string {
  return `${JSON.stringify(key)}:${JSON.stringify(entry)}`;
}

/** The file's text from its header and its serialised entries (serialiseEntry). */
export function cacheText(header: CacheHeader, entryTexts: readonly string[]): string {
  const { format, extractor, sidecarSuffix, analysis } = header;
  return `${JSON.stringify({ format, extractor, sidecarSuffix, analysis }).slice(0, -1)},"entries":{${entryTexts.join(',')}}}`;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isStamp(v: unknown): v is FileStamp {
  return isObj(v) && isNum(v['size']) && isNum(v['mtimeMs']);
}

function isSpeakers(v: unknown): v is SpeakerCount[] {
  return Array.isArray(v) && v.every((s) => isObj(s) && typeof s['name'] === 'string' && isNum(s['quotes']));
}

function isSummary(v: unknown): v is CachedSummary {
  if (!isObj(v)) return false;
  return (
    typeof v['name'] === 'string' &&
    isStrOrNull(v['headline']) &&
    isStrOrNull(v['date']) &&
    isStrOrNull(v['outlet']) &&
    REVIEW_STATUSES.includes(v['status'] as ReviewStatus) &&
    SIDECAR_STATES.includes(v['sidecar'] as SidecarState) &&
    isSpeakers(v['speakers']) &&
    isNum(v['quoteCount']) &&
    (v['boilerplateShare'] === null || (isNum(v['boilerplateShare']) && v['boilerplateShare'] <= 1)) &&
    (v['error'] === undefined || typeof v['error'] === 'string')
  );
}

function isEntry(v: unknown): v is CacheEntry {
  return isObj(v) && isNum(v['size']) && isNum(v['mtimeMs']) && typeof v['sha256'] === 'string' && (v['sidecar'] === null || isStamp(v['sidecar'])) && isSummary(v['summary']);
}

/**
 * Reads a cache file's text. Fails (never throws) when it is not JSON, not this format, or from
 * another extractor version or sidecar suffix: the caller then rebuilds. Entries of the wrong
 * shape are dropped one by one (counted), so one damaged entry costs one re-analysis, not all.
 */
export function parseCache(text: string, extractor: string, sidecarSuffix: string): CacheParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `the index cache is not JSON (${(e as Error).message})` };
  }
  if (isObj(data) && typeof data['format'] === 'string' && /^corpus-review\/index\/v\d+$/.test(data['format']) && data['format'] !== CORPUS_CACHE_FORMAT) {
    return { ok: false, reason: `the index cache is in another format (${data['format']}, this is ${CORPUS_CACHE_FORMAT})` };
  }
  if (!isObj(data) || data['format'] !== CORPUS_CACHE_FORMAT || !isObj(data['entries']) || typeof data['analysis'] !== 'string') return { ok: false, reason: `the index cache is not ${CORPUS_CACHE_FORMAT}` };
  if (data['extractor'] !== extractor) return { ok: false, reason: `the index cache was made by extractor ${String(data['extractor'])}, this is ${extractor}` };
  if (data['sidecarSuffix'] !== sidecarSuffix) return { ok: false, reason: `the index cache was made for sidecars named *${String(data['sidecarSuffix'])}` };
  const entries: Record<string, CacheEntry> = {};
  let dropped = 0;
  for (const [key, entry] of Object.entries(data['entries'])) {
    // A key climbing out of the root is never ours; refusing it keeps a shell from reading elsewhere.
    if (isEntry(entry) && key !== '' && !key.split('/').includes('..') && !key.startsWith('/')) entries[key] = entry;
    else dropped++;
  }
  return { ok: true, cache: { format: CORPUS_CACHE_FORMAT, extractor, sidecarSuffix, analysis: data['analysis'], entries }, dropped };
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
