/**
 * Gates for the cue alternatives that cannot be sorted by a line's first character: each needs
 * one of a few literals (regexShape.ts's factors: "google", "|", "[»›>]"), and a gate opens only
 * on lines holding one of its literals, so that only those alternatives run. Literals of letters
 * are found by an automaton the word counter steps (letterAutomaton.ts); for the others, one regex
 * says whether a line holds any (most hold none), and only then is each gate tested.
 */
import type { Factor } from './regexShape';
import { buildLetterAutomaton, findLetterLiterals, type LetterAutomaton, type SignBits } from './letterAutomaton';
import { charTable } from '../text/charTables';
import { isPlainSign } from '../structure/charClass';

/** Gates fit in the bits of a non-negative 32-bit number (a mask of open gates; the word pass uses -1 for 'not read'). */
export const MAX_GATES = 31;

export interface Gates {
  /** The gate of each factor list given to buildGates, by position. */
  readonly gateOf: readonly number[];
  /** The letter literals' automaton, for the word counter to step through a line (null when there are none). */
  readonly letters: LetterAutomaton | null;
  /**
   * A mask with bit g set when a literal of gate g occurs in the text. `lettersFound`, when known,
   * is what the automaton found in this text (see wordCounts.ts); else the automaton is run here.
   */
  open(text: string, lettersFound?: number): number;
  /** The bits of the gates found by a regex scan of the line (literals neither the automaton nor the table of units finds). */
  readonly stringBits: number;
  /** `open` but for the gates of `stringBits`: those cost a regex scan each, and the caller may not need them all. */
  openCheap(text: string, lettersFound?: number): number;
  /** Of the gates of `stringBits` in `wanted`, those whose literals occur in the text (as `open` sets them). */
  openStrings(text: string, wanted: number): number;
}

export function buildGates(needs: readonly (readonly Factor[])[]): Gates {
  // Lists with the same literals share a gate; beyond MAX_GATES, gates of one kind are merged (a
  // wider gate is never wrong, only slower), so that letters stay with the automaton and signs with
  // the table rather than making a gate that needs a regex scan of every line.
  const keys = needs.map(gateKey);
  const groupOfKey = new Map<string, number>();
  const groups: GateGroup[] = [];
  for (const [i, k] of keys.entries()) {
    if (groupOfKey.has(k)) continue;
    const fs = needs[i] as readonly Factor[];
    groupOfKey.set(k, groups.push({ kind: gateKind(fs), rarity: listRarity(fs), members: [k] }) - 1);
  }
  const merged = mergeRarest(groups);
  const gateByKey = new Map<string, number>();
  merged.forEach((g, gate) => g.members.forEach((k) => gateByKey.set(k, gate)));
  const gateOf = keys.map((k) => gateByKey.get(k) as number);
  const gateCount = merged.length;
  const literals: Factor[][] = Array.from({ length: gateCount }, () => []);
  needs.forEach((fs, i) => literals[gateOf[i] as number]?.push(...fs));
  const gates = literals.map((fs, g) => ({ bit: 2 ** g, fs, words: fs.map(letterRun) }));
  // A gate whose every literal holds a run of letters is found by the automaton (any match of the
  // literal holds the run); of the others, gates of single characters ("@", "[»›>]") by one class,
  // the rest by one alternation: a class scans several times faster than an alternation.
  const lettered = gates.filter((g) => g.words.every((w) => w !== null));
  const others = gates.filter((g) => !g.words.every((w) => w !== null));
  const automaton = lettered.length ? buildLetterAutomaton(lettered.flatMap((g) => g.words.map((word) => ({ word: word as string, bits: g.bit })))) : null;
  const regexGate = (g: (typeof gates)[number]) => {
    const sources = [...new Set(g.fs.map((f) => f.source))];
    return { bit: g.bit, sources, re: new RegExp(sources.join('|'), 'i') };
  };
  // Gates of ASCII signs ("@", "/"): without the `u` flag such a sign matches itself only, so indexOf finds what the regex would.
  const signGates = others.flatMap((g) => {
    const chars = asciiSigns(g.fs);
    return chars ? [{ bit: g.bit, chars }] : [];
  });
  const rest = others.filter((g) => !asciiSigns(g.fs));
  const singles = rest.filter((g) => g.fs.every((f) => f.keys.length === 1)).map(regexGate);
  const strings = rest.filter((g) => !g.fs.every((f) => f.keys.length === 1)).map(regexGate);
  const anySingle = singles.length ? new RegExp(`[${singles.flatMap((g) => g.sources.map(classInside)).join('')}]`, 'i') : null;
  const anyString = strings.length ? new RegExp(strings.map((g) => g.re.source).join('|'), 'i') : null;
  // The one-character gates ride along with the automaton when the word pass can report them (see SignBits).
  const signs = automaton !== null && anySingle !== null ? signBits(anySingle, singles) : null;
  const letters: LetterAutomaton | null = automaton !== null && signs !== null ? { ...automaton, signs } : automaton;
  // Both kinds of one-character gate are found in one pass over the line: each unit's gates in a table. A sign
  // gate's sign is found where indexOf finds it; a single's regex (one character, no u flag) matches a line
  // exactly when it matches one of its units, which the table records (charTable.ts).
  const unitGates = oneCharacterGates(signGates, anySingle, singles);
  const singleBits = singles.reduce((bits, g) => bits | g.bit, 0);
  const stringBits = strings.reduce((bits, g) => bits | g.bit, 0);
  const openCheap = (text: string, lettersFound?: number): number => {
    const mask = letters === null ? 0 : (lettersFound ?? findLetterLiterals(letters, text));
    let found = 0;
    if (unitGates !== null) for (let i = 0; i < text.length; i++) found |= unitGates[text.charCodeAt(i)] as number;
    const signsFound = signs !== null && lettersFound !== undefined; // the word pass reported them in lettersFound
    return mask | (signsFound ? found & ~singleBits : found);
  };
  const openStrings = (text: string, wanted: number): number => {
    let mask = 0;
    // All of them wanted: one scan of their union first (most lines hold none); else each wanted one alone.
    if ((wanted & stringBits) === stringBits) {
      if (anyString !== null && anyString.test(text)) for (const gate of strings) if (gate.re.test(text)) mask |= gate.bit;
    } else for (const gate of strings) if ((wanted & gate.bit) !== 0 && gate.re.test(text)) mask |= gate.bit;
    return mask;
  };
  return {
    gateOf,
    letters,
    stringBits,
    openCheap,
    openStrings,
    open: (text: string, lettersFound?: number): number => openCheap(text, lettersFound) | openStrings(text, stringBits),
  };
}

