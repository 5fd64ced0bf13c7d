/**
 * The corpus index cache for the extension: `<corpus root>/.corpus-review/index.json`, the file
 * the CLI's `extract --write` writes too, in the one format of src/core/cache (read and written
 * through localFiles.ts: Node's fs for a local file, `vscode.workspace.fs` otherwise, so VS Code
 * for the web keeps it as well).
 *
 * Reading: a missing file is normal (first open); a damaged, old-format or other-version file is
 * ignored with a log line and rebuilt. Writing: only in a trusted workspace, through a temporary
 * file renamed over the old one (writePartsAtomic, part by part), after a long pass yielding
 * between slices so that serialising 100,000 entries never blocks the host for long.
 */
import * as vscode from 'vscode';
import { EXTRACTOR_VERSION } from '../core';
import { SIDECAR_STATES, type RowStamps, type SummaryStore } from '../core/corpus';
import { isNameOf } from '../core/corpus/rowSummary';
import {
  CACHE_DIR,
  CACHE_FILE,
  CORPUS_CACHE_FORMAT,
  MAX_CACHE_FILE_BYTES,
  cacheLayout,
  ENTRY_FIELDS,
  readCacheBytes,
  releaseBuffer,
  type CacheHeader,
  type DecodedColumns,
  type StringRanges,
} from '../core/cache';
import { isLocalFile, readBytes, statStamp, writePartsAtomic } from './localFiles';
import { sliceYielder, yieldToHost } from './workspaceFiles';

/** The article's and its sidecar's stamps when its summary was made. */
export type ArticleStamps = RowStamps;

/** Keys whose Uri string is the root's plus the key as it is (no character needs escaping, no '.', '..' or empty segment). */
const PLAIN_KEY = /^[A-Za-z0-9\-._~]+(?:\/[A-Za-z0-9\-._~]+)*$/;
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;

const isPlainKey = (key: string): boolean => PLAIN_KEY.test(key) && !DOT_SEGMENT.test(key);

/** isPlainKey for `text.slice(start, end)`, without making that string (a reopen asks 100,000 times). */
function isPlainKeyRange(text: string, start: number, end: number): boolean {
  let segmentStart = start;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 0x2f : text.charCodeAt(i);
    if (c === 0x2f) {
      const length = i - segmentStart;
      // An empty segment, '.' or '..' is not plain.
      if (length === 0 || (length <= 2 && text.charCodeAt(segmentStart) === 0x2e && (length === 1 || text.charCodeAt(segmentStart + 1) === 0x2e))) return false;
      segmentStart = i + 1;
      continue;
    }
    const plain = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x5f || c === 0x7e;
    if (!plain) return false;
  }
  return true;
}

/** The Uri string of the article `key` names below `root`, as `Uri.joinPath(root, key).toString()` gives it (without making a Uri when it can). */
export function articleIdFor(root: vscode.Uri, rootId: string, key: string): string {
  if (isPlainKey(key)) return rootId.endsWith('/') ? rootId + key : `${rootId}/${key}`;
  return vscode.Uri.joinPath(root, ...key.split('/')).toString();
}

/** The name a row keeps for the article `key` names (undefined: the id's own, see nameOf): a plain key's last segment always is. */
function keptName(key: string, id: string): string | undefined {
  if (isPlainKey(key)) return undefined;
  const name = key.slice(key.lastIndexOf('/') + 1);
  return isNameOf(name, id) ? undefined : name;
}

export function cacheUriFor(root: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(root, CACHE_DIR, CACHE_FILE);
}

/**
 * How the extension's engine runs for the tree (the language and the user's boilerplate patterns,
 * no corpus signals), as the cache's `analysis` records it: a summary the engine made under other
 * settings (or by the CLI, with corpus signals) is re-made, never shown.
 */
export function extensionAnalysis(): string {
  const config = vscode.workspace.getConfiguration('corpusReview');
  return `extension/${config.get<string>('language', 'id')}/${JSON.stringify(config.get<unknown>('extraBoilerplatePatterns', []))}`;
}

/** Size and mtime of a file, null when it does not exist or cannot be stat'ed (Node's fs for local files: localFiles.ts). */
export { statStamp };

