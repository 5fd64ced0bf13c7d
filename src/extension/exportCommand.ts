/**
 * Export the reviewed corpus as JSONL: one record per article with its cleaned text and metadata,
 * the same records the CLI's `corpus-review export --clean` prints, made the same way: a first
 * pass learns the corpus signal (with outlets) over every article, accepted or not, then each
 * exported article is analysed with it and turned into `toCleanRecord` (src/core/output/clean.ts).
 * Only accepted articles by default (`corpusReview.export.onlyAccepted`), or all. The target comes
 * from a save dialog, or from the first argument (tests pass one). The file is written
 * atomically; nothing is written in an untrusted workspace.
 */
import * as vscode from 'vscode';
import { analyzeText, getLanguage, type AnalyzeOptions, type Article, type ArticleAnalysis } from '../core';
import { learnCorpusSignalsWithOutlets } from '../core/boilerplate/corpusLearn';
import { toCleanRecord } from '../core/output/clean';
import { readSidecar, type SidecarView } from '../core/sidecar/read';
import { formatSidecarError } from '../core/sidecar/parse';
import { Commands } from './commandIds';
import { baseName, sidecarUriFor } from './sidecarPaths';
import { asUri, readTextFile, writeTextAtomic, sliceYielder } from './workspaceFiles';

export interface ExportRecordInput {
  readonly fileName: string;
  readonly text: string;
  readonly article: Article;
  readonly analysis: ArticleAnalysis;
  /** The article's sidecar, when it has a readable one (review status, a person's corrections). */
  readonly sidecar: SidecarView | null;
}

export interface ExportDeps {
  readonly listArticles: () => Promise<readonly vscode.Uri[]>;
  readonly analyzeOptions: () => AnalyzeOptions;
  /** Overrides the record (default: the core's toCleanRecord, as the CLI's `export --clean`). */
  readonly toExportRecord?: (input: ExportRecordInput) => Record<string, unknown>;
  readonly output: vscode.OutputChannel;
}

export interface ExportResult {
  readonly target: string | null;
  readonly exported: number;
  /** Articles left out because they are not accepted (with onlyAccepted). */
  readonly skipped: number;
  readonly errors: readonly { readonly file: string; readonly message: string }[];
  readonly cancelled: boolean;
  readonly refused?: 'untrusted';
}

export interface ExportOptions {
  readonly onlyAccepted?: boolean;
}

