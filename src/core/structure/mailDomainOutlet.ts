/**
 * "Kirim opini Anda ke redaksi@suarabuton.id": a desk's e-mail address names the publisher only by its domain. When the
 * page spells the same name out in words ("SUARA BUTON" as its masthead, "redaksi Suara Buton" in a disclaimer), the
 * name as written is the outlet (the domain's letters are those words' letters run together).
 */
import type { LineFeatures } from './lineFeatures';

const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}]{2,})+$/u;
/** A capitalised word with the spaces or tabs after it. */
const WORD = /(\p{Lu}[\p{L}\p{N}]*)([ \t]*)/gu;
/** How many words a spelled-out name may have. */
const MAX_WORDS = 4;

/** The words of the page spelling out the domain `outlet` read from an e-mail address, else `outlet` unchanged. */
export function spelledNameForMailDomain(outlet: string | null, features: readonly LineFeatures[]): string | null {
  if (outlet === null || !DOMAIN.test(outlet)) return outlet;
  const address = `@${outlet.toLowerCase()}`;
  if (!features.some((f) => f.text.toLowerCase().includes(address))) return outlet;
  const stem = (outlet.split('.')[0] ?? '').toLowerCase().replace(/-/gu, '');
  for (const f of features) {
    const words = [...f.text.matchAll(WORD)];
    for (let i = 0; i < words.length; i++) {
      // A name opens at a word's start: not after a letter, a digit, a dot or an "@" ("redaksi@suarabuton.id").
      const at = words[i]!.index;
      if (at > 0 && /[\p{L}\p{N}.@]/u.test(f.text[at - 1] ?? '')) continue;
      let joined = '';
      for (let j = i; j < words.length && j < i + MAX_WORDS; j++) {
        const w = words[j]!;
        // The words must follow one another with spaces only between them.
        if (j > i && words[j - 1]!.index + words[j - 1]![0].length !== w.index) break;
        if (j > i && words[j - 1]![2] === '') break;
        joined += w[1]!.toLowerCase();
        if (joined.length >= stem.length) {
          if (joined === stem && j > i) return f.text.slice(at, w.index + w[1]!.length);
          break;
        }
      }
    }
  }
  return outlet;
}
