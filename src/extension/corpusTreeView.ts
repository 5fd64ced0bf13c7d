/**
 * The Articles view's registration: the tree view over CorpusTreeProvider (corpusTree.ts), its
 * badge, description and empty-state message, the indexing progress shown on the view, the
 * group/filter/refresh commands, and following the active editor as the Explorer does.
 */
import * as vscode from 'vscode';
import { describeFilter, isFilterActive, progressLabel, reviewProgressOfRows } from '../core/corpus';
import { Commands, Views } from './commandIds';
import type { CorpusIndex } from './corpusIndex';
import { CorpusTreeProvider, type TreeNode } from './corpusTree';
import { openCorpusFolder, pickFilter, pickGroupBy } from './treeCommands';

export interface CorpusTree {
  readonly provider: CorpusTreeProvider;
  readonly view: vscode.TreeView<TreeNode>;
  reveal(uri: vscode.Uri, options?: { select?: boolean; focus?: boolean }): Promise<void>;
}

/** Creates the Articles view, its title/badge/description, the indexing progress, and the group/filter/refresh commands. */
export function registerCorpusTree(context: vscode.ExtensionContext, deps: { index: CorpusIndex }): CorpusTree {
  const provider = new CorpusTreeProvider(deps.index);
  const view = vscode.window.createTreeView(Views.articles, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });

  const updateChrome = (): void => {
    const snap = provider.snapshot();
    const all = deps.index.reviewProgress();
    const left = all.byStatus.unreviewed;
    view.badge = left ? { value: left, tooltip: `${left} articles left to review` } : undefined;
    const filtered = isFilterActive(snap.filter);
    const shown = filtered ? `${reviewProgressOfRows(snap.store, snap.orderedRows).reviewed} of ${snap.orderedRows.length} shown reviewed · filter: ${describeFilter(snap.filter)}` : progressLabel(all);
    view.description = deps.index.indexing ? `${shown} · indexing ${deps.index.progress.read}/${deps.index.progress.total}` : shown;
    view.message =
      filtered && !snap.orderedRows.length
        ? `No article matches the filter (${describeFilter(snap.filter)}).`
        : deps.index.indexing && !all.total
          ? 'Looking for articles…'
          : undefined;
    void vscode.commands.executeCommand('setContext', 'corpusReview.filterActive', filtered);
  };

  let indexingProgress: Promise<void> | undefined;
  const showIndexing = (running: boolean): void => {
    updateChrome();
    if (!running || indexingProgress) return;
    indexingProgress = Promise.resolve(
      vscode.window.withProgress({ location: { viewId: Views.articles }, title: 'Indexing corpus' }, () => deps.index.whenIndexed()),
    ).finally(() => (indexingProgress = undefined));
  };

  context.subscriptions.push(
    provider,
    view,
    provider.onDidChangeSnapshot(updateChrome),
    deps.index.onDidChangeIndexing(showIndexing),
    vscode.commands.registerCommand(Commands.refresh, () => deps.index.refresh()),
    vscode.commands.registerCommand(Commands.groupBy, (arg?: unknown) => pickGroupBy(arg)),
    vscode.commands.registerCommand(Commands.filter, (arg?: unknown) => pickFilter(provider, deps.index, arg)),
    vscode.commands.registerCommand(Commands.clearFilter, () => provider.setFilter({})),
    vscode.commands.registerCommand(Commands.openCorpusFolder, openCorpusFolder),
    // Follow the active editor, as the Explorer does: the article being read is the one selected.
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      const uri = editor?.document.uri;
      const id = uri?.toString();
      if (!uri || !view.visible || view.selection.some((n) => n.kind === 'article' && n.id === id)) return;
      // Only an article the view shows: following the editor must not clear the reviewer's filter.
      if (provider.snapshot().shows(uri.toString())) {
        void reveal(uri, { select: true, focus: false }).catch(() => undefined);
      }
    }),
  );
  showIndexing(deps.index.indexing);

  const reveal = async (uri: vscode.Uri, options: { select?: boolean; focus?: boolean } = {}): Promise<void> => {
    const summary = deps.index.get(uri);
    if (!summary) return;
    if (!provider.snapshot().shows(summary.id)) provider.setFilter({});
    await view.reveal(provider.articleNode(summary), { select: options.select ?? true, focus: options.focus ?? false, expand: true });
  };
  return { provider, view, reveal };
}
