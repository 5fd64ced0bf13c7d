/**
 * Registers the hover providers that are switched on in settings, and only those; when a
 * `corpusReview.hover.*` setting changes, everything is unregistered and registered again
 * (GitLens' pattern), so a switched-off hover costs nothing.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../commandIds';
import { sidecarSuffix } from '../sidecarPaths';
import { BoilerplateHoverProvider } from './boilerplateHover';
import { DateHoverProvider } from './dateHover';
import type { DocumentAnalysisCache } from './documentAnalysis';
import { PersonHoverProvider } from './personHover';
import { QuoteHoverProvider } from './quoteHover';
import { SidecarHoverProvider } from './sidecarHover';

export interface HoverDeps {
  readonly analyses: DocumentAnalysisCache;
  /** How many articles the corpus signals were learned from, when the corpus has been indexed. */
  readonly corpusArticleCount?: () => number | undefined;
}

const ARTICLE_SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

function sidecarSelector(): vscode.DocumentSelector {
  return { pattern: `**/*${sidecarSuffix()}` };
}

export function registerHovers(context: vscode.ExtensionContext, deps: HoverDeps): void {
  let registered: vscode.Disposable[] = [];
  const registerEnabled = (): void => {
    vscode.Disposable.from(...registered).dispose();
    registered = [];
    const config = vscode.workspace.getConfiguration('corpusReview');
    // Each kind of hover has its own switch (`corpusReview.hover.*`), on by default.
    const enabled = (provider: { readonly setting: string }): boolean => config.get<boolean>(provider.setting, true);
    if (enabled(QuoteHoverProvider)) registered.push(vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new QuoteHoverProvider(deps.analyses)));
    if (enabled(BoilerplateHoverProvider)) {
      registered.push(vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new BoilerplateHoverProvider(deps.analyses, deps.corpusArticleCount)));
    }
    if (enabled(DateHoverProvider)) registered.push(vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new DateHoverProvider(deps.analyses)));
    if (enabled(PersonHoverProvider)) registered.push(vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new PersonHoverProvider(deps.analyses)));
    if (enabled(SidecarHoverProvider)) registered.push(vscode.languages.registerHoverProvider(sidecarSelector(), new SidecarHoverProvider(sidecarSuffix)));
  };
  registerEnabled();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('corpusReview.hover') || e.affectsConfiguration('corpusReview.sidecarSuffix')) registerEnabled();
    }),
    { dispose: () => vscode.Disposable.from(...registered).dispose() },
  );
}
