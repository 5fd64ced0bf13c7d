/**
 * The one-key review loop: accept / reject / flag record the decision in the sidecar's review
 * block and open the next unreviewed article; next / previous unreviewed; undo the last decision.
 *
 * A decision edits only the review block (comments and a person's edits elsewhere stay byte for
 * byte) and is written atomically. An article without a sidecar is extracted first (through the
 * extraction command, so there is one way to create sidecars). Undo restores the sidecar text as
 * it was before the decision, unless someone changed the file since (then it refuses and says so).
 * In an untrusted workspace nothing is written.
 */
import * as vscode from 'vscode';
import { nextUnreviewed, type ReviewStatus } from '../core/corpus';
import { Commands } from './commandIds';
import type { CorpusIndex } from './corpusIndex';
import type { CorpusTree } from './corpusTreeView';
import { withReview, type ReviewDecision } from './reviewSidecar';
import { articleUriForSidecar, baseName, isSidecarUri } from './sidecarPaths';
import { asUri, writeTextAtomic } from './workspaceFiles';
import { readOptionalText } from './workspaceStore';

export interface ReviewDeps {
  readonly index: CorpusIndex;
  readonly tree: CorpusTree;
}

interface Change {
  readonly article: vscode.Uri;
  readonly sidecar: vscode.Uri;
  readonly before: string;
  readonly after: string;
}

/** One decision (on one article, or on a multi-selection): undone as a whole. */
interface UndoEntry {
  readonly status: ReviewStatus;
  readonly changes: readonly Change[];
}

/** What a decision command returns (for tests and callers): where it wrote, and what it opened next. */
export interface DecisionResult {
  /** The article the next one is counted from (the last of a multi-selection). */
  readonly article: string;
  /** Every article the decision was recorded for. */
  readonly articles: readonly string[];
  readonly status: ReviewStatus;
  readonly next: string | undefined;
}

const MAX_UNDO = 100;

export const UNTRUSTED_REVIEW_MESSAGE = 'Corpus Review records no review decisions in an untrusted workspace. Trust this workspace to review.';

/** corpusReview.reviewer, or the operating-system user where there is one (not on the web). */
export function reviewerName(): string | null {
  const configured = vscode.workspace.getConfiguration('corpusReview').get<string>('reviewer', '').trim();
  if (configured) return configured;
  const env = typeof process !== 'undefined' ? process.env : undefined;
  return env?.USER ?? env?.USERNAME ?? env?.LOGNAME ?? null;
}

