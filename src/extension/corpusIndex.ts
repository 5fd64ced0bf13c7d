/**
 * The extension's model of the corpus: which files are articles, a small summary of each (headline,
 * date, outlet, review status, sidecar state), and the engine's analysis on demand. Every view
 * (tree, status bar, Explorer badges, dashboard) and every command reads the corpus through here.
 *
 * Reading goes through `vscode.workspace.fs` only, so the same code runs in VS Code for the web.
 * Indexing never blocks the extension host: the folder walk and the per-article reads run in
 * slices of a few milliseconds separated by `setTimeout(0)` yields, and listeners are told as
 * summaries fill in, so a view shows what is indexed so far (file names first, headlines after).
 *
 * The index is kept between sessions in `.corpus-review/index.json` under each corpus root, the
 * file the CLI writes too (corpusIndexCache.ts, format in src/core/cache). A pass first shows
 * every cached summary, then walks the folders, stats each article (and sidecar) against its
 * entry and reads only what changed or is new, then writes the file back when anything differed.
 *
 * API (for the other contributions):
 * - `articles()`: every listed article's summary (pending ones included), in no particular order.
 * - `size`: how many articles are listed.
 * - `get(uri)`: one summary, or undefined when the file is not a known article.
 * - `isArticle(uri)`: whether a file is an article of the corpus (glob, folders, not a sidecar).
 * - `uriOf(id)`: the Uri of a summary id.
 * - `analysisFor(uri)`: the engine's analysis of the article's current text (an open editor's
 *   unsaved text wins over the file), cached per text; undefined when the file cannot be read.
 * - `sidecarUriFor(uri)`: where its sidecar lives (corpusReview.sidecarSuffix).
 * - `onDidChange`: fires with the changed article Uris, or undefined when everything may have changed.
 * - `refresh(uri?)`: re-reads one article (and its sidecar), or re-lists and re-reads everything.
 * - `whenIndexed()`: resolves when the current indexing pass has read every listed article.
 */
import * as vscode from 'vscode';
import { Minimatch } from 'minimatch';
import { analyzeText, type AnalyzeOptions, type Article, type ArticleAnalysis } from '../core';
import { toCachedSummary } from '../core/cache';
import { pendingSummary, type ArticleSummary } from '../core/corpus';
import { sidecarPathFor } from '../core/sidecar';
import { inspectArticle, summarizeInputs, type Inspection, type ReadingContext } from './articleReading';
import { cacheUriFor, extensionAnalysis, loadIndexCaches, saveIndexCache, type ArticleStamps, type CachedArticle, type SavedArticle } from './corpusIndexCache';
import { baseName, readArticleText, sidecarSuffix, sidecarUriFor } from './sidecarPaths';
import { sliceYielder } from './workspaceFiles';
import { corpusRoots, walkCorpus } from './workspaceStore';

export interface AnalysedArticle {
  readonly text: string;
  readonly article: Article;
  readonly analysis: ArticleAnalysis;
}

/** Work per slice before yielding to the host; small enough that typing never stutters. */
const SLICE_MS = 12;
/** How often listeners hear about summaries filled in during indexing. */
const NOTIFY_MS = 300;
const MAX_CACHED_ANALYSES = 32;
/** Files stat'ed or read concurrently during indexing. */
const READ_BATCH = 64;

const yieldToHost = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('corpusReview');
}

export class CorpusIndex implements vscode.Disposable {
  /**
   * Article Uri string → its Uri (made on first use: 100,000 cached entries need none to be shown),
   * its summary, and (once read or checked) the stamps the summary was made from.
   */
  private readonly entries = new Map<string, IndexEntry>();
  private readonly analyses = new Map<string, AnalysedArticle>();
  private readonly changed = new vscode.EventEmitter<readonly vscode.Uri[] | undefined>();
  private readonly indexingChanged = new vscode.EventEmitter<boolean>();
  private readonly disposables: vscode.Disposable[] = [];
  private generation = 0;
  private pass: Promise<void> = Promise.resolve();
  private running = false;
  private readDone = 0;
  /** Articles whose last extraction in this session reported a conflict (see markConflicts). */
  private readonly conflicted = new Set<string>();
  /** Sidecar Uri → article key, so a sidecar event finds its article without scanning the corpus. */
  private readonly bySidecar = new Map<string, string>();
  /** Corpus roots and the compiled glob; dropped when the settings or workspace folders change. */
  private matcher: { roots: vscode.Uri[]; glob: Minimatch; suffix: string } | undefined;
  /** Whether listeners have been told about a listing yet (the first one should show at once). */
  private listingShown = false;
  /** What reading an article needs from here (articleReading.ts). */
  private readonly reading: ReadingContext = {
    sidecarUriFor: (uri) => this.sidecarUriFor(uri),
    analyzeOptions: () => this.analyzeOptions(),
    isConflicted: (id) => this.conflicted.has(id),
  };

