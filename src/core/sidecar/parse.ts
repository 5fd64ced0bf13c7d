/**
 * Reading a sidecar's text safely: size and anchor limits before anything is expanded, parse
 * errors with their line and column, and the checks that make it a v1 sidecar. Never throws.
 */
import { isAlias, isMap, parseDocument, visit, type Document } from 'yaml';
import { MAX_SIDECAR_ALIAS_EXPANSIONS, MAX_SIDECAR_ANCHORS, MAX_SIDECAR_BYTES, SIDECAR_SCHEMA_ID } from './schema';

export type SidecarErrorCode = 'too-large' | 'parse' | 'anchors' | 'aliases' | 'not-a-map' | 'schema' | 'internal';

/** Why a sidecar could not be used. Line and column are 1-based; null when the problem has no position. */
export interface SidecarError {
  readonly code: SidecarErrorCode;
  readonly message: string;
  readonly line: number | null;
  readonly column: number | null;
}

export type SidecarResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: SidecarError };

export interface ParsedSidecar {
  readonly doc: Document.Parsed;
  /** The whole document as plain data (aliases expanded within MAX_SIDECAR_ALIAS_EXPANSIONS). */
  readonly data: Record<string, unknown>;
}

export function failure(code: SidecarErrorCode, message: string, line: number | null = null, column: number | null = null): { ok: false; error: SidecarError } {
  return { ok: false, error: { code, message, line, column } };
}

/** Formats an error the way the CLI and the extension print it: `file:line:column: message`. */
export function formatSidecarError(file: string, error: SidecarError): string {
  const at = error.line !== null ? `:${error.line}${error.column !== null ? `:${error.column}` : ''}` : '';
  return `${file}${at}: ${error.message}`;
}

function utf8Length(text: string): number {
  // Cheap bounds first: UTF-8 takes 1 to 3 bytes per UTF-16 unit.
  if (text.length * 3 <= MAX_SIDECAR_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

export function parseSidecar(text: string): SidecarResult<ParsedSidecar> {
  const size = utf8Length(text);
  if (size > MAX_SIDECAR_BYTES) {
    return failure('too-large', `sidecar is ${size} bytes, over the limit of ${MAX_SIDECAR_BYTES}; left untouched`);
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    // The parser reports problems as errors, not exceptions; this guards the "never throws" promise.
    return failure('parse', `not valid YAML: ${(e as Error).message}`);
  }
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const message = first.message.split('\n')[0] ?? first.message;
    return failure('parse', `not valid YAML: ${message}`, pos?.line ?? null, pos?.col ?? null);
  }
  let anchors = 0;
  let aliases = 0;
  let firstAlias: [number, number] | null = null;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        aliases++;
        if (!firstAlias && node.range) firstAlias = [node.range[0], node.range[1]];
      } else if (node.anchor) anchors++;
    },
  });
  if (anchors > MAX_SIDECAR_ANCHORS || aliases > MAX_SIDECAR_ANCHORS) {
    const at = firstAlias ? lineColumnAt(text, (firstAlias as [number, number])[0]) : null;
    return failure('anchors', `sidecar has ${anchors} anchors and ${aliases} aliases, over the limit of ${MAX_SIDECAR_ANCHORS}; refused (sidecars the engine writes have none)`, at?.line ?? null, at?.column ?? null);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_SIDECAR_ALIAS_EXPANSIONS });
  } catch (e) {
    return failure('aliases', `sidecar refused: ${(e as Error).message}`);
  }
  if (!isMap(doc.contents) || !data || typeof data !== 'object' || Array.isArray(data)) {
    return failure('not-a-map', 'a sidecar must be a YAML mapping (key: value lines) at the top level', 1, 1);
  }
  const record = data as Record<string, unknown>;
  if (record['schema'] !== SIDECAR_SCHEMA_ID) {
    const node = doc.contents.get('schema', true) as { range?: [number, number, number] } | undefined;
    const at = node?.range ? lineColumnAt(text, node.range[0]) : { line: 1, column: 1 };
    const found = record['schema'] === undefined ? 'no schema key' : `schema ${JSON.stringify(record['schema'])}`;
    return failure('schema', `${found}; expected "schema: ${SIDECAR_SCHEMA_ID}"`, at.line, at.column);
  }
  return { ok: true, value: { doc, data: record } };
}

/** 1-based line and column (code points) of a UTF-16 offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}
