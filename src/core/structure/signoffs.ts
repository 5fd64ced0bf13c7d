/**
 * Sign-offs ("(Adv)", "(Red)", "(dil/jpnn)", "***") and bylines: who wrote the
 * article. A sign-off alone on a line is a boilerplate line; one that closes a body line leaves
 * the line body (the article's text runs up to it).
 */
import type { Line } from '../article/article';
import type { SignOff } from '../model';

/** How much of a line's end is searched for a trailing sign-off (keeps long lines linear). */
const TRAILING_WINDOW = 160;

export function signoffCodes(signoff: string): string[] {
  const inner = signoff.trim().replace(/^[([]|[)\]]$/gu, '');
  return inner
    .split('/')
    .map((c) => c.replace(/^[\s*.]+|[\s*.]+$/gu, '').trim())
    .filter((c) => c.length > 0 && /\p{L}/u.test(c));
}

/** `mayStart`: a test of the first character that every line `re` matches passes (skips the regex on most lines). */
export function signoffAlone(line: Line, re: RegExp, mayStart: ((text: string) => boolean) | null = null): SignOff | null {
  const text = line.text.trim();
  if (text.length > 60 || (mayStart !== null && !mayStart(text)) || !re.test(text)) return null;
  const start = line.start + line.text.indexOf(text);
  return { text, codes: signoffCodes(text), span: { start, end: start + text.length } };
}

/** A sign-off closing a body line, possibly with a short promo glued after it ("(dil/jpnn)Yuk, Simak …"). */
export function signoffTrailing(line: Line, re: RegExp): SignOff | null {
  const trimmedEnd = line.text.trimEnd();
  const from = Math.max(0, trimmedEnd.length - TRAILING_WINDOW);
  const tail = trimmedEnd.slice(from);
  if (!tail.includes(')') && !tail.includes('***')) return null; // no sign-off can end here
  const m = re.exec(tail);
  if (!m?.[1]) return null;
  const at = tail.indexOf(m[1], m.index);
  const start = line.start + from + at;
  return { text: m[1], codes: signoffCodes(m[1]), span: { start, end: start + m[1].length } };
}

/** The writer named by a byline line, or null ("Oleh MC KOTA PALANGKA RAYA, Kamis, …" → "MC KOTA PALANGKA RAYA"). */
export function bylineAuthor(text: string, patterns: readonly RegExp[]): string | null {
  for (const re of patterns) {
    const m = re.exec(text);
    const name = m?.[1]?.replace(/[\s\-–—|:]+$/u, '').trim();
    if (name && /\p{L}/u.test(name)) return name;
  }
  return null;
}
