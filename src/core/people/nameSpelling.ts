/**
 * One name word against another in the spellings a language lets a name vary by: the last letter ("Hengky", "Hengki")
 * and letters written the old way and the new ("Rachmat", "Rahmat"). Used by personRegistry.ts.
 */

/** A one-word name is at least this long for its last letter's other spelling to be the same name ("Desy", "Desi"). */
const MIN_VARIANT_NAME_LETTERS = 4;

/** `a` and `b` (lower case) differ only in their last letter, written with the two letters of a listed pair. */
export function finalLetterApart(a: string, b: string, variants: ReadonlyMap<string, string>): boolean {
  if (a.length !== b.length || a.length < MIN_VARIANT_NAME_LETTERS || a === b) return false;
  const last = a.length - 1;
  return variants.get(a.charAt(last)) === b.charAt(last) && a.slice(0, last) === b.slice(0, last);
}

/** `word` with each listed pair written the new way, the pairs applied in order. */
export function newSpelling(word: string, variants: readonly (readonly [string, string])[]): string {
  let x = word;
  for (const [old, now] of variants) x = x.replaceAll(old, now);
  return x;
}

/**
 * `a` and `b` (lower case) are one name word in the old and the new spelling ("rachmat", "rahmat"; "soekarno", "sukarno"):
 * the same once each listed pair is written the new way. Each word's new spelling is worked out once per registry
 * (`kept`): `find` compares a one-word name with every word of every person, and rewriting both words on every call
 * (two replaceAll per pair) was 2.8% of the engine's profile.
 */
export function spelledOtherWayKept(a: string, b: string, variants: readonly (readonly [string, string])[], kept: Map<string, string>): boolean {
  if (a === b || a.length < MIN_VARIANT_NAME_LETTERS || b.length < MIN_VARIANT_NAME_LETTERS) return false;
  let x = kept.get(a);
  if (x === undefined) kept.set(a, (x = newSpelling(a, variants)));
  let y = kept.get(b);
  if (y === undefined) kept.set(b, (y = newSpelling(b, variants)));
  return x === y;
}
