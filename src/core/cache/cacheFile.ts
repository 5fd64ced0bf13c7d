/**
 * The index cache's file text (format in indexCache.ts). Each entry is one JSON array (a row) in
 * the order `fields` names, not an object: at 100,000 articles the file is half the size and
 * parses in half the time, and reopening a corpus starts with that parse.
 *
 *   {"format":"corpus-review/index/v2","extractor":"0.1.0","sidecarSuffix":".meta.yaml",
 *    "analysis":"cli/id/corpus-signals","fields":["size","mtimeMs",…],
 *    "entries":{"000/a.txt":[1601,1795489213403.5,"<sha256>",900,1795489214000,"unreviewed",
 *      "fresh","Headline","2025-03-10","Outlet",["Speaker",2,"Other",1],3,0.25]}}
 *
 * A row that does not fit the layout is dropped (and counted), never trusted.
 */
import type { ArticleSummary, ReviewStatus, SidecarState } from '../corpus/types';
import { REVIEW_STATUSES, SIDECAR_STATES } from '../corpus/types';
import { CORPUS_CACHE_FORMAT, type CacheEntry, type CacheHeader, type CachedSummary, type CorpusCache } from './indexCache';

/** The row layout, written into every file so that a reader can refuse a layout it does not know. */
export const ENTRY_FIELDS = ['size', 'mtimeMs', 'sha256', 'sidecarSize', 'sidecarMtimeMs', 'status', 'sidecar', 'headline', 'date', 'outlet', 'speakers', 'quoteCount', 'boilerplateShare', 'error'] as const;

type Row = unknown[];

const PARENT_SEGMENT = /(?:^|\/)\.\.(?:\/|$)/;

