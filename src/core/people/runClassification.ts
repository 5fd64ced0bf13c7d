/**
 * The kind of each word of a run of capitalised words (honorific, role, place or institution word,
 * acronym, connector, common word or name): what the word table says of the word alone, then what
 * its neighbours in the run and the article decide.
 */
import type { Token } from './nameTokens';
import type { WordInfo } from './wordTable';
import type { RunContext, TokenKind } from './nameRuns';

/** The length of the role phrase (its words compared lower-cased) that opens at words[i] and ends by `to`, or 0. */
function roleLength(words: readonly WordInfo[], i: number, to: number, info: WordInfo): number {
  for (const phrase of info.roles) {
    if (i + phrase.length > to) continue;
    let ok = true;
    for (let k = 1; k < phrase.length && ok; k++) ok = words[i + k]?.lower === phrase[k];
    if (ok) return phrase.length;
  }
  return 0;
}

/** Two capitalised words of three letters or more joined by a hyphen ("Pangemanan-Sondakh"). */
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}$/u;

/** A word in title case: a capital, then lower-case letters only. */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A name connector ("Al", "El") joined by a hyphen to a capitalised word of three letters or more ("Al-Mahmoud"). */
const ARTICLE_JOINED = /^(\p{L}{1,3})-\p{Lu}\p{Ll}{2,}$/u;

/** A word in upper and lower case ("Mayor"), not an abbreviation in capitals ("AKBP"). */
const WORD_CASED = /^\p{Lu}\p{Ll}{2,}$/u;

/** The token after a run is an academic degree ("S.E.", "M.Th"): only a person holds one. */
function degreeFollows(next: Token | undefined, ctx: RunContext): boolean {
  if (next === undefined) return false;
  return ctx.lexicon.degrees.has(next.text.endsWith('.') ? next.text.slice(0, -1) : next.text);
}

function articleSurname(word: string, ctx: RunContext): boolean {
  const m = ARTICLE_JOINED.exec(word);
  return m !== null && ctx.lexicon.connectors.has(m[1] ?? '');
}

/** Two or three capitals, no dot: a title's short form that is also the shape of a person's initials ("RD"). */
const LONE_CAPITALS = /^\p{Lu}{2,3}$/u;

/**
 * The kind of each token of the run tokens[from, to) (`words`: the tokens' word-table entries). What
 * the word alone decides comes from the word table; what follows depends on the neighbours and the article.
 */
