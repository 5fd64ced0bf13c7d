/**
 * Writing values into a `yaml` Document while disturbing it as little as possible: scalars are
 * changed in place (their comments and quoting stay), maps are updated key by key, and new nodes
 * get the engine's style (positions and short lists in flow style).
 */
import { isMap, isScalar, isSeq, Scalar, YAMLMap, YAMLSeq, type Document, type Node as YamlNode } from 'yaml';
import type { PlainValue } from './engineValues';

/** Options every sidecar is printed with: no folding of long quotes (diffs stay line-per-value). */
export const STRINGIFY_OPTIONS = { lineWidth: 0, minContentWidth: 0 } as const;

function isPlainObject(v: unknown): v is Record<string, PlainValue> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The engine's style: `{ line, column }` maps and lists of short scalars on one line. */
export function styleNode(node: unknown): void {
  if (isScalar(node)) {
    // "10:15" is a string in YAML 1.2 but a number (615) to YAML 1.1 readers: quote it for both.
    if (typeof node.value === 'string' && /^[0-9][0-9_]*(:[0-9_]+)+$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
  } else if (isMap(node)) {
    const keys = node.items.map((p) => (isScalar(p.key) ? p.key.value : p.key));
    if (keys.length === 2 && keys.includes('line') && keys.includes('column')) node.flow = true;
    for (const p of node.items) styleNode(p.value);
  } else if (isSeq(node)) {
    const scalars = node.items.every((i) => isScalar(i) && (typeof i.value !== 'string' || (i.value.length < 60 && !i.value.includes('\n'))));
    // Empty lists stay block lists (printed `[]` all the same) so items added later go one per line.
    if (scalars && node.items.length > 0) node.flow = true;
    for (const i of node.items) styleNode(i);
  }
}

export function createStyledNode(doc: Document, value: PlainValue): YamlNode {
  const node = doc.createNode(value) as YamlNode;
  styleNode(node);
  return node;
}

/**
 * Sets `map[key]` to `value` (undefined deletes it), reusing the existing node where the shapes
 * match so comments and formatting around unchanged parts stay. `order` places a new key.
 */
export function assignKey(doc: Document, map: YAMLMap, key: string, value: PlainValue | undefined, order?: readonly string[]): void {
  if (value === undefined) {
    map.delete(key);
    return;
  }
  const existing = map.get(key, true) as YamlNode | undefined;
  if (existing !== undefined && assignInPlace(doc, existing, value)) return;
  const node = createStyledNode(doc, value);
  if (existing !== undefined) {
    copyDecorations(existing, node);
    map.set(key, node);
    return;
  }
  insertKeyOrdered(doc, map, key, node, order);
}

/** Updates `node` to hold `value` without replacing it; false when the shapes differ. */
function assignInPlace(doc: Document, node: YamlNode, value: PlainValue): boolean {
  if (isScalar(node)) {
    if (value !== null && typeof value === 'object') return false;
    if (node.value !== value) {
      node.value = value;
      // A string written as a block or plain scalar may no longer fit that style; let the printer choose.
      if (typeof value === 'string' && value.includes('\n') !== String(node.source ?? '').includes('\n')) node.type = undefined;
    }
    return true;
  }
  if (isMap(node)) {
    if (!isPlainObject(value)) return false;
    const keys = Object.keys(value);
    for (const pair of [...node.items]) {
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof k !== 'string' || !keys.includes(k)) node.delete(pair.key);
    }
    for (const k of keys) assignKey(doc, node, k, value[k], keys);
    return true;
  }
  if (isSeq(node)) {
    if (!Array.isArray(value) || value.length !== node.items.length) return false;
    for (let i = 0; i < value.length; i++) {
      const item = node.items[i] as YamlNode;
      const v = value[i] as PlainValue;
      if (!assignInPlace(doc, item, v)) {
        const fresh = createStyledNode(doc, v);
        copyDecorations(item, fresh);
        node.items[i] = fresh;
      }
    }
    return true;
  }
  return false;
}

function copyDecorations(from: YamlNode, to: YamlNode): void {
  if (from.comment) to.comment = from.comment;
  if (from.commentBefore) to.commentBefore = from.commentBefore;
  if (from.spaceBefore) to.spaceBefore = from.spaceBefore;
  if ((isMap(from) || isSeq(from)) && (isMap(to) || isSeq(to)) && from.flow !== undefined) to.flow = from.flow;
}

/** Adds `key` to `map` after the nearest key that precedes it in `order` (or at the end). */
export function insertKeyOrdered(doc: Document, map: YAMLMap, key: string, node: YamlNode, order?: readonly string[]): void {
  const pair = doc.createPair(key, node);
  pair.value = node;
  const at = order ? order.indexOf(key) : -1;
  if (at >= 0) {
    for (let i = at - 1; i >= 0; i--) {
      const before = order?.[i];
      const index = map.items.findIndex((p) => (isScalar(p.key) ? p.key.value : p.key) === before);
      if (index >= 0) {
        map.items.splice(index + 1, 0, pair);
        return;
      }
    }
    const firstAfter = map.items.findIndex((p) => {
      const k = isScalar(p.key) ? p.key.value : p.key;
      return typeof k === 'string' && order !== undefined && order.indexOf(k) > at;
    });
    if (firstAfter >= 0) {
      map.items.splice(firstAfter, 0, pair);
      return;
    }
  }
  map.items.push(pair);
}

export function newSeq(doc: Document): YAMLSeq {
  return doc.createNode([]) as YAMLSeq;
}
