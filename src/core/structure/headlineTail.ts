/**
 * A headline broken over lines (a narrow column, a <br> kept by the scraper): the lines right under the headline's
 * first line that finish it. Read after the headline is found; the lines returned are the headline's too.
 */
import type { CueHit } from '../boilerplate/cues';
import type { LineFeatures } from './lineFeatures';

/** A continuation line is at most this many words … */
const MAX_TAIL_WORDS = 12;
/** … and a headline runs to at most this many lines under its first. */
const MAX_TAIL_LINES = 2;
// Opens with a capital or a digit and ends in a letter, a digit, "?" or "!": a headline's words, not a sentence or a stamp.
const HEADLINE_TAIL = /^[\p{Lu}\d][^]*[\p{L}\d?!]$/u;
// Opens with a lower-case word of letters ("di", "dan", not "iNews.id"), holds no bar (a stamp's or a menu's) and ends
// like a headline's words: "di Pantai Pede, Pelaku Wisata" carries on the line above.
export const CARRIED_ON = /^\p{Ll}+\s[^|]*[\p{L}\d?!,]$/u;

/**
 * The lines that finish the headline at `titleLine`, in order (none for a headline on one line):
 *   - after a line ending in a comma ("Danau Sentarum Kering Lebih Cepat,"), a short capitalised phrase;
 *   - a short line opening in lower case ("di Pantai Pede, Pelaku Wisata"): a headline's words carried on;
 *   - after such a carried-on line, a short capitalised phrase right over a blank or a cue line (the byline):
 *     the phrase that began mid-headline has not ended yet.
 * No continuation opens with a quote mark or matches a cue; the last two are no prose either.
 */
export function headlineTails(features: readonly LineFeatures[], hits: readonly (CueHit | null)[], titleLine: number | null, opensWithDateline: (text: string) => boolean = () => false): number[] {
  const tails: number[] = [];
  let current = titleLine === null ? undefined : features[titleLine];
  while (current && tails.length < MAX_TAIL_LINES) {
    const next = features[current.index + 1];
    if (!next || next.blank || hits[next.index] || next.startsWithQuote || next.words < 2 || next.words > MAX_TAIL_WORDS) break;
    const text = next.text.trim();
    const afterComma = current.text.trim().endsWith(',') && HEADLINE_TAIL.test(text);
    const carriedOn = !next.prose && !next.endsSentence && CARRIED_ON.test(text);
    const finishes = tails.length > 0 && !next.prose && CARRIED_ON.test(current.text.trim()) && HEADLINE_TAIL.test(text) && closesBlock(features, hits, next.index);
    const secondLine = tails.length === 0 && !next.prose && !next.endsSentence && HEADLINE_TAIL.test(text) && (overStamp(features, hits, current, next) || bothCapitals(current.text, text, features, hits, next));
    // "RSUD Kota Bogor Buka Layanan Cuci Darah Malam Hari, Antrean" / "Pasien Dipangkas": in a text wrapped at a fixed
    // width (a newsletter, a mail), a headline as long as the wrapped lines goes on in the short title-case line under it
    // (over a blank, a cue line, or a full wrapped line of the lead when the scrape kept no blank lines).
    const wrapped = tails.length === 0 && !secondLine && !next.prose && !next.endsSentence && WRAPPED_TAIL.test(text) && titleCase(text) && endsWrappedHeadline(features, hits, current, next);
    // "Festival Danau Sentani" / "Kembali Digelar Juni 2027" / "SENTANI-Pemerintah Kabupaten": a print column's headline
    // broken over two lines with no blank line under it, the lead's dateline right below its second line.
    const overLead = tails.length === 0 && !next.prose && !next.endsSentence && next.words >= MIN_SECOND_LINE_WORDS - 1 && titleCase(current.text.trim()) && WRAPPED_TAIL_OR_NUMBER.test(text) && titleCase(text) && overDatelineLead(features, hits, next, opensWithDateline);
    if (!afterComma && !carriedOn && !finishes && !secondLine && !wrapped && !overLead) break;
    tails.push(next.index);
    current = next;
  }
  return tails;
}

/** The line after `line` is blank, a cue line or missing: nothing of the headline's runs on under it. */
function closesBlock(features: readonly LineFeatures[], hits: readonly (CueHit | null)[], line: number): boolean {
  const after = features[line + 1];
  return after === undefined || after.blank || !!hits[after.index];
}

/** A second line of a headline is at least this many words (a site's or writer's name under a headline is shorter). */
const MIN_SECOND_LINE_WORDS = 4;
/** A word in lower case, letters only ("ke", "di"): a name has none, a headline's phrase often does. */
const LOWER_WORD = /(?:^|\s)\p{Ll}+(?=\s|$)/u;

/**
 * "Petani Garam di Pesisir Jeneponto" / "Beralih ke Rumah Prisma" / "Terbit: …": a capitalised phrase of four words or
 * more, one of them in lower case (a name has none), right over the stamp: the headline's second line.
 */