interface GateGroup {
  readonly kind: GateKind;
  /** How rarely the gate opens, by its commonest literal (listRarity). */
  readonly rarity: number;
  /** The keys (gateKey) of the lists it holds. */
  readonly members: readonly string[];
}

/**
 * Down to MAX_GATES gates: each step merges the two rarest gates of one kind (the kind whose
 * second-rarest gate is rarest). A merged gate opens where either did, so merging two rare gates
 * costs little, while merging a rare one into a common one ("|" into ":") runs the rare one's
 * alternatives on most lines; a merged gate is less rare than either, so merges spread over the
 * rare gates rather than pile into one. Gates keep the order of their first list.
 */
function mergeRarest(groups: readonly GateGroup[]): GateGroup[] {
  const out = [...groups];
  while (out.length > MAX_GATES) {
    let best: [number, number] | null = null;
    let bestRarity = -Infinity;
    for (const kind of ['letters', 'characters', 'strings'] as const) {
      const ofKind = out.map((g, i) => ({ g, i })).filter((x) => x.g.kind === kind).sort((a, b) => b.g.rarity - a.g.rarity || a.i - b.i);
      const [first, second] = ofKind;
      if (first && second && second.g.rarity > bestRarity) {
        bestRarity = second.g.rarity;
        best = [Math.min(first.i, second.i), Math.max(first.i, second.i)];
      }
    }
    // Past three gates some kind holds two, so this fallback (the last two, whatever their kinds) is never taken.
    const [keep, drop] = best ?? [out.length - 2, out.length - 1];
    const a = out[keep] as GateGroup;
    const b = out[drop] as GateGroup;
    out[keep] = { kind: a.kind === b.kind ? a.kind : 'strings', rarity: eitherRarity(a.rarity, b.rarity), members: [...a.members, ...b.members] };
    out.splice(drop, 1);
  }
  return out;
}

/**
 * How rarely a list's literals occur in text, by its commonest literal (each position by its
 * commonest character): letters, digits, spaces and the signs of ordinary sentences count 1,
 * other ASCII signs 2, the rest 3; a position that may be anything counts nothing. An estimate,
 * used only to choose which gates to merge.
 */