  /** Fires with the article Uris whose summaries changed, or undefined after a full re-listing. */
  readonly onDidChange = this.changed.event;
  /** Fires true when an indexing pass starts and false when it ends. */
  readonly onDidChangeIndexing = this.indexingChanged.event;

  constructor(
    private readonly analyzeOptions: () => AnalyzeOptions,
    /** Where a line goes when the index cache is ignored or cannot be written. */
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.disposables.push(
      this.changed,
      this.indexingChanged,
      vscode.workspace.onDidChangeConfiguration((e) => {
        const keys = ['corpusFolders', 'articleGlob', 'sidecarSuffix', 'language', 'extraBoilerplatePatterns'];
        if (keys.some((k) => e.affectsConfiguration(`corpusReview.${k}`))) {
          this.matcher = undefined;
          void this.refresh();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.matcher = undefined;
        void this.refresh();
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => this.onFileEvent(doc.uri)),
    );
    this.watch();
    // Benchmarks read these from the host's performance timeline (bench/tree-index-probe.cjs).
    performance.mark('corpus-review/index-created');
  }

  articles(): readonly ArticleSummary[] {
    return [...this.entries.values()].map((e) => e.summary);
  }

  /**
   * How long views should wait before recomputing from the whole corpus after a change: 250 ms
   * for small corpora, growing with the corpus (1 s at 100,000 articles) so that the views'
   * O(n) recomputations stay a small share of the host's time while indexing fills summaries in.
   * 0 until the first listing has been announced: a view with nothing to show should show it at once.
   */
  get settleMs(): number {
    if (!this.listingShown) return 0;
    return Math.min(2000, Math.max(250, Math.round(this.entries.size / 100)));
  }

  /** How many articles are listed (pending ones included). */
  get size(): number {
    return this.entries.size;
  }

  get(uri: vscode.Uri): ArticleSummary | undefined {
    return this.entries.get(uri.toString())?.summary;
  }

  uriOf(id: string): vscode.Uri {
    const entry = this.entries.get(id);
    if (!entry) return vscode.Uri.parse(id, true);
    return (entry.uri ??= vscode.Uri.parse(id, true));
  }

  get indexing(): boolean {
    return this.running;
  }

  /** Articles read so far in the current pass, and how many are listed. */
  get progress(): { readonly read: number; readonly total: number } {
    return { read: this.readDone, total: this.entries.size };
  }

  sidecarUriFor(uri: vscode.Uri): vscode.Uri {
    return sidecarUriFor(uri, this.settings().suffix);
  }

  /** Corpus roots, glob and sidecar suffix, read from the settings once per change (not per file). */
  private settings(): { roots: vscode.Uri[]; glob: Minimatch; suffix: string } {
    this.matcher ??= {
      roots: corpusRoots(),
      glob: new Minimatch(config().get<string>('articleGlob', '**/*.txt'), { dot: false }),
      suffix: sidecarSuffix(),
    };
    return this.matcher;
  }

  /** Whether `uri` is an article of the corpus: inside a corpus folder, matching the glob, not a sidecar or temp file. */
  isArticle(uri: vscode.Uri): boolean {
    const { roots, glob, suffix } = this.settings();
    if (uri.path.endsWith(suffix) || /\.tmp-[a-z0-9]+$/.test(uri.path)) return false;
    return roots.some((root) => {
      if (root.scheme !== uri.scheme || root.authority !== uri.authority) return false;
      const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
      return uri.path.startsWith(base) && glob.match(uri.path.slice(base.length));
    });
  }

  async whenIndexed(): Promise<void> {
    // A refresh during a pass starts a new one (the old one stops early): wait for the latest.
    let pass: Promise<void>;
    do {
      pass = this.pass;
      await pass;
    } while (pass !== this.pass);
  }

  async analysisFor(uri: vscode.Uri): Promise<AnalysedArticle | undefined> {
    const read = await readArticleText(uri);
    if (!read.ok) return undefined;
    const key = uri.toString();
    const hit = this.analyses.get(key);
    if (hit && hit.text === read.text) return hit;
    const { article, analysis } = analyzeText(read.text, this.analyzeOptions());
    const result = { text: read.text, article, analysis };
    this.analyses.delete(key);
    this.analyses.set(key, result);
    while (this.analyses.size > MAX_CACHED_ANALYSES) {
      const oldest = this.analyses.keys().next().value;
      if (oldest === undefined) break;
      this.analyses.delete(oldest);
    }
    return result;
  }

  /** Re-reads one article (a file that is no longer an article, or is gone, leaves the index), or everything. */
  refresh(uri?: vscode.Uri): Promise<void> {
    if (uri) return this.refreshOne(uri);
    const generation = ++this.generation;
    this.analyses.clear();
    this.pass = this.runPass(generation);
    return this.pass;
  }

  /**
   * Records what an extraction reported: `conflicts` are articles whose sidecar kept a person's
   * edit over a different engine value; `clean` were extracted without conflict. Re-reads them.
   */
  markConflicts(conflicts: readonly vscode.Uri[], clean: readonly vscode.Uri[], rewritten: readonly vscode.Uri[] = []): void {
    // Only articles whose conflict mark flips, or whose sidecar was rewritten, need a new summary.
    // Re-reading every article of a corpus run one by one (each firing its own change) froze the
    // host for seconds after a large batch; this re-reads the few that changed, in yielding slices.
    const stale = new Map<string, vscode.Uri>();
    for (const uri of clean) if (this.conflicted.delete(uri.toString())) stale.set(uri.toString(), uri);
    for (const uri of conflicts) if (!this.conflicted.has(uri.toString())) { this.conflicted.add(uri.toString()); stale.set(uri.toString(), uri); }
    for (const uri of rewritten) stale.set(uri.toString(), uri);
    if (stale.size) void this.refreshMany([...stale.values()]);
  }

  /** Re-reads several articles in batches, yielding to the host between slices and firing one change per slice. */
  private async refreshMany(uris: readonly vscode.Uri[]): Promise<void> {
    const generation = this.generation;
    let touched: vscode.Uri[] = [];
    let sliceStart = Date.now();
    for (let at = 0; at < uris.length; at += READ_BATCH) {
      const batch = uris.slice(at, at + READ_BATCH).filter((uri) => this.isArticle(uri));
      const looks = await Promise.all(batch.map((uri) => inspectArticle(uri, undefined, true, this.reading)));
      if (generation !== this.generation) return;
      for (let i = 0; i < batch.length; i++) {
        const uri = batch[i] as vscode.Uri;
        const look = looks[i] as Inspection;
        if (look.current || !look.stamps) continue; // deleted meanwhile: the file watcher removes it
        this.setEntry(uri, summarizeInputs(uri, look.inputs, this.reading), look.stamps);
        touched.push(uri);
        if (Date.now() - sliceStart > SLICE_MS) {
          this.changed.fire(touched);
          touched = [];
          await yieldToHost();
          if (generation !== this.generation) return;
          sliceStart = Date.now();
        }
      }
    }
    if (touched.length) this.changed.fire(touched);
    // After a batch extraction rewrote many sidecars: keep the file in step, so the next session
    // does not re-read them all. (Single edits are left to the next pass: it re-reads just those.)
    if (!this.running && generation === this.generation) await this.saveCaches(() => generation !== this.generation);
  }

  dispose(): void {
    this.generation++;
    this.disposables.forEach((d) => d.dispose());
  }

  private watch(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((u) => this.onFileEvent(u)),
      watcher.onDidChange((u) => this.onFileEvent(u)),
      watcher.onDidDelete((u) => this.onFileEvent(u)),
    );
  }

  /** An article or a sidecar changed on disk: re-read the article it concerns. */
  private onFileEvent(uri: vscode.Uri): void {
    const article = this.bySidecar.get(uri.toString());
    if (article) {
      void this.refreshOne(this.uriOf(article));
      return;
    }
    if (this.entries.has(uri.toString()) || this.isArticle(uri)) void this.refreshOne(uri);
  }

  private setEntry(uri: vscode.Uri, summary: ArticleSummary, stamps?: ArticleStamps): void {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (entry) {
      entry.summary = summary;
      entry.stamps = stamps;
      return;
    }
    this.bySidecar.set(this.sidecarIdFor(key, uri), key);
    // No Uri kept: 100,000 of them cost tens of MB, and uriOf makes one when a view asks.
    this.entries.set(key, { uri: undefined, summary, stamps, cached: undefined });
  }

  /** The sidecar's Uri string, by string work when the suffix needs no escaping (as it is for 100,000 cached entries). */
  private sidecarIdFor(id: string, uri?: vscode.Uri): string {
    const suffix = this.settings().suffix;
    // (A backslash in a name would split differently in a Uri string than in a path.)
    if (/^[A-Za-z0-9\-._~]+$/.test(suffix) && !/%5C/i.test(id)) return sidecarPathFor(id, suffix);
    return this.sidecarUriFor(uri ?? vscode.Uri.parse(id, true)).toString();
  }

  private deleteEntry(uri: vscode.Uri): boolean {
    this.bySidecar.delete(this.sidecarIdFor(uri.toString(), uri));
    return this.entries.delete(uri.toString());
  }

  private async refreshOne(uri: vscode.Uri): Promise<void> {
    if (!this.isArticle(uri)) {
      if (this.deleteEntry(uri)) this.changed.fire([uri]);
      return;
    }
    const look = await inspectArticle(uri, undefined, true, this.reading);
    if (look.current || !look.stamps) {
      if (this.deleteEntry(uri)) this.changed.fire([uri]);
      return;
    }
    this.setEntry(uri, summarizeInputs(uri, look.inputs, this.reading), look.stamps);
    this.changed.fire([uri]);
  }

  private async runPass(generation: number): Promise<void> {
    this.running = true;
    this.indexingChanged.fire(true);
    const cancelled = (): boolean => generation !== this.generation;
    try {
      const { roots, suffix } = this.settings();
      const analysis = extensionAnalysis();
      // A full pass does what a reopen does: it trusts the cache file, not what this session
      // remembers (settings may have changed since), and stats every article against it. On the
      // first pass the cached summaries go straight into the index (one table, no copy), so the
      // tree shows the cached corpus before a single folder is walked; they were articles under the
      // settings the cache was written with, and the walk below drops any that no longer are.
      const firstShow = this.entries.size === 0;
      // Cache entries for articles not (yet) in the index; on the first pass, those of sub-folder caches only.
      const cached = new Map<string, CachedArticle>();
      const fromRoots = await loadIndexCaches(roots, suffix, analysis, this.log, (id, c) => {
        if (!firstShow) cached.set(id, cached.get(id) ?? c);
        else if (!this.entries.has(id)) this.entries.set(id, { uri: undefined, summary: this.cachedSummary(id, c), stamps: undefined, cached: c });
      });
      if (cancelled()) return;
      if (firstShow && this.entries.size) {
        this.readDone = 0;
        this.announceListing();
      }
      const cachedOf = (id: string): CachedArticle | undefined => this.entries.get(id)?.cached ?? cached.get(id);
      const { articles: listed, sidecars, cacheFolders } = await walkCorpus(roots, (u) => this.isArticle(u), suffix, cancelled, sliceYielder(SLICE_MS));
      if (cancelled()) return;
      // A cache in a sub-folder (the CLI run on that folder alone) vouches for its articles too;
      // the root's entries, when both have one, are the ones kept.
      const nested = cacheFolders.filter((f) => !roots.some((r) => r.toString() === f.toString()));
      if (nested.length) await loadIndexCaches(nested, suffix, analysis, this.log, (id, c) => {
        if (!cachedOf(id)) cached.set(id, c);
      });
      if (cancelled()) return;
      // When the walk found exactly what is shown (a reopen where nothing was added or deleted), the
      // views have nothing new to hear; otherwise re-list, keeping what is shown for files still
      // listed so that the tree does not blank out.
      const sameListing = listed.length === this.entries.size && listed.every((uri) => this.entries.has(uri.toString()));
      if (!sameListing) {
        const previous = new Map(this.entries);
        this.entries.clear();
        this.bySidecar.clear();
        for (const uri of listed) {
          const id = uri.toString();
          const before = previous.get(id);
          const c = before?.cached ?? cached.get(id);
          this.setEntry(uri, before?.summary ?? (c ? this.cachedSummary(id, c) : pendingSummary(id, baseName(uri))));
          if (c) cached.set(id, c);
        }
        previous.clear();
      }
      // The root's file needs rewriting unless every listed article is found current in it (checked below).
      let dirty = fromRoots !== listed.length;
      this.readDone = 0;
      if (!sameListing) this.announceListing();
      let sliceStart = Date.now();
      let lastNotify = Date.now();
      let touched: vscode.Uri[] = [];
      for (let at = 0; at < listed.length; at += READ_BATCH) {
        // Stats and reads go out together (each is a round trip to the file service); the engine
        // then runs on what was read, one article at a time, yielding when a slice is used up.
        const batch = listed.slice(at, at + READ_BATCH);
        const looks = await Promise.all(batch.map((uri) => {
          const c = cachedOf(uri.toString());
          return inspectArticle(uri, c?.reusable ? c.entry : undefined, sidecars.has(this.sidecarUriFor(uri).toString()), this.reading);
        }));
        if (cancelled()) return;
        for (let i = 0; i < batch.length; i++) {
          const uri = batch[i] as vscode.Uri;
          const look = looks[i] as Inspection;
          const id = uri.toString();
          const entry = this.entries.get(id);
          const shown = entry?.summary;
          const c = cachedOf(id);
          if (entry) entry.cached = undefined; // checked now: its cache entry is no longer needed
          if (firstShow) this.bySidecar.set(this.sidecarIdFor(id, uri), id);
          let summary: ArticleSummary;
          if (look.current) {
            // On the first pass, what is shown was made from this very entry (or is newer): keep it.
            summary = firstShow && shown?.indexed ? shown : this.cachedSummary(id, c as CachedArticle);
          } else {
            summary = summarizeInputs(uri, look.inputs, this.reading);
            dirty = true;
          }
          this.setEntry(uri, summary, look.stamps);
          this.readDone++;
          // A current cache entry shows what the tree already shows: no change to announce.
          if (!look.current || !shown?.indexed) touched.push(uri);
          if (Date.now() - sliceStart > SLICE_MS) {
            if (touched.length && Date.now() - lastNotify > NOTIFY_MS) {
              this.changed.fire(touched);
              touched = [];
              lastNotify = Date.now();
            }
            await yieldToHost();
            if (cancelled()) return;
            sliceStart = Date.now();
          }
        }
      }
      cached.clear();
      if (touched.length) this.changed.fire(touched);
      if (dirty) await this.saveCaches(cancelled);
    } finally {
      if (generation === this.generation) {
        this.running = false;
        this.indexingChanged.fire(false);
      }
    }
  }

  /** Tells the views the whole listing changed; the first time, they show it at once (settleMs). */
  private announceListing(): void {
    const first = !this.listingShown;
    this.changed.fire(undefined);
    this.listingShown = true;
    if (first) performance.mark('corpus-review/first-listing');
  }

  /** A cached summary as the views use it; the conflict mark is this session's (see markConflicts), not the file's. */
  private cachedSummary(id: string, { entry }: CachedArticle): ArticleSummary {
    const s = entry.summary;
    if (s.sidecar !== 'fresh' && s.sidecar !== 'conflict') return s;
    const sidecar = this.conflicted.has(id) ? 'conflict' : 'fresh';
    return sidecar === s.sidecar ? s : { ...s, sidecar };
  }

  /** Writes every root's index cache from the summaries read (never in an untrusted workspace). Logs failures. */
  private async saveCaches(cancelled: () => boolean): Promise<void> {
    if (!vscode.workspace.isTrusted) return;
    const { roots, suffix } = this.settings();
    const analysis = extensionAnalysis();
    const entries = this.entries;
    function* saved(): Generator<SavedArticle> {
      for (const [id, { uri, summary, stamps }] of entries) {
        if (stamps && summary.indexed) yield { uri: uri ?? vscode.Uri.parse(id, true), stamps, entry: { sha256: '', summary: toCachedSummary(summary) } };
      }
    }
    for (const root of roots) {
      try {
        await saveIndexCache(root, saved(), suffix, analysis, cancelled);
      } catch (e) {
        this.log(`index cache ${cacheUriFor(root).fsPath}: cannot write it (${(e as Error).message})`);
      }
    }
  }
}

/** One article in the index. */
interface IndexEntry {
  /** Made on first use (uriOf): 100,000 cached entries need none to be shown. */
  uri: vscode.Uri | undefined;
  summary: ArticleSummary;
  /** The stamps the summary was made from, once read or checked against the files. */
  stamps: ArticleStamps | undefined;
  /** Its cache entry, until this pass has checked it. */
  cached: CachedArticle | undefined;
}
