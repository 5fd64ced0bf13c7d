/**
 * The language's boilerplate cues, compiled once per language data object. A cue says what a
 * line might be; the line model (src/core/structure) decides with line features and context.
 */
import type { BoilerplateCue, LanguageData } from '../lang/language';
import type { StructureData } from '../structure/structureData';
import { MAX_CUE_LINE_CHARS, MAX_CUE_WORDS } from '../structure/lineFeatures';
import { buildCuePrefilter, type CuePrefilter } from './cuePrefilter';
import { compileBodyOutlet, type BodyOutletReader } from '../structure/bodyOutlet';
import { firstCharacterTest } from './regexPrefix';

export { topLevelAlternatives } from './regexSyntax';
export type { CuePrefilter } from './cuePrefilter';

export interface CompiledCue {
  readonly cue: BoilerplateCue;
  readonly re: RegExp;
}

export interface CompiledStructureCues {
  readonly cues: readonly CompiledCue[];
  /** Which cues may match a line (see cuePrefilter.ts): most lines match none, and a cheap test says so. */
  readonly anyCue: CuePrefilter;
  readonly listIntroIds: ReadonlySet<string>;
  readonly embedSignatureIds: ReadonlySet<string>;
  readonly headlineSkipKinds: ReadonlySet<string>;
  readonly continuationWords: ReadonlySet<string>;
  readonly signoffAlone: RegExp;
  /** A test of a line's first character that every line signoffAlone matches passes (null: none known). */
  readonly signoffAloneStart: ((text: string) => boolean) | null;
  readonly signoffTrailing: RegExp;
  readonly authorBylines: readonly RegExp[];
  readonly promoOutlets: readonly RegExp[];
  /** A clock time or one of the language's time zones ("14:33 WIB"): what marks a byline among pre-body lines. */
  readonly timeOrZone: RegExp;
  /** Reads the publisher a body names after an interview phrase, or null when the language has no such phrases. */
  readonly bodyOutlet: BodyOutletReader | null;
  readonly data: StructureData;
}

/** Used when a language ships cues but no `structure` section: the line model then leans on the cues alone. */
const FALLBACK: StructureData = {
  listIntroCues: [],
  headlineSkipKinds: ['banner', 'breadcrumb'],
  continuationWords: [],
  signoffAlone: '^(\\(\\s*[*/\\w.\\s-]{1,50}\\)|\\*{3,})$',
  signoffTrailing: '[.!?"”’\']\\s*(\\(\\s*[*/\\w.\\s-]{1,50}\\)|\\*{3,})(\\s*$|\\S.{0,60}$)',
  authorBylines: [],
  dateline: { separator: '\\s*(?:-{1,2}|–|—)\\s*', domainSuffix: '\\.(?:com|net|org|co)\\b', outletMorphemes: [], maxPlaceWords: 3 },
  promoOutlets: [],
  corpus: { minArticles: 3, minShare: 0.01, minCorpus: 8, proseMinArticles: 10, proseMinShare: 0.05, outletShare: 0.3, outletProseShare: 0.6 },
};

const compiled = new WeakMap<LanguageData, CompiledStructureCues>();

export function compileStructureCues(lang: LanguageData): CompiledStructureCues {
  const cached = compiled.get(lang);
  if (cached) return cached;
  const data = lang.boilerplate.structure ?? FALLBACK;
  const result: CompiledStructureCues = {
    // The cue patterns use no Unicode classes (they are shared with Oniguruma), so the faster non-Unicode mode reads them the same.
    cues: lang.boilerplate.cues.map((cue) => ({ cue, re: new RegExp(cue.pattern, 'i') })),
    anyCue: buildCuePrefilter(lang.boilerplate.cues.map((c) => c.pattern)),
    listIntroIds: new Set(data.listIntroCues),
    embedSignatureIds: new Set(data.embedSignatureCues ?? []),
    headlineSkipKinds: new Set(data.headlineSkipKinds),
    continuationWords: new Set(data.continuationWords.map((w) => w.toLowerCase())),
    signoffAlone: new RegExp(data.signoffAlone, 'iu'),
    signoffAloneStart: firstCharacterTest(data.signoffAlone),
    signoffTrailing: new RegExp(data.signoffTrailing, 'iu'),
    authorBylines: data.authorBylines.map((p) => new RegExp(p, 'iu')),
    promoOutlets: data.promoOutlets.map((p) => new RegExp(p, 'iu')),
    timeOrZone: timeOrZonePattern(Object.keys(lang.dates.zones)),
    bodyOutlet: compileBodyOutlet(data.bodyOutlet, data.dateline.domainSuffix),
    data,
  };
  compiled.set(lang, result);
  return result;
}

function timeOrZonePattern(zones: readonly string[]): RegExp {
  const names = zones.map((z) => z.replace(/[^A-Za-z0-9]/g, '')).filter((z) => z.length > 0);
  return new RegExp(`\\b\\d{1,2}[:.]\\d{2}\\b${names.length ? `|\\b(?:${names.join('|')})\\b` : ''}`, 'i');
}

export interface CueHit {
  readonly cue: BoilerplateCue;
  /** True when the cue's match covers the whole line but a few characters (a label alone: "Baca juga:"). */
  readonly labelOnly: boolean;
}

/**
 * The first cue (in data order) that matches the (trimmed) line; very long lines are mixed text,
 * never a cue line. With the prefilter, a line no anchored cue matches at its start is a cue line
 * only when it is short (see cuePrefilter.ts).
 */
export function matchCue(text: string, cues: readonly CompiledCue[], words: number, anyCue?: CuePrefilter, lettersFound?: number): CueHit | null {
  if (!text || text.length > MAX_CUE_LINE_CHARS || words > MAX_CUE_WORDS) return null;
  if (!anyCue) {
    for (const c of cues) {
      const hit = cueHit(c, text);
      if (hit) return hit;
    }
    return null;
  }
  // Only the cues the prefilter names can match; they are tried in the same (data) order.
  const candidates = anyCue.candidates(text, words, lettersFound);
  if (!candidates) return null;
  for (const i of candidates) {
    if (!anyCue.mayHold(i, text)) continue;
    const hit = cueHit(cues[i] as CompiledCue, text);
    if (hit) return hit;
  }
  return null;
}

function cueHit(c: CompiledCue, text: string): CueHit | null {
  const m = c.re.exec(text);
  return m ? { cue: c.cue, labelOnly: m.index === 0 && text.length - m[0].length <= 2 } : null;
}

