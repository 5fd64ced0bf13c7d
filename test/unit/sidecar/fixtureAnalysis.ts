/**
 * Hand-built analyses for the sidecar tests: the sidecar's behaviour is tested against engine
 * output we control (including the engine "changing its mind"), not against whatever the engine
 * finds today. Spans are found by searching the fixture text, so they are real offsets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle, type Article, type ArticleAnalysis, type BoilerplateKind, type Quote } from '../../../src/core';

export function fixturePath(name: string): string {
  const candidates = [resolve(__dirname, '../../../../test/fixtures/sidecar', name), join(process.cwd(), 'test/fixtures/sidecar', name)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`fixture ${name} not found (looked in ${candidates.join(', ')})`);
  return found;
}

export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export interface FakeQuote {
  readonly text: string;
  readonly speaker: string | null;
  readonly cue?: string;
}

export interface FakeSpec {
  readonly title?: string | null;
  readonly quotes?: readonly FakeQuote[];
  readonly people?: readonly { name: string; aliases?: string[]; role?: string | null; mentions?: number }[];
  readonly boilerplate?: readonly { line: number; kind: BoilerplateKind; sharedBy?: number }[];
  readonly date?: { raw: string; iso: string; time?: string; zone?: string } | null;
  readonly outlet?: string | null;
  readonly authors?: readonly string[];
}

function spanOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture text has no ${JSON.stringify(needle)}`);
  return { start, end: start + needle.length };
}

export function fakeAnalysis(text: string, spec: FakeSpec): { article: Article; analysis: ArticleAnalysis } {
  const article = parseArticle(text);
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const span = spanOf(article.text, q.text);
    const cueSpan = q.cue ? spanOf(article.text, q.cue, span.end) : null;
    return {
      span,
      text: q.text,
      speaker: q.speaker,
      cue: q.cue && cueSpan ? { verb: q.cue.split(' ')[0] as string, span: cueSpan, speakerText: null, speakerSpan: null, position: 'after' } : null,
      resolution: q.speaker ? 'name' : null,
      closed: true,
    };
  });
  const analysis: ArticleAnalysis = {
    language: 'id',
    lineCount: article.lines.length,
    lineRoles: article.lines.map(() => 'body'),
    title: spec.title ? { text: spec.title, line: article.lines.findIndex((l) => l.text === spec.title) } : null,
    boilerplate: (spec.boilerplate ?? []).map((b) => ({ line: b.line, kind: b.kind, rule: `test-${b.kind}`, reason: `a ${b.kind} line`, ...(b.sharedBy ? { sharedBy: b.sharedBy } : {}) })),
    quotes,
    people: (spec.people ?? []).map((p) => ({ name: p.name, aliases: p.aliases ?? [], role: p.role ?? null, mentions: p.mentions ?? 1, spans: [spanOf(article.text, p.name)] })),
    date: spec.date ? { iso: spec.date.iso, raw: spec.date.raw, span: spanOf(article.text, spec.date.raw), rule: 'test-date', ...(spec.date.time ? { time: spec.date.time } : {}), ...(spec.date.zone ? { zone: spec.date.zone } : {}) } : null,
    dates: [],
    relativeStamps: [],
    dateline: null,
    outlet: spec.outlet ?? null,
    authors: spec.authors ?? [],
    signoffs: [],
  };
  return { article, analysis };
}

/** The pasar-banjir fixture as a first extraction finds it (one false quote included). */
export const PASAR_SPEC: FakeSpec = {
  title: 'Pasar Terapung Sungai Barito Kembali Dibuka Setelah Banjir Surut',
  date: { raw: 'Senin, 3 Maret 2025 10:15 WIB', iso: '2025-03-03', time: '10:15', zone: 'WIB' },
  authors: ['Rina Kartika'],
  people: [
    { name: 'Siti Aminah', role: 'pedagang sayur' },
    { name: 'Hendra Wijaya', aliases: ['Hendra'], role: 'Kepala Dinas Perdagangan Kota Banjarmasin', mentions: 3 },
  ],
  quotes: [
    { text: '"Kampung Apung"', speaker: null },
    { text: '"Kami sudah menunggu sejak minggu lalu, pembeli juga sudah rindu,"', speaker: 'Siti Aminah', cue: 'ujar Siti Aminah' },
    { text: '"Perbaikan dermaga kami mulai pekan depan dan selesai sebelum Ramadan,"', speaker: 'Siti Aminah', cue: 'kata Hendra' },
    { text: '"Tidak ada pungutan untuk pedagang,"', speaker: 'Hendra Wijaya', cue: 'tegasnya' },
  ],
  boilerplate: [
    { line: 0, kind: 'banner' },
    { line: 13, kind: 'related' },
    { line: 17, kind: 'signoff' },
  ],
};
