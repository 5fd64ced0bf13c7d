/**
 * The engine-span overlay. The grammar sees one line at a time, so it cannot know that a quote
 * spans three paragraphs, that a curly mark is a scare quote, or that a line is boilerplate only
 * because 40 other articles share it. The overlay draws the engine's exact spans on top of the
 * grammar's colours, so what the reviewer sees is what the sidecar will say.
 *
 * Why decorations and not semantic tokens:
 * - Semantic tokens only change a token's foreground and font style. The overlay needs what the
 *   grammar does not already give: a background behind the exact extent of a quotation, and a
 *   fade over whole boilerplate lines. Decorations do both (backgroundColor, opacity) and leave
 *   the grammar's colours underneath intact, so the two layers add up instead of competing.
 * - Semantic highlighting is off for every theme that does not opt in
 *   (`editor.semanticHighlighting.enabled: "configuredByTheme"`), so a semantic overlay would
 *   silently vanish for many reviewers. Decorations render in every theme, desktop and web.
 * - Colours are contributed theme colours (`corpusReview.quoteBackground`,
 *   `corpusReview.cueBorder`, in package.json `contributes.colors`): themes and users can
 *   restyle them in `workbench.colorCustomizations`; fading uses opacity, which is theme-neutral.
 * Costs: decorations are per editor and recomputed per document version (debounced while typing),
 * from the same cached analysis the hovers use, and only for visible `news-article` editors.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './commandIds';
import type { DocumentAnalysisCache } from './hovers/documentAnalysis';
import { lineRange, spanToRange } from './hovers/ranges';

const TYPING_DEBOUNCE_MS = 250;

export interface OverlayApi {
  /** The ranges currently drawn in an editor, by layer (for tests and the API object). */
  rangesFor(editor: vscode.TextEditor): { quotes: vscode.Range[]; cues: vscode.Range[]; boilerplate: vscode.Range[] } | undefined;
  /** Repaints every visible article (the analysis options changed, e.g. new corpus signals). */
  refresh(): void;
}

function isEnabled(): boolean {
  return vscode.workspace.getConfiguration('corpusReview').get<boolean>('overlay.enabled', true);
}

export function registerOverlay(context: vscode.ExtensionContext, deps: { analyses: DocumentAnalysisCache }): OverlayApi {
  const quoteType = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('corpusReview.quoteBackground'),
    overviewRulerColor: new vscode.ThemeColor('corpusReview.quoteBackground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  const cueType = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dotted none',
    borderWidth: '1px',
    borderColor: new vscode.ThemeColor('corpusReview.cueBorder'),
  });
  const boilerplateType = vscode.window.createTextEditorDecorationType({ opacity: '0.5', isWholeLine: true });
  const drawn = new WeakMap<vscode.TextEditor, { quotes: vscode.Range[]; cues: vscode.Range[]; boilerplate: vscode.Range[] }>();

  const paint = (editor: vscode.TextEditor): void => {
    if (editor.document.languageId !== LANGUAGE_ID || !isEnabled()) {
      editor.setDecorations(quoteType, []);
      editor.setDecorations(cueType, []);
      editor.setDecorations(boilerplateType, []);
      drawn.delete(editor);
      return;
    }
    const { article, analysis } = deps.analyses.get(editor.document);
    const layers = {
      quotes: analysis.quotes.map((q) => spanToRange(article, q.span)),
      cues: analysis.quotes.flatMap((q) => (q.cue ? [spanToRange(article, q.cue.span)] : [])),
      boilerplate: analysis.boilerplate.map((b) => lineRange(article, b.line)),
    };
    editor.setDecorations(quoteType, layers.quotes);
    editor.setDecorations(cueType, layers.cues);
    editor.setDecorations(boilerplateType, layers.boilerplate);
    drawn.set(editor, layers);
  };
  const paintVisible = (): void => vscode.window.visibleTextEditors.forEach(paint);

  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const schedule = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    const previous = pending.get(key);
    if (previous) clearTimeout(previous);
    pending.set(key, setTimeout(() => {
      pending.delete(key);
      vscode.window.visibleTextEditors.filter((e) => e.document === document).forEach(paint);
    }, TYPING_DEBOUNCE_MS));
  };

  paintVisible();
  context.subscriptions.push(
    quoteType,
    cueType,
    boilerplateType,
    vscode.window.onDidChangeVisibleTextEditors(paintVisible),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId === LANGUAGE_ID) schedule(e.document);
    }),
    // A document switched to news-article is re-opened; its editor then shows the new document.
    vscode.workspace.onDidOpenTextDocument(() => paintVisible()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('corpusReview')) paintVisible();
    }),
    { dispose: () => pending.forEach((t) => clearTimeout(t)) },
  );
  return { rangesFor: (editor) => drawn.get(editor), refresh: paintVisible };
}
