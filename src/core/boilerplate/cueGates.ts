/**
 * Gates for the cue alternatives that cannot be sorted by a line's first character: each needs
 * one of a few literals (regexShape.ts's factors: "google", "|", "[»›>]"), and a gate opens only
 * on lines holding one of its literals, so that only those alternatives run. Signs are looked
 * for with indexOf; the other literals with one regex for all gates (most lines hold none), then,
 * on the few lines that hold one, gate by gate.
 */
import type { Factor } from './regexShape';

/** Gates fit in the bits of a number (a mask of open gates). */
const MAX_GATES = 30;

export interface Gates {
  /** The gate of each factor list given to buildGates, by position. */
  readonly gateOf: readonly number[];
  /** A mask with bit g set when a literal of gate g occurs in the text. */
  open(text: string): number;
}

export function buildGates(needs: readonly (readonly Factor[])[]): Gates {
  // Lists with the same literals share a gate; beyond MAX_GATES, the last gate takes every
  // remaining list (a wider gate is never wrong, only slower).
  const keys = needs.map((fs) => [...new Set(fs.map((f) => f.source))].sort().join('|'));
  const distinct = [...new Set(keys)];
  const gateOf = keys.map((k) => Math.min(distinct.indexOf(k), MAX_GATES - 1));
  const gateCount = Math.min(distinct.length, MAX_GATES);
  const signs: number[][] = Array.from({ length: gateCount }, () => []);
  const literals: Set<string>[] = Array.from({ length: gateCount }, () => new Set<string>());
  needs.forEach((fs, i) => {
    const g = gateOf[i] as number;
    const codes = caselessSigns(fs);
    if (codes && g < MAX_GATES - 1) (signs[g] as number[]).push(...codes);
    else for (const f of fs) literals[g]?.add(f.source);
  });
  const signGates = signs.flatMap((codes, g) => (codes.length ? [{ bit: 2 ** g, chars: [...new Set(codes)].map((c) => String.fromCharCode(c)) }] : []));
  const scanned = literals.flatMap((ls, g) => (ls.size ? [{ bit: 2 ** g, re: new RegExp([...ls].join('|'), 'i') }] : []));
  const anyScanned = scanned.length ? new RegExp(scanned.map((s) => s.re.source).join('|'), 'i') : null;
  return {
    gateOf,
    open(text: string): number {
      let mask = 0;
      for (const gate of signGates) {
        for (const c of gate.chars) {
          if (text.indexOf(c) !== -1) {
            mask |= gate.bit;
            break;
          }
        }
      }
      if (anyScanned === null || !anyScanned.test(text)) return mask;
      for (const gate of scanned) if (gate.re.test(text)) mask |= gate.bit;
      return mask;
    },
  };
}
/**
 * The characters of a factor list made only of single ASCII signs ("@", "/", "|"), or null. Without
 * the `u` flag such a sign matches itself and nothing else, so indexOf finds exactly what the regex would.
 */
function caselessSigns(factors: readonly Factor[]): number[] | null {
  const codes: number[] = [];
  for (const f of factors) {
    const only = f.keys.length === 1 ? f.keys[0] : undefined;
    if (!only || only === 'any' || only.size !== 1) return null;
    const code = [...only][0] as number;
    if (code >= 128 || (code >= 97 && code <= 122)) return null; // outside ASCII, or a letter (the key of two cases)
    codes.push(code);
  }
  return codes;
}
