/** The first write of a sidecar: the engine's values in schema v1 order, with the header comment. */
import { Document, isMap, isScalar, type Pair } from 'yaml';
import { encodeBase, baseFromValues } from './engineBlock';
import { engineValues, type PlainMap, type SidecarInput } from './engineValues';
import { styleNode, STRINGIFY_OPTIONS } from './nodes';
import { ENGINE_COMMENT, HEADER_COMMENT, LIST_FIELDS, ROOT_FIELDS, SIDECAR_SCHEMA_ID } from './schema';

/** Top-level keys printed after a blank line, so the file reads in sections. */
const SECTION_KEYS = new Set<string>(['review', 'language', ...LIST_FIELDS, 'engine']);

export const INITIAL_REVIEW = { status: 'unreviewed', reviewer: null, note: null, time: null } as const;

/**
 * The YAML text of a new sidecar for an article that has none. Pure; never throws for an
 * analysis the engine produced.
 */
export function buildSidecar(input: SidecarInput): string {
  const values = engineValues(input);
  const data: PlainMap = {
    schema: SIDECAR_SCHEMA_ID,
    source: { file: values.source.file, sha256: values.source.sha256, lines: values.source.lines },
    extractor: values.extractor,
    extracted: values.extracted,
    review: { ...INITIAL_REVIEW },
  };
  for (const f of ROOT_FIELDS) data[f] = values.root[f];
  for (const list of LIST_FIELDS) data[list] = values.lists[list];
  data['engine'] = encodeBase(baseFromValues(values));
  const doc = new Document(data);
  doc.commentBefore = HEADER_COMMENT;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items as Pair[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === 'engine') {
        decorateEngineKey(pair);
        continue;
      }
      styleNode(pair.value);
      if (SECTION_KEYS.has(key) && isScalar(pair.key)) pair.key.spaceBefore = true;
    }
  }
  return doc.toString(STRINGIFY_OPTIONS);
}

/** The engine block's key gets its explaining comment (and a blank line before it). */
export function decorateEngineKey(pair: Pair): void {
  if (isScalar(pair.key)) {
    pair.key.spaceBefore = true;
    pair.key.commentBefore = ENGINE_COMMENT;
  }
}
