/**
 * Smoke tests that run inside the real extension host: the extension is installed, activates and
 * hands back its API, and every contribution its manifest declares is live in the workbench.
 * The manifest is read through the public `Extension.packageJSON`, so the tests follow the manifest
 * as it grows.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'corpus-review.corpus-review';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    viewsContainers: { activitybar: { id: string }[] };
    views: Record<string, { id: string }[]>;
    languages: { id: string }[];
    configuration: { properties: Record<string, { default?: unknown }> };
  };
}

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in this extension host`);
  return ext;
}

suite('smoke: the extension in a real VS Code', () => {
  let manifest: Manifest;

  suiteSetup(async () => {
    const ext = extension();
    await ext.activate();
    manifest = ext.packageJSON as Manifest;
  });

  // index.ts prints vscode.version at the top of the report (console.log would go to the browser).
  test('runs inside a real VS Code extension host', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    // Extension-host globals a mocked `vscode` module would not have.
    assert.equal(typeof vscode.env.machineId, 'string');
    assert.ok(vscode.workspace.workspaceFolders?.length, 'the harness opens a workspace folder');
  });

  test('activates and returns its API with the extractor version', async () => {
    const api = (await extension().activate()) as { extractorVersion?: unknown };
    assert.equal(extension().isActive, true);
    assert.equal(typeof api.extractorVersion, 'string');
    assert.ok((api.extractorVersion as string).length > 0);
  });

  test('registers the news-article language', async () => {
    const languages = await vscode.languages.getLanguages();
    for (const { id } of manifest.contributes.languages) assert.ok(languages.includes(id), `language ${id} missing`);
    assert.ok(languages.includes('news-article'));
  });

  test('every command declared in package.json is registered', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
    assert.ok(missing.length === 0, `${missing.length} declared but not registered: ${missing.join(', ')}`);
  });

  test('the activity-bar container and its views are contributed', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    // The workbench generates an open command per view container and a focus command per view.
    for (const { id } of manifest.contributes.viewsContainers.activitybar) {
      assert.ok(registered.has(`workbench.view.extension.${id}`), `view container ${id} missing`);
    }
    for (const views of Object.values(manifest.contributes.views)) {
      for (const { id } of views) assert.ok(registered.has(`${id}.focus`), `view ${id} missing`);
    }
  });

  test('settings are contributed with their declared defaults', () => {
    const config = vscode.workspace.getConfiguration();
    for (const [key, schema] of Object.entries(manifest.contributes.configuration.properties)) {
      const inspected = config.inspect(key);
      assert.ok(inspected, `setting ${key} is not contributed`);
      assert.deepEqual(inspected.defaultValue, schema.default, `default of ${key}`);
    }
  });

  test('the fixture workspace holds the sample articles', async () => {
    const articles = await vscode.workspace.findFiles('**/*.txt');
    assert.ok(articles.length >= 3, `expected the fixture articles, found ${articles.length}`);
  });
});
