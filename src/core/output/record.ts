/**
 * The JSONL record for one article: the prediction format of ../shared/eval/score.mjs plus what
 * the sidecar carries. Positions are 1-based line and column in code points, end inclusive.
 */
import { toLineColumn, type Article, type LineColumn } from '../article/article';
import type { ArticleAnalysis, BoilerplateKind, Span } from '../model';

export interface RecordSpan {
  readonly start: LineColumn;
  readonly end: LineColumn;
}

/** Start of the first character and start of the last character (inclusive end). */
export function spanToLineColumns(article: Article, span: Span): RecordSpan {
  return { start: toLineColumn(article, span.start), end: toLineColumn(article, Math.max(span.start, span.end - 1)) };
}

export interface BoilerplateRun {
  /** 1-based first and last line, inclusive. */
  readonly lines: [number, number];
  readonly kind: BoilerplateKind;
  readonly rule: string;
  readonly reason: string;
  readonly text: string;
  readonly sharedBy?: number;
}

/** Groups consecutive boilerplate lines of one kind and rule into runs (blank lines between them do not break a run). */
export function boilerplateRuns(article: Article, analysis: ArticleAnalysis): BoilerplateRun[] {
  const runs: BoilerplateRun[] = [];
  const sorted = [...analysis.boilerplate].sort((a, b) => a.line - b.line);
  for (const b of sorted) {
    const last = runs[runs.length - 1];
    const text = article.lines[b.line]?.text.trim() ?? '';
    const between = last ? article.lines.slice(last.lines[1], b.line).every((l) => l.index < last.lines[1] || l.text.trim() === '') : false;
    if (last && last.kind === b.kind && last.rule === b.rule && last.sharedBy === b.sharedBy && between) {
      runs[runs.length - 1] = { ...last, lines: [last.lines[0], b.line + 1], text: `${last.text}\n${text}` };
    } else {
      runs.push({ lines: [b.line + 1, b.line + 1], kind: b.kind, rule: b.rule, reason: b.reason, text, ...(b.sharedBy !== undefined ? { sharedBy: b.sharedBy } : {}) });
    }
  }
  return runs;
}

export function toRecord(file: string, article: Article, analysis: ArticleAnalysis): Record<string, unknown> {
  return {
    file,
    language: analysis.language,
    title: analysis.title?.text ?? null,
    date: analysis.date?.iso ?? null,
    dateDetail: analysis.date
      ? { iso: analysis.date.iso, time: analysis.date.time ?? null, zone: analysis.date.zone ?? null, raw: analysis.date.raw, rule: analysis.date.rule, yearInferred: analysis.date.yearInferred ?? false, note: analysis.date.note ?? null, ...spanToLineColumns(article, analysis.date.span) }
      : null,
    dates: analysis.dates.map((d) => ({
      iso: d.iso, raw: d.raw, rule: d.rule, role: d.role ?? null, ...(d.time ? { time: d.time } : {}), ...(d.zone ? { zone: d.zone } : {}),
      ...(d.yearInferred ? { yearInferred: true } : {}), ...(d.yearUnknown ? { yearUnknown: true } : {}), ...(d.note ? { note: d.note } : {}),
      ...spanToLineColumns(article, d.span),
    })),
    dateline: analysis.dateline ? { place: analysis.dateline.place, outlet: analysis.dateline.outlet, raw: analysis.dateline.raw } : null,
    outlet: analysis.outlet,
    authors: analysis.authors,
    boilerplate: boilerplateRuns(article, analysis),
    quotes: analysis.quotes.map((q) => ({
      ...spanToLineColumns(article, q.span),
      text: q.text,
      speaker: q.speaker,
      cue: q.cue ? { verb: q.cue.verb, text: article.text.slice(q.cue.span.start, q.cue.span.end), speakerText: q.cue.speakerText, position: q.cue.position } : null,
      resolution: q.resolution,
      closed: q.closed,
    })),
    people: analysis.people.map((p) => ({ name: p.name, aliases: p.aliases, role: p.role, mentions: p.mentions, ...(p.organisation ? { organisation: true } : {}) })),
    relativeStamps: analysis.relativeStamps.map((r) => ({ raw: r.raw, amount: r.amount, unit: r.unit })),
    signoffs: analysis.signoffs.map((s) => ({ text: s.text, codes: s.codes })),
  };
}
