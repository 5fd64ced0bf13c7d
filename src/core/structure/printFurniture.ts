/**
 * Two pieces of a printed page that a scan or an e-paper copy lays among the story's lines:
 *   - a photo's caption under its credit ("POS BELITUNG/YUDI PRATAMA" / "MENOLAK - Nelayan … Rabu (2/12)."): the
 *     credit is a cue line; the caption under it opens with its label in capitals and a dash or colon, the print
 *     caption's shape, and is no cue's;
 *   - the headline cut short over a story's continuation ("Sambungan dari hal 1" / "Festival Danau..."), a line
 *     only the continued-from line above it tells from a sentence trailing off;
 *   - another story's teaser on a front page: under the article's sign-off, a headline and a lead closed by a jump
 *     line ("Selengkapnya hal. 5") are the other story's, not this one's;
 *   - an advertisement's block: a line standing between an ad line and another furniture line (the ad's address),
 *     with no blank line between (a testimonial in quote marks, a product line), is the ad's, though no cue knows it.
 */
import type { LineModel } from './structure';

/** "MENOLAK - …", "RAMAI: …", "BELAJAR DI ATAS RAKIT – …": one to four words in capitals, a dash or colon, a capital. */
const CAPTION_LABEL = /^\p{Lu}[\p{Lu}'-]+(?:\s+\p{Lu}[\p{Lu}'-]*){0,3}\s*(?:[-–—]\s|:\s)\s*\p{Lu}/u;
/** A credit alone on its line is short; a caption with its credit glued on is longer and already whole. */
const MAX_CREDIT_WORDS = 6;

export function markCaptionsUnderCredits(model: LineModel): void {
  const { features, marks } = model;
  for (const f of features) {
    if (f.blank || f.words > MAX_CREDIT_WORDS || marks.kindOf(f.index) !== 'caption' || !model.hits[f.index]) continue;
    const next = features[f.index + 1];
    if (!next || next.blank || marks.has(next.index) || model.protectedLines.has(next.index) || next.index === model.titleLine) continue;
    if (CAPTION_LABEL.test(next.text.trim())) marks.mark(next.index, 'caption', 'caption-under-credit', "a photo's caption under its credit, opening with its label in capitals");
  }
}

/** An ad's line is short. */
const MAX_AD_LINE_WORDS = 16;

export function markInsideAdBlocks(model: LineModel): void {
  const { features, marks } = model;
  for (const f of features) {
    const before = features[f.index - 1];
    const after = features[f.index + 1];
    // A short line that closes no sentence (a paragraph of the story between an ad slot's placeholder and a button ends one).
    if (f.blank || f.endsSentence || f.words > MAX_AD_LINE_WORDS || !before || !after || before.blank || after.blank || marks.has(f.index) || model.protectedLines.has(f.index)) continue;
    const ad = (i: number): boolean => marks.kindOf(i) === 'ad';
    if ((ad(before.index) && marks.has(after.index)) || (marks.has(before.index) && ad(after.index))) marks.mark(f.index, 'ad', 'inside-ad-block', "a line inside an advertisement's block");
  }
}

/**
 * Under the line holding the article's sign-off, the lines (no blank between) running down to a jump cue ("Selengkapnya
 * hal. 5"), that line included, are a teaser of another story on the page: every line of it is boilerplate. A blank
 * line or a jump line starts the next run, so a page kept with or without blank lines reads the same. A jump line
 * inside the article (its own story goes on on a later page) stands above the sign-off and is not read here.
 */
export function markTeasersAfterSignoff(model: LineModel, signoffLine: number, jumpIds: ReadonlySet<string>): void {
  if (signoffLine < 0 || jumpIds.size === 0) return;
  const { features, marks, hits } = model;
  let run: number[] = [];
  for (let i = signoffLine + 1; i < features.length; i++) {
    const f = features[i] as (typeof features)[number];
    if (f.blank) {
      run = [];
      continue;
    }
    const hit = hits[i];
    if (hit && jumpIds.has(hit.cue.id)) {
      if (run.length > 0 && !run.some((j) => model.protectedLines.has(j))) {
        for (const j of [...run, i]) marks.mark(j, 'related-list', 'teaser-after-signoff', "another story's headline and lead under the article's sign-off, closed by its jump line");
      }
      run = [];
      continue;
    }
    run.push(i);
  }
}

/** A cut headline is a few words. */
const MAX_STUB_WORDS = 8;
const CUT_SHORT = /(?:\.{3}|…)$/u;

/** The first non-blank line under a continued-from cue line, cut short with dots, is the continued story's headline stub. */
export function markContinuedTitleStubs(model: LineModel, continuedIds: ReadonlySet<string>): void {
  if (continuedIds.size === 0) return;
  const { features, marks, hits } = model;
  for (const f of features) {
    const hit = hits[f.index];
    if (f.blank || !hit || !continuedIds.has(hit.cue.id)) continue;
    const next = features.slice(f.index + 1).find((g) => !g.blank);
    if (!next || next.words > MAX_STUB_WORDS || next.startsWithQuote || marks.has(next.index) || model.protectedLines.has(next.index)) continue;
    if (CUT_SHORT.test(next.text.trim())) marks.mark(next.index, 'other', 'continued-title-stub', "the headline cut short over the rest of the story on a later page");
  }
}