export function registerReviewCommands(context: vscode.ExtensionContext, deps: ReviewDeps): void {
  const undo: UndoEntry[] = [];
  // Which surface the reviewer touched last decides the target of a key press without arguments.
  let selectionAt = 0;
  let editorAt = 0;
  context.subscriptions.push(
    deps.tree.view.onDidChangeSelection(() => (selectionAt = Date.now())),
    vscode.window.onDidChangeActiveTextEditor(() => (editorAt = Date.now())),
  );

  const target = (arg: unknown): vscode.Uri | undefined => {
    const explicit = asUri(arg);
    const selected = deps.tree.view.selection.find((n) => n.kind === 'article');
    const editor = vscode.window.activeTextEditor?.document.uri;
    const fromTree = selected && selected.kind === 'article' ? deps.index.uriOf(selected.id) : undefined;
    let uri = explicit ?? (fromTree && (selectionAt >= editorAt || !editor) ? fromTree : (editor ?? fromTree));
    if (uri && isSidecarUri(uri)) uri = articleUriForSidecar(uri, null);
    return uri;
  };

  const openNext = async (from: vscode.Uri | undefined, direction: 1 | -1): Promise<vscode.Uri | undefined> => {
    const ordered = deps.tree.provider.snapshot().ordered;
    const next = nextUnreviewed(ordered, from?.toString(), direction);
    if (!next) {
      void vscode.window.showInformationMessage(ordered.length ? 'Every article shown is reviewed.' : 'No articles to review.');
      return undefined;
    }
    const uri = deps.index.uriOf(next.id);
    await vscode.window.showTextDocument(uri, { preview: false, preserveFocus: false });
    if (deps.tree.view.visible) await deps.tree.reveal(uri, { select: true, focus: false });
    return uri;
  };

  /** The articles a decision applies to: several when the tree passes a multi-selection, else one. */
  const targets = (arg: unknown, extra: unknown): vscode.Uri[] => {
    if (Array.isArray(extra) && extra.length > 1) return extra.map(asUri).filter((u): u is vscode.Uri => u !== undefined);
    if (arg === undefined && selectionAt >= editorAt) {
      const selected = deps.tree.view.selection.filter((n) => n.kind === 'article');
      if (selected.length > 1) return selected.map((n) => deps.index.uriOf(n.kind === 'article' ? n.id : ''));
    }
    const one = target(arg);
    return one ? [one] : [];
  };

  /** Writes one decision; returns the change for undo, or undefined (and says why) when it could not. */
  const record = async (article: vscode.Uri, decision: ReviewDecision): Promise<Change | undefined> => {
    const sidecar = deps.index.sidecarUriFor(article);
    let before = await readOptionalText(sidecar);
    if (before === null) {
      await vscode.commands.executeCommand(Commands.extractCurrent, article);
      before = await readOptionalText(sidecar);
      if (before === null) {
        void vscode.window.showErrorMessage(`Could not create the sidecar of ${baseName(article)}; the decision was not recorded.`);
        return undefined;
      }
    }
    let after: string;
    try {
      after = withReview(before, decision);
    } catch (e) {
      void vscode.window.showErrorMessage(`${baseName(article)}: decision not recorded: ${(e as Error).message}. Fix the sidecar (it was left as it is).`);
      return undefined;
    }
    await writeTextAtomic(sidecar, after);
    return { article, sidecar, before, after };
  };

  const decide = async (status: ReviewStatus, arg: unknown, extra: unknown): Promise<DecisionResult | undefined> => {
    const articles = targets(arg, extra).map((u) => (isSidecarUri(u) ? articleUriForSidecar(u, null) : u)).filter((u) => deps.index.isArticle(u));
    const last = articles[articles.length - 1];
    if (!last) {
      void vscode.window.showInformationMessage('Select an article in the Articles view or open one to review it.');
      return undefined;
    }
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(UNTRUSTED_REVIEW_MESSAGE);
      return undefined;
    }
    // One key, no prompt (the loop must not stop): a note comes as an argument ({ note }) or is
    // written into the sidecar's review block by hand.
    const given = (extra && typeof extra === 'object' && !Array.isArray(extra) ? extra : arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? arg : {}) as { note?: unknown };
    const note = typeof given.note === 'string' && given.note ? given.note : null;
    const decision: ReviewDecision = { status, reviewer: reviewerName(), note, time: new Date().toISOString() };
    const changes: Change[] = [];
    for (const article of articles) {
      const change = await record(article, decision);
      if (change) changes.push(change);
    }
    if (!changes.length) return undefined;
    undo.push({ status, changes });
    if (undo.length > MAX_UNDO) undo.shift();
    await Promise.all(changes.map((c) => deps.index.refresh(c.article)));
    deps.tree.provider.rebuildNow();
    const next = await openNext(last, 1);
    return { article: last.toString(), articles: changes.map((c) => c.article.toString()), status, next: next?.toString() };
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.accept, (arg?: unknown, extra?: unknown) => decide('accepted', arg, extra)),
    vscode.commands.registerCommand(Commands.reject, (arg?: unknown, extra?: unknown) => decide('rejected', arg, extra)),
    vscode.commands.registerCommand(Commands.flag, (arg?: unknown, extra?: unknown) => decide('flagged', arg, extra)),
    vscode.commands.registerCommand(Commands.nextUnreviewed, async (arg?: unknown) => (await openNext(target(arg), 1))?.toString()),
    vscode.commands.registerCommand(Commands.previousUnreviewed, async (arg?: unknown) => (await openNext(target(arg), -1))?.toString()),
    vscode.commands.registerCommand(Commands.undoDecision, async (): Promise<string | undefined> => {
      const last = undo.pop();
      if (!last) {
        void vscode.window.showInformationMessage('No review decision to undo.');
        return undefined;
      }
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showWarningMessage(UNTRUSTED_REVIEW_MESSAGE);
        return undefined;
      }
      const restored: Change[] = [];
      const changedSince: string[] = [];
      for (const change of last.changes) {
        if ((await readOptionalText(change.sidecar)) !== change.after) {
          changedSince.push(baseName(change.sidecar));
          continue;
        }
        await writeTextAtomic(change.sidecar, change.before);
        restored.push(change);
      }
      if (changedSince.length) {
        void vscode.window.showWarningMessage(`Left as they are (changed after the decision): ${changedSince.join(', ')}.`);
      }
      await Promise.all(restored.map((c) => deps.index.refresh(c.article)));
      deps.tree.provider.rebuildNow();
      const first = restored[0];
      if (!first) return undefined;
      await vscode.window.showTextDocument(first.article, { preview: false });
      void vscode.window.setStatusBarMessage(`Undid “${last.status}” on ${restored.length === 1 ? baseName(first.article) : `${restored.length} articles`}`, 3000);
      return first.article.toString();
    }),
  );
}
