/**
 * Context rules: what a line is depends on what stands around it, as in jusText. A related list
 * runs on under its label; a short line between two boilerplate lines is boilerplate; fragments
 * of a promo broken over several lines share its kind; a line that recurs across the corpus is
 * boilerplate even when no cue names it.
 */
import type { BoilerplateKind } from '../model';
import type { CorpusSignals } from '../boilerplate/corpusBoilerplate';
import type { CorpusThresholds } from './structureData';
import type { Block } from './blocks';
import type { LineFeatures } from './lineFeatures';
import type { LineModel } from './structure';

/** Related headlines end without a full stop (a question or exclamation mark is fine). */
const FULL_STOP_END = /\.["”’')\]]*$/u;
const BULLET = /^([•·▪►‣◦*»]|[-–]\s|\d{1,2}[.)])\s*/u;
/** A related list is at most this long (a runaway list would swallow the body). */
const MAX_LIST_ITEMS = 15;
/** Short lines, at most this many words, take their kind from their neighbours. */
const CONTEXT_MAX_WORDS = 12;
/** Fragments, at most this many words, share the kind of the promo they are broken from. */
const FRAGMENT_MAX_WORDS = 6;
const FRAGMENT_KINDS: ReadonlySet<BoilerplateKind> = new Set(['promo', 'video', 'share', 'related', 'related-list', 'ad']);

/** A list's heading closed by a colon has at most this many words ("Baca juga di rubrik Wawancara:"). */
const MAX_INTRO_WORDS = 8;

function nonBlankAfter(model: LineModel, index: number): LineFeatures[] {
  return model.features.slice(index + 1).filter((f) => !f.blank);
}

