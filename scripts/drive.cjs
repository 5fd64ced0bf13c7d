#!/usr/bin/env node
// Drives code-server's web workbench in Debian's Chromium with playwright-core (both from the runtime
// cache that scripts/vscode-runtime.sh fills). Used by run-vscode-tests.mjs and screenshots.mjs.
//
//   node scripts/drive.cjs test --base URL --folder DIR --ext EXTDIR --tests MODULE [--env JSON] [--timeout S]
//                               [--kind web --output FILE]
//       Loads EXTDIR as the development extension and runs MODULE's run() in the extension host.
//       Exit code = test result: 0 pass, 1 fail (or the tests module failed to load), 124 timeout.
//   node scripts/drive.cjs shot --base URL --folder DIR --out FILE.png [--ext EXTDIR] [--actions a,b,...]
//       Opens the workbench (with EXTDIR as development extension) and takes one screenshot per action
//       (extract, tree, hover, dashboard, palette, activitybar): FILE-<action>.png. Exit 3 when an action did
//       not find what it waited for (its screenshot is still written).
//
// How the test loop works (../shared/vscode/README.md): the web workbench takes the desktop CLI's
// --extensionDevelopmentPath / --extensionTestsPath through the `payload` URL parameter (honoured only
// when the server runs with `--vscode-option enable-smoke-test-driver`). When the extension host exits
// after the tests, the workbench calls window.codeAutomationExit(code), which we expose. The mocha
// runner appends its report to the file named by VSCODE_TEST_OUTPUT, passed via extensionEnvironment,
// and this driver tails it. DRIVE_VERBOSE=1 also prints the browser console (workbench log and the
// extension host's forwarded console).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const cache = process.env.CORPUS_REVIEW_VSCODE_CACHE || path.join(os.homedir(), '.cache/corpus-review/vscode-1.139.1');
const { chromium } = require(path.join(cache, 'tools/node_modules/playwright-core'));

const argv = process.argv.slice(2);
const mode = argv[0];
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const verbose = Boolean(process.env.DRIVE_VERBOSE);
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-drive-'));
// The report file: VSCODE_TEST_OUTPUT for the Node host; the web suite writes where --output says.
const outFile = opt('output') ? path.resolve(opt('output')) : path.join(tmp, 'test-output.txt');

