/** Over a person's (or organisation's) name: role, other forms of the name, mentions, quotes. */
import * as vscode from 'vscode';
import { inlineText } from '../commandLinks';
import type { ArticleAnalysis, Person } from '../../core';
import { ArticleHoverProvider, type HoverPoint } from './articleHover';
import { spanContains, spanToRange } from './ranges';

export class PersonHoverProvider extends ArticleHoverProvider {
  static readonly setting = 'hover.people';

  protected hoverAt({ article, analysis, offset }: HoverPoint): vscode.Hover | undefined {
    for (const person of analysis.people) {
      const span = person.spans.find((s) => spanContains(s, offset));
      if (span) return new vscode.Hover(describePerson(person, analysis), spanToRange(article, span));
    }
    return undefined;
  }
}

export function describePerson(person: Person, analysis: ArticleAnalysis): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(person.organisation ? '**Organisation** · ' : '**Person** · ');
  md.appendMarkdown(inlineText(person.name));
  md.appendMarkdown('\n\n');
  md.appendMarkdown('Role: ');
  md.appendMarkdown(inlineText(person.role ?? 'not stated'));
  md.appendMarkdown('\n\n');
  if (person.aliases.length) {
    md.appendMarkdown('Also written as: ');
    md.appendMarkdown(inlineText(person.aliases.join(', ')));
    md.appendMarkdown('\n\n');
  }
  const quoted = analysis.quotes.filter((q) => q.speaker === person.name).length;
  md.appendMarkdown(`Mentions: ${person.mentions} · Quotes attributed: ${quoted}`);
  return md;
}
