/**
 * Two languages' data read as one, for an article written in another language than its corpus's
 * (articleLanguage.ts): an English page of an Indonesian outlet quotes with English verbs and
 * pronouns and names people with English titles, while its page furniture is the outlet's.
 *
 * Word lists are joined; records (month names, quote marks) are joined key by key, the configured
 * language winning a key both define; numbers and settings are the configured language's. A
 * pattern both define is read as either (`(?:a)|(?:b)`), for the patterns that test a single word
 * or a short opening whole; the others stay the configured language's (a pattern read for its
 * capture groups cannot be joined that way).
 *
 * Boilerplate cues and dates are the configured language's: the furniture around an article is
 * the outlet's, whatever the article's language.
 */
import type { LanguageData } from './language';

/** Patterns joined as alternatives: each is matched as a whole (test, or the match's extent), never for its groups. */
const JOINED_PATTERNS: ReadonlySet<string> = new Set(['subjectVerbPattern', 'commonWordPattern', 'ageParenthesis', 'laterSpeakerOpening', 'nonNamePattern', 'clubNamePattern', 'innerCapitalNamePattern']);

type Section = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Section => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One section of the data (attribution, people): `first`'s, with `second`'s words and keys added. */
export function unionSection<T extends object>(first: T, second: T): T {
  const a = first as Section;
  const b = second as Section;
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key];
    const y = b[key];
    if (key === '$comment' || y === undefined) out[key] = x;
    else if (x === undefined) out[key] = y;
    else if (Array.isArray(x) && Array.isArray(y)) out[key] = [...new Set([...x, ...y])];
    else if (isRecord(x) && isRecord(y)) out[key] = unionSection(x, y);
    else if (JOINED_PATTERNS.has(key) && typeof x === 'string' && typeof y === 'string' && x !== y) out[key] = `(?:${x})|(?:${y})`;
    else out[key] = x;
  }
  return out as T;
}

/** Built once per pair: the engine's compiled lexicons are cached per data object. */
const unions = new WeakMap<LanguageData, WeakMap<LanguageData, LanguageData>>();

/** `configured`'s data with `other`'s attribution, people words and stop words: an article in `other` read in a `configured` corpus. */
export function unionLanguage(configured: LanguageData, other: LanguageData): LanguageData {
  let byOther = unions.get(configured);
  if (!byOther) unions.set(configured, (byOther = new WeakMap()));
  const cached = byOther.get(other);
  if (cached) return cached;
  const union: LanguageData = {
    code: other.code,
    attribution: unionSection(configured.attribution, other.attribution),
    boilerplate: configured.boilerplate,
    dates: configured.dates,
    people: unionSection(configured.people, other.people),
    stopwords: new Set([...configured.stopwords, ...other.stopwords]),
  };
  byOther.set(other, union);
  return union;
}