/** http://host/?folder=…&payload=… with vscode-remote:// URIs the server resolves on its own disk. */
function workbenchUrl() {
  const base = opt('base');
  const authority = new URL(base).host;
  const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
  const payload = [];
  if (opt('ext')) payload.push(['extensionDevelopmentPath', remote(opt('ext'))]);
  // Asks for the development extension's host kind (`web`: the web worker). 1.139's built browser
  // workbench ignores it (see run-vscode-tests.mjs, which sets remote.extensionKind instead); it is
  // sent anyway for workbenches that honour it.
  if (opt('kind')) payload.push(['extensionDevelopmentKind', opt('kind')]);
  if (opt('tests')) {
    payload.push(['extensionTestsPath', remote(opt('tests'))]);
    const env = { ...JSON.parse(opt('env', '{}')), VSCODE_TEST_OUTPUT: outFile };
    payload.push(['extensionEnvironment', JSON.stringify(env)]);
  }
  let url = `${base}/?folder=${encodeURIComponent(path.resolve(opt('folder')))}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

let printed = 0;
/** Prints what the extension-host runner appended to the output file since the last call. */
function pump() {
  let text;
  try {
    text = fs.readFileSync(outFile, 'utf8');
  } catch {
    return;
  }
  if (text.length > printed) {
    process.stdout.write(text.slice(printed));
    printed = text.length;
  }
}

/** Opens the quick input with `key`, types `text` and picks the first match, as a user would. */
async function pickFromQuickInput(page, key, text) {
  await page.keyboard.press('Escape');
  await page.keyboard.press(key);
  await page.waitForSelector('.quick-input-widget', { state: 'visible' });
  await page.keyboard.type(text);
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
}

/** Runs a command from the palette by its title. */
async function runFromPalette(page, title) {
  await pickFromQuickInput(page, 'F1', title);
}

/** Opens a workspace file through quick open. */
async function quickOpen(page, name) {
  await pickFromQuickInput(page, 'Control+P', name);
  await page.waitForSelector('.monaco-editor .view-line', { timeout: 30000 });
}

// UI steps for screenshots. Each leaves the workbench in the state to capture; a step that cannot find
// what it waits for throws, and the screenshot is still taken (the caller reports the miss).
const ACTIONS = {
  /** Runs "Extract Metadata for the Whole Corpus" and waits for it to settle (sidecars for the tree). */
  async extract(page) {
    await runFromPalette(page, 'Corpus Review: Extract Metadata for the Whole Corpus');
    await page.waitForTimeout(+opt('extract-wait', '6000'));
    await page.keyboard.press('Escape');
  },
  /** The Corpus Review activity-bar container with the Articles tree expanded. */
  async tree(page) {
    await page.locator('.activitybar [aria-label^="Corpus Review"]').first().click();
    const rows = page.locator('.pane-body .monaco-list-row');
    await rows.first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(1000);
    // Expand every group, last first so the rows above keep their index (a click toggles a row).
    for (let index = (await rows.count()) - 1; index >= 0; index--) {
      const row = rows.nth(index);
      if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
    }
    await page.waitForTimeout(800);
  },
  /** A hover over the first quotation of an article. */
  async hover(page) {
    await quickOpen(page, opt('hover-file', '01-pasar-rakyat-tanjung-sari.txt'));
    await page.waitForTimeout(1500);
    const text = opt('hover-text', 'Pasar ini milik bersama');
    const target = page.locator('.monaco-editor .view-line', { hasText: text }).first();
    await target.waitFor({ timeout: 15000 });
    const box = await target.boundingBox();
    await page.mouse.move(box.x + 80, box.y + box.height / 2);
    await page.waitForSelector('.monaco-hover', { state: 'visible', timeout: 15000 });
    await page.waitForTimeout(500);
  },
  /** The corpus dashboard webview. */
  async dashboard(page) {
    await runFromPalette(page, 'Corpus Review: Show Corpus Dashboard');
    await page.waitForSelector('iframe.webview', { timeout: 30000 });
    await page.waitForTimeout(2500);
  },
  /** The command palette filtered to the extension's commands. */
  async palette(page) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type('Corpus Review');
    await page.waitForTimeout(1000);
  },
  /** Only proves the extension's container is in the activity bar (the extension was loaded). */
  async activitybar(page) {
    await page.locator('.activitybar [aria-label^="Corpus Review"]').first().waitFor({ timeout: 30000 });
  },
};

// Workbench chatter that says nothing about our tests (there is no network, so gallery look-ups fail).
const NOISE = /^(Resolv(ed|ing) connection token|Creating a socket|Failed to load resource|Ignoring fetching|\[(Service Worker|AgentHost|AccountPolicyGate|ChatModelSelection|reconnection-grace-time)|Canceled)|ENOTFOUND/;

async function main() {
  const context = await chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: +opt('width', '1440'), height: +opt('height', '900') },
    colorScheme: 'dark',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] || (await context.newPage());
  let finish;
  const exited = new Promise((resolve) => (finish = resolve));
  let consoleChain = Promise.resolve();
  const consoleLines = [];
  // Workbench log lines and the host's forwarded console arrive as ('%c INFO', 'color: …', format, …args).
  page.on('console', (message) => {
    consoleChain = consoleChain.then(async () => {
      let parts;
      try {
        parts = await Promise.all(message.args().map((a) => a.jsonValue()));
      } catch {
        parts = [message.text()];
      }
      if (typeof parts[0] === 'string' && parts[0].startsWith('%c')) parts = parts.slice(2);
      const line = parts.length ? util.format(...parts) : message.text();
      consoleLines.push(line);
      if (verbose) console.log(`[browser:${message.type()}] ${line}`);
    });
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    if (verbose) console.log(`[workbench:${type}]`, ...(args || []));
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  const url = workbenchUrl();
  if (verbose) console.log(`[drive] goto ${url}`);
  await page.goto(url);

  const done = async (code) => {
    await consoleChain;
    await context.close();
    fs.rmSync(tmp, { recursive: true, force: true });
    process.exit(code);
  };

  if (mode === 'test') {
    const timeoutS = +opt('timeout', '300');
    const poll = setInterval(pump, 200);
    const code = await Promise.race([
      exited,
      new Promise((resolve) => setTimeout(() => {
        console.log(`[drive] TIMEOUT: the extension host did not finish within ${timeoutS}s`);
        resolve(124);
      }, timeoutS * 1000)),
    ]);
    clearInterval(poll);
    pump();
    await consoleChain;
    if (!printed && !verbose) {
      // The runner wrote nothing (it failed before mocha started): show the console, minus noise.
      console.log('[drive] the tests wrote no output; browser console follows');
      for (const line of consoleLines) if (line && !NOISE.test(line)) console.log(line);
    }
    console.log(`[drive] extension host exited with ${code} after ${elapsed()}`);
    return done(code);
  }

  if (mode === 'shot') {
    await page.waitForSelector('.monaco-workbench .part.activitybar', { timeout: 120000 });
    console.log(`[drive] workbench visible after ${elapsed()}`);
    await page.waitForTimeout(+opt('settle', '3000'));
    const out = opt('out', 'shot.png');
    let missed = 0;
    for (const action of (opt('actions', '') || '').split(',').filter(Boolean)) {
      const step = ACTIONS[action];
      if (!step) throw new Error(`unknown action ${action}: use ${Object.keys(ACTIONS).join(', ')}`);
      try {
        await step(page);
      } catch (err) {
        missed++;
        console.log(`[drive] ${action}: ${String(err.message || err).split('\n')[0]}`);
      }
      if (action === 'extract') continue; // a preparation step, nothing to show
      const file = out.replace(/\.png$/, `-${action}.png`);
      await page.screenshot({ path: file });
      console.log(`[drive] ${file} (${elapsed()})`);
    }
    if (!opt('actions')) {
      await page.screenshot({ path: out });
      console.log(`[drive] ${out} (${elapsed()})`);
    }
    return done(missed ? 3 : 0);
  }

  console.error(`unknown mode ${mode}: use test or shot`);
  return done(2);
}

main().catch((err) => {
  console.error('[drive] DRIVER ERROR', err);
  process.exit(2);
});
