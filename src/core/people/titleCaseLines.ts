/**
 * Body lines written in title case: a slogan ("“Netralitas dan Profesionalisme adalah Harga Mati”") or a subheading.
 * Every word of three letters or more there is capitalised or a stopword, no comma, semicolon or digit makes it a
 * list, and at least half the capitalised words are common words (the article writes them in lower case elsewhere,
 * or they have a derived word's shape): "Pemain Terbaik: Dewi Lestari dan Ratna Anggraini" is not one. Two
 * capitalised words in such a line are no name by their shape alone; a title, a role, a verb or a cue still make one.
 */
import type { Article, Line } from '../article/article';
import type { LineRole } from '../model';
import type { BodyText } from './bodyText';
import type { Token } from './nameTokens';
import { relatedLabelPattern } from './relatedLabels';
import type { WordInfo } from './wordTable';

/** Capitalised words needed before a line reads as title case (a name alone is two). */
const MIN_CAPITALISED = 3;
/** A list of names ("Gol: Ahmad Rizal 12', Fikri Ramadan 88'", a line-up) is no slogan: its items are persons. */
const LIST_MARKS = /[,;\d]/u;
/** Shorter lower-case words are particles and short function words the stopword list may lack. */
const MIN_CONTENT_LETTERS = 3;

/** The indices of the runs that start in a body line written in title case. */
export function titleCaseRuns(article: Article, lineRoles: readonly LineRole[], body: BodyText): Set<number> {
  const found = new Set<number>();
  const stopwords = body.lexicon.stopwords;
  let t = 0;
  let r = 0;
  for (const line of article.lines as readonly Line[]) {
    if (lineRoles[line.index] !== 'body') continue;
    while (t < body.tokens.length && (body.tokens[t] as Token).start < line.start) t++;
    let capitalised = 0;
    let commonCapitalised = 0;
    let lowerContent = 0;
    for (; t < body.tokens.length && (body.tokens[t] as Token).start < line.end; t++) {
      const info = body.words[t] as WordInfo;
      if (info.capitalized) {
        capitalised++;
        if (info.alwaysCommon || info.bareForm.writtenLowerIn === body.article) commonCapitalised++;
      } else if (info.startsLower && info.bare.length >= MIN_CONTENT_LETTERS && !stopwords.has(info.bare)) {
        // Prose: the line is not in title case, and the next line's walk skips the rest of its tokens.
        lowerContent++;
        break;
      }
    }
    while (r < body.runs.length && (body.runs[r]?.tokens[0]?.start ?? 0) < line.start) r++;
    if (lowerContent > 0 || capitalised < MIN_CAPITALISED || 2 * commonCapitalised < capitalised || LIST_MARKS.test(article.text.slice(line.start, line.end))) continue;
    for (; r < body.runs.length && (body.runs[r]?.tokens[0]?.start ?? 0) < line.end; r++) found.add(r);
  }
  return found;
}

/** A lower-case word of letters only: prose after a glued related headline ("… Merugi Menurut dia, ada tiga …"). */
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * The indices of the runs inside a related headline glued into a body line ("…2026).Baca juga: Harga Sayur di Pasar
 * Cepogo Anjlok, Petani Kubis Merugi Menurut dia, ada …"), as a dataset cell keeps the page: from the label's colon
 * (language data) to the first lower-case word of three letters or more that is no stopword (the headline is in title
 * case; its prepositions are stopwords). Like a title-case line, two capitalised words there are no name by their
 * shape alone ("Harga Sayur"); a title, a role, a verb or a cue still make one.
 */
export function gluedRelatedHeadlineRuns(article: Article, lineRoles: readonly LineRole[], body: BodyText, found: Set<number>): void {
  const label = relatedLabelPattern(body.lexicon.gluedRelatedLabels, 'glued');
  if (label === null) return;
  const stopwords = body.lexicon.stopwords;
  for (const line of article.lines as readonly Line[]) {
    if (lineRoles[line.index] !== 'body') continue;
    const text = article.text.slice(line.start, line.end);
    label.lastIndex = 0;
    for (let m = label.exec(text); m; m = label.exec(text)) {
      const from = line.start + m.index + m[0].length;
      let to = line.end;
      for (const t of body.tokens) {
        if (t.start < from) continue;
        if (t.start >= line.end) break;
        if (t.text.length >= MIN_CONTENT_LETTERS && LOWER_WORD.test(t.text) && !stopwords.has(t.text)) {
          to = t.start;
          break;
        }
      }
      body.runs.forEach((run, r) => {
        const start = run.tokens[0]?.start ?? -1;
        if (start >= from && start < to) found.add(r);
      });
    }
  }
}
