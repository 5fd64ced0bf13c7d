/**
 * The extraction commands: the current article, a selection (tree or Explorer multi-select), or the
 * whole corpus. Each returns an ExtractionSummary, so tests and other commands can assert on it.
 * Batches run under a cancellable progress notification; the summary says how many sidecars were
 * written, unchanged, merged, in conflict or failed, and every failure and conflict is listed in
 * the "Corpus Review" output channel. In an untrusted workspace nothing is written.
 */
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core';
import type { CorpusSignals } from '../core/boilerplate/corpusBoilerplate';
import { Commands } from './commandIds';
import { extractArticles, summarise, type ExtractionSummary, type SidecarPort } from './extractRunner';
import { articleBehind } from './cleanedView';
import { baseName } from './sidecarPaths';
import { asUri } from './workspaceFiles';

export interface ExtractDeps {
  readonly port: SidecarPort;
  readonly analyzeOptions: () => AnalyzeOptions;
  /** Every article of the workspace's corpora (the corpus index's list). */
  readonly listArticles: () => Promise<readonly vscode.Uri[]>;
  readonly output: vscode.OutputChannel;
  readonly onCorpusSignals?: (signals: CorpusSignals) => void;
}

export interface ExtractApi {
  /** Fires after every extraction with its summary (the tree marks conflicts and refreshes from it). */
  readonly onDidExtract: vscode.Event<ExtractionSummary>;
}

export const UNTRUSTED_MESSAGE =
  'Corpus Review writes no sidecars in an untrusted workspace. Trust this workspace (Manage Workspace Trust) to extract metadata.';

export function registerExtractCommands(context: vscode.ExtensionContext, deps: ExtractDeps): ExtractApi {
  const didExtract = new vscode.EventEmitter<ExtractionSummary>();
  const run = async (articles: readonly vscode.Uri[], title: string, learnCorpus: boolean, callerToken?: vscode.CancellationToken): Promise<ExtractionSummary> => {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(UNTRUSTED_MESSAGE);
      return summarise([], articles.length, false, 'untrusted');
    }
    if (!articles.length) {
      void vscode.window.showInformationMessage('No articles to extract: open an article, select some, or open a corpus folder.');
      return summarise([], 0, false, 'no-articles');
    }
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      async (progress, progressToken) => {
        let reported = 0;
        const links: vscode.Disposable[] = [];
        const token = callerToken ? linkedToken([progressToken, callerToken], links) : progressToken;
        try {
          return await extractArticles(articles, {
            port: deps.port,
            analyzeOptions: deps.analyzeOptions,
            learnCorpus,
            token,
            ...(deps.onCorpusSignals ? { onCorpusSignals: deps.onCorpusSignals } : {}),
            onProgress: (done, total, file) => {
              const percent = (done / total) * 100;
              progress.report({ increment: percent - reported, message: `${baseName(file)} (${Math.min(done, articles.length)}/${articles.length})` });
              reported = percent;
            },
          });
        } finally {
          links.forEach((d) => d.dispose());
        }
      },
    );
    report(summary, title, deps.output);
    didExtract.fire(summary);
    return summary;
  };

  context.subscriptions.push(
    didExtract,
    vscode.commands.registerCommand(Commands.extractCurrent, (arg?: unknown) => {
      const target = asUri(arg) ?? vscode.window.activeTextEditor?.document.uri;
      const article = target && articleBehind(target);
      return run(article ? [article] : [], 'Extracting metadata', false);
    }),
    vscode.commands.registerCommand(Commands.extractSelection, (clicked?: unknown, selected?: unknown) => {
      const picked = (Array.isArray(selected) && selected.length ? selected : [clicked]).map(asUri).filter((u): u is vscode.Uri => u !== undefined);
      const active = vscode.window.activeTextEditor?.document.uri;
      const fallback = active && articleBehind(active);
      // A selection is too small a sample to learn corpus boilerplate from; it uses what the last corpus run learned.
      return run(picked.length ? picked : fallback ? [fallback] : [], `Extracting metadata for ${picked.length || 1} articles`, false);
    }),
    // `options.token` lets a caller (a test, another command) cancel as the notification's button does.
    vscode.commands.registerCommand(Commands.extractCorpus, async (options?: { token?: vscode.CancellationToken }) =>
      run(await deps.listArticles(), 'Extracting metadata for the corpus', true, options?.token),
    ),
  );
  return { onDidExtract: didExtract.event };
}

/** A token cancelled as soon as any of the given ones is. */
function linkedToken(tokens: readonly vscode.CancellationToken[], disposables: vscode.Disposable[]): vscode.CancellationToken {
  const source = new vscode.CancellationTokenSource();
  disposables.push(source);
  for (const t of tokens) {
    if (t.isCancellationRequested) source.cancel();
    disposables.push(t.onCancellationRequested(() => source.cancel()));
  }
  return source.token;
}

function report(summary: ExtractionSummary, title: string, output: vscode.OutputChannel): void {
  const line = `${summary.cancelled ? 'Cancelled' : 'Done'}: ${summary.files.length} of ${summary.total} articles — ${summary.written} written, ${summary.unchanged} unchanged, ${summary.merged} merged, ${summary.conflicts} conflicts, ${summary.errors} errors.`;
  output.appendLine(`[${new Date().toISOString()}] ${title}. ${line}`);
  for (const f of summary.files) {
    if (f.status === 'error') output.appendLine(`  error    ${f.article}: ${f.message ?? 'unknown error'}`);
    if (f.status === 'conflict') {
      for (const c of f.conflicts ?? []) output.appendLine(`  conflict ${f.sidecar}: ${c.key}: ${c.message} (your edit was kept)`);
    }
  }
  if (summary.errors || summary.conflicts) {
    void vscode.window.showWarningMessage(line, 'Show Details').then((choice) => {
      if (choice) output.show(true);
    });
  } else {
    void vscode.window.showInformationMessage(line);
  }
}
