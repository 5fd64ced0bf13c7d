// One esbuild context per target (STYLE.md §11): the extension for Node (`main`), the extension for
// the web (`browser`, no Node built-ins), the CLI (`bin`, with a shebang), the CLI's extraction
// worker thread, and the extension's index process.
//   node esbuild.mjs               build once (development: sourcemaps, no minify)
//   node esbuild.mjs --production  minify, no sourcemaps (what `vsce package` ships)
//   node esbuild.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the `file:line:col: error: msg` form VS Code's $esbuild-watch problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: watch ? [problemMatcher] : [],
};

const targets = [
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.js',
    // The web extension host is a web worker: no Node built-ins. Code that needs them is behind
    // vscode.workspace.fs; a stray `require('fs')` fails this build instead of failing at run time.
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    define: { 'process.env.CORPUS_REVIEW_WEB': '"1"' },
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    // Worker thread for the CLI's parallel extraction; bundled separately so it can be started by path.
    entryPoints: ['src/cli/extractWorker.ts'],
    outfile: 'dist/extractWorker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...common,
    // The extension's index process (src/extension/indexProcess/client.ts forks it by path, beside
    // dist/extension.js); Node only: the web extension host indexes in itself.
    entryPoints: ['src/extension/indexProcess/child.ts'],
    outfile: 'dist/indexProcess.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
];

// A target whose entry point does not exist yet is skipped, so the build works while parts land.
import { existsSync } from 'node:fs';
const present = targets.filter((t) => t.entryPoints.every((e) => existsSync(e)));

if (watch) {
  const contexts = await Promise.all(present.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(present.map((t) => esbuild.build(t)));
}
