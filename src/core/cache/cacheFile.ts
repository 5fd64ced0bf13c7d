/**
 * The index cache's file text (format in indexCache.ts), laid out by column: one array of keys,
 * and for each field of `fields` one array holding that field for every key, in the same order.
 * At 100,000 articles this parses in about half the time of one object per article (no 100,000
 * objects and property tables to build before a summary can be made), and a reopened tree waits
 * for this parse.
 *
 * The text is one JSON document, written with a line break before each part, so that a reader
 * holding the file's bytes can decode and parse one column at a time (readCacheBytes): at 100,000
 * articles that keeps about 60 MB of parsed JSON from existing at once in the extension host. A
 * file without these line breaks (hand-made, or from an earlier writer) is the same document and
 * is read whole (readCacheText). Line breaks cannot occur inside the parts: JSON.stringify escapes
 * them in strings.
 *
 *   {"format":"corpus-review/index/v2","extractor":"0.1.0","sidecarSuffix":".meta.yaml","analysis":"cli/id/corpus-signals","fields":["size","mtimeMs",…,"error"],
 *   "keys":["000/a.txt","000/b.txt"],
 *   "columns":[
 *   [1601,1702],
 *   [1795489213403.5,1795489213411],
 *   …
 *   [null,null]
 *   ]}
 *
 * `speakers` holds, per article, a flat list: name, number of quotes, name, number… A value that
 * does not fit its field drops that one entry (counted), never the file (cacheColumns.ts).
 */
import { DecodedColumns } from './cacheColumns';
import { scanStringArray, StringRanges } from './stringRanges';

export type { DecodedColumns, StringRanges };
export { releaseBuffer } from './cacheColumns';
import { CORPUS_CACHE_FORMAT, type CacheEntry, type CacheHeader, type CorpusCache } from './indexCache';

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

/** Field number `field` (ENTRY_FIELDS order) of an entry, as the file holds it. */
export function entryValue(e: CacheEntry, field: number): unknown {
  const s = e.summary;
  switch (ENTRY_FIELDS[field]) {
    case 'size': return e.size;
    case 'mtimeMs': return e.mtimeMs;
    case 'sha256': return e.sha256;
    case 'sidecarSize': return e.sidecar?.size ?? null;
    case 'sidecarMtimeMs': return e.sidecar?.mtimeMs ?? null;
    case 'status': return s.status;
    case 'sidecar': return s.sidecar;
    case 'headline': return s.headline;
    case 'date': return s.date;
    case 'outlet': return s.outlet;
    case 'speakers': return s.speakers.flatMap((sp) => [sp.name, sp.quotes]);
    case 'quoteCount': return s.quoteCount;
    case 'boilerplateShare': return s.boilerplateShare;
    case 'error': return s.error ?? null;
    default: return null;
  }
}

export function addEntry(target: CacheColumns, key: string, e: CacheEntry): void {
  target.keys.push(key);
  for (let f = 0; f < ENTRY_FIELDS.length; f++) (target.columns[f] as unknown[]).push(entryValue(e, f));
}

/**
 * The file's text around its parts: `opening`, the keys' JSON, `middle`, the columns' JSON joined
 * by `separator`, `closing` (so that a writer can encode it part by part, never as one string).
 */
export function cacheLayout(header: CacheHeader): { opening: string; middle: string; separator: string; closing: string } {
  const { format, extractor, sidecarSuffix, analysis } = header;
  return { opening: `${JSON.stringify({ format, extractor, sidecarSuffix, analysis, fields: ENTRY_FIELDS }).slice(0, -1)},\n"keys":`, middle: ',\n"columns":[\n', separator: ',\n', closing: '\n]}' };
}

/**
 * The file's text from its header and its parts already serialised: `keysJson` is
 * JSON.stringify(columns.keys) and `columnJsons[i]` JSON.stringify(columns.columns[i]). (A caller
 * with 100,000 entries can make those one at a time, yielding in between.)
 */
