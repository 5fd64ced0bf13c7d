/**
 * Finds, in a sidecar's YAML text, the entry under the cursor and how it points back into the
 * article. Pure (text in, data out; only the `yaml` package) so it is testable without an editor.
 *
 * It reads the sidecar's shape rather than a fixed schema: an entry points at its source by
 * `start`/`end` line-column maps (quotes, dates: 1-based line, 1-based code-point column, end
 * inclusive, as toRecord writes them), by `lines: [first, last]` (boilerplate runs, 1-based,
 * inclusive), by a `line`, or failing those by text the article contains (`raw`, `text`, `name`).
 * That keeps the hover working while the sidecar schema grows fields.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { LineColumn } from '../../core';

export type SourceLocator =
  | { readonly kind: 'lineColumn'; readonly start: LineColumn; readonly end: LineColumn }
  | { readonly kind: 'lines'; readonly first: number; readonly last: number }
  | { readonly kind: 'text'; readonly text: string };

export interface SidecarEntry {
  /** The top-level key the entry sits under ("quotes", "boilerplate", "date", "people", …). */
  readonly section: string;
  /** Offsets of the entry in the sidecar text (end exclusive). */
  readonly range: readonly [number, number];
  readonly locator: SourceLocator;
  /** The entry's own label, when it has one (a speaker, a kind, a name). */
  readonly label: string | null;
}

export interface SidecarLocation {
  /** The article the sidecar names (`source.file`, or `article`/`file`/`source` at the top), if any. */
  readonly articleName: string | null;
  readonly entry: SidecarEntry | null;
}

const ARTICLE_KEYS = ['article', 'file', 'source'];
const TEXT_KEYS = ['raw', 'text', 'name'];
/** Sections whose plain string values are quoted verbatim from the article. */
const TEXT_SECTIONS = ['title', 'authors'];
const LABEL_KEYS = ['speaker', 'kind', 'name', 'iso', 'place'];

/** The entry at `offset` in the sidecar text, or null; never throws (a malformed sidecar gives null). */
export function locateSidecarEntry(yamlText: string, offset: number): SidecarLocation {
  let doc;
  try {
    doc = parseDocument(yamlText);
  } catch {
    return { articleName: null, entry: null };
  }
  const root = doc.contents;
  if (!isMap(root)) return { articleName: null, entry: null };
  let articleName: string | null = null;
  for (const key of ARTICLE_KEYS) {
    const v: unknown = root.get(key);
    // Schema v1 writes `source: {file: …}`; a bare `article:`/`file:` name is accepted too.
    const name = isMap(v) ? v.get('file') : v;
    if (typeof name === 'string' && name) {
      articleName = name;
      break;
    }
  }
  for (const pair of root.items) {
    if (!isPair(pair) || !contains(pair, offset)) continue;
    const section = isScalar(pair.key) ? String(pair.key.value) : '';
    return { articleName, entry: deepestEntry(section, pair.value as YamlNode | null, offset) };
  }
  return { articleName, entry: null };
}

function contains(pair: Pair, offset: number): boolean {
  const keyRange = (pair.key as YamlNode | null)?.range;
  const valueRange = (pair.value as YamlNode | null)?.range;
  const start = keyRange?.[0] ?? valueRange?.[0];
  const end = valueRange?.[1] ?? keyRange?.[1];
  return start !== undefined && end !== undefined && offset >= start && offset < end;
}

/** Walks down the maps and sequences holding `offset`; the deepest one that locates source text wins. */
function deepestEntry(section: string, node: YamlNode | null, offset: number): SidecarEntry | null {
  let best: SidecarEntry | null = null;
  let current: YamlNode | null = node;
  while (current) {
    if (isMap(current)) {
      const found = entryFromMap(section, current, offset);
      if (found) best = found;
      const inner: Pair | undefined = current.items.find((p) => isPair(p) && contains(p, offset));
      current = (inner?.value as YamlNode | undefined) ?? null;
    } else if (isSeq(current)) {
      const item = current.items.find((i) => {
        const r = (i as YamlNode | null)?.range;
        return r != null && offset >= r[0] && offset < r[1];
      });
      current = (item as YamlNode | undefined) ?? null;
    } else {
      // A bare string the article contains verbatim: the title, an author.
      if (!best && isScalar(current) && typeof current.value === 'string' && TEXT_SECTIONS.includes(section) && current.range) {
        best = { section, range: [current.range[0], current.range[1]], locator: { kind: 'text', text: current.value }, label: null };
      }
      current = null;
    }
  }
  return best;
}

function entryFromMap(section: string, map: YAMLMap, offset: number): SidecarEntry | null {
  const r = map.range;
  if (!r || offset < r[0] || offset >= r[1]) return null;
  const data = map.toJSON() as Record<string, unknown>;
  const locator = locatorOf(data);
  if (!locator) return null;
  const label = LABEL_KEYS.map((k) => data[k]).find((v): v is string => typeof v === 'string' && v.length > 0) ?? null;
  return { section, range: [r[0], r[1]], locator, label };
}

function locatorOf(data: Record<string, unknown>): SourceLocator | null {
  const start = asLineColumn(data['start']);
  const end = asLineColumn(data['end']);
  if (start && end) return { kind: 'lineColumn', start, end };
  const lines = data['lines'];
  if (Array.isArray(lines) && typeof lines[0] === 'number') {
    const first = lines[0];
    const last = typeof lines[1] === 'number' ? lines[1] : first;
    return { kind: 'lines', first, last };
  }
  if (typeof data['line'] === 'number') return { kind: 'lines', first: data['line'], last: data['line'] };
  for (const key of TEXT_KEYS) {
    const v = data[key];
    if (typeof v === 'string' && v.trim()) return { kind: 'text', text: v };
  }
  return null;
}

function asLineColumn(v: unknown): LineColumn | null {
  if (v && typeof v === 'object') {
    const { line, column } = v as { line?: unknown; column?: unknown };
    if (typeof line === 'number' && typeof column === 'number') return { line, column };
  }
  // "12:5" is the compact form a person may type by hand.
  if (typeof v === 'string') {
    const m = /^(\d+):(\d+)$/.exec(v.trim());
    if (m) return { line: Number(m[1]), column: Number(m[2]) };
  }
  return null;
}
