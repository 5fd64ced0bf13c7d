/**
 * One full indexing pass of the corpus index (corpusIndex.ts): show the cached summaries, walk the
 * folders, stat every article (and sidecar) against its cache entry, read only what changed or is
 * new, and write the cache back when anything differed. The pass works on the index's
 * SummaryStore (one row per article, src/core/corpus/summaryStore.ts) and yields to the host in
 * slices of a few milliseconds.
 *
 * Where a row's cache entry is: a row loaded from the cache file and not checked yet holds the
 * entry itself (its summary and stamps, flagged as the cache's); any other cache entry (a pass
 * after the first, or a sub-folder's cache) waits in a second store, `cache`, until its article is
 * checked.
 */
import * as vscode from 'vscode';
import { SummaryStore, type SidecarState, type SummaryValues } from '../core/corpus';
import { nameOf } from '../core/corpus/rowSummary';
import { inspectArticle, summarizeInputs, type ArticleInputs, type Inspection, type ReadingContext } from './articleReading';
import { IndexBatchReader, type BatchArticle } from './indexBatchReader';
import { usesSeparateProcess, type SeparateProcess } from './corpusSettings';
import { extensionAnalysis, loadIndexCaches } from './corpusIndexCache';
import { sliceYielder } from './workspaceFiles';
import { walkCorpus } from './workspaceStore';

/** Work per slice before yielding to the host; small enough that typing never stutters. */
const SLICE_MS = 12;
/** How often listeners hear about summaries filled in during indexing. */
const NOTIFY_MS = 300;
/** Files stat'ed or read concurrently during indexing. */
const READ_BATCH = 64;

const yieldToHost = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What a pass needs from the index. */
export interface PassHost {
  store(): SummaryStore;
  /** Replaces the index's store (the first pass adopts the cache's; a changed listing builds a new one). */
  replaceStore(store: SummaryStore): void;
  settings(): { roots: vscode.Uri[]; suffix: string; separateProcess: SeparateProcess };
  /** The index process's bundle, for tests (default: beside the extension's). */
  readonly indexProcessModule?: string;
  isArticle(uri: vscode.Uri): boolean;
  sidecarUriFor(uri: vscode.Uri): vscode.Uri;
  readonly reading: ReadingContext;
  isConflicted(id: string): boolean;
  log(line: string): void;
  /** Articles read so far in this pass. */
  setReadDone(n: number): void;
  announceListing(): void;
  fire(touched: vscode.Uri[]): void;
  saveCaches(cancelled: () => boolean): Promise<void>;
}

/** A cached fresh summary is in conflict only if an extraction in this session said so (markConflicts), whatever the file recorded. */
function markConflict(store: SummaryStore, row: number, conflicted: () => boolean): void {
  const state: SidecarState = store.sidecarStateAt(row);
  if (state === 'fresh' || state === 'conflict') store.setSidecarState(row, conflicted() ? 'conflict' : 'fresh');
}

