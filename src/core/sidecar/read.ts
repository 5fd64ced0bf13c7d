/** A typed, read-only view of a sidecar, for the tree, hovers, export and `--check`. */
import { articleHash } from './engineValues';
import { failure, parseSidecar, type SidecarResult } from './parse';
import { REVIEW_STATUSES, type Review, type ReviewStatus, type SidecarBoilerplate, type SidecarDate, type SidecarDateline, type SidecarPerson, type SidecarQuote, type SidecarSource } from './schema';

export interface SidecarView {
  readonly source: SidecarSource;
  readonly extractor: string | null;
  readonly extracted: string | null;
  /** The review block; `unreviewed` with nulls when the file has none. */
  readonly review: Review;
  readonly language: string | null;
  readonly title: string | null;
  readonly date: SidecarDate | null;
  readonly dateline: SidecarDateline | null;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly people: readonly SidecarPerson[];
  readonly quotes: readonly SidecarQuote[];
  readonly boilerplate: readonly SidecarBoilerplate[];
  /** The whole file as plain data, unknown keys included. */
  readonly data: Readonly<Record<string, unknown>>;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const obj = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(obj).filter((x): x is Record<string, unknown> => x !== null) : []);

/**
 * Parses a sidecar for reading. Fails (never throws) with line and column when the YAML does not
 * parse, with a clear message when it breaks a limit (size, anchors, alias expansion), is not a
 * mapping, or is not `schema: corpus-review/v1`. Entries of the wrong shape are skipped, not fatal:
 * a person's half-finished edit must not hide the rest of the file.
 */
export function readSidecar(yamlText: string): SidecarResult<SidecarView> {
  const parsed = parseSidecar(yamlText);
  if (!parsed.ok) return parsed;
  const d = parsed.value.data;
  const source = obj(d['source']);
  const sha = str(source?.['sha256']);
  if (!source || !sha) return failure('schema', 'the sidecar has no source.sha256; re-extract the article to rebuild it', 1, 1);
  const review = obj(d['review']);
  const status = str(review?.['status']);
  const view: SidecarView = {
    source: { file: str(source['file']) ?? '', sha256: sha, lines: typeof source['lines'] === 'number' ? source['lines'] : 0 },
    extractor: str(d['extractor']),
    extracted: str(d['extracted']) ?? (d['extracted'] instanceof Date ? d['extracted'].toISOString() : null),
    review: {
      status: REVIEW_STATUSES.includes(status as ReviewStatus) ? (status as ReviewStatus) : 'unreviewed',
      reviewer: str(review?.['reviewer']),
      note: str(review?.['note']),
      time: str(review?.['time']),
    },
    language: str(d['language']),
    title: str(d['title']),
    date: obj(d['date']) as SidecarDate | null,
    dateline: obj(d['dateline']) as SidecarDateline | null,
    outlet: str(d['outlet']),
    authors: Array.isArray(d['authors']) ? d['authors'].filter((a): a is string => typeof a === 'string') : [],
    people: list(d['people']).filter((p) => typeof p['name'] === 'string') as unknown as SidecarPerson[],
    quotes: list(d['quotes']).filter((q) => typeof q['text'] === 'string') as unknown as SidecarQuote[],
    boilerplate: list(d['boilerplate']).filter((b) => Array.isArray(b['lines'])) as unknown as SidecarBoilerplate[],
    data: d,
  };
  return { ok: true, value: view };
}

/** True when the article text is no longer the text the sidecar was extracted from. */
export function isStale(sidecar: Pick<SidecarView, 'source'>, articleText: string): boolean {
  return sidecar.source.sha256 !== articleHash(articleText);
}
