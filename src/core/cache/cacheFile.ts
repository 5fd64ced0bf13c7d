/**
 * The index cache's file text (format in indexCache.ts), laid out by column: one array of keys,
 * and for each field of `fields` one array holding that field for every key, in the same order.
 * At 100,000 articles this parses in about half the time of one object per article (no 100,000
 * objects and property tables to build before a summary can be made), and a reopened tree waits
 * for this parse.
 *
 *   {"format":"corpus-review/index/v2","extractor":"0.1.0","sidecarSuffix":".meta.yaml",
 *    "analysis":"cli/id/corpus-signals","fields":["size","mtimeMs",…,"error"],
 *    "keys":["000/a.txt","000/b.txt"],
 *    "columns":[[1601,1702],[1795489213403.5,1795489213411],…,[null,null]]}
 *
 * `speakers` holds, per article, a flat list: name, number of quotes, name, number… A value that
 * does not fit its field drops that one entry (counted), never the file.
 */
import type { ArticleSummary, ReviewStatus, SidecarState } from '../corpus/types';
import { REVIEW_STATUSES, SIDECAR_STATES } from '../corpus/types';
import { CORPUS_CACHE_FORMAT, type CacheEntry, type CacheHeader, type CachedSummary, type CorpusCache } from './indexCache';

/** The fields, in column order; written into every file so that a reader can refuse a layout it does not know. */
export const ENTRY_FIELDS = ['size', 'mtimeMs', 'sha256', 'sidecarSize', 'sidecarMtimeMs', 'status', 'sidecar', 'headline', 'date', 'outlet', 'speakers', 'quoteCount', 'boilerplateShare', 'error'] as const;

/** Entries by column, as the file holds them; fill with addEntry. */
export interface CacheColumns {
  readonly keys: string[];
  readonly columns: unknown[][];
}

export function emptyColumns(): CacheColumns {
  return { keys: [], columns: ENTRY_FIELDS.map(() => []) };
}

export function addEntry(target: CacheColumns, key: string, e: CacheEntry): void {
  const s = e.summary;
  const speakers: (string | number)[] = [];
  for (const sp of s.speakers) speakers.push(sp.name, sp.quotes);
  const values = [e.size, e.mtimeMs, e.sha256, e.sidecar?.size ?? null, e.sidecar?.mtimeMs ?? null, s.status, s.sidecar, s.headline, s.date, s.outlet, speakers, s.quoteCount, s.boilerplateShare, s.error ?? null];
  target.keys.push(key);
  for (let f = 0; f < values.length; f++) (target.columns[f] as unknown[]).push(values[f]);
}

/**
 * The file's text from its header and its parts already serialised: `keysJson` is
 * JSON.stringify(columns.keys) and `columnJsons[i]` JSON.stringify(columns.columns[i]). (A caller
 * with 100,000 entries can make those one at a time, yielding in between.)
 */
export function assembleCacheText(header: CacheHeader, keysJson: string, columnJsons: readonly string[]): string {
  const { format, extractor, sidecarSuffix, analysis } = header;
  return `${JSON.stringify({ format, extractor, sidecarSuffix, analysis, fields: ENTRY_FIELDS }).slice(0, -1)},"keys":${keysJson},"columns":[${columnJsons.join(',')}]}`;
}

export function cacheTextFromColumns(header: CacheHeader, columns: CacheColumns): string {
  return assembleCacheText(header, JSON.stringify(columns.keys), columns.columns.map((c) => JSON.stringify(c)));
}

