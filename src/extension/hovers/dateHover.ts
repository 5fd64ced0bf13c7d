/** Over a date: its ISO value, time and zone, the role it plays and the rule that read it. */
import * as vscode from 'vscode';
import { inlineText } from '../commandLinks';
import type { DateValue, RelativeStamp } from '../../core';
import { ArticleHoverProvider, type HoverPoint } from './articleHover';
import { spanContains, spanToRange } from './ranges';

const ROLE_WORDS: Record<NonNullable<DateValue['role']>, string> = {
  byline: 'the date the article gives itself',
  event: 'the date of the event reported',
  mentioned: 'a date mentioned in the text',
};

export class DateHoverProvider extends ArticleHoverProvider {
  static readonly setting = 'hover.dates';

  protected hoverAt({ article, analysis, offset }: HoverPoint): vscode.Hover | undefined {
    const date = analysis.dates.find((d) => spanContains(d.span, offset)) ?? (analysis.date && spanContains(analysis.date.span, offset) ? analysis.date : undefined);
    if (date) {
      const isArticleDate = analysis.date !== null && analysis.date.span.start === date.span.start && analysis.date.iso === date.iso;
      return new vscode.Hover(describeDate(date, isArticleDate), spanToRange(article, date.span));
    }
    const stamp = analysis.relativeStamps.find((r) => spanContains(r.span, offset));
    if (stamp) return new vscode.Hover(describeRelativeStamp(stamp), spanToRange(article, stamp.span));
    return undefined;
  }
}

export function describeDate(date: DateValue, isArticleDate: boolean): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**Date** · \`${date.iso}${date.time ? ` ${date.time}` : ''}${date.zone ? ` ${date.zone}` : ''}\``);
  md.appendMarkdown('\n\n');
  if (isArticleDate) md.appendMarkdown("The article's own date.\n\n");
  else if (date.role) md.appendMarkdown(`${ROLE_WORDS[date.role]}\n\n`);
  md.appendMarkdown('Read from *');
  md.appendMarkdown(inlineText(date.raw));
  md.appendMarkdown('* by rule `');
  md.appendMarkdown(date.rule.replace(/`/g, "'"));
  md.appendMarkdown('`');
  if (date.yearInferred) md.appendMarkdown('\n\nThe year is not written; the text made it certain.');
  return md;
}

export function describeRelativeStamp(stamp: RelativeStamp): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**Relative time** · ${stamp.amount} ${stamp.unit}${stamp.amount === 1 ? '' : 's'} before the page was scraped\n\n`);
  md.appendMarkdown('Not a date: the scrape time is unknown, so it is not normalised.');
  return md;
}
