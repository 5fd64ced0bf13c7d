/**
 * Moving between an article and its sidecar: open the sidecar beside its article (or the article
 * beside its sidecar), open an article at a span (the target of hover links), and reveal the
 * current article in the corpus tree.
 */
import * as vscode from 'vscode';
import { articleBehind, CLEANED_SCHEME } from './cleanedView';
import { Commands } from './commandIds';
import { articleUriForSidecar, baseName, exists, isSidecarUri, sidecarUriFor } from './sidecarPaths';
import { asUri } from './workspaceFiles';

export interface SidecarCommandDeps {
  /** Reveals an article in the corpus tree; absent when the tree does not offer it. */
  readonly revealInTree?: (article: vscode.Uri) => Promise<void>;
}

/** A span as the hover links pass it: 0-based lines, UTF-16 characters (the editor's form). */
export interface EditorSpanArg {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

export interface OpenedResult {
  readonly uri: string;
  readonly opened: boolean;
  readonly reason?: string;
}

/** The command's target: its argument, or the active editor's document (a cleaned view stands for its article). */
function currentUri(arg: unknown): vscode.Uri | undefined {
  const uri = asUri(arg) ?? vscode.window.activeTextEditor?.document.uri;
  return uri?.scheme === CLEANED_SCHEME ? articleBehind(uri) : uri;
}

export function registerSidecarCommands(context: vscode.ExtensionContext, deps: SidecarCommandDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.openSidecar, async (arg?: unknown): Promise<OpenedResult | undefined> => {
      const from = currentUri(arg);
      if (!from) {
        void vscode.window.showInformationMessage('Open an article first: there is no sidecar to open.');
        return undefined;
      }
      // From a sidecar the same command goes back to its article, so one key toggles between the two.
      const target = isSidecarUri(from) ? articleUriForSidecar(from, null) : sidecarUriFor(from);
      if (!(await exists(target))) {
        const reason = `${baseName(target)} does not exist yet.`;
        if (!isSidecarUri(from)) {
          void vscode.window.showInformationMessage(`${reason} Extract the article's metadata to create it.`, 'Extract Now').then((choice) => {
            if (choice) void vscode.commands.executeCommand(Commands.extractCurrent, from);
          });
        } else {
          void vscode.window.showWarningMessage(reason);
        }
        return { uri: target.toString(), opened: false, reason };
      }
      await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      return { uri: target.toString(), opened: true };
    }),
    vscode.commands.registerCommand(Commands.openArticleAt, async (uriArg: unknown, span?: EditorSpanArg): Promise<OpenedResult | undefined> => {
      const uri = asUri(uriArg);
      if (!uri) return undefined;
      const selection = span ? new vscode.Range(span.start.line, span.start.character, span.end.line, span.end.character) : undefined;
      // From a sidecar the article opens beside it, so the entry and its source stay side by side.
      const fromSidecar = vscode.window.activeTextEditor && isSidecarUri(vscode.window.activeTextEditor.document.uri);
      const editor = await vscode.window.showTextDocument(uri, {
        ...(selection ? { selection } : {}),
        viewColumn: fromSidecar ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active,
        preview: true,
      });
      if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return { uri: uri.toString(), opened: true };
    }),
    vscode.commands.registerCommand(Commands.revealInTree, async (arg?: unknown): Promise<OpenedResult | undefined> => {
      const from = currentUri(arg);
      if (!from) return undefined;
      const article = articleBehind(from);
      if (!deps.revealInTree) return { uri: article.toString(), opened: false, reason: 'the corpus tree is not available' };
      await vscode.commands.executeCommand(`workbench.view.extension.corpusReview`);
      await deps.revealInTree(article);
      return { uri: article.toString(), opened: true };
    }),
  );
}
