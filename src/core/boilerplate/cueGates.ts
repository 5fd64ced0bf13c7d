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
}

export function buildGates(needs: readonly (readonly Factor[])[]): Gates {
  // Lists with the same literals share a gate; beyond MAX_GATES, a list joins the last gate of its
  // own kind (a wider gate is never wrong, only slower), so that letters stay with the automaton
  // and signs with the table rather than making a gate that needs a regex scan of every line.
  const keys = needs.map(gateKey);
  const kinds: GateKind[] = [];
  const gateByKey = new Map<string, number>();
  const gateOf = keys.map((k, i) => {
    let gate = gateByKey.get(k);
    if (gate === undefined) {
      const kind = gateKind(needs[i] as readonly Factor[]);
      if (kinds.length < MAX_GATES) gate = kinds.push(kind) - 1;
      else gate = kinds.lastIndexOf(kind) >= 0 ? kinds.lastIndexOf(kind) : MAX_GATES - 1;
      gateByKey.set(k, gate);
    }
    return gate;
  });
  const gateCount = kinds.length;
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
  return {
    gateOf,
    letters,
    open(text: string, lettersFound?: number): number {
      let mask = letters === null ? 0 : (lettersFound ?? findLetterLiterals(letters, text));
      let found = 0;
      if (unitGates !== null) for (let i = 0; i < text.length; i++) found |= unitGates[text.charCodeAt(i)] as number;
      const signsFound = signs !== null && lettersFound !== undefined; // the word pass reported them in lettersFound
      mask |= signsFound ? found & ~singleBits : found;
      if (anyString !== null && anyString.test(text)) for (const gate of strings) if (gate.re.test(text)) mask |= gate.bit;
      return mask;
    },
  };
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
