/** The sidecar JSON Schema (schemas/sidecar-v1.schema.json) compiled with ajv, for tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';

function loadSchema(): object {
  for (const p of [resolve(__dirname, '../../../../schemas/sidecar-v1.schema.json'), resolve(process.cwd(), 'schemas/sidecar-v1.schema.json')]) {
    try {
      return JSON.parse(readFileSync(p, 'utf8')) as object;
    } catch {
      // try the next place
    }
  }
  throw new Error('schemas/sidecar-v1.schema.json not found');
}

export const sidecarSchema: object = loadSchema();
export const validateSidecar = new Ajv({ allErrors: true, strict: false }).compile(sidecarSchema);
