/** Every key the engine writes is explained in the JSON Schema (the YAML extension shows it on hover). */
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { buildSidecar } from '../../../src/core/sidecar';
import { fakeAnalysis, PASAR_SPEC, readFixture } from './fixtureAnalysis';
import { sidecarSchema } from './schemaValidator';

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  $ref?: string;
}

function resolveRef(root: SchemaNode & { definitions?: Record<string, SchemaNode> }, node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  return { ...(root.definitions?.[name] ?? {}), ...node, $ref: undefined } as SchemaNode;
}

function undocumented(root: SchemaNode, node: SchemaNode, value: unknown, path: string, out: string[]): void {
  const n = resolveRef(root, node);
  if (Array.isArray(value)) {
    const items = n.items ?? n.oneOf?.find((o) => o.items)?.items;
    for (const v of value) if (items) undocumented(root, items, v, `${path}[]`, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const props = n.properties ?? n.oneOf?.find((o) => o.properties)?.properties ?? {};
  for (const [key, v] of Object.entries(value)) {
    const child = props[key];
    if (!child || !resolveRef(root, child).description) out.push(`${path}.${key}`);
    else undocumented(root, child, v, `${path}.${key}`, out);
  }
}

suite('sidecar JSON Schema: descriptions', () => {
  test('every key of an engine-written sidecar has a description', () => {
    const { article, analysis } = fakeAnalysis(readFixture('pasar-banjir.txt'), {
      ...PASAR_SPEC,
      outlet: 'Kabar Barito',
      people: [...(PASAR_SPEC.people ?? [])],
      boilerplate: [...(PASAR_SPEC.boilerplate ?? []), { line: 15, kind: 'corpus-repeat', sharedBy: 12 }],
    });
    const data: unknown = parse(buildSidecar({ fileName: 'pasar-banjir.txt', article, analysis, extractorVersion: '0.1.0', now: '2026-11-24T00:00:00Z' }));
    const missing: string[] = [];
    undocumented(sidecarSchema as SchemaNode, sidecarSchema as SchemaNode, data, '', missing);
    assert.deepEqual(missing, []);
  });
});
