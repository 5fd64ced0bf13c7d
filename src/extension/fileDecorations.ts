/**
 * The review status as an Explorer badge (✓ accepted, ✗ rejected, ⚑ flagged, ! sidecar stale,
 * broken or in conflict) with a theme colour. The same decorations show on the Articles view's
 * items, which carry the article's resourceUri.
 */
import * as vscode from 'vscode';
import type { ArticleSummary } from '../core/corpus';
import type { CorpusIndex } from './corpusIndex';

const STATUS: Partial<Record<ArticleSummary['status'], { badge: string; colour: string; words: string }>> = {
  accepted: { badge: '✓', colour: 'testing.iconPassed', words: 'accepted' },
  rejected: { badge: '✗', colour: 'testing.iconFailed', words: 'rejected' },
  flagged: { badge: '⚑', colour: 'list.warningForeground', words: 'flagged' },
};

const SIDECAR_PROBLEMS: Partial<Record<ArticleSummary['sidecar'], string>> = {
  stale: 'sidecar stale (article changed since extraction)',
  conflict: 'sidecar conflict (your edit kept over the engine’s new value)',
  invalid: 'sidecar does not parse',
};

/** The decoration for an article summary, or undefined for an unreviewed article with a healthy (or no) sidecar. */
export function decorationFor(a: ArticleSummary): vscode.FileDecoration | undefined {
  const problem = SIDECAR_PROBLEMS[a.sidecar];
  const status = STATUS[a.status];
  if (!status && !problem) return undefined;
  const tooltip = ['Corpus Review', status?.words, problem].filter(Boolean).join(': ');
  if (status) return new vscode.FileDecoration(problem ? `${status.badge}!` : status.badge, tooltip, new vscode.ThemeColor(status.colour));
  return new vscode.FileDecoration('!', tooltip, new vscode.ThemeColor('list.warningForeground'));
}

export function registerFileDecorations(context: vscode.ExtensionContext, deps: { index: CorpusIndex }): void {
  const changed = new vscode.EventEmitter<vscode.Uri | vscode.Uri[] | undefined>();
  // The articles VS Code was given a decoration for: only they can lose one. A change announced
  // for an article with none before and none now is not passed on, since VS Code then asks the
  // provider again for every Uri: a cold build of 100,000 articles without sidecars announces
  // each of them, and 100,000 requests through the extension host were garbage for nothing.
  const decorated = new Set<string>();
  const provider: vscode.FileDecorationProvider = {
    onDidChangeFileDecorations: changed.event,
    provideFileDecoration: (uri) => {
      const a = deps.index.get(uri);
      const decoration = a?.indexed ? decorationFor(a) : undefined;
      if (decoration) decorated.add(uri.toString());
      else decorated.delete(uri.toString());
      return decoration;
    },
  };
  const mayHaveChanged = (uri: vscode.Uri): boolean => {
    if (decorated.has(uri.toString())) return true;
    const a = deps.index.get(uri);
    return Boolean(a?.indexed && decorationFor(a));
  };
  context.subscriptions.push(
    changed,
    vscode.window.registerFileDecorationProvider(provider),
    deps.index.onDidChange((uris) => {
      if (!uris) return changed.fire(undefined);
      const passed = uris.filter(mayHaveChanged);
      if (passed.length) changed.fire(passed);
    }),
  );
}
