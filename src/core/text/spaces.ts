/**
 * White space read as a reader reads it: a run of spaces (two where a page had a zero-width one,
 * see readingText in analyze.ts) is one space when names and lines are compared.
 */
const SPACE_RUNS = /\s{2,}|[^\S ]/gu;
const NEEDS_COLLAPSE = /\s{2,}|[^\S ]/u;

/** Every run of white space as one plain space; the text itself (no copy) when it has none to collapse. */
export function collapseSpaces(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(SPACE_RUNS, ' ') : text;
}
