/**
 * In a sidecar: over an entry (a quote, a boilerplate run, the date, a person), the article text
 * it points at, and a link that opens the article with that span selected.
 */
import * as vscode from 'vscode';
import { fromLineColumn, parseArticle, type Article, type Span } from '../../core';
import { isStale, readSidecar } from '../../core/sidecar';
import { Commands } from '../commandIds';
import { commandLink, inlineText, trustedMarkdown } from '../commandLinks';
import { articleUriForSidecar, baseName, readArticleText } from '../sidecarPaths';
import { locateSidecarEntry, type SourceLocator } from './sidecarEntries';
import { spanToRange } from './ranges';

/** The longest source excerpt a hover shows; the link opens the rest. */
const MAX_EXCERPT_CHARS = 800;

export class SidecarHoverProvider implements vscode.HoverProvider {
  static readonly setting = 'hover.sidecar';

  constructor(private readonly suffix: () => string) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (token.isCancellationRequested) return undefined;
    const { articleName, entry } = locateSidecarEntry(document.getText(), document.offsetAt(position));
    if (!entry) return undefined;
    const articleUri = articleUriForSidecar(document.uri, articleName, this.suffix());
    const read = await readArticleText(articleUri);
    if (token.isCancellationRequested) return undefined;
    const hoverRange = new vscode.Range(document.positionAt(entry.range[0]), document.positionAt(entry.range[1]));
    const md = trustedMarkdown([Commands.openArticleAt]);
    md.appendMarkdown(`**Source** · ${entry.section}`);
    if (entry.label) {
      md.appendMarkdown(' · *');
      md.appendMarkdown(inlineText(entry.label));
      md.appendMarkdown('*');
    }
    md.appendMarkdown('\n\n');
    if (!read.ok) {
      md.appendMarkdown(inlineText(read.message));
      return new vscode.Hover(md, hoverRange);
    }
    const article = parseArticle(read.text);
    const sidecar = readSidecar(document.getText());
    if (sidecar.ok && isStale(sidecar.value, read.text)) {
      md.appendMarkdown('$(warning) **Stale**: the article changed after this sidecar was extracted; positions may be off until it is extracted again.\n\n');
    }
    const span = resolveLocator(article, entry.locator);
    if (!span) {
      md.appendMarkdown('The text this entry names is not in ');
      md.appendMarkdown(inlineText(baseName(articleUri)));
      md.appendMarkdown(' any more (the article changed since extraction?).');
      return new vscode.Hover(md, hoverRange);
    }
    const excerpt = article.text.slice(span.start, span.end);
    md.appendCodeblock(excerpt.length > MAX_EXCERPT_CHARS ? `${excerpt.slice(0, MAX_EXCERPT_CHARS)}…` : excerpt, 'news-article');
    const range = spanToRange(article, span);
    md.appendMarkdown(
      commandLink(`Open ${baseName(articleUri)} at line ${range.start.line + 1}`, Commands.openArticleAt, [
        articleUri.toString(),
        { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } },
      ]),
    );
    return new vscode.Hover(md, hoverRange);
  }
}

/** The article span a sidecar entry names, or null when the article no longer has it. */
export function resolveLocator(article: Article, locator: SourceLocator): Span | null {
  switch (locator.kind) {
    case 'lineColumn': {
      if (locator.start.line > article.lines.length || locator.end.line > article.lines.length) return null;
      const start = fromLineColumn(article, locator.start);
      const last = fromLineColumn(article, locator.end);
      const line = article.lines[locator.end.line - 1];
      const c = article.text.charCodeAt(last);
      const end = Math.min(last + (c >= 0xd800 && c <= 0xdbff ? 2 : 1), line ? line.end : article.text.length);
      return end > start ? { start, end } : null;
    }
    case 'lines': {
      const first = article.lines[locator.first - 1];
      const last = article.lines[Math.max(locator.first, locator.last) - 1];
      return first && last ? { start: first.start, end: last.end } : null;
    }
    case 'text': {
      const at = article.text.indexOf(locator.text);
      return at >= 0 ? { start: at, end: at + locator.text.length } : null;
    }
  }
}
