/**
 * Re-extraction into an existing sidecar without losing a person's work. Three values meet for
 * every engine-owned field: what the engine last wrote (its fingerprint in `engine:`), what the
 * file holds now, and what the engine finds now.
 *   file == last written   → the person did not touch it: take the engine's new value.
 *   file != last written   → the person edited it (or deleted it): keep it. If the engine's new
 *                            value differs from both, report a conflict (the edit still wins).
 * Lists are matched item by item on their naming field (quote text, person name, boilerplate
 * text), then merged field by field. Everything else (comments, the review block, keys a person
 * added, their order) stays as it is; when nothing engine-owned changed the text is returned
 * unchanged, byte for byte.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { baseFromValues, decodeBase, emptyBase, encodeBase, type EngineBase, type FieldPrints } from './engineBlock';
import { canonicalJson, engineValues, fingerprint, itemIds, type EngineValues, type PlainMap, type PlainValue, type SidecarInput } from './engineValues';
import { assignKey, createStyledNode, insertKeyOrdered, STRINGIFY_OPTIONS } from './nodes';
import { failure, lineColumnAt, parseSidecar, type SidecarResult } from './parse';
import { inStyle, textStyleOf, withoutBom } from './textStyle';
import { decorateEngineKey } from './build';
import { LIST_FIELDS, LIST_ITEM_FIELDS, ROOT_FIELDS, TOP_LEVEL_ORDER, type ListField } from './schema';

export interface SidecarConflict {
  /** Where: `title`, `quotes["Kami siap…"].speaker`, … */
  readonly path: string;
  /** 1-based line of the kept value in the merged sidecar text (null when the person deleted it). */
  readonly line: number | null;
  /** The person's value, kept (undefined: they deleted it). */
  readonly kept: unknown;
  /** What the engine found now and did not write. */
  readonly engine: unknown;
  readonly message: string;
}

export interface MergeOutcome {
  readonly text: string;
  readonly conflicts: readonly SidecarConflict[];
  /** False when `text` is the input, unchanged. */
  readonly changed: boolean;
}

/** Where a conflict is: a root field, or a field of a list item (by item id), or a whole item. */
interface ConflictPlace {
  readonly list: ListField | null;
  readonly id: string | null;
  readonly field: string | null;
}

interface PendingConflict extends Omit<SidecarConflict, 'line'> {
  readonly place: ConflictPlace | null;
}

/**
 * Merges a fresh extraction into an existing sidecar. Fails, leaving nothing changed, when the
 * existing text does not parse or breaks a limit (see readSidecar); the error carries line and column.
 */
export function mergeSidecar(existingYaml: string, input: SidecarInput): SidecarResult<MergeOutcome> {
  try {
    return mergeParsed(existingYaml, input);
  } catch (e) {
    // A bug here must not cost the caller the file: report it, and the caller leaves the sidecar as it is.
    return failure('internal', `merge failed (sidecar left untouched): ${(e as Error).message}`);
  }
}

function mergeParsed(existingYaml: string, input: SidecarInput): SidecarResult<MergeOutcome> {
  const parsed = parseSidecar(withoutBom(existingYaml));
  if (!parsed.ok) return parsed;
  const { doc, data } = parsed.value;
  const style = textStyleOf(existingYaml);
  const root = doc.contents as YAMLMap;
  const fresh = engineValues(input);
  // Without a readable engine block nothing counts as engine-written: every value present is kept.
  const base = decodeBase(data['engine']) ?? emptyBase();
  const state = { doc, dirty: false, conflicts: [] as PendingConflict[] };

  mergeRootFields(state, root, data, fresh, base);
  for (const list of LIST_FIELDS) mergeList(state, root, data, list, fresh.lists[list], base);

  const metadataChanged = setIfDifferent(state, root, 'source', { file: fresh.source.file, sha256: fresh.source.sha256, lines: fresh.source.lines }, data['source']) | setIfDifferent(state, root, 'extractor', fresh.extractor, data['extractor']);
  if (state.dirty || metadataChanged) assignKey(doc, root, 'extracted', fresh.extracted, TOP_LEVEL_ORDER);
  const newBase = encodeBase(baseFromValues(fresh));
  if (canonicalJson(newBase) !== canonicalJson(data['engine'])) {
    state.dirty = true;
    const existed = root.has('engine');
    assignKey(doc, root, 'engine', newBase, TOP_LEVEL_ORDER);
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'engine') as Pair | undefined;
    if (pair && !existed) decorateEngineKey(pair);
  }
  if (!state.dirty) return { ok: true, value: { text: existingYaml, conflicts: locateConflicts(doc, withoutBom(existingYaml), state.conflicts), changed: false } };
  const printed = doc.toString(STRINGIFY_OPTIONS);
  // Lines are reported in the merged text (what the person will see), found again by path.
  const conflicts = locateConflicts(parseDocument(printed), printed, state.conflicts);
  const text = inStyle(printed, style);
  return { ok: true, value: { text, conflicts, changed: text !== existingYaml } };
}

