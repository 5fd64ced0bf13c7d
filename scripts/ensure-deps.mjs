#!/usr/bin/env node
// `pretest`: on a fresh clone `npm test` first installs the locked npm packages (npm ci), so the
// README's two commands work in either order. Only when node_modules/ is missing: an existing
// install is never touched (other runs may be using it).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
if (!fs.existsSync(path.join(root, 'node_modules/.package-lock.json'))) {
  console.log('[pretest] node_modules/ is missing: npm ci (about 10-40 s)');
  const { status } = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  process.exit(status ?? 1);
}