export function classifyRun(tokens: readonly Token[], words: readonly WordInfo[], from: number, to: number, ctx: RunContext): TokenKind[] {
  const kinds: TokenKind[] = [];
  const n = to - from;
  for (let i = 0; i < n; i++) {
    const info = words[from + i] as WordInfo;
    // "Yance Mayor, membuka …": a rank written like a name word that closes the run after a name word ranks no one after
    // it; it is the person's surname (Mayor, Kapten, Kolonel are family names in Papua and Maluku).
    const surnameRank = info.titled && i === n - 1 && i > 0 && kinds[i - 1] === 'name' && ctx.lexicon.ranks.has(tokens[from + i]?.text ?? '') && WORD_CASED.test(tokens[from + i]?.text ?? '');
    if (surnameRank) {
      kinds.push('name');
      continue;
    }
    // "Zulkifli Datuk Rangkayo Basa": a title the language also lists among the name connectors, between two name
    // words, is an adat title inside the name, not the start of another's.
    if (info.titled && kinds[i - 1] === 'name' && i < n - 1 && ctx.lexicon.connectors.has(tokens[from + i]?.text ?? '')) {
      kinds.push('connector');
      continue;
    }
    // "RD (29) sebagai sopir": a title written as capitals alone in its run titles no one; it is a person's initials
    // (whether it is one is the initials' rule's: an age, an introducer, a list).
    if (info.titled && n === 1 && LONE_CAPITALS.test(tokens[from]?.text ?? '')) {
      kinds.push('acronym');
      continue;
    }
    if (info.titled || (info.rankCorps && kinds[i - 1] === 'honorific')) {
      kinds.push('honorific');
      continue;
    }
    const roleLen = info.roles.length > 0 ? roleLength(words, from + i, to, info) : 0;
    if (roleLen > 0) {
      for (let k = 0; k < roleLen; k++) kinds.push('role');
      i += roleLen - 1;
      continue;
    }
    switch (info.wordClass) {
      case 'acronym':
        // "Ny. Hana Pangemanan-Sondakh": a double-barrelled surname after a titled name word is part of the name
        // (a capital opening a sentence proves nothing: "Kereta Cepat Jakarta-Bandung", "Laga Persib-Persija" stay out).
        // "Faisal bin Hamad Al-Mahmoud": an Arabic article joined to a surname closes a name the same way; alone it is
        // more often a thing's name ("Al-Quran", "Masjid Al-Aqsa").
        // "Caroline Mamahit-Rumengan, S.E.": a degree right after the run closes a person's name just as well.
        kinds.push(kinds[i - 1] === 'name' && (((kinds.includes('honorific') || kinds.includes('role') || (i === n - 1 && degreeFollows(tokens[to], ctx))) && DOUBLE_BARRELLED.test(tokens[from + i]?.text ?? '')) || articleSurname(tokens[from + i]?.text ?? '', ctx)) ? 'name' : 'acronym');
        break;
      case 'handle':
      case 'connector':
      case 'nonname':
        kinds.push(info.wordClass);
        break;
      case 'allCaps': {
        const word = tokens[from + i]?.text ?? '';
        kinds.push(i > 0 && kinds[i - 1] === 'name' && i === n - 1 && word.length <= 3 && !ctx.definedAcronyms?.has(word) ? 'name' : 'acronym');
        break;
      }
      // "Lalu Ahmad Zaini", "Cut Nyak": a name's opening word that is also a common word, before another capitalised word.
      case 'namePrefix':
        // "Yohana Ndapa Lalu": after a name word, such a word closes the name, even when the article also writes it
        // in lower case ("tahun lalu").
        if (i + 1 < n || kinds[i - 1] === 'name') {
          kinds.push('name');
          break;
        }
        kinds.push(info.alwaysCommon || info.bareForm.writtenLowerIn === ctx.article ? 'common' : 'name');
        break;
      case 'open':
        kinds.push((info.alwaysCommon && !nameByShapeAfterTitle(words, from, i, kinds, ctx)) || info.bareForm.writtenLowerIn === ctx.article ? 'common' : 'name');
        break;
    }
  }
  // "I Made Griya Astawa": right after a name prefix of two words and before a name word, a place marker ("Griya", as in
  // "Griya Asri") is a name word (a Balinese name opens with its prefix; no place is named inside it).
  for (let i = 0; i + 3 < n; i++) {
    if (kinds[i + 2] === 'nonname' && kinds[i + 3] === 'name' && ctx.lexicon.placeMarkers.has(tokens[from + i + 2]?.text ?? '') && ctx.lexicon.namePrefixes.has(`${tokens[from + i]?.text ?? ''} ${tokens[from + i + 1]?.text ?? ''}`)) kinds[i + 2] = 'name';
  }
  // "Anak Agung Ngurah Bagus Wirawan": a name prefix of two words (data: namePrefixes) opens a name before a name word,
  // though its second word alone is an institution's ("Mahkamah Agung").
  for (let i = 0; i + 2 < n; i++) {
    if (kinds[i + 2] === 'name' && ctx.lexicon.namePrefixes.has(`${tokens[from + i]?.text ?? ''} ${tokens[from + i + 1]?.text ?? ''}`)) kinds[i] = kinds[i + 1] = 'name';
  }
  // "H. Moh. Sahlan", "Drs. H. Muh. Ilham Syam": a short form of a given name that the data lists both among connectors
  // (it joins name words: "Andi Muh. Fadhil") and among name prefixes opens a name before a name word.
  for (let i = 0; i + 1 < n; i++) {
    if (kinds[i] === 'connector' && kinds[i + 1] === 'name' && ctx.lexicon.namePrefixes.has(tokens[from + i]?.text ?? '')) kinds[i] = 'name';
  }
  // "Eng Hian", "Tan Eng Liang": a degree the data lists in title case ("Eng", "Ners") followed by a name word is a
  // name word; a degree closes a name and is followed by a comma or another degree, never by the name.
  for (let i = 0; i + 1 < n; i++) {
    if (kinds[i] === 'acronym' && kinds[i + 1] === 'name' && TITLE_CASE_WORD.test(tokens[from + i]?.text ?? '') && ctx.lexicon.degrees.has(tokens[from + i]?.text ?? '')) kinds[i] = 'name';
  }
  // A month word is no name word so that "Mei 2025" names no one; between two name words it is part of the
  // name ("Lie Mei Hwa"): a date writes a number, not a name, beside its month.
  const months = ctx.monthWords;
  if (months) for (let i = 1; i + 1 < n; i++) if (kinds[i] === 'nonname' && kinds[i - 1] === 'name' && kinds[i + 1] === 'name' && months.has((words[from + i] as WordInfo).lower)) kinds[i] = 'name';
  return kinds;
}

/**
 * "KH. Ahmad Dimyati Sholeh", "Kiai Dimyati": a word that is common only by its shape (commonWordPattern: a passive
 * "di-…-i", a "meng-" verb), not a stop word, right after a title (an honorific, not a rank) or after one name word
 * that follows a title, is a name word. Only a title makes it one: after a role or a rank ("Direktur Jenderal
 * Perhubungan Darat …") or an institution's words ("Mirae Asset Sekuritas") the shape still marks a common word.
 */
function nameByShapeAfterTitle(words: readonly WordInfo[], from: number, i: number, kinds: readonly TokenKind[], ctx: RunContext): boolean {
  const title = (k: number): boolean => k >= 0 && kinds[k] === 'honorific' && (words[from + k] as WordInfo).honorific;
  if (!title(i - 1) && !(kinds[i - 1] === 'name' && title(i - 2))) return false;
  const lex = ctx.lexicon;
  const info = words[from + i] as WordInfo;
  return lex.commonWord !== null && lex.commonWord.test(info.bare) && !lex.stopwords.has(info.bare);
}
