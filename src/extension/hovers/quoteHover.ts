/** Over a quote (or its attribution): who said it, the cue, and how the speaker was resolved. */
import * as vscode from 'vscode';
import { inlineText } from '../commandLinks';
import type { Quote } from '../../core';
import { ArticleHoverProvider, type HoverPoint } from './articleHover';
import { spanContains, spanToRange } from './ranges';

const RESOLUTION_WORDS: Record<NonNullable<Quote['resolution']>, string> = {
  name: 'named in the cue',
  alias: 'a shorter or variant form of a name the article gives in full',
  pronoun: 'a pronoun or -nya cue, resolved to the person last named',
  role: 'a role or title, matched to the person who holds it',
  context: 'from the surrounding paragraph (no cue beside the quote)',
};

export class QuoteHoverProvider extends ArticleHoverProvider {
  static readonly setting = 'hover.quotes';

  protected hoverAt({ article, analysis, offset }: HoverPoint): vscode.Hover | undefined {
    const quote = analysis.quotes.find((q) => spanContains(q.span, offset) || (q.cue !== null && spanContains(q.cue.span, offset)));
    if (!quote) return undefined;
    // The hover's range must hold the position: the quote, or its cue when that is what is under the pointer.
    const range = spanContains(quote.span, offset) || !quote.cue ? quote.span : quote.cue.span;
    return new vscode.Hover(describeQuote(quote, article.text), spanToRange(article, range));
  }
}

export function describeQuote(quote: Quote, text: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**Quote** · ');
  if (quote.speaker) {
    md.appendMarkdown('said by **');
    md.appendMarkdown(inlineText(quote.speaker));
    md.appendMarkdown('**');
  } else {
    md.appendMarkdown('speaker unknown');
  }
  md.appendMarkdown('\n\n');
  if (quote.cue) {
    md.appendMarkdown('Cue: *');
    md.appendMarkdown(inlineText(text.slice(quote.cue.span.start, quote.cue.span.end)));
    md.appendMarkdown('* — verb *');
    md.appendMarkdown(inlineText(quote.cue.verb));
    md.appendMarkdown(`*, ${quote.cue.position === 'after' ? 'after' : 'before'} the quote\n\n`);
  } else {
    md.appendMarkdown('No cue beside the quote.\n\n');
  }
  md.appendMarkdown(`Speaker resolved: ${quote.resolution ? RESOLUTION_WORDS[quote.resolution] : 'not resolved'}`);
  if (!quote.closed) md.appendMarkdown('\n\n$(warning) The quote never closes; the engine bounded it.');
  md.supportThemeIcons = true;
  return md;
}