export function assembleCacheText(header: CacheHeader, keysJson: string, columnJsons: readonly string[]): string {
  const { opening, middle, separator, closing } = cacheLayout(header);
  return `${opening}${keysJson}${middle}${columnJsons.join(separator)}${closing}`;
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

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const PARENT_SEGMENT = /(?:^|\/)\.\.(?:\/|$)/;

export type CacheRead = { ok: true; analysis: string; dropped: number } | { ok: false; reason: string };

/** What a reader does with each good entry, and how it wants them. */
export interface CacheReader {
  readonly extractor: string;
  readonly sidecarSuffix: string;
  onEntry(key: string, entry: CacheEntry, analysis: string): void;
  /**
   * When given, called for each good entry instead of onEntry, with the decoded columns and the
   * entry's number in them: a reader of 100,000 entries (the extension's SummaryStore) then reads
   * the values it keeps straight from the columns, and no object is made per entry.
   */
  onDecoded?(key: string, columns: DecodedColumns, i: number, analysis: string): void;
  /**
   * When given (with onDecoded), readCacheBytes leaves the keys and the headlines inside their
   * decoded lines (StringRanges: no string per entry) and calls this for each good entry instead of
   * onDecoded; key i is `keys.valueAt(i)`. A file read whole still goes to onDecoded.
   */
  onDecodedRange?(keys: StringRanges, columns: DecodedColumns, i: number, analysis: string): void;
  /** When given, each summary is made as an ArticleSummary with this id: a reader showing 100,000 of them then makes one object per article, not two. */
  idFor?(key: string): string;
  /** Whether entries keep their sha256 (only the CLI uses it); otherwise it is '' in every entry. */
  readonly keepSha256?: boolean;
}

/** Why the file's opening (everything but keys and columns) is not one this version reads, or null when it is. */
function headerProblem(data: unknown, reader: CacheReader): string | null {
  if (isObj(data) && typeof data['format'] === 'string' && /^corpus-review\/index\/v\d+$/.test(data['format']) && data['format'] !== CORPUS_CACHE_FORMAT) {
    return `the index cache is in another format (${data['format']}, this is ${CORPUS_CACHE_FORMAT})`;
  }
  if (!isObj(data) || data['format'] !== CORPUS_CACHE_FORMAT || typeof data['analysis'] !== 'string') return `the index cache is not ${CORPUS_CACHE_FORMAT}`;
  if (JSON.stringify(data['fields']) !== JSON.stringify(ENTRY_FIELDS)) return `the index cache's fields are ${JSON.stringify(data['fields'])}, not the ones this version reads`;
  if (data['extractor'] !== reader.extractor) return `the index cache was made by extractor ${String(data['extractor'])}, this is ${reader.extractor}`;
  if (data['sidecarSuffix'] !== reader.sidecarSuffix) return `the index cache was made for sidecars named *${String(data['sidecarSuffix'])}`;
  return null;
}

/**
 * The entries of a file whose opening passed headerProblem: `column(f)` gives field f's parsed
 * array (asked once each, in order, so that a caller can parse it just then). Entries with a value
 * that does not fit, and keys climbing out of the corpus root, are dropped one by one (counted).
 */
function readEntries(analysis: string, keys: unknown, column: (field: number) => unknown, reader: CacheReader): CacheRead {
  const notThis = { ok: false, reason: `the index cache is not ${CORPUS_CACHE_FORMAT}` } as const;
  if (keys instanceof StringRanges) return readRangeEntries(analysis, keys, column, reader);
  if (!Array.isArray(keys)) return notThis;
  const decoded = new DecodedColumns(keys.length, reader.keepSha256 ?? false);
  for (let f = 0; f < ENTRY_FIELDS.length; f++) if (!decoded.take(f, column(f))) return notThis;
  let dropped = 0;
  for (let i = 0; i < keys.length; i++) {
    const key: unknown = keys[i];
    // A key climbing out of the root is never ours; refusing it keeps a shell from reading elsewhere.
    // ('__proto__' would set a plain table's prototype; no article of the glob is named that.)
    const fits = typeof key === 'string' && key !== '' && key !== '__proto__' && !key.startsWith('/') && !PARENT_SEGMENT.test(key);
    if (reader.onDecoded) {
      if (fits && decoded.fits(i)) reader.onDecoded(key, decoded, i, analysis);
      else dropped++;
      continue;
    }
    const entry = fits ? decoded.entry(i, key.slice(key.lastIndexOf('/') + 1), reader.idFor?.(key)) : null;
    if (entry) reader.onEntry(key as string, entry, analysis);
    else dropped++;
  }
  return { ok: true, analysis, dropped };
}

/** Whether a key fits (the test readEntries makes of each key: inside the corpus root, not a prototype name). */
function keyFits(key: string): boolean {
  return key !== '' && key !== '__proto__' && !key.startsWith('/') && !PARENT_SEGMENT.test(key);
}

/** keyFits on key i of `keys` without making the key a string when it holds no escape. */
function rangeKeyFits(keys: StringRanges, i: number): boolean {
  if (keys.isNull(i)) return false;
  if (keys.escaped[i]) return keyFits(keys.valueAt(i) as string);
  const { text } = keys;
  const start = keys.start[i] as number;
  const end = keys.end[i] as number;
  if (end === start || text.charCodeAt(start) === 0x2f) return false;
  if (end - start === 9 && text.startsWith('__proto__', start)) return false;
  // A '..' segment: two dots between slashes (or the key's ends). Scanned within the key only: an
  // indexOf would search the rest of the line for every key.
  for (let at = start; at + 2 <= end; at++) {
    if (text.charCodeAt(at) !== 0x2e || text.charCodeAt(at + 1) !== 0x2e) continue;
    if ((at === start || text.charCodeAt(at - 1) === 0x2f) && (at + 2 === end || text.charCodeAt(at + 2) === 0x2f)) return false;
  }
  return true;
}

/** readEntries with the keys (and headlines) left in their lines (CacheReader.onDecodedRange). */
function readRangeEntries(analysis: string, keys: StringRanges, column: (field: number) => unknown, reader: CacheReader): CacheRead {
  const decoded = new DecodedColumns(keys.length, reader.keepSha256 ?? false);
  for (let f = 0; f < ENTRY_FIELDS.length; f++) if (!decoded.take(f, column(f))) return { ok: false, reason: `the index cache is not ${CORPUS_CACHE_FORMAT}` };
  let dropped = 0;
  for (let i = 0; i < keys.length; i++) {
    if (rangeKeyFits(keys, i) && decoded.fits(i)) reader.onDecodedRange?.(keys, decoded, i, analysis);
    else dropped++;
  }
  decoded.release();
  return { ok: true, analysis, dropped };
}

/**
 * Reads a cache file's text, handing each good entry to `reader.onEntry` (no intermediate table: a
 * reader with 100,000 entries builds its own structures once). Fails (never throws) when the text
 * is not JSON, not this format and layout, or from another extractor version or sidecar suffix:
 * the caller then rebuilds.
 */
export function readCacheText(text: string, reader: CacheReader): CacheRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `the index cache is not JSON (${(e as Error).message})` };
  }
  const problem = headerProblem(data, reader);
  if (problem !== null) return { ok: false, reason: problem };
  const file = data as { analysis: string; keys: unknown; columns: unknown };
  const columns = file.columns;
  if (!Array.isArray(columns) || columns.length !== ENTRY_FIELDS.length) return { ok: false, reason: `the index cache is not ${CORPUS_CACHE_FORMAT}` };
  return readEntries(file.analysis, file.keys, (f) => {
    const values: unknown = columns[f];
    columns[f] = null; // taken: its parsed values can go as soon as they are decoded
    return values;
  }, reader);
}

