/**
 * The corpus dashboard opens as a webview with a strict Content-Security-Policy (nonce scripts,
 * nothing remote) and receives statistics that agree with the corpus index.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { articleFiles, corpusApi, eventually, type Api } from './corpusApi';

suite('dashboard: the corpus dashboard webview', () => {
  let api: Api;

  suiteSetup(async () => {
    api = await corpusApi();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opens with a strict CSP and no remote content', async () => {
    await vscode.commands.executeCommand('corpusReview.showDashboard');
    const state = await eventually(() => (api.dashboard().open ? api.dashboard() : undefined), 'the dashboard panel');
    const html = state.html ?? '';
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /default-src 'none'/);
    const nonce = /script-src 'nonce-([0-9a-f]{32,})'/.exec(csp)?.[1];
    assert.ok(nonce, 'scripts only with a nonce');
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    // Sources other than the nonce are the webview's own resource origin (webview.cspSource:
    // 'self' and VS Code's *.vscode-cdn.net resource host) or data: images; nothing else.
    for (const directive of csp.split(';').map((d) => d.trim().split(/\s+/))) {
      for (const source of directive.slice(1)) {
        assert.match(source, /^('none'|'self'|'nonce-[0-9a-f]+'|data:|https:\/\/\*\.vscode-cdn\.net)$/, `allowed source in "${directive.join(' ')}"`);
      }
    }
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.ok(scripts.length > 0);
    for (const s of scripts) assert.ok(s.includes(`nonce="${nonce}"`), `script tag carries the nonce: ${s}`);
    // Every URL in the page is a local resource served through the webview (asWebviewUri).
    for (const url of html.match(/https?:\/\/[^"'\s);]+/g) ?? []) assert.match(url, /^https:\/\/[^/]*vscode-resource\.vscode-cdn\.net\/|^https:\/\/\*\.vscode-cdn\.net$/, `local resource: ${url}`);
  });

  test('receives statistics that agree with the index', async () => {
    const stats = await eventually(() => api.dashboard().stats, 'statistics posted to the webview', 15000);
    const total = (await articleFiles()).length;
    assert.equal(stats.progress.total, total);
    assert.equal(stats.progress.reviewed, api.articles().filter((a) => a.status !== 'unreviewed').length);
    assert.equal(stats.perOutlet.reduce((n, b) => n + b.value, 0), total, 'articles per outlet add up');
    assert.equal(stats.perMonth.reduce((n, b) => n + b.value, 0), total, 'articles per month add up');
    const quotes = new Map<string, number>();
    for (const a of api.articles()) for (const s of a.speakers) quotes.set(s.name, (quotes.get(s.name) ?? 0) + s.quotes);
    const top = stats.topSpeakers[0];
    if (top) assert.equal(top.value, Math.max(...quotes.values()), 'the most-quoted speaker has the most quotes');
  });

  test('the webview script runs under the CSP and draws the five charts', async () => {
    const drawn = await eventually(() => api.dashboard().rendered, 'the webview reporting what it drew', 15000);
    assert.equal(drawn.charts, 5, 'progress, outlets, months, speakers, boilerplate');
    assert.equal(drawn.total, (await articleFiles()).length);
    const stats = api.dashboard().stats;
    assert.ok(stats);
    // One bar per status, per outlet, per month, per top speaker and per boilerplate bucket.
    assert.equal(drawn.bars, 4 + stats.perOutlet.length + stats.perMonth.length + stats.topSpeakers.length + 10);
  });
});
