/**
 * A news article as an NLP dataset stores it: a record of labelled fields ("id: …", "url: …", "title: …", "text:")
 * with the headline only in its title field. A clipped page's front matter has a "title: …" field too, but its
 * headline stands again below as a line of its own; only when no other line repeats the field's value is the
 * field the headline.
 */
import type { HeadlineResult } from './headline';
import type { LineFeatures } from './lineFeatures';

/** How many non-blank lines at the top a record's fields may fill before its title field. */
const MAX_FIELDS_BEFORE_TITLE = 8;

const compiled = new Map<string, RegExp>();

/** The title field's label ("title: ", "judul: ") as the language data writes it; null when the data has none. */
function labelPattern(source: string | undefined): RegExp | null {
  if (!source) return null;
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source, 'iu');
    compiled.set(source, re);
  }
  return re;
}

/** The headline of a dataset record: its title field, the field lines above it skipped; null when the text is no such record. */
export function titleFieldHeadline(features: readonly LineFeatures[], labelSource: string | undefined): HeadlineResult | null {
  const label = labelPattern(labelSource);
  if (!label) return null;
  const top = features.filter((f) => !f.blank).slice(0, MAX_FIELDS_BEFORE_TITLE + 1);
  const field = top.find((f) => label.test(f.text.trim()));
  if (!field) return null;
  // Compared on letters and digits alone: front matter quotes its value, a Markdown heading carries hashes.
  const value = lettersOf(titleFieldValue(field.text, labelSource) ?? '');
  if (value.length === 0) return null;
  if (features.some((f) => f.index !== field.index && !f.blank && lettersOf(f.text) === value)) return null;
  return { line: field.index, skipped: top.filter((f) => f.index < field.index).map((f) => f.index) };
}

/** The text of a title field without its label ("title: Upacara …" → "Upacara …"); null when the line has no label. */
export function titleFieldValue(text: string, labelSource: string | undefined): string | null {
  const label = labelPattern(labelSource);
  const trimmed = text.trim();
  const m = label?.exec(trimmed);
  return m ? trimmed.slice(m[0].length).trim() : null;
}

const lettersOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
