/**
 * Line-level anatomy of an article: headline, boilerplate lines with their kinds, dateline,
 * outlet, bylines and sign-offs. Cue phrases from the language data propose; line features
 * (length, sentence punctuation, stop-word density, capitals) and context (what stands around
 * a line, where the body starts and ends) decide, in the spirit of jusText. A line that mixes
 * body text with glued boilerplate stays body: cues only claim short, whole lines.
 */
import type { Article } from '../article/article';
import type { LanguageData } from '../lang/language';
import type { BoilerplateKind, BoilerplateLine, Dateline, LineRole, SignOff, Span } from '../model';
import type { CorpusSignals } from '../boilerplate/corpusBoilerplate';
import { compileStructureCues, matchCue, type CueHit } from '../boilerplate/cues';
import { collapseSpaces, foldLine, lineFeatures, type LineFeatures } from './lineFeatures';
import { titleFieldHeadline, titleFieldValue } from './titleField';
import { buildBlocks } from './blocks';
import { findHeadline, headlineText, type HeadlineResult } from './headline';
import { headlineTails } from './headlineTail';
import { markCommentThreads, markRelatedLists, markWidgets, markContext, markFragmentsOfCueBlocks, markCorpusRepeats, markFooterRuns } from './context';
import { signoffAlone, signoffTrailing, bylineAuthor } from './signoffs';
import { findDateline, readerFor } from './datelineLines';
import { isDatelineLead, isLeadNotHeadline } from './leadAsFirstLine';
import { isInstitutionMasthead, markOutletOverStamp, outletFromBody, outletFromBoilerplate, outletFromRunningHead, outletFromGluedPromos, outletFromMasthead, outletFromOfficeCredit } from './outletLines';
import { outletFromReleaseIssuer } from './releaseIssuer';
import { spelledNameForMailDomain } from './mailDomainOutlet';
import { blogNameOverDateHeader } from './headlineDateHeader';
import { outletFromPhotoCredit } from './photoCreditOutlet';
import { markPageTitleCopies, outletFromPageTitle, outletFromSiteFooter, outletFromSiteHeader, slugHeadline, tabTitleSite } from './pageTitle';
import { markPullQuotes } from './pullQuote';
import { markPullQuoteRepeats } from './pullQuoteRepeat';
import { markLetterSignatures } from './letterSignature';
import { markRepeatedFurniture } from './repeatedFurniture';
import { markCaptionsUnderCredits, markContinuedTitleStubs, markInsideAdBlocks, markTeasersAfterSignoff } from './printFurniture';
import { markAuthorNotes } from './authorNote';
import { markSummaryBoxes } from './summaryBox';
import { tableRowLines } from './tableRows';

export interface StructureResult {
  readonly title: { readonly text: string; readonly line: number } | null;
  readonly lineRoles: readonly LineRole[];
  readonly boilerplate: readonly BoilerplateLine[];
  readonly dateline: Dateline | null;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly signoffs: readonly SignOff[];
  /** Text glued after a sign-off closing a body line ("(lk/zul) Ikuti terus berita …"): the page's promo, no story's words. */
  readonly gluedPromos?: readonly Span[];
}

export interface StructureOptions {
  readonly corpus?: CorpusSignals;
}

/** Boilerplate lines found so far, by line; the first decision about a line wins. */
export class Marks {
  readonly byLine = new Map<number, BoilerplateLine>();
  mark(line: number, kind: BoilerplateKind, rule: string, reason: string, sharedBy?: number): void {
    if (this.byLine.has(line)) return;
    this.byLine.set(line, { line, kind, rule, reason, ...(sharedBy !== undefined ? { sharedBy } : {}) });
  }
  has(line: number): boolean {
    return this.byLine.has(line);
  }
  kindOf(line: number): BoilerplateKind | undefined {
    return this.byLine.get(line)?.kind;
  }
}

/** What the context rules read: the features, cue hits and marks of every line. */
export interface LineModel {
  readonly features: readonly LineFeatures[];
  readonly hits: readonly (CueHit | null)[];
  readonly marks: Marks;
  readonly titleLine: number | null;
  /** Lines that are body for certain (the headline, the dateline's paragraph). */
  readonly protectedLines: Set<number>;
}

