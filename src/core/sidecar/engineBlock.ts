/**
 * The `engine:` block: fingerprints of the values the engine last wrote. A value in the file
 * whose fingerprint still matches was not touched by a person, so re-extraction may replace it;
 * one that differs was edited and is kept. An item id listed here but missing from the file was
 * deleted by a person and is not added back.
 *
 *   engine:
 *     root: language:1a2b3c4d title:… date:… dateline:… outlet:… authors:…
 *     quotes:
 *       - 9f8e7d6c text:… speaker:… cue:… start:… end:…
 */
import { fingerprint, itemIds, type EngineValues, type PlainMap, type PlainValue } from './engineValues';
import { LIST_FIELDS, LIST_ITEM_FIELDS, ROOT_FIELDS, type ListField } from './schema';

export type FieldPrints = Map<string, string>;

export interface EngineBase {
  readonly root: FieldPrints;
  /** Per list: item id → field fingerprints, in the order the engine wrote them. */
  readonly lists: Record<ListField, Map<string, FieldPrints>>;
}

export function emptyBase(): EngineBase {
  return { root: new Map(), lists: { people: new Map(), quotes: new Map(), boilerplate: new Map() } };
}

/** Absent optional fields are left out of the block (decodePrints restores them), to keep it short. */
const ABSENT = fingerprint(undefined);

function encodePrints(prints: FieldPrints): string {
  return [...prints]
    .filter(([, h]) => h !== ABSENT)
    .map(([f, h]) => `${f}:${h}`)
    .join(' ');
}

function decodePrints(tokens: readonly string[], fields: readonly string[]): FieldPrints {
  const prints: FieldPrints = new Map(fields.map((f) => [f, ABSENT]));
  for (const t of tokens) {
    const colon = t.indexOf(':');
    if (colon > 0) prints.set(t.slice(0, colon), t.slice(colon + 1));
  }
  return prints;
}

/** Fingerprints of an item's engine fields (absent optional fields are recorded as absent). */
export function itemPrints(list: ListField, item: PlainMap): FieldPrints {
  return new Map(LIST_ITEM_FIELDS[list].map((f) => [f, fingerprint(item[f])]));
}

export function baseFromValues(values: EngineValues): EngineBase {
  const base = emptyBase();
  for (const f of ROOT_FIELDS) base.root.set(f, fingerprint(values.root[f]));
  for (const list of LIST_FIELDS) {
    const items = values.lists[list];
    const ids = itemIds(list, items);
    items.forEach((item, i) => {
      const id = ids[i];
      if (id) base.lists[list].set(id, itemPrints(list, item));
    });
  }
  return base;
}

export function encodeBase(base: EngineBase): PlainMap {
  const out: PlainMap = { root: encodePrints(base.root) };
  for (const list of LIST_FIELDS) out[list] = [...base.lists[list]].map(([id, prints]) => `${id} ${encodePrints(prints)}`) as PlainValue[];
  return out;
}

/** Reads the block back; null when it is missing or not in the form above (then nothing counts as engine-written). */
export function decodeBase(value: unknown): EngineBase | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (typeof v['root'] !== 'string') return null;
  const base = emptyBase();
  for (const [f, h] of decodePrints(v['root'].split(' '), ROOT_FIELDS)) base.root.set(f, h);
  for (const list of LIST_FIELDS) {
    const entries = v[list];
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) return null;
    for (const entry of entries) {
      if (typeof entry !== 'string') return null;
      const [id, ...rest] = entry.split(' ');
      if (id) base.lists[list].set(id, decodePrints(rest, LIST_ITEM_FIELDS[list]));
    }
  }
  return base;
}