export async function runIndexPass(host: PassHost, cancelled: () => boolean): Promise<void> {
  const { roots, suffix, separateProcess } = host.settings();
  const analysis = extensionAnalysis();
  // A full pass does what a reopen does: it trusts the cache file, not what this session remembers
  // (settings may have changed since), and stats every article against it. On the first pass the
  // cached summaries become the index's store (no copy), so the tree shows the cached corpus before
  // a single folder is walked; they were articles under the settings the cache was written with,
  // and the walk below drops any that no longer are.
  const firstShow = host.store().count === 0;
  let cache: SummaryStore = new SummaryStore();
  const fromRoots = await loadIndexCaches(roots, suffix, analysis, host.log, cache);
  if (cancelled()) return;
  if (firstShow && cache.count) {
    for (const row of cache.liveRows()) markConflict(cache, row, () => host.isConflicted(cache.idAt(row)));
    host.replaceStore(cache);
    cache = new SummaryStore();
    host.setReadDone(0);
    host.announceListing();
  }
  // The walk gives a shown article its row in the shown store (no id string kept for it).
  const walked = host.store();
  const walk = await walkCorpus(roots, (u) => host.isArticle(u), suffix, cancelled, sliceYielder(SLICE_MS), (id) => walked.rowOf(id));
  const { listing, hasSidecar, cacheFolders } = walk;
  if (cancelled()) return;
  // A file event during the walk may have replaced the store: rows of the old one mean nothing now.
  if (host.store() !== walked) listing.forgetRows();
  // A cache in a sub-folder (the CLI run on that folder alone) vouches for its articles too; the
  // root's entries, when both have one, are the ones kept.
  const nested = cacheFolders.filter((f) => !roots.some((r) => r.toString() === f.toString()));
  if (nested.length) {
    const shown = host.store();
    await loadIndexCaches(nested, suffix, analysis, host.log, cache, (id) => !shown.isFromCache(shown.rowOf(id)));
  }
  if (cancelled()) return;
  // When the walk found exactly what is shown (a reopen where nothing was added or deleted), the
  // views have nothing new to hear; otherwise re-list, keeping what is shown for files still listed
  // so that the tree does not blank out.
  let sameListing = listing.length === host.store().count;
  for (let i = 0; sameListing && i < listing.length; i++) sameListing = listing.rowAt(i) >= 0 || host.store().has(listing.idAt(i));
  if (!sameListing) {
    const previous = host.store();
    const next = new SummaryStore();
    next.reserveFor(listing.length);
    let text: string | undefined;
    let textNumber = -1;
    let prefixNumber = -1;
    for (let i = 0; i < listing.length; i++) {
      // Rows point into the folder's joined names (no id string kept; see folderListing.ts).
      const range = listing.rangeAt(i);
      if (range.text !== text) {
        text = range.text;
        textNumber = next.idText(text);
        prefixNumber = next.idPrefix(range.prefix);
      }
      const found = next.rowOfRange(prefixNumber, textNumber, range.start, range.end);
      const row = found >= 0 ? found : next.addRange(prefixNumber, textNumber, range.start, range.end, text);
      listing.setRow(i, row);
      const id = listing.idAt(i);
      const before = previous.rowOf(id);
      const inCache = cache.rowOf(id);
      if (before >= 0) next.copyRow(row, previous, before);
      else if (inCache >= 0) {
        next.copyRow(row, cache, inCache);
        markConflict(next, row, () => host.isConflicted(id));
      }
      else next.setSummary(row, pendingValues(nameOf(id)));
      // Shown from before but not the cache's: its stamps are re-checked below, against the cache's entry if any.
      if (before >= 0 && !next.isFromCache(row)) next.setStamps(row, undefined);
    }
    host.replaceStore(next);
  }
  const store = host.store();
  // The root's file needs rewriting unless every listed article is found current in it (checked below).
  let dirty = fromRoots !== listing.length;
  host.setReadDone(0);
  if (!sameListing) host.announceListing();
  let readDone = 0;
  let sliceStart = Date.now();
  let lastNotify = Date.now();
  // The listing positions of the articles changed since the last notice, as numbers: their Uris are
  // made when the notice goes out (up to NOTIFY_MS later), so that none is kept that long (kept,
  // 100,000 Uris were promoted to the old generation during a cold build).
  let touched: number[] = [];
  const touchedUris = (positions: readonly number[]): vscode.Uri[] => positions.map((i) => vscode.Uri.parse(listing.idAt(i), true));
  const reader = new IndexBatchReader(host.reading, host.log, cancelled, usesSeparateProcess(separateProcess, listing.length), host.indexProcessModule);
  // Uris (and ids) only for the batch being read: the listing keeps ranges and rows (see walkCorpus).
  const readBatch = (at: number): Promise<{ ids: string[]; batch: vscode.Uri[]; looks: BatchArticle[] }> => {
    const ids: string[] = [];
    for (let i = at; i < Math.min(at + READ_BATCH, listing.length); i++) ids.push(listing.idAt(i));
    const batch = ids.map((id) => vscode.Uri.parse(id, true));
    const recorded = ids.map((id, i) => {
      const known = listing.rowAt(at + i);
      const row = known >= 0 ? known : store.rowOf(id);
      const inCache = cache.rowOf(id);
      return store.isFromCache(row) ? (store.isReusable(row) ? store.stampsAt(row) : undefined) : inCache >= 0 && cache.isReusable(inCache) ? cache.stampsAt(inCache) : undefined;
    });
    const mayHaveSidecar = ids.map((_, i) => hasSidecar[at + i] === 1);
    return reader.read(batch, recorded, mayHaveSidecar).then((looks) => ({ ids, batch, looks }));
  };
  // Stats and reads go out together (each is a round trip to the file service); the engine then
  // runs on what was read, one article at a time, yielding when a slice is used up. One batch at a
  // time, with an index process too: a batch requested ahead while the host fills the rows of the
  // last kept twice the host's garbage in flight, and it was promoted to the old generation (100,000
  // articles cold: host peak +153 to +187 MB in 4 runs against +192 to +221 MB with a batch ahead;
  // and at stop 12, without a process, 3 batches ahead tripled the garbage promoted).
  try {
    for (let at = 0; at < listing.length; at += READ_BATCH) {
      const { ids, batch, looks } = await readBatch(at);
      if (cancelled()) return;
      for (let i = 0; i < batch.length; i++) {
        const uri = batch[i] as vscode.Uri;
        const look = looks[i] as BatchArticle;
        // Dropped as soon as its row is filled: the batch's other texts need not outlive a slice with this one.
        looks[i] = { check: look.check };
        const id = ids[i] as string;
        // A file event during the pass may have removed the row; it comes back here, as the walk found it.
        const row = store.add(id);
        const shownIndexed = store.isIndexed(row);
        if (look.check.current) {
          // On the first pass, what is shown was made from this very entry (or is newer): keep it.
          // Otherwise the cache's entry, checked just now, is the summary.
          const inCache = cache.rowOf(id);
          if (!store.isFromCache(row) && inCache >= 0 && !(firstShow && shownIndexed)) {
            store.copyRow(row, cache, inCache);
            markConflict(store, row, () => host.isConflicted(id));
          }
        } else {
          store.setSummary(row, look.made ?? summarizeInputs(uri, look.inputs as ArticleInputs, host.reading));
          dirty = true;
        }
        store.setStamps(row, look.check.stamps);
        host.setReadDone(++readDone);
        // A current cache entry shows what the tree already shows: no change to announce.
        if (!look.check.current || !shownIndexed) touched.push(at + i);
        if (Date.now() - sliceStart > SLICE_MS) {
          if (touched.length && Date.now() - lastNotify > NOTIFY_MS) {
            host.fire(touchedUris(touched));
            touched = [];
            lastNotify = Date.now();
          }
          await yieldToHost();
          if (cancelled()) return;
          sliceStart = Date.now();
        }
      }
    }
  } finally {
    // The process's memory goes with it; batches still in flight (a cancelled pass) are dropped.
    await reader.close();
  }
  cache = new SummaryStore();
  if (touched.length) host.fire(touchedUris(touched));
  if (dirty) await host.saveCaches(cancelled);
}

