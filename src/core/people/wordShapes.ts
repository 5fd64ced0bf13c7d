/**
 * What a word's letters say of it alone: a capital first, all capitals. Read by the tokenizer's
 * split passes, the word table and the quote rules (through nameTokens.ts).
 */
const CAPITALIZED = /^[\p{Lu}@]/u;
const ALL_CAPS = /^[\p{Lu}\p{N}]+$/u;
const HAS_CAPITAL = /\p{Lu}/u;

/** CAPITALIZED.test, ASCII first letters decided by char code (the common case, no regex). */
export const isCapitalized = (word: string): boolean => {
  const code = word.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || code === 64;
  return CAPITALIZED.test(word);
};

/** All capitals, two letters or more ("ASN", "BMKG"): an acronym, not a name word. */
export const isAcronym = (word: string): boolean => word.length >= 2 && ALL_CAPS.test(word) && HAS_CAPITAL.test(word);