/** The article's key in its root's cache ('/'-separated path below the root), or null when it is not below it. */
export function keyBelow(root: vscode.Uri, uri: vscode.Uri): string | null {
  if (root.scheme !== uri.scheme || root.authority !== uri.authority) return null;
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : null;
}

/**
 * Every root's cache, each good entry added to `into` (its summary, and the stamps it was made
 * from as unchecked cached stamps) when `wanted(id)` says so (undefined: every entry; an article
 * below two roots comes once per root; the first one is kept). Returns how many good entries the
 * files held. Never throws.
 */
export async function loadIndexCaches(roots: readonly vscode.Uri[], suffix: string, analysis: string, log: (line: string) => void, into: SummaryStore, wanted?: (id: string) => boolean): Promise<number> {
  let found = 0;
  for (const root of roots) {
    const uri = cacheUriFor(root);
    let bytes: Uint8Array | null;
    let local = false;
    try {
      const stat = await statStamp(uri);
      if (stat === null) continue; // none yet: normal on a first open
      if (stat.size > MAX_CACHE_FILE_BYTES) {
        log(`index cache ${uri.fsPath} ignored: ${stat.size} bytes, over the limit of ${MAX_CACHE_FILE_BYTES}; indexing from the files`);
        continue;
      }
      bytes = await readBytes(uri);
      if (bytes === null) continue;
      local = isLocalFile(uri);
    } catch (e) {
      log(`index cache ${uri.fsPath}: cannot read it (${(e as Error).message}); indexing from the files`);
      continue;
    }
    performance.mark('corpus-review/cache-read');
    const rootId = root.toString();
    // summaryReusable on the columns' values (SIDECAR_STATES: 'fresh' and 'conflict').
    const reusable = (columns: DecodedColumns, i: number, cacheAnalysis: string): boolean => {
      const state = SIDECAR_STATES[columns.stateNumberAt(i)];
      return ((state === 'fresh' || state === 'conflict') && columns.errorAt(i) === undefined) || cacheAnalysis === analysis;
    };
    const onDecoded = (key: string, columns: DecodedColumns, i: number, cacheAnalysis: string): void => {
      found++;
      const id = articleIdFor(root, rootId, key);
      if (into.has(id) || (wanted && !wanted(id))) return;
      into.setCachedRow(into.add(id), columns, i, keptName(key, id), reusable(columns, i, cacheAnalysis));
    };
    // The id of a plain key is the root's Uri string, '/' and the key (articleIdFor): rows keep
    // ranges of the keys' line under that prefix, not a string each (SummaryStore.addRange).
    const prefixText = rootId.endsWith('/') ? rootId : `${rootId}/`;
    const prefix = into.idPrefix(prefixText);
    let keysText: { ranges: StringRanges; number: number } | undefined;
    // Decoded and parsed a column at a time (readCacheBytes): the whole text is never one string.
    // Each row is filled straight from the decoded columns: no object per entry, and (onDecodedRange)
    // keys and headlines stay in their lines.
    const read = readCacheBytes(bytes, {
      extractor: EXTRACTOR_VERSION,
      sidecarSuffix: suffix,
      onEntry: () => undefined,
      onDecoded,
      onDecodedRange: (keys, columns, i, cacheAnalysis) => {
        const start = keys.start[i] as number;
        const end = keys.end[i] as number;
        if (keys.escaped[i] || !isPlainKeyRange(keys.text, start, end)) return onDecoded(keys.valueAt(i) as string, columns, i, cacheAnalysis);
        found++;
        if (keysText?.ranges !== keys) {
          keysText = { ranges: keys, number: into.idText(keys.text) };
          into.reserveFor(keys.length);
        }
        if (into.rowOfRange(prefix, keysText.number, start, end) >= 0) return;
        if (wanted && !wanted(prefixText + keys.text.slice(start, end))) return;
        // A plain key's last segment is the name the id gives (keptName): none kept.
        into.setCachedRow(into.addRange(prefix, keysText.number, start, end, keys.text), columns, i, undefined, reusable(columns, i, cacheAnalysis));
      },
    });
    performance.mark('corpus-review/cache-parsed');
    // The file's bytes (20 MB at 100,000 articles) are done with: freed now, not at V8's next full
    // collection (only a buffer of its own, as Node's fs gives; nothing read above points into it).
    if (local) releaseBuffer(bytes);
    if (!read.ok) log(`index cache ${uri.fsPath} ignored: ${read.reason}; indexing from the files (it is rewritten afterwards)`);
    else if (read.dropped) log(`index cache ${uri.fsPath}: ${read.dropped} damaged entries ignored`);
  }
  return found;
}

