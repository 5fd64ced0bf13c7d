/**
 * Gates for the cue alternatives that cannot be sorted by a line's first character: each needs
 * one of a few literals (regexShape.ts's factors: "google", "|", "[»›>]"), and a gate opens only
 * on lines holding one of its literals, so that only those alternatives run. One regex for all
 * gates says whether a line holds any literal (most hold none); only then is each gate tested.
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
  const literals: Factor[][] = Array.from({ length: gateCount }, () => []);
  needs.forEach((fs, i) => literals[gateOf[i] as number]?.push(...fs));
  const gates = literals.map((fs, g) => ({ bit: 2 ** g, re: new RegExp([...new Set(fs.map((f) => f.source))].join('|'), 'i'), single: fs.every((f) => f.keys.length === 1), fs }));
  // Gates of single characters ("@", "[»›>]") are found by one class, the others by one alternation:
  // a class scans several times faster, and kept apart it does not slow the alternation down.
  const singles = gates.filter((g) => g.single);
  const strings = gates.filter((g) => !g.single);
  const anySingle = singles.length ? new RegExp(`[${singles.flatMap((g) => g.fs.map((f) => classInside(f.source))).join('')}]`, 'i') : null;
  const anyString = strings.length ? new RegExp(strings.map((g) => g.re.source).join('|'), 'i') : null;
  return {
    gateOf,
    open(text: string): number {
      let mask = 0;
      if (anySingle !== null && anySingle.test(text)) for (const gate of singles) if (gate.re.test(text)) mask |= gate.bit;
      if (anyString !== null && anyString.test(text)) for (const gate of strings) if (gate.re.test(text)) mask |= gate.bit;
      return mask;
    },
  };
}

/** A one-character factor's source as class content: "[ab]" gives "ab", an escaped character itself. */
function classInside(source: string): string {
  return source.startsWith('[') ? source.slice(1, -1) : source;
}
