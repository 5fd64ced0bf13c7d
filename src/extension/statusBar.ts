/**
 * A status-bar item with the review progress ("$(checklist) 37/120 reviewed"); clicking it opens
 * the next unreviewed article. Hidden when the workspace holds no articles.
 */
import * as vscode from 'vscode';
import { Commands } from './commandIds';
import type { CorpusIndex } from './corpusIndex';

export interface ProgressItem {
  readonly text: string;
  readonly visible: boolean;
}

export function registerStatusBar(context: vscode.ExtensionContext, deps: { index: CorpusIndex }): ProgressItem {
  const item = vscode.window.createStatusBarItem('corpusReview.progress', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Corpus Review Progress';
  item.command = Commands.nextUnreviewed;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let visible = false;
  const update = (): void => {
    timer = undefined;
    const p = deps.index.reviewProgress();
    visible = p.total > 0;
    if (!visible) {
      item.hide();
      return;
    }
    const icon = deps.index.indexing ? '$(sync~spin)' : '$(checklist)';
    item.text = `${icon} ${p.reviewed}/${p.total} reviewed`;
    const { accepted, rejected, flagged, unreviewed } = p.byStatus;
    const md = new vscode.MarkdownString(
      `**Corpus review:** ${p.reviewed} of ${p.total} reviewed  \n` +
        `${accepted} accepted · ${rejected} rejected · ${flagged} flagged · ${unreviewed} left  \n` +
        `${p.bySidecar.stale} stale · ${p.bySidecar.missing} without sidecar · ${p.bySidecar.conflict} in conflict` +
        (deps.index.indexing ? `  \nIndexing: ${deps.index.progress.read} of ${deps.index.progress.total} read` : '') +
        '\n\nClick to open the next unreviewed article.',
    );
    item.tooltip = md;
    item.show();
  };
  const schedule = (): void => {
    timer ??= setTimeout(update, deps.index.settleMs);
  };
  context.subscriptions.push(item, deps.index.onDidChange(schedule), deps.index.onDidChangeIndexing(schedule), { dispose: () => timer && clearTimeout(timer) });
  update();
  return {
    get text() {
      return item.text;
    },
    get visible() {
      return visible;
    },
  };
}
