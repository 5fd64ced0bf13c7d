/**
 * Text the speed property tests draw from: the lines of the articles we wrote, and a case flip, so
 * that each test reads real boilerplate and prose shapes, and case-insensitive shortcuts are tried
 * on mixed case.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `s` with the letters whose bit is set in `seed` (cycling every 16 characters) in upper case. */
export const flip = (s: string, seed: number): string => [...s].map((c, i) => ((seed >> i % 16) & 1 ? c.toUpperCase() : c)).join('');

/** The distinct non-blank lines (trimmed) of the articles we wrote (fixtures and sample corpus): many are boilerplate, so many reach cues. */
export function ourLines(): string[] {
  const root = [resolve(__dirname, '../../../..'), process.cwd()].find((dir) => existsSync(join(dir, 'test/fixtures'))) ?? process.cwd();
  const lines = new Set<string>();
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.txt')) for (const l of readFileSync(join(dir, e.name), 'utf8').split(/\r?\n/)) if (l.trim()) lines.add(l.trim());
    }
  };
  walk(join(root, 'test/fixtures'));
  walk(join(root, 'sample-corpus'));
  return [...lines];
}
