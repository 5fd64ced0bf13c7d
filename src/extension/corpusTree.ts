/**
 * The Articles view: the corpus grouped by outlet, month, review status or sidecar state (or flat),
 * narrowed by the filter. Nodes are plain data; `getTreeItem` maps them to TreeItems; tooltips are
 * built lazily in `resolveTreeItem`. The grouping/filtering itself is core (src/core/corpus).
 *
 * Large groups open as pages of PAGE_SIZE articles, so a group of 100,000 articles costs a few
 * hundred tree items, not 100,000. The snapshot the view shows is recomputed at most every
 * `index.settleMs` (250 ms, more on big corpora) while indexing fills summaries in.
 */
import * as vscode from 'vscode';
import {
  concatRows,
  filterRows,
  groupRows,
  isGroupBy,
  type ArticleFilter,
  type ArticleSummary,
  type GroupBy,
  type RowGroup,
  type SummaryStore,
} from '../core/corpus';
import type { CorpusIndex } from './corpusIndex';
import { Disposable } from './disposable';
import { articleTooltip } from './tooltip';

export const PAGE_SIZE = 500;

export type TreeNode =
  | { readonly kind: 'group'; readonly key: string; readonly label: string; readonly count: number; readonly reviewed: number }
  | { readonly kind: 'page'; readonly groupKey: string; readonly from: number; readonly to: number }
  | { readonly kind: 'article'; readonly id: string; readonly uri: string };

/**
 * What the view shows, as rows of `store` (src/core/corpus/rowViews.ts): no summary object or JS
 * array per article, so that regrouping 100,000 articles every second while indexing leaves
 * nothing small and long-lived behind.
 */
interface Snapshot {
  readonly groupBy: GroupBy;
  readonly filter: ArticleFilter;
  readonly store: SummaryStore;
  readonly groups: readonly RowGroup[];
  readonly groupByKey: ReadonlyMap<string, RowGroup>;
  /** Every visible article's row in the tree's order (groups in order, articles in order within). */
  readonly orderedRows: Int32Array;
  /** The same as summaries (navigation reads them; made when first asked). */
  readonly ordered: readonly ArticleSummary[];
  readonly total: number;
  /** Whether the view shows the article `id`. */
  shows(id: string): boolean;
}

const STATUS_ICONS: Record<ArticleSummary['status'], [string, string | undefined]> = {
  unreviewed: ['circle-large-outline', undefined],
  accepted: ['pass-filled', 'testing.iconPassed'],
  rejected: ['error', 'testing.iconFailed'],
  flagged: ['flag', 'list.warningForeground'],
};

const SIDECAR_MARKERS: Partial<Record<ArticleSummary['sidecar'], string>> = {
  missing: 'no sidecar',
  stale: 'stale',
  conflict: 'conflict',
  invalid: 'sidecar broken',
};

export function configuredGroupBy(): GroupBy {
  const value = vscode.workspace.getConfiguration('corpusReview').get<string>('tree.groupBy', 'outlet');
  return isGroupBy(value) ? value : 'outlet';
}