/** The key of the article `id` in the cache of the root whose Uri string is `rootId`, or null when it is not below it. */
function keyOf(root: vscode.Uri, rootId: string, id: string): string | null {
  const base = rootId.endsWith('/') ? rootId : `${rootId}/`;
  if (!id.startsWith(base)) return null;
  const rest = id.slice(base.length);
  // Most ids need no decoding (see articleIdFor): the key is the rest of the string as it is.
  if (PLAIN_KEY.test(rest) && !DOT_SEGMENT.test(rest)) return rest;
  return keyBelow(root, vscode.Uri.parse(id, true));
}

/**
 * Writes one root's cache with the store's articles below it that are indexed and were checked
 * against their files in this session (rows with stamps, not the cache's), yielding to the host
 * between slices of serialisation. Throws the file system's error (the caller logs it).
 */
export async function saveIndexCache(root: vscode.Uri, store: SummaryStore, suffix: string, analysis: string, isCancelled: () => boolean): Promise<boolean> {
  const header: CacheHeader = { format: CORPUS_CACHE_FORMAT, extractor: EXTRACTOR_VERSION, sidecarSuffix: suffix, analysis };
  const breathe = sliceYielder();
  const rootId = root.toString();
  const base = rootId.endsWith('/') ? rootId : `${rootId}/`;
  // The rows to write, as numbers, and the key of a row only where it is not the rest of its id
  // (a percent-encoded or dot segment, rare): no key string per row is kept while sorting and
  // writing (100,000 of them lived through the whole write, and were promoted to the old
  // generation at the very end of a cold build, where its peak memory was).
  let rows = new Int32Array(store.count);
  let count = 0;
  const otherKeys = new Map<number, string>();
  for (const row of store.rows()) {
    if (store.isFromCache(row) || !store.isIndexed(row) || !store.stampsAt(row)) continue;
    const id = store.idAt(row);
    const key = keyOf(root, rootId, id);
    if (key === null) continue;
    if (key.length !== id.length - base.length || !id.startsWith(key, base.length)) otherKeys.set(row, key);
    rows[count++] = row;
    await breathe();
    if (isCancelled()) return false;
  }
  if (!count) return false;
  rows = rows.slice(0, count);
  const keyAt = (row: number): string => otherKeys.get(row) ?? store.idAt(row).slice(base.length);
  // In key order: a reopen lists the articles in the file's order, and the tree, which shows them
  // sorted, then sorts a list that already is (about 3 times faster at 100,000 articles). Two keys
  // that are the rest of their ids (all under one base) are in their ids' order, compared in the store.
  const byKey = (a: number, b: number): number => {
    if (!otherKeys.has(a) && !otherKeys.has(b)) return store.compareIds(a, b) < 0 ? -1 : 1;
    return keyAt(a) < keyAt(b) ? -1 : 1;
  };
  const sortedRows = rows.sort(byKey);
  await yieldToHost();
  if (isCancelled()) return false;
  // Column by column, WRITE_CHUNK entries at a time, each chunk encoded and written as soon as it
  // is made (with a yield between): only one chunk's values and JSON exist at a time, and neither
  // a column (10 MB of headlines at 100,000 articles) nor the file is ever whole in memory
  // (writePartsAtomic). Values are read from the store's columns (columnValue): no entry object
  // per row and field.
  const { opening, middle, separator, closing } = cacheLayout(header);
  const encoder = new TextEncoder();
  const dir = vscode.Uri.joinPath(root, CACHE_DIR);
  await vscode.workspace.fs.createDirectory(dir);
  await removeAbandonedTemps(dir);
  /** One column's JSON array (`value(i)` for each entry), written a chunk of entries at a time; false when cancelled. */
  const writeArray = async (write: (part: Uint8Array) => Promise<void>, value: (i: number) => unknown): Promise<boolean> => {
    if (!count) await write(encoder.encode('[]'));
    for (let from = 0; from < count; from += WRITE_CHUNK) {
      await yieldToHost();
      if (isCancelled()) return false;
      const chunk: unknown[] = new Array(Math.min(WRITE_CHUNK, count - from));
      for (let i = 0; i < chunk.length; i++) chunk[i] = value(from + i);
      const json = JSON.stringify(chunk);
      // The chunks' items joined by ',' inside one '[…]': the same text as the whole column's JSON.
      await write(encoder.encode(`${from ? ',' : '['}${json.slice(1, -1)}${from + chunk.length === count ? ']' : ''}`));
    }
    return true;
  };
  return writePartsAtomic(cacheUriFor(root), async (write) => {
    await write(encoder.encode(opening));
    if (!(await writeArray(write, (i) => keyAt(sortedRows[i] as number)))) return false;
    await write(encoder.encode(middle));
    for (let field = 0; field < ENTRY_FIELDS.length; field++) {
      if (field) await write(encoder.encode(separator));
      if (!(await writeArray(write, (i) => columnValue(store, sortedRows[i] as number, field)))) return false;
    }
    await write(encoder.encode(closing));
    return true;
  });
}