export function analyzeStructure(article: Article, lang: LanguageData, options: StructureOptions = {}): StructureResult {
  const cues = compileStructureCues(lang);
  const features = article.lines.map((l) => lineFeatures(l, lang.stopwords, cues.anyCue.letters, article.text));
  const matched = features.map((f) => (f.blank ? null : matchCue(f.text, cues.cues, f.words, cues.anyCue, f.cueLetters >= 0 ? f.cueLetters : undefined)));
  const hits = withoutTableRowMenus(matched, features, cues.data.tableRowYieldCues);
  const marks = new Marks();

  const folds: (string | undefined)[] = [];
  const fold = (i: number): string => (folds[i] ??= foldLine(features[i]?.text ?? ''));
  const found = findHeadline(features, hits, cues.headlineSkipKinds, fold, new Set(cues.data.headlineNeverOverCues ?? []), new Set(cues.data.summaryBoxCues ?? []), (text) => isInstitutionMasthead(text, cues.data.dateline), (text) => isDatelineLead(text, cues.data.dateline));
  const fieldHeadline = titleFieldHeadline(features, cues.data.titleFieldLabel);
  const copy = firstCopyOfHeadline(found, fold);
  // A cell with no headline: the first line is the lead, opening with its dateline (leadAsFirstLine.ts).
  const headline = fieldHeadline ?? (copy.line !== null && copy.skipped.length === 0 && isLeadNotHeadline(features[copy.line], readerFor(cues.data.dateline)) ? { ...copy, line: null } : copy);
  for (const skipped of headline.skipped) {
    const hit = hits[skipped];
    marks.mark(skipped, hit?.cue.kind ?? 'breadcrumb', hit?.cue.id ?? 'before-headline', hit?.cue.reason ?? 'a navigation line before the headline');
  }
  const titleLine = headline.line;
  const datelineReader = readerFor(cues.data.dateline);
  const titleTails = headlineTails(features, hits, titleLine, (text) => datelineReader.read(text)?.place != null);
  const model: LineModel = { features, hits, marks, titleLine, protectedLines: new Set(titleLine === null ? [] : [titleLine, ...titleTails]) };
  const titleFold = titleLine === null ? '' : fold(titleLine);
  if (titleLine !== null) {
    const titleLength = features[titleLine]?.text.length ?? 0;
    for (const f of features) {
      if (f.index <= titleLine || f.blank || Math.abs(f.text.length - titleLength) > 8) continue;
      if (fold(f.index) === titleFold) marks.mark(f.index, 'repeated-headline', 'repeated-headline', 'the headline repeated');
    }
    markPageTitleCopies(features, titleLine, (i) => !marks.has(i), (i) => marks.mark(i, 'repeated-headline', 'page-title', 'the headline repeated with the site\'s name (the browser tab\'s title)'));
  }

  const blocks = buildBlocks(features, cues.continuationWords, (i) => hits[i] !== null && hits[i] !== undefined, (i) => i === titleLine);
  markOutletOverStamp(model, cues.data.dateline);
  markSummaryBoxes(model, new Set(cues.data.summaryBoxCues ?? []), cues.data.dateline);
  const dateline = findDateline(article, model, blocks, cues.data.dateline, cues.timeOrZone);
  if (dateline) for (const i of dateline.blockLines) model.protectedLines.add(i);

  // Cue lines.
  for (const f of features) {
    const hit = hits[f.index];
    if (!hit || model.protectedLines.has(f.index)) continue;
    marks.mark(f.index, hit.cue.kind, hit.cue.id, hit.cue.reason);
  }
  markRelatedLists(model, cues.listIntroIds, new Set(cues.data.listItemMetaCues ?? []));
  markWidgets(model, new Set(cues.data.widgetCues ?? []), new Set(cues.data.aboutParagraphCues ?? []), new Set(cues.data.glossaryCues ?? []));
  markCommentThreads(model, new Set(cues.data.commentThreadCues ?? []), cues.data.commentLine, cues.data.commentMetaLine);
  markEmbeddedPosts(model, cues.embedSignatureIds);
  markLetterSignatures(model, new Set(cues.data.letterAddressCues ?? []));
  markPullQuotes(model, article);
  markPullQuoteRepeats(model, article);

  // Sign-offs: alone on a line (boilerplate), or closing a body line (the line stays body).
  const signoffs: SignOff[] = [];
  const gluedAfterSignoffs: string[] = [];
  const gluedPromos: Span[] = [];
  let lastSignoffLine = -1;
  let bodySeen = false;
  for (const line of article.lines) {
    const f = features[line.index];
    if (!f || f.blank || line.index === titleLine) continue;
    const alone = signoffAlone(line, cues.signoffAlone, cues.signoffAloneStart);
    // A bare rule ("-----") with no body text above it underlines the headline (a plain-text e-mail or
    // README style); it closes nothing, so the body under it is no after-sign-off text.
    if (alone && !bodySeen && alone.codes.length === 0) {
      marks.mark(line.index, 'other', 'rule-before-body', 'a rule drawn before the body starts (a headline\'s underline)');
      continue;
    }
    if (alone) {
      signoffs.push(alone);
      marks.mark(line.index, 'signoff', 'signoff-alone', 'a sign-off with the desk or author code, alone on a line');
      lastSignoffLine = line.index;
      continue;
    }
    if (marks.has(line.index)) continue;
    bodySeen = true;
    const trailing = signoffTrailing(line, cues.signoffTrailing);
    if (trailing) {
      signoffs.push(trailing);
      lastSignoffLine = line.index;
      const glued = line.text.slice(trailing.span.end - line.start);
      if (glued.trim().length > 0) gluedAfterSignoffs.push(glued.trim());
      // Words glued there ("Ikuti …"), not a list going on ("(PSMJ); Syamsul 'Accul' Bahri 30', …"): kept from the people rules.
      if (GLUED_WORD.test(glued)) gluedPromos.push({ start: trailing.span.end, end: line.end });
    }
  }
  markTeasersAfterSignoff(model, lastSignoffLine, new Set(cues.data.pageJumpCues ?? []));
  markAfterSignoff(model, lastSignoffLine);
  markContext(model);
  markFragmentsOfCueBlocks(model, blocks);
  markFooterRuns(model);
  markAuthorNotes(model);
  // Print furniture no rule above took: a repeated running head or rubric, a caption under its credit, an ad's block,
  // a continued story's cut headline.
  markRepeatedFurniture(model);
  markCaptionsUnderCredits(model);
  markInsideAdBlocks(model);
  markContinuedTitleStubs(model, new Set(cues.data.continuedFromCues ?? []));
  const titleText = collapseSpaces([titleLine ?? -1, ...titleTails].map((i) => features[i]?.text ?? '').join(' '));
  // "<headline> - Malut Terkini" with no copy of the headline under it: the tab's title, its site named by the furniture.
  const tab = titleLine === null ? null : tabTitleSite(titleText, features, titleLine, (i) => marks.has(i));
  const outletBefore =
    dateline?.dateline.outlet ?? outletFromBoilerplate(sortedMarks(marks), features, cues.promoOutlets, cues.data.dateline) ??
    outletFromGluedPromos(gluedAfterSignoffs, cues.promoOutlets, cues.data.dateline) ?? outletFromPageTitle(features, titleLine) ?? tab?.site ?? outletFromSiteHeader(features, titleLine) ?? outletFromSiteFooter(features, titleLine) ??
    outletFromBody(model, cues.bodyOutlet, cues.data.dateline) ??
    outletFromMasthead(features, titleLine, (line) => hits[line] !== null, cues.data.dateline) ??
    outletFromOfficeCredit(sortedMarks(marks), features, titleLine, cues.data.dateline) ??
    outletFromReleaseIssuer(features, titleLine, cues.data.dateline) ??
    outletFromPhotoCredit(sortedMarks(marks), features, readerFor(cues.data.dateline), cues.data.dateline) ??
    blogNameOverDateHeader(features, titleLine, hits) ??
    // Last: a running head's first part may be the viewer's word ("e-Paper | Selasa, …") where a masthead names the paper.
    outletFromRunningHead(sortedMarks(marks), features, new Set(cues.data.runningHeadCues ?? []));
  if (options.corpus) markCorpusRepeats(model, blocks, options.corpus, cues.data.corpus, outletBefore);

  const boilerplate = sortedMarks(marks);
  for (const tail of titleTails) marks.byLine.delete(tail);
  const boilerplateLines = titleTails.length === 0 ? boilerplate : boilerplate.filter((b) => !titleTails.includes(b.line));
  const lineRoles: LineRole[] = features.map((f) => (f.blank ? 'blank' : f.index === titleLine || titleTails.includes(f.index) ? 'headline' : marks.has(f.index) ? 'boilerplate' : 'body'));
  const authors: string[] = [];
  for (const b of boilerplate) {
    if (b.kind !== 'byline') continue;
    const author = bylineAuthor(features[b.line]?.text ?? '', cues.authorBylines);
    if (author && !authors.includes(author)) authors.push(author);
  }
  const outlet = spelledNameForMailDomain(outletBefore, features);
  const slug = titleLine !== null && features[titleLine]?.urlOnly === true ? slugHeadline(titleText) : null;
  const fieldTitle = fieldHeadline ? titleFieldValue(titleText, cues.data.titleFieldLabel) : null;
  const title = titleLine === null ? null : { text: headlineText(fieldTitle ?? slug ?? tab?.headline ?? titleText), line: titleLine };
  return { title, lineRoles, boilerplate: boilerplateLines, dateline: dateline?.dateline ?? null, outlet, authors, signoffs, gluedPromos };
}