/** A line of two words or more whose letters are all capitals (a subheading written in capitals). */
function capitalsOnly(text: string): boolean {
  return /\p{Lu}.*\s.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** "Baca juga:" alone, "Berita Terkait Lainnya", "Baca Juga": the headlines (and bullet metadata) under the label. */
export function markRelatedLists(model: LineModel, listIntroIds: ReadonlySet<string>, itemMetaIds: ReadonlySet<string> = new Set()): void {
  for (const f of model.features) {
    const hit = model.hits[f.index];
    // "Baca juga di rubrik Wawancara:": a cue that opens a short line closed by a colon introduces a list too.
    const intro = hit !== null && hit !== undefined && (hit.labelOnly || (f.words <= MAX_INTRO_WORDS && f.text.trimEnd().endsWith(':')));
    if (!intro || !listIntroIds.has(hit.cue.id) || model.protectedLines.has(f.index)) continue;
    const kind: BoilerplateKind = hit.cue.kind === 'related-list' || hit.cue.kind === 'toc' ? hit.cue.kind : 'related';
    let taken = 0;
    let lastItem: LineFeatures | null = null;
    for (const g of nonBlankAfter(model, f.index)) {
      if (taken >= MAX_LIST_ITEMS || model.protectedLines.has(g.index)) break;
      // "PINISI MINI JUGA DIPAMERKAN" under headlines written in ordinary case: the body's subheading.
      if (lastItem !== null && capitalsOnly(g.text) && !capitalsOnly(lastItem.text)) break;
      // A most-read list numbers its items and stamps them ("1" / headline / "2 jam lalu"): metadata, not the list's end.
      const gHit = model.hits[g.index];
      if (gHit && itemMetaIds.has(gHit.cue.id)) continue;
      if (gHit) break;
      const bullet = BULLET.test(g.text);
      const item = bullet || g.headlineLike || (taken === 0 && !g.prose && !g.startsWithQuote && !FULL_STOP_END.test(g.text) && g.words <= 25);
      if (!item) break;
      model.marks.mark(g.index, kind, `${hit.cue.id}-list`, `a related headline listed under "${f.text}"`);
      lastItem = g;
      taken++;
    }
  }
}

/** A widget's lines run on under its heading to the first blank line, but never further than this. */
const MAX_WIDGET_LINES = 8;
/** A widget line (a question, an option, "Lihat hasil") is at most this many words. */
const WIDGET_MAX_WORDS = 15;
/** A glossary entry: a term of a few words, a colon or dash, then its definition. */
const GLOSSARY_ENTRY = /^[\p{L}\p{N}][\p{L}\p{N} \u200b()'/-]{0,40}[:—–][\s\u200b]+\S.{0,300}$/u;

/** "POLLING" / "KUIS" over a question, its options and a button: the short lines right under the heading share its kind. */
export function markWidgets(model: LineModel, widgetIds: ReadonlySet<string>, aboutIds: ReadonlySet<string> = new Set(), glossaryIds: ReadonlySet<string> = new Set()): void {
  for (const f of model.features) {
    const hit = model.hits[f.index];
    if (!hit || !widgetIds.has(hit.cue.id) || model.protectedLines.has(f.index)) continue;
    // "###" then "Tentang PT …": the release is over, and the company's note under the heading is prose that a clean
    // corpus drops, up to its blank line.
    const about = aboutIds.has(hit.cue.id) && underBoilerplate(model, f.index);
    const glossary = glossaryIds.has(hit.cue.id);
    for (let i = f.index + 1; i < model.features.length && i <= f.index + MAX_WIDGET_LINES; i++) {
      const g = model.features[i];
      // A glossary's entries ("NPL: rasio kredit bermasalah …") are sentences closed by a full stop: a line of that
      // shape continues the box, any other line ends it.
      if (glossary) {
        if (!g || g.blank || model.protectedLines.has(i) || !GLOSSARY_ENTRY.test(g.text)) break;
        if (!model.marks.has(i)) model.marks.mark(i, hit.cue.kind, `${hit.cue.id}-block`, `an entry of the glossary under "${f.text}"`);
        continue;
      }
      if (about) {
        // The note ends at its blank line, or where the next cue's block ("Informasi lebih lanjut:") begins.
        if (!g || g.blank || model.protectedLines.has(i) || model.hits[i] || model.marks.has(i)) break;
        model.marks.mark(i, hit.cue.kind, `${hit.cue.id}-block`, `a line of the widget under "${f.text}"`);
        continue;
      }
      // A question reads like prose; a line closed by a full stop is the body again.
      // An author box's bio is a sentence ("Jurnalis … yang meliput …."): only a blank line ends a byline widget.
      const closes = !!g && FULL_STOP_END.test(g.text) && hit.cue.kind !== 'byline';
      if (!g || g.blank || g.startsWithQuote || g.words > WIDGET_MAX_WORDS || closes || model.protectedLines.has(i)) break;
      if (!model.marks.has(i)) model.marks.mark(i, hit.cue.kind, `${hit.cue.id}-block`, `a line of the widget under "${f.text}"`);
    }
  }
}

/** A comment section runs to its first blank line, but never further than this. */
const MAX_COMMENT_LINES = 30;
/** A thread laid out one comment over several lines (name, time, text, reply row) is read this far under its heading. */
const MAX_COMMENT_BLOCK_LINES = 40;
/** Its time and reply lines recur at most this many lines apart (a long comment, a sign-in box above the first). */
const MAX_COMMENT_META_GAP = 8;

/**
 * "4 Komentar" over "Kaka Dorus:  Mantap, …": the comments under a comment section's heading, each opening with the
 * commenter's name and a colon (the language's commentLine), up to a blank line or the first line of another shape.
 * They read as prose, so the context rule leaves them; the commenters are no persons of the body.
 * A thread that gives each comment several lines ("andi_btg88" / "2 jam lalu" / the comment / "Balas   👍 12") is read by
 * its time and reply lines (commentMetaLine) instead: two or more of them, each within a few lines of the last, one of
 * them a reply row, and every line under the heading down to the last one belongs to the thread.
 */
export function markCommentThreads(model: LineModel, headingIds: ReadonlySet<string>, commentLine: string | undefined, commentMetaLine?: string): void {
  if (headingIds.size === 0) return;
  const comment = commentLine === undefined ? undefined : new RegExp(commentLine, 'iu');
  const meta = commentMetaLine === undefined ? undefined : new RegExp(commentMetaLine, 'iu');
  for (const f of model.features) {
    const hit = model.hits[f.index];
    if (!hit || !headingIds.has(hit.cue.id) || model.protectedLines.has(f.index)) continue;
    const mark = (i: number): void => {
      if (!model.marks.has(i)) model.marks.mark(i, hit.cue.kind, `${hit.cue.id}-thread`, `a comment under "${f.text}"`);
    };
    for (let i = f.index + 1; comment && i < model.features.length && i <= f.index + MAX_COMMENT_LINES; i++) {
      const g = model.features[i];
      if (!g || g.blank || model.protectedLines.has(i) || model.hits[i] || !comment.test(g.text)) break;
      mark(i);
    }
    if (!meta) continue;
    const thread = lastCommentMeta(model, f.index, meta);
    if (!thread) continue;
    for (let i = f.index + 1; i <= thread.last; i++) if (!model.features[i]?.blank) mark(i);
    // "Lusia K · 1 jam lalu" heads its comment: the last comment's text follows its line, up to a blank or marked line.
    for (let i = thread.last + 1; thread.authorLast && i <= thread.last + MAX_LAST_COMMENT_LINES; i++) {
      const g = model.features[i];
      if (!g || g.blank || model.protectedLines.has(i) || model.hits[i] || model.marks.has(i)) break;
      mark(i);
    }
  }
}

/** The text of a thread's last comment under its "name · time" line runs at most this many lines. */
const MAX_LAST_COMMENT_LINES = 3;

interface CommentThreadEnd {
  /** The last time, reply or author line of the thread. */
  readonly last: number;
  /** That line names the commenter and the time ("Budi_Kayan · 2 jam lalu"): the comment's text is under it. */
  readonly authorLast: boolean;
}

/**
 * The last time or reply line of a thread laid out over several lines per comment, or null unless two or more recur
 * under the heading and one is a reply row or names its commenter before the time (the pattern's groups "reply",
 * "author"): a related list's "3 jam yang lalu" stamps under a share label are no thread.
 */
function lastCommentMeta(model: LineModel, heading: number, meta: RegExp): CommentThreadEnd | null {
  let last = heading;
  let authorLast = false;
  let count = 0;
  let replies = 0;
  for (let i = heading + 1; i < model.features.length && i <= heading + MAX_COMMENT_BLOCK_LINES && i - last <= MAX_COMMENT_META_GAP; i++) {
    const g = model.features[i];
    if (!g || model.protectedLines.has(i)) break;
    const m = g.blank ? null : meta.exec(g.text.trim());
    if (m === null) continue;
    last = i;
    authorLast = m.groups?.['author'] !== undefined;
    count++;
    if (m.groups?.['reply'] !== undefined || authorLast) replies++;
  }
  return count >= 2 && replies > 0 ? { last, authorLast } : null;
}

/** The non-blank line before `index` is a cue line or already boilerplate. */
function underBoilerplate(model: LineModel, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const g = model.features[i];
    if (!g || g.blank) continue;
    return model.marks.has(i) || !!model.hits[i];
  }
  return false;
}

/** A sentence closed by its full stop, then the writer's code in brackets ("… tanpa keputusan final. (nur)"): the body's last line. */
const SENTENCE_THEN_SIGNOFF = /\p{L}[.!?]["”]?\s*\([^()\s][^()]{0,19}\)$/u;

/** Short non-prose lines between two boilerplate lines (or between one and the end) are boilerplate; so are bare web addresses. */
export function markContext(model: LineModel): void {
  const lines = model.features.filter((f) => !f.blank);
  for (let pass = 0; pass < 2; pass++) {
    lines.forEach((f, k) => {
      if (model.marks.has(f.index) || model.protectedLines.has(f.index)) return;
      if (f.urlOnly) {
        model.marks.mark(f.index, 'share', 'url-only', 'a bare web address');
        return;
      }
      if (f.prose || f.words > CONTEXT_MAX_WORDS || f.endsSentence || f.startsWithQuote || SENTENCE_THEN_SIGNOFF.test(f.text)) return;
      const prev = lines[k - 1];
      const next = lines[k + 1];
      const prevKind = prev ? model.marks.kindOf(prev.index) : undefined;
      const nextKind = next ? model.marks.kindOf(next.index) : prevKind;
      if (!prevKind || !nextKind) return;
      const kind: BoilerplateKind = prevKind === nextKind ? prevKind : 'other';
      model.marks.mark(f.index, kind, 'context', 'a short line between boilerplate lines');
    });
  }
}

const FOOTER_KINDS: ReadonlySet<BoilerplateKind> = new Set(['promo', 'share', 'related', 'related-list', 'ad']);
/** A run of short lines in the page's footer is at most this long. */
const MAX_FOOTER_RUN = 4;

/**
 * In the footer (a boilerplate line above, nothing but boilerplate below): a short run of short non-prose lines
 * ("Harga Emas Kemarin:" / "Rabu, 19 Nov 2026: Rp2.325.000/gram" / …) under a promo, share words or a related list
 * is a widget too. One line alone is markContext's; a run is taken only there, where no body line follows it, and
 * after the fragments of broken promos have taken their kind.
 */
export function markFooterRuns(model: LineModel): void {
  const lines = model.features.filter((f) => !f.blank);
  let k = lines.length - 1;
  // Back over the boilerplate at the end, to the last unmarked line.
  while (k >= 0 && model.marks.has((lines[k] as LineFeatures).index)) k--;
  if (k === lines.length - 1) return;
  const kindBelow = model.marks.kindOf((lines[k + 1] as LineFeatures).index);
  let first = k;
  while (first >= 0 && k - first < MAX_FOOTER_RUN && isShortNonProse(model, lines[first] as LineFeatures)) first--;
  const above = lines[first];
  if (first === k || above === undefined || k - first < 2) return;
  // Under a caption or a byline the run may be the body's table (a race's results under its photo); under a promo, share
  // words or a related list the body has ended.
  const kindAbove = model.marks.kindOf(above.index);
  if (kindAbove === undefined || !FOOTER_KINDS.has(kindAbove)) return;
  const kind: BoilerplateKind = kindAbove === kindBelow ? kindAbove : 'other';
  for (let j = first + 1; j <= k; j++) model.marks.mark((lines[j] as LineFeatures).index, kind, 'context-footer', 'a short line in the footer, among boilerplate lines');
}

function isShortNonProse(model: LineModel, f: LineFeatures): boolean {
  return !model.marks.has(f.index) && !model.protectedLines.has(f.index) && !f.urlOnly && !f.prose && f.words <= CONTEXT_MAX_WORDS && !f.endsSentence && !f.startsWithQuote && !SENTENCE_THEN_SIGNOFF.test(f.text);
}

/** A promo broken over several lines ("Simak" / "breaking news" / "dan" / "… WhatsApp Channel :"): its fragments share its kind. */
export function markFragmentsOfCueBlocks(model: LineModel, blocks: readonly Block[]): void {
  for (const block of blocks) {
    if (block.lines.length < 2) continue;
    const cueLine = block.lines.find((i) => model.hits[i] && FRAGMENT_KINDS.has(model.marks.kindOf(i) as BoilerplateKind));
    if (cueLine === undefined) continue;
    const kind = model.marks.kindOf(cueLine) as BoilerplateKind;
    const isFragment = (i: number): boolean => {
      const f = model.features[i];
      return f !== undefined && !model.protectedLines.has(i) && !f.prose && f.words <= FRAGMENT_MAX_WORDS;
    };
    // Only the lines joined to the cue line through other fragments or boilerplate: a short body line further off in
    // the block (one sentence per line, "kesehatan anak-anak nomor satu .") is no piece of the broken line.
    const at = block.lines.indexOf(cueLine);
    for (const step of [-1, 1]) {
      for (let k = at + step; k >= 0 && k < block.lines.length; k += step) {
        const i = block.lines[k] as number;
        if (model.marks.has(i)) continue;
        if (!isFragment(i)) break;
        model.marks.mark(i, kind, 'fragment', 'a fragment of a boilerplate line broken over several lines');
      }
    }
  }
}

/** The articles a line must recur in to count as corpus boilerplate, or null when the corpus is too small to say. */
export function corpusMinimum(articleCount: number, t: CorpusThresholds, prose: boolean): number | null {
  if (articleCount < t.minCorpus) return null;
  return prose ? Math.max(t.proseMinArticles, Math.ceil(t.proseMinShare * articleCount)) : Math.max(t.minArticles, Math.ceil(t.minShare * articleCount));
}

/** Lines recurring across the corpus, or across most articles of this article's outlet, are boilerplate. */
export function markCorpusRepeats(model: LineModel, blocks: readonly Block[], corpus: CorpusSignals, t: CorpusThresholds, outlet: string | null): void {
  const outletSize = outlet && corpus.outletArticleCount ? corpus.outletArticleCount(outlet) : 0;
  const shared = new Map<number, number>();
  for (const f of model.features) if (!f.blank) shared.set(f.index, corpus.sharedBy(f.text));
  // A fragment of a sentence broken over lines ("Tangerang Selatan" between two halves) recurs
  // across a corpus as a place name does; only a whole block of recurring lines is boilerplate.
  const eligible = new Set<number>();
  for (const block of blocks) {
    if (block.lines.every((i) => model.marks.has(i) || (shared.get(i) ?? 0) >= t.minArticles)) for (const i of block.lines) eligible.add(i);
  }
  for (const f of model.features) {
    if (f.blank || model.marks.has(f.index) || model.protectedLines.has(f.index) || !eligible.has(f.index)) continue;
    const n = shared.get(f.index) ?? 0;
    const need = corpusMinimum(corpus.articleCount, t, f.prose);
    if (need !== null && n >= need) {
      model.marks.mark(f.index, 'corpus-repeat', 'corpus', `this line recurs in ${n} of the corpus's ${corpus.articleCount} articles`, n);
      continue;
    }
    if (!outlet || !corpus.sharedWithin || outletSize < t.minCorpus) continue;
    const within = corpus.sharedWithin(f.text, outlet);
    const share = f.prose ? t.outletProseShare : t.outletShare;
    if (within >= t.minArticles && within >= share * outletSize) {
      model.marks.mark(f.index, 'corpus-repeat', 'corpus-outlet', `this line recurs in ${within} of the ${outletSize} articles from ${outlet} (${n} in the whole corpus)`, n);
    }
  }
}
