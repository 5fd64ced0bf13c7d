/** Reads the structure fixtures (short articles written for these tests, in the style of the corpus). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Compiled tests run from out/test/unit/structure (or another out dir); the fixtures stay in the source tree.
const CANDIDATES = [resolve(__dirname, '../../../../test/fixtures/structure'), resolve(process.cwd(), 'test/fixtures/structure')];
const FIXTURES = CANDIDATES.find((dir) => existsSync(dir)) ?? (CANDIDATES[0] as string);

export function readFixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

export function listFixtures(): string[] {
  return readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort();
}
