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
import { Minimatch } from 'minimatch';
import { analyzeText, type AnalyzeOptions, type Article, type ArticleAnalysis } from '../core';
import { SummaryStore, type ArticleSummary } from '../core/corpus';
import { inspectArticle, summarizeInputs, type Inspection, type ReadingContext } from './articleReading';
import { cacheUriFor, extensionAnalysis, saveIndexCache, type ArticleStamps } from './corpusIndexCache';
import { READ_BATCH, runIndexPass, SLICE_MS, yieldToHost, type PassHost } from './corpusIndexPass';
import { readArticleText, sidecarSuffix, sidecarUriFor } from './sidecarPaths';
import { corpusRoots } from './workspaceStore';

export interface AnalysedArticle {
  readonly text: string;
  readonly article: Article;
  readonly analysis: ArticleAnalysis;
}

const MAX_CACHED_ANALYSES = 32;

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('corpusReview');
}

export class CorpusIndex implements vscode.Disposable {
  /** Every listed article's summary, by column; the first pass may replace it with the cache's. */
  private store = new SummaryStore();
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

  /** Every listed article's summary; the same array until an article is added, removed or changed (do not modify it). */
  articles(): readonly ArticleSummary[] {
    return this.store.summaries();
  }

  /**
   * How long views should wait before recomputing from the whole corpus after a change: 250 ms
   * for small corpora, growing with the corpus (1 s at 100,000 articles) so that the views'
   * O(n) recomputations stay a small share of the host's time while indexing fills summaries in.
   * 0 until the first listing has been announced: a view with nothing to show should show it at once.
   */
  get settleMs(): number {
    if (!this.listingShown) return 0;
    return Math.min(2000, Math.max(250, Math.round(this.store.count / 100)));
  }

  /** How many articles are listed (pending ones included). */
  get size(): number {
    return this.store.count;
  }

  get(uri: vscode.Uri): ArticleSummary | undefined {
    const row = this.store.rowOf(uri.toString());
    return row < 0 ? undefined : this.store.summary(row);
  }

  /** A detached copy of every summary (plain objects), for the extension's API. */
  plainArticles(): ArticleSummary[] {
    return this.articles().map((a) => this.store.plain(this.store.rowOf(a.id)));
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

  /** Corpus roots, glob and sidecar suffix, read from the settings once per change (not per file). */
  settings(): { roots: vscode.Uri[]; glob: Minimatch; suffix: string } {
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
    const article = this.articleOfSidecar(uri);
    if (article) {
      void this.refreshOne(this.uriOf(article));
      return;
    }
    if (this.store.has(uri.toString()) || this.isArticle(uri)) void this.refreshOne(uri);
  }

  /**
   * The listed article whose sidecar `uri` is, if any: the sidecar's stem with each extension the
   * corpus's articles have (a table of sidecar names would cost a string per article).
   */
  private articleOfSidecar(uri: vscode.Uri): string | undefined {
    const { suffix } = this.settings();
    if (!uri.path.endsWith(suffix)) return undefined;
    const stemPath = uri.path.slice(0, -suffix.length);
    if (stemPath.endsWith('/')) return undefined;
    for (const extension of this.store.extensions()) {
      const id = uri.with({ path: stemPath + extension }).toString();
      if (this.store.has(id)) return id;
    }
    return undefined;
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
    saveCaches: (cancelled) => this.saveCaches(cancelled),
  };

  /** Tells the views the whole listing changed; the first time, they show it at once (settleMs). */
  private announceListing(): void {
    const first = !this.listingShown;
    this.changed.fire(undefined);
    this.listingShown = true;
    if (first) performance.mark('corpus-review/first-listing');
  }

  /** Writes every root's index cache from the summaries read (never in an untrusted workspace). Logs failures. */
  private async saveCaches(cancelled: () => boolean): Promise<void> {
    if (!vscode.workspace.isTrusted) return;
    const { roots, suffix } = this.settings();
    const analysis = extensionAnalysis();
    for (const root of roots) {
      try {
        await saveIndexCache(root, this.store, suffix, analysis, cancelled);
      } catch (e) {
        this.log(`index cache ${cacheUriFor(root).fsPath}: cannot write it (${(e as Error).message})`);
      }
    }
  }
}