/** Entries per written chunk of a column: its JSON is about 100 KB (headlines) or less. */
const WRITE_CHUNK = 1000;

/** Field number `field` (ENTRY_FIELDS order) of a row with stamps, as the file holds it (entryValue's, read from the store). */
function columnValue(store: SummaryStore, row: number, field: number): unknown {
  switch (ENTRY_FIELDS[field]) {
    case 'size': return store.articleSizeAt(row);
    case 'mtimeMs': return store.articleMtimeAt(row);
    case 'sha256': return '';
    case 'sidecarSize': return store.sidecarSizeAt(row);
    case 'sidecarMtimeMs': return store.sidecarMtimeAt(row);
    case 'status': return store.statusAt(row);
    case 'sidecar': return store.sidecarStateAt(row);
    case 'headline': return store.headlineAt(row);
    case 'date': return store.dateAt(row);
    case 'outlet': return store.outletAt(row);
    case 'speakers': return store.speakersAt(row).flatMap((sp) => [sp.name, sp.quotes]);
    case 'quoteCount': return store.quoteCountAt(row);
    case 'boilerplateShare': return store.shareAt(row);
    case 'error': return store.errorAt(row) ?? null;
    default: return null;
  }
}

/** Writes every root's index cache from the store (never in an untrusted workspace). Logs failures. */
export async function saveIndexCaches(settings: { roots: readonly vscode.Uri[]; suffix: string }, store: SummaryStore, log: (line: string) => void, cancelled: () => boolean): Promise<void> {
  if (!vscode.workspace.isTrusted) return;
  const analysis = extensionAnalysis();
  for (const root of settings.roots) {
    try {
      await saveIndexCache(root, store, settings.suffix, analysis, cancelled);
    } catch (e) {
      log(`index cache ${cacheUriFor(root).fsPath}: cannot write it (${(e as Error).message})`);
    }
  }
}

/** A temporary file this old was left by a window that closed or crashed mid-write (a write takes well under a second). */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

/** Deletes `index.json.tmp-*` files a closed or crashed window left behind (tens of MB each on a big corpus). Never throws. */
async function removeAbandonedTemps(dir: vscode.Uri): Promise<void> {
  try {
    for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
      if (!(type & vscode.FileType.File) || !name.startsWith(`${CACHE_FILE}.tmp-`)) continue;
      const temp = vscode.Uri.joinPath(dir, name);
      const stat = await vscode.workspace.fs.stat(temp);
      if (Date.now() - stat.mtime > ABANDONED_AFTER_MS) await vscode.workspace.fs.delete(temp);
    }
  } catch {
    // Best effort: another window may have removed it first.
  }
}
