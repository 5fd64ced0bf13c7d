/**
 * The article tooltip of the Articles view (resolved lazily): headline, date, dateline, outlet,
 * review and sidecar state, quotes with speakers, share of boilerplate and the first lines of the
 * body. Command links are allow-listed (isTrusted.enabledCommands), never `isTrusted: true`.
 */
import * as vscode from 'vscode';
import type { ArticleSummary } from '../core/corpus';
import { Commands, type CommandId } from './commandIds';
import { commandLink, escapeMarkdownLabel } from './commandLinks';
import type { AnalysedArticle } from './corpusIndex';

export const TOOLTIP_COMMANDS: readonly CommandId[] = [Commands.openSidecar, Commands.accept, Commands.reject, Commands.flag, Commands.extractCurrent];

const MAX_QUOTES = 5;
const BODY_LINES = 3;
const MAX_CHARS = 160;

function clip(text: string, max = MAX_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const SIDECAR_WORDS: Record<ArticleSummary['sidecar'], string> = {
  pending: 'not read yet',
  missing: 'no sidecar yet (extract to create it)',
  fresh: 'up to date',
  stale: 'stale: the article changed since extraction',
  conflict: 'conflict: a reviewer’s edit differs from the engine’s new value',
  invalid: 'the sidecar does not parse',
};

/** The tooltip's Markdown source, for the tree and for the test API. */
export function articleTooltipMarkdown(a: ArticleSummary, analysed: AnalysedArticle | undefined, uri: vscode.Uri): string {
  const out: string[] = [];
  const esc = escapeMarkdownLabel;
  out.push(`**${esc(a.headline ?? a.name)}**`, '');
  const facts: string[] = [];
  const analysis = analysed?.analysis;
  facts.push(`**Date:** ${a.date ?? 'unknown'}${analysis?.date ? ` (read from “${esc(clip(analysis.date.raw, 60))}”)` : ''}`);
  if (analysis?.dateline) facts.push(`**Dateline:** ${esc(analysis.dateline.place ?? analysis.dateline.raw)}`);
  facts.push(`**Outlet:** ${esc(a.outlet ?? 'unknown')}`);
  facts.push(`**Review:** ${a.status}`);
  facts.push(`**Sidecar:** ${SIDECAR_WORDS[a.sidecar]}`);
  if (a.boilerplateShare !== null) facts.push(`**Boilerplate:** ${Math.round(a.boilerplateShare * 100)} % of non-blank lines`);
  if (a.error) facts.push(`**Unreadable:** ${esc(a.error)}`);
  out.push(facts.join('  \n'), '');
  const quotes = analysis?.quotes ?? [];
  if (quotes.length) {
    out.push(`**Quotes (${quotes.length}):**`, '');
    for (const q of quotes.slice(0, MAX_QUOTES)) out.push(`- ${esc(q.speaker ?? 'unattributed')}: “${esc(clip(q.text.replace(/^["“”]|["“”]$/g, ''), 100))}”`);
    if (quotes.length > MAX_QUOTES) out.push(`- … and ${quotes.length - MAX_QUOTES} more`);
    out.push('');
  } else if (a.speakers.length) {
    out.push(`**Speakers:** ${a.speakers.map((s) => `${esc(s.name)} (${s.quotes})`).join(', ')}`, '');
  }
  if (analysed && analysis) {
    const body = analysed.article.lines.filter((l) => analysis.lineRoles[l.index] === 'body').slice(0, BODY_LINES);
    if (body.length) out.push(...body.map((l) => `> ${esc(clip(l.text))}`), '');
  }
  const arg = [uri.toString()];
  out.push(
    [
      commandLink('Open sidecar', Commands.openSidecar, arg),
      commandLink('Accept', Commands.accept, arg),
      commandLink('Reject', Commands.reject, arg),
      commandLink('Flag', Commands.flag, arg),
      ...(a.sidecar === 'missing' || a.sidecar === 'stale' ? [commandLink('Extract', Commands.extractCurrent, arg)] : []),
    ].join(' · '),
  );
  return out.join('\n');
}

export function articleTooltip(a: ArticleSummary, analysed: AnalysedArticle | undefined, uri: vscode.Uri): vscode.MarkdownString {
  const md = new vscode.MarkdownString(articleTooltipMarkdown(a, analysed, uri), true);
  md.isTrusted = { enabledCommands: [...TOOLTIP_COMMANDS] };
  return md;
}
