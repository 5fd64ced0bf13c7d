/** Over a boilerplate line: its kind, and the rule and reason, or how many articles share it. */
import * as vscode from 'vscode';
import { inlineText } from '../commandLinks';
import type { BoilerplateLine } from '../../core';
import type { DocumentAnalysisCache } from './documentAnalysis';
import { lineRange } from './ranges';

export class BoilerplateHoverProvider implements vscode.HoverProvider {
  static readonly setting = 'hover.boilerplate';
  static isEnabled(config: vscode.WorkspaceConfiguration): boolean {
    return config.get<boolean>(BoilerplateHoverProvider.setting, true);
  }

  /** `corpusArticleCount` says how many articles the corpus signals were learned from, when known. */
  constructor(
    private readonly analyses: DocumentAnalysisCache,
    private readonly corpusArticleCount: () => number | undefined = () => undefined,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested) return undefined;
    const { article, analysis } = this.analyses.get(document);
    const entry = analysis.boilerplate.find((b) => b.line === position.line);
    if (!entry) return undefined;
    return new vscode.Hover(describeBoilerplate(entry, this.corpusArticleCount()), lineRange(article, entry.line));
  }
}

export function describeBoilerplate(entry: BoilerplateLine, articleCount: number | undefined): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**Boilerplate** · ');
  md.appendMarkdown(inlineText(entry.kind));
  md.appendMarkdown('\n\n');
  md.appendMarkdown(inlineText(entry.reason));
  md.appendMarkdown('\n\n');
  if (entry.sharedBy !== undefined) {
    md.appendMarkdown(`Seen in ${entry.sharedBy}${articleCount ? ` of ${articleCount}` : ''} articles of the corpus`);
  } else {
    md.appendMarkdown('Rule: `');
    md.appendMarkdown(entry.rule.replace(/`/g, "'"));
    md.appendMarkdown('`');
  }
  return md;
}