/** Re-reads the given articles (an extraction rewrote their sidecars), in batches, yielding to the host between slices and firing one change per slice. */
export async function refreshArticles(host: PassHost, uris: readonly vscode.Uri[], cancelled: () => boolean): Promise<void> {
  let touched: vscode.Uri[] = [];
  let sliceStart = Date.now();
  for (let at = 0; at < uris.length; at += READ_BATCH) {
    const batch = uris.slice(at, at + READ_BATCH).filter((uri) => host.isArticle(uri));
    const looks = await Promise.all(batch.map((uri) => inspectArticle(uri, undefined, true, host.reading)));
    if (cancelled()) return;
    for (let i = 0; i < batch.length; i++) {
      const uri = batch[i] as vscode.Uri;
      const look = looks[i] as Inspection;
      if (look.current || !look.stamps) continue; // deleted meanwhile: the file watcher removes it
      const store = host.store();
      const row = store.add(uri.toString());
      store.setSummary(row, summarizeInputs(uri, look.inputs, host.reading));
      store.setStamps(row, look.stamps);
      touched.push(uri);
      if (Date.now() - sliceStart > SLICE_MS) {
        host.fire(touched);
        touched = [];
        await yieldToHost();
        if (cancelled()) return;
        sliceStart = Date.now();
      }
    }
  }
  if (touched.length) host.fire(touched);
}

/** The values of a summary for a file listed but not read yet. */
function pendingValues(name: string): SummaryValues {
  return { name, headline: null, date: null, outlet: null, status: 'unreviewed', sidecar: 'pending', speakers: [], quoteCount: 0, boilerplateShare: null, indexed: false };
}
