/**
 * Sidecar YAML, schema v1 (`<stem>.meta.yaml` beside `<stem>.txt`): the engine's output and the
 * reviewer's workspace. Pure: strings in, strings out (the `yaml` package's Document API, which
 * keeps comments). No function here throws on bad input; failures come back as
 * `{ ok: false, error: { code, message, line, column } }` with 1-based line and column.
 *
 *   sidecarPathFor('a/b.txt')            → 'a/b.meta.yaml'
 *   buildSidecar(input)                  → YAML text of a first write
 *   mergeSidecar(existing, input)        → { text, conflicts, changed } (edits win; see merge.ts)
 *   readSidecar(text)                    → typed view (review, source hash, quotes, …)
 *   isStale(view, articleText)           → the article changed since extraction
 *   setReview(text, { status, … })       → new text, only the review block changed
 *   sha256Hex(text), articleHash(text)   → hashes (sync, web-safe)
 */
import { DEFAULT_SIDECAR_SUFFIX } from './schema';

export * from './schema';
export { sha256Hex, sha256Bytes } from './sha256';
export { articleHash, type SidecarInput, type PlainValue } from './engineValues';
export { formatSidecarError, type SidecarError, type SidecarErrorCode, type SidecarResult } from './parse';
export { buildSidecar } from './build';
export { mergeSidecar, type MergeOutcome, type SidecarConflict } from './merge';
export { readSidecar, isStale, type SidecarView } from './read';
export { setReview } from './review';

/**
 * The sidecar's path for an article path (any separator; only the name part changes):
 * `dir/stem.txt` → `dir/stem<suffix>`. The extension after the last dot of the name is dropped;
 * a name without one keeps its whole name as the stem.
 */
export function sidecarPathFor(articlePath: string, suffix: string = DEFAULT_SIDECAR_SUFFIX): string {
  const slash = Math.max(articlePath.lastIndexOf('/'), articlePath.lastIndexOf('\\'));
  const name = articlePath.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return articlePath.slice(0, slash + 1) + stem + suffix;
}
