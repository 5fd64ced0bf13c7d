/**
 * One name word against another in the spellings a language lets a name vary by: the last letter ("Hengky", "Hengki")
 * and letters written the old way and the new ("Rachmat", "Rahmat"), one edit or a doubled letter apart, a fuller form,
 * a short form. Used by personRegistry.ts.
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

/** Levenshtein distance, stopping early above 1 (only "equal or one edit apart" is asked). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A one-word name is at least this long for its doubled letter to be a spelling, not another name. */
const MIN_DOUBLED_NAME_LETTERS = 7;

/** `a` and `b` differ by one letter written once or twice in a row ("Syamsuddin", "Syamsudin"). */
export function doubledApart(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < MIN_DOUBLED_NAME_LETTERS) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  // The extra letter repeats a neighbour, and the rest is the same.
  return (long[i] === long[i - 1] || long[i] === long[i + 1]) && long.slice(i + 1) === short.slice(i);
}

/** `alias` is a fuller form of the one-word `name`: more words, or one longer word opening with it ("Nurhadi" for "Nur"). */
export function fullerName(alias: string, name: string): boolean {
  if (name.includes(' ')) return false;
  const words = alias.split(' ').length;
  return words > 1 || (alias.length > name.length && alias.toLowerCase().startsWith(name.toLowerCase()));
}

/** The letters of `short` stand in `long` in the same order ("yan" in "yohanes"). */
export function lettersInOrder(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** A shortened given name is at least this long ("Frans" for "Fransiskus"). */
const MIN_SHORT_GIVEN_LETTERS = 4;

/**
 * "Frans Meo" for "Fransiskus Xaverius Meo": a given name cut short, then the rest of the words of a longer name
 * (the surname kept). Only with fewer words than the name, so "Andi Saputra" and "Andika Saputra" stay two persons.
 */
export function shortGivenNameOf(f: readonly string[], name: readonly string[]): boolean {
  if (f.length < 2 || f.length >= name.length) return false;
  const first = f[0] as string;
  const given = name[0] as string;
  if (first.length < MIN_SHORT_GIVEN_LETTERS || first.length >= given.length || !given.startsWith(first)) return false;
  for (let k = 1; k < f.length; k++) if (!name.includes(f[k] as string)) return false;
  return true;
}
