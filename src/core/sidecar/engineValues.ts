/**
 * The values the engine owns in a sidecar, computed from an analysis: plain JSON-like data in
 * schema v1's shape and key order. Both the first write and the merge start from here.
 */
import { parseArticle, type Article } from '../article/article';
import type { ArticleAnalysis } from '../model';
import { boilerplateRuns, spanToLineColumns } from '../output/record';
import { sha256Hex } from './sha256';
import { LIST_IDENTITY, type ListField, type RootField, type SidecarSource } from './schema';

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };
export type PlainMap = { [key: string]: PlainValue };

export interface SidecarInput {
  /** The article's file name as recorded in `source.file` (a base name: the sidecar sits beside it). */
  readonly fileName: string;
  /** The article text the analysis was made from; used when `article` is not given. */
  readonly text?: string;
  readonly article?: Article;
  readonly analysis: ArticleAnalysis;
  readonly extractorVersion: string;
  /** The time of this extraction (recorded as `extracted` when engine values change). */
  readonly now: Date | string;
}

export interface EngineValues {
  readonly source: SidecarSource;
  readonly extractor: string;
  readonly extracted: string;
  readonly root: Record<RootField, PlainValue>;
  readonly lists: Record<ListField, PlainMap[]>;
}

/**
 * The hash recorded in `source.sha256`: SHA-256 of the text with the BOM removed and every line
 * end normalised to \n. Line ends are normalised because VS Code may normalise mixed line ends
 * of an open document, and no position in the sidecar depends on them.
 */
export function articleHash(text: string): string {
  return sha256Hex(parseArticle(text).lines.map((l) => l.text).join('\n'));
}

export function engineValues(input: SidecarInput): EngineValues {
  const article = input.article ?? parseArticle(input.text ?? '');
  const a = input.analysis;
  const pos = (span: { start: number; end: number }): PlainMap => {
    const rc = spanToLineColumns(article, span);
    return { start: { line: rc.start.line, column: rc.start.column }, end: { line: rc.end.line, column: rc.end.column } };
  };
  const root: Record<RootField, PlainValue> = {
    language: a.language,
    title: a.title?.text ?? null,
    date: a.date ? { iso: a.date.iso, time: a.date.time ?? null, zone: a.date.zone ?? null, raw: a.date.raw, rule: a.date.rule, ...pos(a.date.span) } : null,
    dateline: a.dateline ? { place: a.dateline.place, outlet: a.dateline.outlet, raw: a.dateline.raw, ...pos(a.dateline.span) } : null,
    outlet: a.outlet,
    authors: [...a.authors],
  };
  const people: PlainMap[] = a.people.map((p) => ({
    name: p.name,
    aliases: [...p.aliases],
    role: p.role,
    mentions: p.mentions,
    ...(p.organisation ? { organisation: true } : {}),
  }));
  const quotes: PlainMap[] = a.quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    cue: q.cue ? article.text.slice(q.cue.span.start, q.cue.span.end) : null,
    ...pos(q.span),
  }));
  const boilerplate: PlainMap[] = boilerplateRuns(article, a).map((r) => ({
    kind: r.kind,
    lines: [r.lines[0], r.lines[1]],
    text: r.text,
    rule: r.rule,
    reason: r.reason,
    ...(r.sharedBy !== undefined ? { sharedBy: r.sharedBy } : {}),
  }));
  return {
    source: { file: input.fileName, sha256: articleHash(article.text), lines: article.lines.length },
    extractor: input.extractorVersion,
    extracted: typeof input.now === 'string' ? input.now : input.now.toISOString(),
    root,
    lists: { people, quotes, boilerplate },
  };
}

/** Canonical JSON (sorted keys) of a value, `undefined` written as a marker: what fingerprints hash. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return '#absent';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(',')}}`;
}

/**
 * A short fingerprint of a value: 8 hex digits of cyrb53 (a public-domain 53-bit string hash)
 * over its canonical JSON. Not SHA-256: a merge takes a few hundred fingerprints, and these only
 * tell "the value the engine wrote" from "a value a person typed" in one field, where a 32-bit
 * collision (about 1 in 4 billion per edited field) is an acceptable risk; SHA-256 made merges
 * several times slower.
 */
export function fingerprint(value: unknown): string {
  return (cyrb53(canonicalJson(value)) % 0x100000000).toString(16).padStart(8, '0');
}

function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Normalised naming value of an item (whitespace collapsed, NFC), or null when the item has none. */
export function identityText(list: ListField, item: unknown): string | null {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return null;
  const v = (item as Record<string, unknown>)[LIST_IDENTITY[list]];
  return typeof v === 'string' ? v.normalize('NFC').replace(/\s+/g, ' ').trim() : null;
}

/**
 * Item ids for a list, in order: a fingerprint of the naming value plus its occurrence number,
 * so the same quote text twice gives two ids. Items without a naming value get null.
 */
export function itemIds(list: ListField, items: readonly unknown[]): (string | null)[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const name = identityText(list, item);
    if (name === null) return null;
    const n = seen.get(name) ?? 0;
    seen.set(name, n + 1);
    return fingerprint(n ? `${name}\u0000${n}` : name);
  });
}