interface MergeState {
  readonly doc: Document;
  dirty: boolean;
  readonly conflicts: PendingConflict[];
}

function setIfDifferent(state: MergeState, map: YAMLMap, key: string, value: PlainValue, current: unknown): number {
  if (canonicalJson(value) === canonicalJson(current)) return 0;
  assignKey(state.doc, map, key, value, TOP_LEVEL_ORDER);
  state.dirty = true;
  return 1;
}

function mergeRootFields(state: MergeState, root: YAMLMap, data: Record<string, unknown>, fresh: EngineValues, base: EngineBase): void {
  for (const field of ROOT_FIELDS) {
    const current = data[field];
    const next = fresh.root[field];
    const written = base.root.get(field);
    const untouched = written === undefined ? current === undefined : fingerprint(current) === written;
    if (untouched) {
      if (canonicalJson(current) !== canonicalJson(next)) {
        assignKey(state.doc, root, field, next, TOP_LEVEL_ORDER);
        state.dirty = true;
      }
    } else if (fingerprint(next) !== written && canonicalJson(next) !== canonicalJson(current)) {
      state.conflicts.push({ path: field, kept: current, engine: next, place: { list: null, id: null, field }, message: conflictMessage(field, current, next) });
    }
  }
}

function mergeList(state: MergeState, root: YAMLMap, data: Record<string, unknown>, list: ListField, freshItems: PlainMap[], base: EngineBase): void {
  const written = base.lists[list];
  const current = data[list];
  if (current === undefined) {
    // Never written (an older file) gets the list; a list the person deleted stays deleted.
    if (written.size === 0 && !root.has(list)) {
      insertKeyOrdered(state.doc, root, list, createStyledNode(state.doc, freshItems), TOP_LEVEL_ORDER);
      state.dirty = true;
    }
    return;
  }
  const seq = root.get(list, true);
  if (!Array.isArray(current) || !isSeq(seq)) {
    state.conflicts.push({ path: list, kept: current, engine: freshItems, place: { list: null, id: null, field: list }, message: `${list} is not a list; kept as it is` });
    return;
  }
  const fileIds = itemIds(list, current);
  const freshIds = itemIds(list, freshItems);
  const freshById = new Map<string, PlainMap>();
  freshIds.forEach((id, i) => id && freshById.set(id, freshItems[i] as PlainMap));
  const remove = new Set<number>();

  current.forEach((item, i) => {
    const id = fileIds[i];
    const node = seq.items[i];
    if (!id || !isMap(node)) return; // not an engine-shaped item: the person's, kept
    const prints = written.get(id);
    const next = freshById.get(id);
    const label = `${list}[${JSON.stringify(shorten(String((item as Record<string, unknown>)[fieldNameOfIdentity(list)])))}]`;
    if (!prints) {
      if (next) reportDifferences(state, list, label, id, item as Record<string, unknown>, next);
      return;
    }
    if (!next) {
      if (itemUntouched(list, item as Record<string, unknown>, prints)) remove.add(i);
      else state.conflicts.push({ path: label, kept: item, engine: undefined, place: { list, id, field: null }, message: `${label}: the engine no longer finds this entry; kept because you edited it` });
      return;
    }
    for (const field of LIST_ITEM_FIELDS[list]) {
      const c = (item as Record<string, unknown>)[field];
      const n = next[field];
      const b = prints.get(field);
      if (b === undefined || fingerprint(c) === b) {
        if (canonicalJson(c) !== canonicalJson(n)) {
          assignKey(state.doc, node, field, n, LIST_ITEM_FIELDS[list]);
          state.dirty = true;
        }
      } else if (fingerprint(n) !== b && canonicalJson(n) !== canonicalJson(c)) {
        state.conflicts.push({ path: `${label}.${field}`, kept: c, engine: n, place: { list, id, field }, message: conflictMessage(`${label}.${field}`, c, n) });
      }
    }
  });

  if (remove.size) {
    seq.items = seq.items.filter((_, i) => !remove.has(i));
    state.dirty = true;
  }
  insertNewItems(state, list, seq, freshItems, freshIds, new Set(fileIds.filter((id, i): id is string => id !== null && !remove.has(i))), written);
}

