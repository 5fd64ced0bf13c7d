/**
 * package.json ↔ code consistency (STYLE.md §9, after PR-GitHub's check-commands.js), in plain
 * node: the manifest's commands, menus, keybindings, views, context keys and settings against the
 * command-id module and the extension's sources. A command declared but never registered (or the
 * other way round), a menu naming a typo, a view without a provider, or a setting read but not
 * declared fails here in milliseconds instead of silently in the workbench.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Compiled to out/test/contract/: the repository root is three levels up. */
const ROOT = path.resolve(__dirname, '../../..');

interface Manifest {
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    views: Record<string, { id: string }[]>;
    viewsWelcome?: { view: string; contents: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string; key: string; when?: string }[];
    configuration: { properties: Record<string, unknown> };
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const declaredCommands = manifest.contributes.commands.map((c) => c.command);

function sourceFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}
const extensionSources = sourceFiles(path.join(ROOT, 'src/extension')).map((file) => ({ file: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8') }));

/** The command-id constants, read from the compiled module (it imports nothing from vscode). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ids = require(path.join(ROOT, 'out/src/extension/commandIds.js')) as { Commands: Record<string, string>; Views: Record<string, string> };

function matchesIn(regex: RegExp, files = extensionSources): { value: string; file: string }[] {
  return files.flatMap(({ file, text }) => [...text.matchAll(regex)].map((m) => ({ value: m[1] as string, file })));
}

/** `Commands.accept` → 'corpusReview.accept'; a literal id stays as it is. */
function resolveCommand(expr: string): string {
  const constant = /^Commands\.(\w+)$/.exec(expr);
  return constant ? (ids.Commands[constant[1] as string] ?? `unknown constant ${expr}`) : expr.replace(/^['"`]|['"`]$/g, '');
}

suite('contract: package.json ↔ code', () => {
  test('every declared command is a constant in commandIds.ts, and every constant is declared', () => {
    const constants = Object.values(ids.Commands);
    assert.deepEqual([...declaredCommands].sort(), [...constants].sort());
    assert.equal(new Set(declaredCommands).size, declaredCommands.length, 'no command declared twice');
  });

  test('every declared command is registered exactly once in src/extension, and nothing undeclared is registered', () => {
    const registered = matchesIn(/registerCommand\(\s*(Commands\.\w+|'[^']+'|"[^"]+")/g).map((m) => ({ ...m, value: resolveCommand(m.value) }));
    const counts = new Map<string, string[]>();
    for (const r of registered) counts.set(r.value, [...(counts.get(r.value) ?? []), r.file]);
    const missing = declaredCommands.filter((c) => !counts.has(c));
    assert.deepEqual(missing, [], `declared but never registered: ${missing.join(', ')}`);
    const undeclared = [...counts.keys()].filter((c) => !declaredCommands.includes(c));
    assert.deepEqual(undeclared, [], `registered but not declared: ${undeclared.join(', ')}`);
    const twice = [...counts].filter(([, files]) => files.length > 1).map(([c, files]) => `${c} (${files.join(', ')})`);
    assert.deepEqual(twice, [], `registered more than once: ${twice.join('; ')}`);
  });

  test('every command has a title and the Corpus Review category', () => {
    for (const c of manifest.contributes.commands) {
      assert.ok(c.title.trim(), `${c.command} has a title`);
      assert.equal(c.category, 'Corpus Review', `${c.command} category`);
    }
  });

  test('every menu entry and keybinding names a declared command', () => {
    const named = [
      ...Object.entries(manifest.contributes.menus).flatMap(([menu, entries]) => entries.map((e) => ({ where: `menus.${menu}`, command: e.command }))),
      ...manifest.contributes.keybindings.map((k) => ({ where: `keybinding ${k.key}`, command: k.command })),
    ];
    const unknown = named.filter((n) => !declaredCommands.includes(n.command)).map((n) => `${n.where}: ${n.command}`);
    assert.deepEqual(unknown, []);
  });

  test('single-key keybindings only fire in the Articles view, never while typing', () => {
    for (const k of manifest.contributes.keybindings) {
      if (/^[a-z]$/i.test(k.key)) {
        assert.match(k.when ?? '', /focusedView == corpusReview\.articles/, `${k.key} → ${k.command} is scoped to the view`);
        assert.match(k.when ?? '', /!inputFocus/, `${k.key} → ${k.command} never fires in an input`);
      }
    }
  });

  test('every command link in viewsWelcome names a declared command', () => {
    const linked = (manifest.contributes.viewsWelcome ?? []).flatMap((w) => [...w.contents.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1] as string));
    assert.ok(linked.length > 0);
    assert.deepEqual(linked.filter((c) => !declaredCommands.includes(c)), []);
  });

  test('every declared view has a constant and a provider in src/extension', () => {
    const viewIds = Object.values(manifest.contributes.views).flatMap((views) => views.map((v) => v.id));
    const constantFor = (id: string): string | undefined => Object.entries(ids.Views).find(([, v]) => v === id)?.[0];
    const providers = matchesIn(/(?:createTreeView|registerTreeDataProvider|registerWebviewViewProvider)\(\s*(Views\.\w+|'[^']+')/g).map((m) => m.value);
    for (const id of viewIds) {
      const constant = constantFor(id);
      assert.ok(constant, `view ${id} has a constant in Views`);
      assert.ok(providers.includes(`Views.${constant}`) || providers.includes(`'${id}'`), `view ${id} has a provider`);
    }
    for (const w of manifest.contributes.viewsWelcome ?? []) assert.ok(viewIds.includes(w.view), `viewsWelcome for unknown view ${w.view}`);
  });

  test('every corpusReview.* context key used in a when clause is set by the code', () => {
    const whens = [
      ...Object.values(manifest.contributes.menus).flatMap((entries) => entries.map((e) => e.when ?? '')),
      ...manifest.contributes.keybindings.map((k) => k.when ?? ''),
    ];
    const keys = new Set(whens.flatMap((w) => [...w.matchAll(/\b(corpusReview\.\w+)\b(?!\.)/g)].map((m) => m[1] as string)).filter((k) => !declaredCommands.includes(k) && !Object.values(ids.Views).includes(k)));
    const set = new Set(matchesIn(/'setContext',\s*'([^']+)'/g).map((m) => m.value));
    for (const key of keys) assert.ok(set.has(key), `context key ${key} is set with setContext somewhere`);
  });

  suite('settings', () => {
    const declared = Object.keys(manifest.contributes.configuration.properties).map((k) => k.replace(/^corpusReview\./, ''));
    // Reads: `.get<T>('key')` in files that open the corpusReview section, providers' `setting = 'key'`,
    // `update('key')` and `inspect('key')`; affectsConfiguration('corpusReview.key') names a key or a prefix of keys.
    const configFiles = extensionSources.filter((s) => s.text.includes("getConfiguration('corpusReview')"));
    const reads = [
      ...matchesIn(/\.get(?:<[^>]*>)?\(\s*'([\w.]+)'/g, configFiles),
      ...matchesIn(/\bsetting\s*=\s*'([\w.]+)'/g),
      ...matchesIn(/\.(?:update|inspect)(?:<[^>]*>)?\(\s*'([\w.]+)'/g, configFiles),
    ];
    const watched = matchesIn(/affectsConfiguration\(\s*'corpusReview\.([\w.]+)'/g);

    test('every setting the code reads is declared', () => {
      const undeclared = reads.filter((r) => !declared.includes(r.value)).map((r) => `${r.value} (${r.file})`);
      assert.deepEqual(undeclared, []);
      const badWatch = watched.filter((w) => !declared.some((d) => d === w.value || d.startsWith(`${w.value}.`))).map((w) => `${w.value} (${w.file})`);
      assert.deepEqual(badWatch, [], 'affectsConfiguration names a declared setting or section');
    });

    test('every declared setting is read somewhere', () => {
      const read = new Set(reads.map((r) => r.value));
      assert.deepEqual(declared.filter((d) => !read.has(d)), []);
    });
  });
});
