/**
 * The corpus index cache: one small summary per article (what the tree shows without opening the
 * article), kept in a file between runs so that reopening a 100,000-article corpus reads one JSON
 * file and stats the articles instead of analysing them. Pure: the file is read and written by the
 * shells (src/cli/corpusCache.ts; the extension may share the same file and format).
 *
 * An entry is keyed by the article's path relative to the corpus root, with '/' separators. It is
 * current while the article's size and mtime (and its sidecar's, or the sidecar's absence) are the
 * ones recorded: a stat, no read. The text's sha256 is kept too, so a touched-but-unchanged file
 * (new mtime, same hash) can be recognised by a caller that reads it. The whole cache is dropped
 * when the extractor version changes, since every summary may then differ.
 */
import type { ArticleSummary, ReviewStatus, SidecarState, SpeakerCount } from '../corpus/types';
import { REVIEW_STATUSES, SIDECAR_STATES } from '../corpus/types';

export const CORPUS_CACHE_FORMAT = 'corpus-review/index/v1';

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
  readonly entries: Readonly<Record<string, CacheEntry>>;
}

export type CacheParse = { ok: true; cache: CorpusCache; dropped: number } | { ok: false; reason: string };

export function emptyCache(extractor: string, sidecarSuffix: string): CorpusCache {
  return { format: CORPUS_CACHE_FORMAT, extractor, sidecarSuffix, entries: {} };
}

/** True when the entry still describes the article and sidecar these stamps come from. */
export function isEntryCurrent(entry: CacheEntry | undefined, article: FileStamp, sidecar: FileStamp | null): entry is CacheEntry {
  if (!entry || entry.size !== article.size || entry.mtimeMs !== article.mtimeMs) return false;
  if (entry.sidecar === null || sidecar === null) return entry.sidecar === sidecar;
  return entry.sidecar.size === sidecar.size && entry.sidecar.mtimeMs === sidecar.mtimeMs;
}

/** Cache keys use '/' whatever the platform, so one file serves Windows and POSIX readers alike. */
export function cacheKey(relativePath: string): string {
  return relativePath.replace(/\\/g, '/');
}

export function serialiseCache(cache: CorpusCache): string {
  return JSON.stringify(cache);
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
  if (!isObj(data) || data['format'] !== CORPUS_CACHE_FORMAT || !isObj(data['entries'])) return { ok: false, reason: `the index cache is not ${CORPUS_CACHE_FORMAT}` };
  if (data['extractor'] !== extractor) return { ok: false, reason: `the index cache was made by extractor ${String(data['extractor'])}, this is ${extractor}` };
  if (data['sidecarSuffix'] !== sidecarSuffix) return { ok: false, reason: `the index cache was made for sidecars named *${String(data['sidecarSuffix'])}` };
  const entries: Record<string, CacheEntry> = {};
  let dropped = 0;
  for (const [key, entry] of Object.entries(data['entries'])) {
    // A key climbing out of the root is never ours; refusing it keeps a shell from reading elsewhere.
    if (isEntry(entry) && key !== '' && !key.split('/').includes('..') && !key.startsWith('/')) entries[key] = entry;
    else dropped++;
  }
  return { ok: true, cache: { format: CORPUS_CACHE_FORMAT, extractor, sidecarSuffix, entries }, dropped };
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