/** Adds items the engine finds that the file has never had, after the item the engine puts before them. */
function insertNewItems(state: MergeState, list: ListField, seq: YAMLSeq, freshItems: PlainMap[], freshIds: (string | null)[], present: Set<string>, written: Map<string, FieldPrints>): void {
  const nodeIds = new Map<unknown, string>();
  const currentIds = itemIds(list, seq.items.map((n) => (isMap(n) ? n.toJSON() : null)));
  seq.items.forEach((n, i) => currentIds[i] && nodeIds.set(n, currentIds[i] as string));
  freshItems.forEach((item, k) => {
    const id = freshIds[k];
    if (!id || present.has(id)) return;
    if (written.has(id)) {
      // Deleted by a person: stays deleted. Worth a word only when the engine's view of it changed.
      const prints = written.get(id) as FieldPrints;
      if (!itemUntouched(list, item, prints)) state.conflicts.push({ path: `${list}[${JSON.stringify(shorten(String(item[fieldNameOfIdentity(list)])))}]`, kept: undefined, engine: item, place: null, message: `${list}[${JSON.stringify(shorten(String(item[fieldNameOfIdentity(list)])))}]: you deleted this entry and the engine now finds it differently; it stays deleted` });
      return;
    }
    let at = 0;
    for (let j = k - 1; j >= 0; j--) {
      const prevId = freshIds[j];
      const index = prevId ? seq.items.findIndex((n) => nodeIds.get(n) === prevId) : -1;
      if (index >= 0) {
        at = index + 1;
        break;
      }
    }
    const node = createStyledNode(state.doc, item);
    // `quotes: []` parses as a flow list; items go one per block entry instead.
    if (seq.items.length === 0) seq.flow = false;
    nodeIds.set(node, id);
    seq.items.splice(at, 0, node);
    present.add(id);
    state.dirty = true;
  });
}

function itemUntouched(list: ListField, item: Record<string, unknown>, prints: FieldPrints): boolean {
  const engineFields = new Set(LIST_ITEM_FIELDS[list]);
  if (Object.keys(item).some((k) => !engineFields.has(k))) return false; // the person added a key
  return LIST_ITEM_FIELDS[list].every((f) => prints.get(f) === undefined || fingerprint(item[f]) === prints.get(f));
}

function reportDifferences(state: MergeState, list: ListField, label: string, id: string, item: Record<string, unknown>, next: PlainMap): void {
  for (const field of LIST_ITEM_FIELDS[list]) {
    const c = item[field];
    const n = next[field];
    if (canonicalJson(c) !== canonicalJson(n)) {
      state.conflicts.push({ path: `${label}.${field}`, kept: c, engine: n, place: { list, id, field }, message: conflictMessage(`${label}.${field}`, c, n) });
    }
  }
}

function fieldNameOfIdentity(list: ListField): string {
  return LIST_ITEM_FIELDS[list][list === 'boilerplate' ? 2 : 0] as string;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function show(v: unknown): string {
  return v === undefined ? '(deleted)' : shorten(JSON.stringify(v) ?? String(v));
}

function conflictMessage(path: string, kept: unknown, engine: unknown): string {
  return `${path}: kept your value ${show(kept)}; the engine now finds ${show(engine)}`;
}

/** Finds each conflict's value again in `doc` (parsed from `text`) and gives its 1-based line. */
function locateConflicts(doc: Document, text: string, pending: readonly PendingConflict[]): SidecarConflict[] {
  const root = doc.contents;
  return pending.map(({ place, ...c }) => {
    let node: YamlNode | null = null;
    if (place && isMap(root)) {
      if (!place.list) node = (root.get(place.field, true) as YamlNode | undefined) ?? null;
      else {
        const seq = root.get(place.list, true);
        if (isSeq(seq)) {
          const ids = itemIds(place.list, seq.items.map((n) => (isMap(n) ? n.toJSON() : null)));
          const item = seq.items[ids.indexOf(place.id)];
          if (isMap(item)) node = (place.field ? (item.get(place.field, true) as YamlNode | undefined) : undefined) ?? item;
        }
      }
    }
    const offset = node?.range?.[0];
    return { ...c, line: offset !== undefined ? lineColumnAt(text, offset).line : null };
  });
}