function overStamp(features: readonly LineFeatures[], hits: readonly (CueHit | null)[], current: LineFeatures, next: LineFeatures): boolean {
  const stamp = features[next.index + 1];
  // A page title repeating the headline ("<headline> - Tribun Timur") is no second line of it.
  // Compared on letters and digits alone: a page's zero-width or odd spaces must not make the copy differ.
  const repeats = lettersOf(next.text).startsWith(lettersOf(current.text));
  return !repeats && next.words >= MIN_SECOND_LINE_WORDS && LOWER_WORD.test(next.text.trim()) && titleCase(next.text.trim()) && stamp !== undefined && !stamp.blank && hits[stamp.index]?.cue.kind === 'byline';
}

/** The line's letters and digits, lower-cased. */
const lettersOf = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Written in a headline's title case: half the words or more capitalised, the last one too ("Beralih ke Rumah Prisma").
 * A deck line is a sentence's case ("Ratusan warga mengungsi ke balai desa").
 */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/u);
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised * 2 >= words.length && /^[\p{Lu}\p{N}]/u.test(words[words.length - 1] ?? '');
}

/** "SEKOLAH DI PEDALAMAN KIKIM" / "KEKURANGAN GURU PNS": a headline in capitals broken over two lines. */
function bothCapitals(first: string, second: string, features: readonly LineFeatures[], hits: readonly (CueHit | null)[], next: LineFeatures): boolean {
  const capitals = (t: string): boolean => t === t.toLocaleUpperCase() && /\p{Lu}.*\p{Lu}/u.test(t);
  // Under them a blank, a cue line, or the lead itself when the scrape kept no blank lines.
  const after = features[next.index + 1];
  return capitals(first) && capitals(second) && next.words >= 2 && (closesBlock(features, hits, next.index) || after?.prose === true);
}

/** Title-case words, a number among them ("Kembali Digelar Juni 2027"), no stamp's separators or clock. */
const WRAPPED_TAIL_OR_NUMBER = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}\d'’-]+)*$/u;

/** A print column's line is at most this long. */
const MAX_COLUMN_CHARS = 45;

/** The line under `tail` opens the lead with its dateline ("SENTANI-Pemerintah Kabupaten", "BREBES - Harga …"). */
function overDatelineLead(features: readonly LineFeatures[], hits: readonly (CueHit | null)[], tail: LineFeatures, opensWithDateline: (text: string) => boolean): boolean {
  const lead = features[tail.index + 1];
  // A narrow column: the lead's first line is short and cut mid-sentence, and the headline's lines are as narrow (a
  // web page's title-case deck over a lead written on one line is a second headline, not the first one's end).
  if (lead === undefined || lead.blank || hits[lead.index] || lead.endsSentence || lead.text.trim().length > MAX_COLUMN_CHARS) return false;
  if (features[tail.index - 1] === undefined || (features[tail.index - 1] as LineFeatures).text.trim().length > MAX_COLUMN_CHARS || tail.text.trim().length > MAX_COLUMN_CHARS) return false;
  const more = features[tail.index + 2];
  return opensWithDateline(more === undefined || more.blank ? lead.text : `${lead.text.trim()} ${more.text.trim()}`);
}

/** Words of letters opening with a capital ("Pasien Dipangkas"): no digit, so no stamp ("Selasa, 24-11-2026 06:10"). */
const WRAPPED_TAIL = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+)*$/u;
/** A text wrapped at a fixed width has no line longer than this … */
const MAX_WRAP_WIDTH = 80;
/** … and at least this many lines within WRAP_SLACK characters of its longest line. */
const MIN_WRAPPED_LINES = 6;
const WRAP_SLACK = 15;
/** A headline's first line this close to the width was cut by the wrap. */
const HEADLINE_WRAP_SLACK = 20;

/**
 * The text is hard-wrapped (no line over MAX_WRAP_WIDTH, many lines near the longest), `line` reaches near its width,
 * and the short line `tail` under it closes the block: a blank, a cue line or a full wrapped line follows it.
 */
function endsWrappedHeadline(features: readonly LineFeatures[], hits: readonly (CueHit | null)[], line: LineFeatures, tail: LineFeatures): boolean {
  let width = 0;
  for (const f of features) width = Math.max(width, f.text.trimEnd().length);
  if (width > MAX_WRAP_WIDTH || line.text.trim().length < width - HEADLINE_WRAP_SLACK) return false;
  if (features.filter((f) => !f.blank && f.text.trimEnd().length >= width - WRAP_SLACK).length < MIN_WRAPPED_LINES) return false;
  const after = features[tail.index + 1];
  return closesBlock(features, hits, tail.index) || (after !== undefined && after.text.trimEnd().length >= width - WRAP_SLACK);
}