/** A word opening the text glued after a sign-off. */
const GLUED_WORD = /^\s{0,3}\p{L}/u;

/** An embedded post's signature line (a cue) takes the post's text, the non-blank line right before it, along. */
function markEmbeddedPosts(model: LineModel, signatureIds: ReadonlySet<string>): void {
  if (signatureIds.size === 0) return;
  let previous: LineFeatures | null = null;
  for (const f of model.features) {
    if (f.blank) continue;
    const hit = model.hits[f.index];
    if (hit && signatureIds.has(hit.cue.id) && model.marks.has(f.index) && previous && !model.marks.has(previous.index) && !model.protectedLines.has(previous.index) && previous.index !== model.titleLine) {
      model.marks.mark(previous.index, hit.cue.kind, hit.cue.id, hit.cue.reason);
    }
    previous = f;
  }
}

function sortedMarks(marks: Marks): BoilerplateLine[] {
  return [...marks.byLine.values()].sort((a, b) => a.line - b.line);
}

/** After the sign-off that ends the article, whatever does not read as prose (tags, promos, "Selengkapnya") is boilerplate. */
function markAfterSignoff(model: LineModel, signoffLine: number): void {
  if (signoffLine < 0) return;
  const after = model.features.slice(signoffLine + 1).filter((f) => !f.blank);
  if (after.some((f) => f.prose && !model.marks.has(f.index))) return; // the body goes on: not the end
  for (const f of after) {
    const tag = f.words <= 3 && f.text === f.text.toLowerCase();
    model.marks.mark(f.index, tag ? 'share' : 'other', 'after-signoff', tag ? 'a tag after the article\'s sign-off' : 'a line after the article\'s sign-off that does not read as prose');
  }
}

/**
 * The headline, then a player or a label, then the same headline in capitals over the stamp (a video page): the headline
 * finder takes the copy over the stamp; the first copy, skipped as a line before it, is the headline as written and the
 * later one its repeat.
 */
function firstCopyOfHeadline(found: HeadlineResult, fold: (line: number) => string): HeadlineResult {
  const line = found.line;
  if (line === null || found.skipped.length === 0) return found;
  const first = found.skipped.find((s) => s < line && fold(s) === fold(line) && fold(s).length > 0);
  return first === undefined ? found : { line: first, skipped: found.skipped.filter((s) => s !== first) };
}

/** A menu cue on a row of a body table (tableRows.ts) is dropped: the row is the table's, not the site's menu. */
function withoutTableRowMenus(hits: (CueHit | null)[], features: readonly LineFeatures[], yieldIds: readonly string[] | undefined): (CueHit | null)[] {
  if (!yieldIds?.length || !hits.some((h) => h !== null && yieldIds.includes(h.cue.id))) return hits;
  const rows = tableRowLines(features);
  return hits.map((h, i) => (h !== null && rows.has(i) && yieldIds.includes(h.cue.id) ? null : h));
}