export class CorpusTreeProvider extends Disposable implements vscode.TreeDataProvider<TreeNode> {
  private readonly changed = this._register(new vscode.EventEmitter<TreeNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private filter: ArticleFilter = {};
  private snapshotCache: Snapshot | undefined;
  private rebuildTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly groupNodes = new Map<string, TreeNode>();
  private readonly articleNodes = new Map<string, TreeNode>();
  private readonly snapshotChanged = this._register(new vscode.EventEmitter<void>());
  /** Fires after the visible snapshot changed (counts, filter, grouping). */
  readonly onDidChangeSnapshot = this.snapshotChanged.event;

  constructor(private readonly index: CorpusIndex) {
    super();
    this._register(index.onDidChange(() => this.scheduleRebuild()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('corpusReview.tree.groupBy')) this.rebuildNow();
      }),
    );
  }

  currentFilter(): ArticleFilter {
    return this.filter;
  }

  setFilter(filter: ArticleFilter): void {
    this.filter = filter;
    this.rebuildNow();
  }

  snapshot(): Snapshot {
    if (!this.snapshotCache) {
      const groupBy = configuredGroupBy();
      const store = this.index.rowReader();
      const all = this.index.rows();
      const groups = groupRows(store, filterRows(store, all, this.filter), groupBy);
      let orderedRows: Int32Array | undefined;
      let ordered: readonly ArticleSummary[] | undefined;
      this.snapshotCache = {
        groupBy,
        filter: this.filter,
        store,
        groups,
        groupByKey: new Map(groups.map((g) => [g.key, g])),
        // Made when first asked (navigation, a filtered count): a rebuild while indexing 100,000 articles needs none.
        get orderedRows() {
          return (orderedRows ??= concatRows(groups));
        },
        get ordered() {
          return (ordered ??= Array.from(this.orderedRows, (row) => store.view(row)));
        },
        total: all.length,
        shows(id: string) {
          const row = store.rowOf(id);
          return row >= 0 && this.orderedRows.includes(row);
        },
      };
      this.groupNodes.clear();
      this.articleNodes.clear();
    }
    return this.snapshotCache;
  }

  /** Drops the snapshot now and tells the view (filter or grouping changed: the user waits for it). */
  rebuildNow(): void {
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    this.rebuildTimer = undefined;
    this.snapshotCache = undefined;
    this.changed.fire(undefined);
    this.snapshotChanged.fire();
  }

  private scheduleRebuild(): void {
    if (this.rebuildTimer || this.isDisposed) return;
    this.rebuildTimer = setTimeout(() => this.rebuildNow(), this.index.settleMs);
  }

  override dispose(): void {
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    super.dispose();
  }

  getChildren(element?: TreeNode): TreeNode[] {
    const snap = this.snapshot();
    if (!element) {
      if (snap.groupBy === 'flat') return this.articleOrPages(snap, '', snap.groups[0]?.rows);
      return snap.groups.map((g) => this.groupNode(g));
    }
    if (element.kind === 'group') return this.articleOrPages(snap, element.key, snap.groupByKey.get(element.key)?.rows);
    if (element.kind === 'page') {
      const rows = snap.groupByKey.get(element.groupKey)?.rows.subarray(element.from, element.to + 1);
      return this.rowNodes(snap, rows);
    }
    return [];
  }

  getParent(element: TreeNode): TreeNode | undefined {
    if (element.kind === 'group') return undefined;
    const snap = this.snapshot();
    if (element.kind === 'page') return snap.groupBy === 'flat' ? undefined : this.groupNodeByKey(element.groupKey);
    const row = snap.store.rowOf(element.id);
    if (row < 0) return undefined;
    for (const group of snap.groups) {
      const at = group.rows.indexOf(row);
      if (at < 0) continue;
      if (group.rows.length > PAGE_SIZE) {
        const from = Math.floor(at / PAGE_SIZE) * PAGE_SIZE;
        return { kind: 'page', groupKey: group.key, from, to: Math.min(from + PAGE_SIZE, group.rows.length) - 1 };
      }
      return snap.groupBy === 'flat' ? undefined : this.groupNode(group);
    }
    return undefined;
  }

  getTreeItem(element: TreeNode): vscode.TreeItem {
    switch (element.kind) {
      case 'group': {
        const item = new vscode.TreeItem(element.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `group:${configuredGroupBy()}:${element.key}`;
        item.description = `${element.count}`;
        item.tooltip = `${element.label}: ${element.count} articles, ${element.reviewed} reviewed`;
        item.contextValue = 'group';
        return item;
      }
      case 'page': {
        const item = new vscode.TreeItem(`${element.from + 1}–${element.to + 1}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `page:${configuredGroupBy()}:${element.groupKey}:${element.from}`;
        item.contextValue = 'page';
        return item;
      }
      case 'article':
        return this.articleItem(element);
    }
  }

  async resolveTreeItem(item: vscode.TreeItem, element: TreeNode, token: vscode.CancellationToken): Promise<vscode.TreeItem> {
    if (element.kind !== 'article') return item;
    const uri = this.index.uriOf(element.id);
    const summary = this.index.get(uri);
    const analysed = await this.index.analysisFor(uri);
    if (token.isCancellationRequested || !summary) return item;
    item.tooltip = articleTooltip(summary, analysed, uri);
    return item;
  }

  private articleItem(element: { id: string }): vscode.TreeItem {
    const uri = this.index.uriOf(element.id);
    const a = this.index.get(uri);
    const item = new vscode.TreeItem(a?.headline ?? a?.name ?? uri.path, vscode.TreeItemCollapsibleState.None);
    item.id = element.id;
    item.resourceUri = uri;
    if (!a) return item;
    const marker = SIDECAR_MARKERS[a.sidecar];
    item.description = [a.date, a.outlet, marker ? `⚠ ${marker}` : undefined, a.error ? '⚠ unreadable' : undefined].filter(Boolean).join(' · ');
    const [icon, colour] = STATUS_ICONS[a.status];
    item.iconPath = new vscode.ThemeIcon(a.indexed ? icon : 'loading~spin', colour ? new vscode.ThemeColor(colour) : undefined);
    item.contextValue = `article.${a.status}.${a.sidecar}`;
    item.command = { command: 'vscode.open', title: 'Open Article', arguments: [uri, { preview: true, preserveFocus: true }] };
    item.accessibilityInformation = { label: `${item.label as string}, ${a.status}${marker ? `, ${marker}` : ''}` };
    return item;
  }

  private articleOrPages(snap: Snapshot, groupKey: string, rows: Int32Array | undefined): TreeNode[] {
    if (!rows || rows.length <= PAGE_SIZE) return this.rowNodes(snap, rows);
    const out: TreeNode[] = [];
    for (let from = 0; from < rows.length; from += PAGE_SIZE) out.push({ kind: 'page', groupKey, from, to: Math.min(from + PAGE_SIZE, rows.length) - 1 });
    return out;
  }

  private rowNodes(snap: Snapshot, rows: Int32Array | undefined): TreeNode[] {
    return rows ? Array.from(rows, (row) => this.articleNode({ id: snap.store.idAt(row) })) : [];
  }

  private groupNode(g: RowGroup): TreeNode {
    let node = this.groupNodes.get(g.key);
    if (!node) this.groupNodes.set(g.key, (node = { kind: 'group', key: g.key, label: g.label, count: g.rows.length, reviewed: g.reviewed }));
    return node;
  }

  private groupNodeByKey(key: string): TreeNode | undefined {
    const g = this.snapshot().groupByKey.get(key);
    return g ? this.groupNode(g) : undefined;
  }

  articleNode(a: { id: string }): TreeNode {
    let node = this.articleNodes.get(a.id);
    if (!node) this.articleNodes.set(a.id, (node = { kind: 'article', id: a.id, uri: a.id }));
    return node;
  }
}