const NEWLINE = 0x0a;
const OPEN = 0x5b;
const CLOSE = 0x5d;

/**
 * readCacheText from the file's bytes, decoding and parsing one part (line) at a time when the
 * file has the line layout assembleCacheText writes, and the whole text otherwise.
 */
export function readCacheBytes(bytes: Uint8Array, reader: CacheReader): CacheRead {
  const decoder = new TextDecoder('utf-8');
  const fields = ENTRY_FIELDS.length;
  const lines: [number, number][] = [];
  for (let start = 0; start <= bytes.length && lines.length <= fields + 4; ) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    lines.push([start, end]);
    start = end + 1;
  }
  const text = (i: number): string => decoder.decode(bytes.subarray(...(lines[i] as [number, number])));
  /** Line i's array (from its first '[' to its last ']'), or undefined when it has none or does not parse. */
  const array = (i: number, opening: string): unknown => {
    const [start, end] = lines[i] as [number, number];
    if (decoder.decode(bytes.subarray(start, Math.min(end, start + opening.length))) !== opening) return undefined;
    const from = bytes.indexOf(OPEN, start);
    const to = bytes.lastIndexOf(CLOSE, end - 1);
    if (from < 0 || to < from) return undefined;
    try {
      return JSON.parse(decoder.decode(bytes.subarray(from, to + 1))) as unknown;
    } catch {
      return undefined;
    }
  };
  /** Line i's array of strings left in its text (StringRanges), or undefined when it is not one. */
  const ranges = (i: number, opening: string, nullable: boolean): StringRanges | undefined => {
    const line = text(i);
    if (!line.startsWith(opening)) return undefined;
    return scanStringArray(line, line.indexOf('['), line.lastIndexOf(']'), nullable);
  };
  const inRanges = reader.onDecodedRange !== undefined;
  const whole = (): CacheRead => readCacheText(decoder.decode(bytes), reader);
  if (lines.length !== fields + 4 || text(2) !== '"columns":[' || text(fields + 3) !== ']}') return whole();
  const opening = text(0);
  let header: unknown;
  try {
    header = JSON.parse(`${opening.slice(0, -1)}}`);
  } catch {
    return whole();
  }
  if (!opening.endsWith(',')) return whole();
  const problem = headerProblem(header, reader);
  if (problem !== null) return { ok: false, reason: problem };
  const keys = inRanges ? ranges(1, '"keys":[', false) : array(1, '"keys":[');
  // A part that does not parse: the whole text says why (and a damaged file is rewritten).
  let damaged = keys === undefined;
  const read = damaged ? null : readEntries((header as { analysis: string }).analysis, keys, (f) => {
    const values = inRanges && ENTRY_FIELDS[f] === 'headline' ? ranges(3 + f, '[', true) : array(3 + f, '[');
    if (values === undefined) damaged = true;
    return values;
  }, reader);
  return damaged || !read ? whole() : read;
}

export type CacheParse = { ok: true; cache: CorpusCache; dropped: number } | { ok: false; reason: string };

/** readCacheText into one CorpusCache (the CLI's way: a table keyed by article path). A key listed twice keeps its last entry. */
export function parseCache(text: string, extractor: string, sidecarSuffix: string): CacheParse {
  const entries: Record<string, CacheEntry> = {};
  const read = readCacheText(text, { extractor, sidecarSuffix, keepSha256: true, onEntry: (key, entry) => (entries[key] = entry) });
  return read.ok ? { ok: true, cache: { format: CORPUS_CACHE_FORMAT, extractor, sidecarSuffix, analysis: read.analysis, entries }, dropped: read.dropped } : read;
}
