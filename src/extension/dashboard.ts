/**
 * The corpus dashboard: a webview with charts of articles per outlet and per month, review
 * progress, the most-quoted speakers and the share of boilerplate. The charts are hand-written
 * SVG in media/dashboard/dashboard.js (no chart library: five bar charts do not need one, and a
 * bundled library would have to pass the same CSP review).
 *
 * Content-Security-Policy: nothing by default; scripts only with this load's nonce, styles and
 * images only from the extension's media folder; no remote content at all. The webview gets the
 * numbers by postMessage, never as HTML, and may send back only `ready` and `filter` messages.
 */
import * as vscode from 'vscode';
import { corpusStats, type CorpusStats } from '../core/corpus';
import { Commands } from './commandIds';
import type { CorpusIndex } from './corpusIndex';

export interface DashboardApi {
  /** The open panel, if any. */
  panel(): vscode.WebviewPanel | undefined;
  /** The statistics last sent to the webview. */
  lastStats(): CorpusStats | undefined;
  /** What the webview last reported drawing (sections, bars, total articles), once its script ran. */
  lastRendered(): Rendered | undefined;
}

export interface Rendered {
  readonly charts: number;
  readonly bars: number;
  readonly total: number;
}

function nonce(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function dashboardHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const n = nonce();
  const media = (file: string): vscode.Uri => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'dashboard', file));
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data:`, `style-src ${webview.cspSource}`, `script-src 'nonce-${n}'`, `font-src ${webview.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('dashboard.css').toString()}">
<title>Corpus Dashboard</title>
</head>
<body>
<header><h1>Corpus dashboard</h1><p id="summary" aria-live="polite">Reading the corpus…</p></header>
<main id="charts"></main>
<script nonce="${n}" src="${media('dashboard.js').toString()}"></script>
</body>
</html>`;
}

export function registerDashboard(context: vscode.ExtensionContext, deps: { index: CorpusIndex }): DashboardApi {
  let panel: vscode.WebviewPanel | undefined;
  let stats: CorpusStats | undefined;
  let rendered: Rendered | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const post = (): void => {
    timer = undefined;
    if (!panel) return;
    stats = corpusStats(deps.index.articles());
    void panel.webview.postMessage({ type: 'stats', stats, indexing: deps.index.indexing });
  };
  const schedule = (): void => {
    if (panel) timer ??= setTimeout(post, deps.index.settleMs);
  };

  const show = (): vscode.WebviewPanel => {
    if (panel) {
      panel.reveal();
      return panel;
    }
    const created = vscode.window.createWebviewPanel('corpusReview.dashboard', 'Corpus Dashboard', vscode.ViewColumn.Active, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media', 'dashboard')],
      retainContextWhenHidden: false,
    });
    panel = created;
    created.webview.html = dashboardHtml(created.webview, context.extensionUri);
    created.onDidDispose(
      () => {
        panel = undefined;
        rendered = undefined;
      },
      undefined,
      context.subscriptions,
    );
    created.webview.onDidReceiveMessage(
      (message: unknown) => {
        const m = message as { type?: unknown; outlet?: unknown; charts?: unknown; bars?: unknown; total?: unknown };
        if (m?.type === 'ready') post();
        else if (m?.type === 'rendered') rendered = { charts: Number(m.charts), bars: Number(m.bars), total: Number(m.total) };
        else if (m?.type === 'filter' && typeof m.outlet === 'string') {
          // The chart labels the unknown outlet in words; the filter's value for it is the empty string.
          void vscode.commands.executeCommand(Commands.filter, { outlet: m.outlet === 'Unknown outlet' ? '' : m.outlet });
        }
      },
      undefined,
      context.subscriptions,
    );
    created.onDidChangeViewState((e) => e.webviewPanel.visible && post(), undefined, context.subscriptions);
    return created;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.showDashboard, () => {
      show();
      post();
    }),
    deps.index.onDidChange(schedule),
    deps.index.onDidChangeIndexing(schedule),
    { dispose: () => { if (timer) clearTimeout(timer); panel?.dispose(); } },
  );
  return { panel: () => panel, lastStats: () => stats, lastRendered: () => rendered };
}