function listRarity(factors: readonly Factor[]): number {
  let rarest = Infinity;
  for (const f of factors) {
    let sum = 0;
    for (const k of f.keys) sum += k === 'any' ? 0 : Math.min(...[...k].map(keyRarity));
    rarest = Math.min(rarest, sum);
  }
  return rarest;
}

/** The rarity of finding either of two literals: rarities read as halvings (2^-r), whose chances add. */
function eitherRarity(a: number, b: number): number {
  return -Math.log2(2 ** -a + 2 ** -b);
}

const SENTENCE_SIGNS = new Set([...' .,:;!?\'"()-'].map((c) => c.charCodeAt(0)));

function keyRarity(key: number): number {
  if (key >= 128) return 3;
  return (key >= 97 && key <= 122) || (key >= 48 && key <= 57) || SENTENCE_SIGNS.has(key) ? 1 : 2;
}

/** What names a gate: the distinct literals of a factor list. */
export function gateKey(factors: readonly Factor[]): string {
  return [...new Set(factors.map((f) => f.source))].sort().join('|');
}

type GateKind = 'letters' | 'characters' | 'strings';

/** How a gate of these literals is found: by the letter automaton, the table of units, or a regex scan. */
function gateKind(factors: readonly Factor[]): GateKind {
  if (factors.every((f) => letterRun(f) !== null)) return 'letters';
  return factors.every((f) => f.keys.length === 1) ? 'characters' : 'strings';
}

/** True when a gate of these literals costs no regex scan of its own (the automaton or the table of units finds it). */
export function isCheapGate(factors: readonly Factor[]): boolean {
  return gateKind(factors) !== 'strings';
}

/** Per UTF-16 unit, the bits of the one-character gates it opens (null when there are none). */
export function oneCharacterGates(signGates: readonly { readonly bit: number; readonly chars: readonly string[] }[], anySingle: RegExp | null, singles: readonly { readonly bit: number; readonly re: RegExp }[]): Int32Array | null {
  if (signGates.length === 0 && anySingle === null) return null;
  const gates = new Int32Array(0x10000);
  const open = (unit: number, bit: number): void => {
    gates[unit] = (gates[unit] as number) | bit;
  };
  for (const gate of signGates) for (const c of gate.chars) open(c.charCodeAt(0), gate.bit);
  if (anySingle !== null) {
    const table = charTable(anySingle);
    for (let c = 0; c < table.length; c++) {
      if (table[c] !== 1) continue;
      const unit = String.fromCharCode(c);
      for (const g of singles) if (g.re.test(unit)) open(c, g.bit);
    }
  }
  return gates;
}

/** Shorter runs of letters are too common to be worth a gate of their own. */
const MIN_LETTER_RUN = 3;

/** The longest run of ASCII letters a factor's every match holds ("ilustrasi" of "\(ilustrasi\)"), or null. */
function letterRun(factor: Factor): string | null {
  let best = '';
  let run = '';
  for (const k of factor.keys) {
    const letter = k !== 'any' && k.size === 1 ? ([...k][0] as number) : -1;
    run = letter >= 97 && letter <= 122 ? run + String.fromCharCode(letter) : '';
    if (run.length > best.length) best = run;
  }
  return best.length >= MIN_LETTER_RUN ? best : null;
}

/** The characters of a gate whose every literal is one ASCII sign (not a letter, whose key stands for two cases), or null. */
function asciiSigns(factors: readonly Factor[]): string[] | null {
  const chars: string[] = [];
  for (const f of factors) {
    const key = f.keys.length === 1 ? f.keys[0] : undefined;
    if (key === undefined || key === 'any' || key.size !== 1) return null;
    const code = [...key][0] as number;
    if (code >= 128 || (code >= 97 && code <= 122)) return null;
    chars.push(String.fromCharCode(code));
  }
  return chars;
}

/** A one-character factor's source as class content: "[ab]" gives "ab", an escaped character itself. */
function classInside(source: string): string {
  return source.startsWith('[') ? source.slice(1, -1) : source;
}

/** The units `anySingle` matches, each with the bits of the gates it opens; null unless every one is a plain sign. */
function signBits(anySingle: RegExp, singles: readonly { readonly bit: number; readonly re: RegExp }[]): SignBits | null {
  const table = charTable(anySingle);
  const bits = new Map<number, number>();
  for (let c = 0; c < table.length; c++) {
    if (table[c] !== 1) continue;
    if (!isPlainSign(c)) return null;
    const unit = String.fromCharCode(c);
    bits.set(c, singles.reduce((mask, g) => (g.re.test(unit) ? mask | g.bit : mask), 0));
  }
  return { table, bits };
}
