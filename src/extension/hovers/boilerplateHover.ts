/** Over a boilerplate line: its kind, and the rule and reason, or how many articles share it. */
import * as vscode from 'vscode';
import { inlineText } from '../commandLinks';
import type { BoilerplateLine } from '../../core';
import { ArticleHoverProvider, type HoverPoint } from './articleHover';
import type { DocumentAnalysisCache } from './documentAnalysis';
import { lineRange } from './ranges';

export class BoilerplateHoverProvider extends ArticleHoverProvider {
  static readonly setting = 'hover.boilerplate';

  /** `corpusArticleCount` says how many articles the corpus signals were learned from, when known. */
  constructor(
    analyses: DocumentAnalysisCache,
    private readonly corpusArticleCount: () => number | undefined = () => undefined,
  ) {
    super(analyses);
  }

  protected hoverAt({ article, analysis, line }: HoverPoint): vscode.Hover | undefined {
    const entry = analysis.boilerplate.find((b) => b.line === line);
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