export function registerExportCommand(context: vscode.ExtensionContext, deps: ExportDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.exportCorpus, async (targetArg?: unknown, options?: ExportOptions): Promise<ExportResult | undefined> => {
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showWarningMessage('Corpus Review exports nothing in an untrusted workspace. Trust this workspace (Manage Workspace Trust) to export.');
        return { target: null, exported: 0, skipped: 0, errors: [], cancelled: false, refused: 'untrusted' };
      }
      const onlyAccepted = options?.onlyAccepted ?? vscode.workspace.getConfiguration('corpusReview').get<boolean>('export.onlyAccepted', true);
      const target = asUri(targetArg) ?? (await askForTarget(onlyAccepted));
      if (!target) return undefined;
      const articles = await deps.listArticles();
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Exporting ${onlyAccepted ? 'accepted articles' : 'all articles'}`, cancellable: true },
        (progress, token) =>
          exportArticles(articles, target, onlyAccepted, deps, token, (done) =>
            progress.report({
              increment: 50 / Math.max(articles.length, 1),
              message: done > articles.length ? `${done - articles.length}/${articles.length} exported` : `${done}/${articles.length} read`,
            }),
          ),
      );
      const line = `${result.cancelled ? 'Export cancelled; nothing written' : `Exported ${result.exported} articles to ${baseName(target)}`} (${result.skipped} not accepted, ${result.errors.length} errors).`;
      deps.output.appendLine(`[${new Date().toISOString()}] ${line}`);
      for (const e of result.errors) deps.output.appendLine(`  error ${e.file}: ${e.message}`);
      if (result.errors.length) {
        void vscode.window.showWarningMessage(line, 'Show Details').then((c) => c && deps.output.show(true));
      } else {
        void vscode.window.showInformationMessage(line);
      }
      return result;
    }),
  );
}

async function askForTarget(onlyAccepted: boolean): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    title: onlyAccepted ? 'Export accepted articles as JSONL' : 'Export all articles as JSONL',
    filters: { 'JSON Lines': ['jsonl'] },
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, 'corpus-export.jsonl') } : {}),
  });
}

/** Article text kept between the two passes, in UTF-16 units (beyond it the signal is learnt from that sample and the rest re-read). */
const MAX_KEPT_CHARS = 64 * 1024 * 1024;

/** The CLI's record: toCleanRecord of the article analysed with the corpus signal. */
export function defaultExportRecord(input: ExportRecordInput): Record<string, unknown> {
  return toCleanRecord(input.fileName, input.article, input.analysis);
}

/**
 * Builds every record, then writes the file once, atomically: a cancelled or failed export leaves
 * any earlier file at the target as it was. Records are in the order of the articles given.
 */
async function exportArticles(
  articles: readonly vscode.Uri[],
  target: vscode.Uri,
  onlyAccepted: boolean,
  deps: ExportDeps,
  token: vscode.CancellationToken,
  onProgress: (done: number) => void,
): Promise<ExportResult> {
  const lines: string[] = [];
  const errors: { file: string; message: string }[] = [];
  let skipped = 0;
  let done = 0;
  const breathe = sliceYielder();
  const cancelled = (): ExportResult => ({ target: target.toString(), exported: 0, skipped, errors, cancelled: true });

  // Pass 1, as the CLI: the corpus signal from every article named, accepted or not.
  const texts = new Map<string, string>();
  let keptChars = 0;
  for (const uri of articles) {
    if (token.isCancellationRequested) return cancelled();
    if (keptChars > MAX_KEPT_CHARS) break;
    try {
      const text = await readTextFile(uri);
      if (text !== null) {
        texts.set(uri.toString(), text);
        keptChars += text.length;
      }
    } catch {
      // Reported in pass 2, where the article is read again.
    }
    onProgress(++done);
    await breathe();
  }
  const base = deps.analyzeOptions();
  const lang = typeof base.language === 'object' ? base.language : getLanguage(base.language);
  const options: AnalyzeOptions = { ...base, corpus: learnCorpusSignalsWithOutlets(texts.values(), lang) };
  const toRecord = deps.toExportRecord ?? defaultExportRecord;

  done = articles.length;
  for (const uri of articles) {
    if (token.isCancellationRequested) return cancelled();
    const file = baseName(uri);
    try {
      const sidecarText = await readTextFile(sidecarUriFor(uri));
      let sidecar: SidecarView | null = null;
      if (sidecarText !== null) {
        const read = readSidecar(sidecarText);
        if (read.ok) sidecar = read.value;
        else errors.push({ file, message: formatSidecarError(baseName(sidecarUriFor(uri)), read.error) });
      }
      if (onlyAccepted && sidecar?.review.status !== 'accepted') {
        skipped++;
      } else {
        const text = texts.get(uri.toString()) ?? (await readTextFile(uri));
        if (text === null) throw new Error(`${file} no longer exists`);
        const { article, analysis } = analyzeText(text, options);
        lines.push(JSON.stringify(toRecord({ fileName: file, text, article, analysis, sidecar })));
      }
    } catch (e) {
      errors.push({ file, message: (e as Error).message });
    }
    texts.delete(uri.toString());
    onProgress(++done);
    await breathe();
  }
  await writeTextAtomic(target, lines.length ? `${lines.join('\n')}\n` : '');
  return { target: target.toString(), exported: lines.length, skipped, errors, cancelled: false };
}
