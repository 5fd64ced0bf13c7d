/**
 * Tables of one flag per UTF-16 unit, each derived from a regex that matches one character: a
 * look-up answers what `re.test(char)` would, without a regex call per character (each costs
 * about as much as reading a hundred characters). A table is built on first use, by testing
 * every unit once; it is exact for every unit that is not a surrogate. A lone surrogate is tested
 * as itself too, so a caller whose regex matches characters beyond the BMP must look at pairs.
 */

const built = new Map<string, Uint8Array>();

/** The table of `re` (one character, no lookaround): 1 where re.test(String.fromCharCode(unit)). */
export function charTable(re: RegExp): Uint8Array {
  const key = `${re.source}/${re.flags}`;
  let table = built.get(key);
  if (!table) {
    const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
    table = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) table[c] = plain.test(String.fromCharCode(c)) ? 1 : 0;
    built.set(key, table);
  }
  return table;
}

let whiteSpace: Uint8Array | null = null;

/** /\s/ on one unit (no white space lies beyond the BMP); NaN (a position past the end) is not white space. */
export function isWhiteSpaceUnit(unit: number): boolean {
  whiteSpace ??= charTable(/\s/u);
  return whiteSpace[unit] === 1;
}
