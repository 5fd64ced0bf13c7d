/**
 * Corpus Review's activation: a readable list of contributions, each registering its own
 * disposables. Activation stays cheap: the corpus index starts in the background and every view
 * shows what is indexed so far. Returns the API object the integration tests (and other
 * extensions) use; tests drive the extension only through it, commands, files and providers.
 */
import * as vscode from 'vscode';
import { EXTRACTOR_VERSION } from '../core';
import type { IndexAnalyzeOptions } from './indexProcess/client';
import { isFilterActive, type ArticleFilter, type ArticleSummary, type CorpusStats } from '../core/corpus';
import { compileUserPatterns, type UserPatternSpec } from '../core/userRules/userBoilerplatePatterns';
import { registerArticleFeatures } from './articleFeatures';
import { CorpusIndex } from './corpusIndex';
import type { TreeNode } from './corpusTree';
import { registerCorpusTree } from './corpusTreeView';
import { registerDashboard, type Rendered } from './dashboard';
import { decorationFor, registerFileDecorations } from './fileDecorations';
import { registerReviewCommands } from './reviewCommands';
import { registerStatusBar } from './statusBar';
import { articleTooltipMarkdown } from './tooltip';

/** A tree node as the API hands it out: the node plus what its TreeItem shows. */
export interface ApiTreeNode {
  readonly node: TreeNode;
  readonly label: string;
  readonly description: string | undefined;
  readonly id: string | undefined;
  readonly contextValue: string | undefined;
  readonly icon: string | undefined;
}

export interface CorpusReviewApi {
  readonly extractorVersion: string;
  /** Resolves when the corpus index has read every listed article. */
  whenIndexed(): Promise<void>;
  articles(): readonly ArticleSummary[];
  /** The tree's children of `node` (the roots without one), with their TreeItems' text. */
  getTreeChildren(node?: TreeNode): ApiTreeNode[];
  /** The view's description and badge ("37 of 120 reviewed"). */
  treeChrome(): { description: string | undefined; badge: number | undefined; message: string | undefined };
  /** The tooltip Markdown of an article, as resolveTreeItem builds it. */
  tooltipFor(uri: vscode.Uri | string): Promise<string | undefined>;
  currentFilter(): ArticleFilter & { active: boolean };
  /** The review-progress status-bar item's text ("$(checklist) 3/10 reviewed"), undefined while hidden. */
  statusBarText(): string | undefined;
  /** The Explorer decoration of a file (badge and tooltip), as the decoration provider gives it. */
  decorationFor(uri: vscode.Uri | string): { badge: string | undefined; tooltip: string | undefined } | undefined;
  /** The dashboard's last statistics and whether its panel is open. */
  dashboard(): { open: boolean; html: string | undefined; stats: CorpusStats | undefined; rendered: Rendered | undefined };
}

/** Options every analysis uses: the language setting and the user's extra boilerplate rules (compiled once per change). */
function analyzeOptionsFromSettings(context: vscode.ExtensionContext): () => IndexAnalyzeOptions {
  let cached: IndexAnalyzeOptions | undefined;
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('corpusReview') && (cached = undefined)));
  return () => {
    if (cached) return cached;
    const config = vscode.workspace.getConfiguration('corpusReview');
    // Untrusted workspaces: user patterns are a restricted setting; the workspace's value is not applied.
    const specs = config.get<UserPatternSpec[]>('extraBoilerplatePatterns', []);
    const { patterns } = compileUserPatterns(Array.isArray(specs) ? specs : []);
    // The specs too: the index process compiles them itself (a compiled rule is a function).
    cached = { language: config.get<string>('language', 'id'), userPatterns: patterns, userPatternSpecs: Array.isArray(specs) ? specs : [] };
    return cached;
  };
}

export function activate(context: vscode.ExtensionContext): CorpusReviewApi {
  const analyzeOptions = analyzeOptionsFromSettings(context);
  const output = vscode.window.createOutputChannel('Corpus Review');
  const index = new CorpusIndex(analyzeOptions, (line) => output.appendLine(line));
  context.subscriptions.push(output, index);

  const tree = registerCorpusTree(context, { index });
  const features = registerArticleFeatures(context, {
    analyzeOptions,
    listArticles: async () => {
      await index.whenIndexed();
      return index.articles().map((a) => index.uriOf(a.id));
    },
    isArticle: (uri) => index.isArticle(uri),
    corpusArticleCount: () => index.size || undefined,
    revealInTree: (uri) => tree.reveal(uri, { select: true, focus: true }),
    output,
  });
  context.subscriptions.push(
    features.onDidExtract((summary) => {
      const uris = (status: string): vscode.Uri[] => summary.files.filter((f) => f.status === status).map((f) => vscode.Uri.parse(f.article, true));
      index.markConflicts(uris('conflict'), [...uris('written'), ...uris('merged'), ...uris('unchanged')], [...uris('written'), ...uris('merged')]);
    }),
  );
  registerReviewCommands(context, { index, tree });
  const statusBar = registerStatusBar(context, { index });
  registerFileDecorations(context, { index });
  const dashboard = registerDashboard(context, { index });

  void index.refresh();

  return {
    extractorVersion: EXTRACTOR_VERSION,
    whenIndexed: () => index.whenIndexed(),
    articles: () => index.plainArticles(),
    getTreeChildren: (node) =>
      tree.provider.getChildren(node).map((child) => {
        const item = tree.provider.getTreeItem(child);
        const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
        const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
        return { node: child, label, description: typeof item.description === 'string' ? item.description : undefined, id: item.id, contextValue: item.contextValue, icon };
      }),
    treeChrome: () => ({ description: tree.view.description, badge: tree.view.badge?.value, message: tree.view.message }),
    tooltipFor: async (uri) => {
      const u = typeof uri === 'string' ? vscode.Uri.parse(uri, true) : uri;
      const summary = index.get(u);
      return summary ? articleTooltipMarkdown(summary, await index.analysisFor(u), u) : undefined;
    },
    statusBarText: () => (statusBar.visible ? statusBar.text : undefined),
    decorationFor: (uri) => {
      const summary = index.get(typeof uri === 'string' ? vscode.Uri.parse(uri, true) : uri);
      const decoration = summary?.indexed ? decorationFor(summary) : undefined;
      return decoration ? { badge: decoration.badge, tooltip: decoration.tooltip } : undefined;
    },
    currentFilter: () => ({ ...tree.provider.currentFilter(), active: isFilterActive(tree.provider.currentFilter()) }),
    dashboard: () => ({ open: dashboard.panel() !== undefined, html: dashboard.panel()?.webview.html, stats: dashboard.lastStats(), rendered: dashboard.lastRendered() }),
  };
}

export function deactivate(): void {
  // Every disposable is registered in context.subscriptions; nothing else to release.
}
