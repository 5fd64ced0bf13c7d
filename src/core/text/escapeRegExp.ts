/** `text` with every character a regular expression reads as syntax escaped: matched as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Phrases of the language data ("wawancara dengan", "baca juga") as regex alternatives: each word matched as written,
 * the words apart by `space` (any white space by default). Empty phrases are left out.
 */
export function phraseAlternatives(phrases: readonly string[], space = '\\s+'): string[] {
  return phrases.map((p) => p.trim().split(/\s+/u).map(escapeRegExp).join(space)).filter((p) => p.length > 0);
}
