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
 * file the CLI writes too (corpusIndexCache.ts, format in src/core/cache). A pass (corpusIndexPass.ts)
 * first shows every cached summary, then walks the folders, stats each article (and sidecar)
 * against its entry and reads only what changed or is new, then writes the file back when
 * anything differed. Summaries live by column in a SummaryStore (src/core/corpus/summaryStore.ts):
 * a few hundred bytes an article instead of a dozen objects.
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
import type { IndexAnalyzeOptions } from './indexProcess/client';
import { reviewProgressOfRows, SummaryStore, type ArticleSummary, type ReviewProgress } from '../core/corpus';
import { inspectArticle, summarizeInputs, type ReadingContext } from './articleReading';
import { saveIndexCaches, type ArticleStamps } from './corpusIndexCache';
import { refreshArticles, runIndexPass, type PassHost } from './corpusIndexPass';
import { AnalysisCache, type AnalysedArticle } from './analysisCache';
import { articleOfSidecar, isArticleOf, readCorpusSettings, type CorpusSettings } from './corpusSettings';
import { sidecarUriFor } from './sidecarPaths';

export type { AnalysedArticle };

export class CorpusIndex implements vscode.Disposable {
  /** Every listed article's summary, by column; the first pass may replace it with the cache's. */
  private store = new SummaryStore();
  private readonly analyses: AnalysisCache;
  private readonly changed = new vscode.EventEmitter<readonly vscode.Uri[] | undefined>();
  private readonly indexingChanged = new vscode.EventEmitter<boolean>();
  private readonly disposables: vscode.Disposable[] = [];
  private generation = 0;
  private pass: Promise<void> = Promise.resolve();
  private running = false;
  private readDone = 0;
  /** Articles whose last extraction in this session reported a conflict (see markConflicts). */
  private readonly conflicted = new Set<string>();
  /** Corpus roots and the compiled glob; dropped when the settings or workspace folders change. */
  private matcher: CorpusSettings | undefined;
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
    private readonly analyzeOptions: () => IndexAnalyzeOptions,
    /** Where a line goes when the index cache is ignored or cannot be written. */
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.analyses = new AnalysisCache(analyzeOptions);
    this.disposables.push(
      this.changed,
      this.indexingChanged,
      vscode.workspace.onDidChangeConfiguration((e) => {
        const keys = ['corpusFolders', 'articleGlob', 'sidecarSuffix', 'language', 'extraBoilerplatePatterns'];
        if (keys.some((k) => e.affectsConfiguration(`corpusReview.${k}`))) {
          this.matcher = undefined;
          void this.refresh();
        } else if (e.affectsConfiguration('corpusReview.indexing.separateProcess')) {
          // Where the next pass reads: nothing shown changes.
          this.matcher = undefined;
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

  /** Every listed article's summary; the same array until an article is added, removed or changed (do not modify it). */
  articles(): readonly ArticleSummary[] {
    return this.store.summaries();
  }

  /**
   * Every listed article's row in the store that `rowReader()` gives, in the order listed; the same
   * array until an article is added or removed (do not modify it). The tree and the status bar
   * group and count these (src/core/corpus/rowViews.ts) without an object per article.
   */
  rows(): Int32Array {
    return this.store.rows();
  }

  /** The store the rows are of (a pass may replace it: read rows() and it together). */
  rowReader(): SummaryStore {
    return this.store;
  }

  /** The review progress of every listed article (counted over rows, no summary objects). */
  reviewProgress(): ReviewProgress {
    return reviewProgressOfRows(this.store, this.store.rows());
  }

  /**
   * How long views should wait before recomputing from the whole corpus after a change: 250 ms
   * for small corpora, growing with the corpus (1 s at 100,000 articles) so that the views'
   * O(n) recomputations stay a small share of the host's time. While a pass indexes, 4 times
   * that (4 s at 100,000): each recomputation makes the tree's groups afresh (typed arrays and
   * sorted copies of every row), which live until the next one, long enough to be promoted to
   * the old generation; at one a second they were a large share of a cold build's peak memory,
   * and the status bar counts the progress meanwhile.
   * 0 until the first listing has been announced: a view with nothing to show should show it at once.
   */
  get settleMs(): number {
    if (!this.listingShown) return 0;
    const perArticle = this.indexing ? 1 / 25 : 1 / 100;
    return Math.min(this.indexing ? 4000 : 2000, Math.max(250, Math.round(this.store.count * perArticle)));
  }

  /** How many articles are listed (pending ones included). */
  get size(): number {
    return this.store.count;
  }

  get(uri: vscode.Uri): ArticleSummary | undefined {
    const row = this.store.rowOf(uri.toString());
    // A reading object not kept by the store: callers read it and let go (see SummaryStore.view).
    return row < 0 ? undefined : this.store.view(row);
  }

  /** A detached copy of every summary (plain objects), for the extension's API. */
  plainArticles(): ArticleSummary[] {
    // From the rows: no reading object (and no Map entry for one) is made per article.
    return Array.from(this.store.rows(), (row) => this.store.plain(row));
  }

  /** Made when asked: 100,000 kept Uris would cost tens of MB, and a view asks for the few it shows. */
  uriOf(id: string): vscode.Uri {
    return vscode.Uri.parse(id, true);
  }

  get indexing(): boolean {
    return this.running;
  }

  /** Articles read so far in the current pass, and how many are listed. */
  get progress(): { readonly read: number; readonly total: number } {
    return { read: this.readDone, total: this.store.count };
  }

  sidecarUriFor(uri: vscode.Uri): vscode.Uri {
    return sidecarUriFor(uri, this.settings().suffix);
  }

  /** Corpus roots, glob, sidecar suffix and where passes read, read from the settings once per change (not per file). */
  settings(): CorpusSettings {
    return (this.matcher ??= readCorpusSettings());
  }

  /** Whether `uri` is an article of the corpus: inside a corpus folder, matching the glob, not a sidecar or temp file. */
  isArticle(uri: vscode.Uri): boolean {
    return isArticleOf(this.settings(), uri);
  }

  async whenIndexed(): Promise<void> {
    // A refresh during a pass starts a new one (the old one stops early): wait for the latest.
    let pass: Promise<void>;
    do {
      pass = this.pass;
      await pass;
    } while (pass !== this.pass);
  }

  /** The engine's analysis of the article's current text (see AnalysisCache). */
  analysisFor(uri: vscode.Uri): Promise<AnalysedArticle | undefined> {
    return this.analyses.analysisFor(uri);
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

  /** Re-reads several articles in batches (refreshArticles), then keeps the cache file in step. */
  private async refreshMany(uris: readonly vscode.Uri[]): Promise<void> {
    const generation = this.generation;
    const cancelled = (): boolean => generation !== this.generation;
    await refreshArticles(this.passHost, uris, cancelled);
    // After a batch extraction rewrote many sidecars: keep the file in step, so the next session
    // does not re-read them all. (Single edits are left to the next pass: it re-reads just those.)
    if (!this.running && !cancelled()) await this.passHost.saveCaches(cancelled);
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
    const article = articleOfSidecar(this.store, uri, this.settings().suffix);
    if (article) {
      void this.refreshOne(this.uriOf(article));
      return;
    }
    if (this.store.has(uri.toString()) || this.isArticle(uri)) void this.refreshOne(uri);
  }

  private setEntry(uri: vscode.Uri, summary: ArticleSummary, stamps: ArticleStamps | undefined): void {
    const row = this.store.add(uri.toString());
    this.store.setSummary(row, summary);
    this.store.setStamps(row, stamps);
  }

  private deleteEntry(uri: vscode.Uri): boolean {
    return this.store.delete(uri.toString());
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
      await runIndexPass(this.passHost, cancelled);
    } finally {
      if (generation === this.generation) {
        this.running = false;
        this.indexingChanged.fire(false);
      }
    }
  }

  /** What a pass (corpusIndexPass.ts) reaches of the index. */
  private readonly passHost: PassHost = {
    store: () => this.store,
    replaceStore: (store) => (this.store = store),
    settings: () => this.settings(),
    isArticle: (uri) => this.isArticle(uri),
    sidecarUriFor: (uri) => this.sidecarUriFor(uri),
    reading: this.reading,
    isConflicted: (id) => this.conflicted.has(id),
    log: (line) => this.log(line),
    setReadDone: (n) => (this.readDone = n),
    announceListing: () => this.announceListing(),
    fire: (touched) => this.changed.fire(touched),
    saveCaches: (cancelled) => saveIndexCaches(this.settings(), this.store, this.log, cancelled),
  };

  /** Tells the views the whole listing changed; the first time, they show it at once (settleMs). */
  private announceListing(): void {
    const first = !this.listingShown;
    this.changed.fire(undefined);
    this.listingShown = true;
    if (first) performance.mark('corpus-review/first-listing');
  }
}