export function encodeEntry(e: CacheEntry): Row {
  const s = e.summary;
  const speakers: (string | number)[] = [];
  for (const sp of s.speakers) speakers.push(sp.name, sp.quotes);
  const row: Row = [e.size, e.mtimeMs, e.sha256, e.sidecar?.size ?? null, e.sidecar?.mtimeMs ?? null, s.status, s.sidecar, s.headline, s.date, s.outlet, speakers, s.quoteCount, s.boilerplateShare];
  if (s.error !== undefined) row.push(s.error);
  return row;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The entry a row stands for, or null when the row does not fit the layout. `name` is the key's
 * last segment. With `id`, the summary is made as a whole ArticleSummary (that id, indexed): a
 * reader showing 100,000 of them then makes one object per article, not two.
 */
export function decodeEntry(key: string, row: unknown, id?: string): CacheEntry | null {
  if (!Array.isArray(row) || row.length < 13 || row.length > 14) return null;
  const [size, mtimeMs, sha256, sidecarSize, sidecarMtimeMs, status, sidecar, headline, date, outlet, flat, quoteCount, share, error] = row as unknown[];
  if (!isNum(size) || !isNum(mtimeMs) || typeof sha256 !== 'string') return null;
  const noSidecar = sidecarSize === null && sidecarMtimeMs === null;
  if (!noSidecar && !(isNum(sidecarSize) && isNum(sidecarMtimeMs))) return null;
  if (!REVIEW_STATUSES.includes(status as ReviewStatus) || !SIDECAR_STATES.includes(sidecar as SidecarState)) return null;
  if (!isStrOrNull(headline) || !isStrOrNull(date) || !isStrOrNull(outlet) || !isNum(quoteCount)) return null;
  if (!(share === null || (isNum(share) && share <= 1)) || !(error === undefined || typeof error === 'string')) return null;
  if (!Array.isArray(flat) || flat.length % 2) return null;
  const speakers: { name: string; quotes: number }[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const name: unknown = flat[i];
    const quotes: unknown = flat[i + 1];
    if (typeof name !== 'string' || !isNum(quotes)) return null;
    speakers.push({ name, quotes });
  }
  // Object literals of one shape (no spread): a reopen builds 100,000 of these before the tree shows.
  const name = key.slice(key.lastIndexOf('/') + 1);
  const st = status as ReviewStatus;
  const state = sidecar as SidecarState;
  let summary: CachedSummary | ArticleSummary;
  if (id === undefined) {
    summary = error === undefined ? { name, headline, date, outlet, status: st, sidecar: state, speakers, quoteCount, boilerplateShare: share } : { name, headline, date, outlet, status: st, sidecar: state, speakers, quoteCount, boilerplateShare: share, error };
  } else {
    summary = error === undefined
      ? { id, name, headline, date, outlet, status: st, sidecar: state, speakers, quoteCount, boilerplateShare: share, indexed: true }
      : { id, name, headline, date, outlet, status: st, sidecar: state, speakers, quoteCount, boilerplateShare: share, indexed: true, error };
  }
  return { size, mtimeMs, sha256, sidecar: noSidecar ? null : { size: sidecarSize as number, mtimeMs: sidecarMtimeMs as number }, summary };
}

/** One entry as `"key":[…]`; a caller with 100,000 of them can make these in slices (see cacheText). */
export function serialiseEntry(key: string, entry: CacheEntry): string {
  return `${JSON.stringify(key)}:${JSON.stringify(encodeEntry(entry))}`;
}

/** The file's text from its header and its serialised entries (serialiseEntry). */
export function cacheText(header: CacheHeader, entryTexts: readonly string[]): string {
  const { format, extractor, sidecarSuffix, analysis } = header;
  return `${JSON.stringify({ format, extractor, sidecarSuffix, analysis, fields: ENTRY_FIELDS }).slice(0, -1)},"entries":{${entryTexts.join(',')}}}`;
}

export function serialiseCache(cache: CorpusCache): string {
  const { entries, ...header } = cache;
  return cacheText(header, Object.entries(entries).map(([key, entry]) => serialiseEntry(key, entry)));
}

export type CacheRead = { ok: true; analysis: string; dropped: number } | { ok: false; reason: string };

/**
 * Reads a cache file's text, handing each good entry to `onEntry` (no intermediate table: a
 * reader with 100,000 entries builds its own structures once). Fails (never throws) when the text
 * is not JSON, not this format and layout, or from another extractor version or sidecar suffix:
 * the caller then rebuilds. Rows of the wrong shape, and keys climbing out of the corpus root,
 * are dropped one by one (counted): one damaged entry costs one re-read, not all.
 */
export function readCacheText(
  text: string,
  extractor: string,
  sidecarSuffix: string,
  onEntry: (key: string, entry: CacheEntry, analysis: string) => void,
  /** When given, each summary is made as an ArticleSummary with this id (see decodeEntry). */
  idFor?: (key: string) => string,
): CacheRead {
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
  if (JSON.stringify(data['fields']) !== JSON.stringify(ENTRY_FIELDS)) return { ok: false, reason: `the index cache's rows are laid out as ${JSON.stringify(data['fields'])}, not as this version reads them` };
  if (data['extractor'] !== extractor) return { ok: false, reason: `the index cache was made by extractor ${String(data['extractor'])}, this is ${extractor}` };
  if (data['sidecarSuffix'] !== sidecarSuffix) return { ok: false, reason: `the index cache was made for sidecars named *${String(data['sidecarSuffix'])}` };
  let dropped = 0;
  const analysis = data['analysis'];
  for (const key in data['entries']) {
    // A key climbing out of the root is never ours; refusing it keeps a shell from reading elsewhere.
    if (key === '' || key.startsWith('/') || PARENT_SEGMENT.test(key)) {
      dropped++;
      continue;
    }
    const entry = decodeEntry(key, data['entries'][key], idFor?.(key));
    if (entry) onEntry(key, entry, analysis);
    else dropped++;
  }
  return { ok: true, analysis, dropped };
}

export type CacheParse = { ok: true; cache: CorpusCache; dropped: number } | { ok: false; reason: string };

/** readCacheText into one CorpusCache (the CLI's way: a table keyed by article path). */
export function parseCache(text: string, extractor: string, sidecarSuffix: string): CacheParse {
  const entries: Record<string, CacheEntry> = {};
  const read = readCacheText(text, extractor, sidecarSuffix, (key, entry) => (entries[key] = entry));
  return read.ok ? { ok: true, cache: { format: CORPUS_CACHE_FORMAT, extractor, sidecarSuffix, analysis: read.analysis, entries }, dropped: read.dropped } : read;
}