export function serialiseCache(cache: CorpusCache): string {
  const { entries, ...header } = cache;
  const columns = emptyColumns();
  for (const [key, entry] of Object.entries(entries)) addEntry(columns, key, entry);
  return cacheTextFromColumns(header, columns);
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const PARENT_SEGMENT = /(?:^|\/)\.\.(?:\/|$)/;

/**
 * The entry at `i`, or null when a value does not fit its field. `name` is the key's last segment.
 * With `id`, the summary is made as a whole ArticleSummary (that id, indexed): a reader showing
 * 100,000 of them then makes one object per article, not two.
 */
function decodeAt(key: string, c: readonly unknown[][], i: number, id: string | undefined): CacheEntry | null {
  const at = (f: number): unknown => (c[f] as unknown[])[i];
  const size = at(0);
  const mtimeMs = at(1);
  const sha256 = at(2);
  const sidecarSize = at(3);
  const sidecarMtimeMs = at(4);
  const status = at(5);
  const sidecar = at(6);
  const headline = at(7);
  const date = at(8);
  const outlet = at(9);
  const flat = at(10);
  const quoteCount = at(11);
  const share = at(12);
  const error = at(13);
  if (!isNum(size) || !isNum(mtimeMs) || typeof sha256 !== 'string') return null;
  const noSidecar = sidecarSize === null && sidecarMtimeMs === null;
  if (!noSidecar && !(isNum(sidecarSize) && isNum(sidecarMtimeMs))) return null;
  if (!REVIEW_STATUSES.includes(status as ReviewStatus) || !SIDECAR_STATES.includes(sidecar as SidecarState)) return null;
  if (!isStrOrNull(headline) || !isStrOrNull(date) || !isStrOrNull(outlet) || !isNum(quoteCount) || !isStrOrNull(error)) return null;
  if (!(share === null || (isNum(share) && share <= 1))) return null;
  if (!Array.isArray(flat) || flat.length % 2) return null;
  const speakers: { name: string; quotes: number }[] = [];
  for (let k = 0; k < flat.length; k += 2) {
    const name: unknown = flat[k];
    const quotes: unknown = flat[k + 1];
    if (typeof name !== 'string' || !isNum(quotes)) return null;
    speakers.push({ name, quotes });
  }
  // Object literals of one shape (no spread): a reopen builds 100,000 of these before the tree shows.
  const name = key.slice(key.lastIndexOf('/') + 1);
  const st = status as ReviewStatus;
  const state = sidecar as SidecarState;
  let summary: CachedSummary | ArticleSummary;
  if (id === undefined) {
    summary = error === null ? { name, headline, date, outlet, status: st, sidecar: state, speakers, quoteCount, boilerplateShare: share } : { name, headline, date, outlet, status: st, sidecar: state, speakers, quoteCount, boilerplateShare: share, error };
  } else {
    summary = error === null
      ? { id, name, headline, date, outlet, status: st, sidecar: state, speakers, quoteCount, boilerplateShare: share, indexed: true }
      : { id, name, headline, date, outlet, status: st, sidecar: state, speakers, quoteCount, boilerplateShare: share, indexed: true, error };
  }
  return { size, mtimeMs, sha256, sidecar: noSidecar ? null : { size: sidecarSize as number, mtimeMs: sidecarMtimeMs as number }, summary };
}

export type CacheRead = { ok: true; analysis: string; dropped: number } | { ok: false; reason: string };

/**
 * Reads a cache file's text, handing each good entry to `onEntry` (no intermediate table: a
 * reader with 100,000 entries builds its own structures once). Fails (never throws) when the text
 * is not JSON, not this format and layout, or from another extractor version or sidecar suffix:
 * the caller then rebuilds. Entries with a value that does not fit, and keys climbing out of the
 * corpus root, are dropped one by one (counted): one damaged entry costs one re-read, not all.
 */
export function readCacheText(
  text: string,
  extractor: string,
  sidecarSuffix: string,
  onEntry: (key: string, entry: CacheEntry, analysis: string) => void,
  /** When given, each summary is made as an ArticleSummary with this id (see decodeAt). */
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
  const notThis = { ok: false, reason: `the index cache is not ${CORPUS_CACHE_FORMAT}` } as const;
  if (!isObj(data) || data['format'] !== CORPUS_CACHE_FORMAT || typeof data['analysis'] !== 'string') return notThis;
  const keys = data['keys'];
  const columns = data['columns'];
  if (JSON.stringify(data['fields']) !== JSON.stringify(ENTRY_FIELDS)) return { ok: false, reason: `the index cache's fields are ${JSON.stringify(data['fields'])}, not the ones this version reads` };
  if (!Array.isArray(keys) || !Array.isArray(columns) || columns.length !== ENTRY_FIELDS.length || !columns.every((c) => Array.isArray(c) && c.length === keys.length)) return notThis;
  if (data['extractor'] !== extractor) return { ok: false, reason: `the index cache was made by extractor ${String(data['extractor'])}, this is ${extractor}` };
  if (data['sidecarSuffix'] !== sidecarSuffix) return { ok: false, reason: `the index cache was made for sidecars named *${String(data['sidecarSuffix'])}` };
  const analysis = data['analysis'];
  let dropped = 0;
  for (let i = 0; i < keys.length; i++) {
    const key: unknown = keys[i];
    // A key climbing out of the root is never ours; refusing it keeps a shell from reading elsewhere.
    // ('__proto__' would set a plain table's prototype; no article of the glob is named that.)
    const entry = typeof key === 'string' && key !== '' && key !== '__proto__' && !key.startsWith('/') && !PARENT_SEGMENT.test(key) ? decodeAt(key, columns as unknown[][], i, idFor?.(key)) : null;
    if (entry) onEntry(key as string, entry, analysis);
    else dropped++;
  }
  return { ok: true, analysis, dropped };
}

export type CacheParse = { ok: true; cache: CorpusCache; dropped: number } | { ok: false; reason: string };

/** readCacheText into one CorpusCache (the CLI's way: a table keyed by article path). A key listed twice keeps its last entry. */
export function parseCache(text: string, extractor: string, sidecarSuffix: string): CacheParse {
  const entries: Record<string, CacheEntry> = {};
  const read = readCacheText(text, extractor, sidecarSuffix, (key, entry) => (entries[key] = entry));
  return read.ok ? { ok: true, cache: { format: CORPUS_CACHE_FORMAT, extractor, sidecarSuffix, analysis: read.analysis, entries }, dropped: read.dropped } : read;
}
