/**
 * A nickname written in quotation marks inside a person's name: `Dedi "Dedol" Kurniadi`, `Rendi "Si Kancil" Pratama`,
 * `Muhammad “Ucok” Harahap` (sports pages write players so), `Yohanes 'Anes' Tapilatu` (single marks), ``Yudi ` Acong ' Pratama`` (a tokenised text's LaTeX-style marks). The marks cut the run of capitalised words, so the
 * name fell apart into "Dedi" and "Kurniadi" and the person was lost. Here the quoted words are taken out of the
 * token list and the gap they leave is read as a space, so the name runs on ("Dedi Kurniadi"); the nickname itself is
 * a scare-quoted word, never a person of its own, but an alias of the person (peopleFinder.ts).
 */
import type { Token } from './nameTokens';
import type { WordInfo } from './wordTable';

/** A space, an opening mark, one to three words of a nickname, the closing mark, a space: the whole gap between two name words. */
const NICKNAME_GAP = /^[ \t]+(?:["\u201C][\p{L}\p{N}.'’ -]{1,30}["\u201D]|['\u2018][\p{L}\p{N}. -]{1,30}['\u2019]|`{1,2}[\p{L}\p{N}. -]{1,30}'{1,2})[ \t]+$/u;
/** How many spaces may stand between a name word and the nickname's opening mark. */
const MAX_GAP_SPACES = 4;
/** How many words a nickname in marks may hold. */
const MAX_NICKNAME_WORDS = 3;

/** A nickname taken out of a name: where it stood (its opening mark) and its words. */
export interface QuotedNickname {
  readonly at: number;
  readonly text: string;
}

export interface NicknamesDropped {
  readonly tokens: Token[];
  readonly words: WordInfo[];
  /** The nicknames taken out, in text order: each is an alias of the person whose name it stood in. */
  readonly nicknames: readonly QuotedNickname[];
  /** The text with each dropped nickname and its marks blanked out (same length, so every offset still holds). */
  readonly text: string;
}

/**
 * The tokens and their entries without the quoted nicknames that stand between two capitalised words, and the text
 * with those gaps blanked; the inputs themselves when there is none (almost always: a quick scan for a mark first).
 */
export function dropQuotedNicknames(tokens: Token[], words: WordInfo[], text: string): NicknamesDropped {
  const drop = new Set<number>();
  const blanks: Array<[number, number]> = [];
  const nicknames: QuotedNickname[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const before = tokens[i] as Token;
    if (words[i]?.capitalized !== true || before.endsClause) continue;
    // The opening mark after the spaces (a page's odd spacing may leave more than one).
    let at = before.end;
    while (at < before.end + MAX_GAP_SPACES && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
    const open = text.charCodeAt(at);
    // Double marks, or single ones (`Yohanes 'Anes' Tapilatu`: political pages write a nickname so).
    // A tokenised (LaTeX-style) text opens single marks with a backtick: `Yudi ` Acong ' Pratama`.
    if (at === before.end || (open !== 34 && open !== 0x201c && open !== 39 && open !== 0x2018 && open !== 96)) continue;
    // The nickname's words, all capitalised, then a capitalised name word right after the closing mark.
    for (let k = 1; k <= MAX_NICKNAME_WORDS && i + k + 1 < tokens.length; k++) {
      if (words[i + k]?.capitalized !== true) break;
      const after = tokens[i + k + 1] as Token;
      if (words[i + k + 1]?.capitalized !== true) continue;
      if (!NICKNAME_GAP.test(text.slice(before.end, after.start))) continue;
      for (let d = 1; d <= k; d++) drop.add(i + d);
      blanks.push([before.end, after.start]);
      nicknames.push({ at, text: tokens.slice(i + 1, i + k + 1).map((t) => t.text).join(' ') });
      i += k;
      break;
    }
  }
  if (drop.size === 0) return { tokens, words, nicknames, text };
  let blanked = text;
  for (const [from, to] of blanks) blanked = blanked.slice(0, from) + ' '.repeat(to - from) + blanked.slice(to);
  return {
    tokens: tokens.filter((_, i) => !drop.has(i)),
    words: words.filter((_, i) => !drop.has(i)),
    nicknames,
    text: blanked,
  };
}
