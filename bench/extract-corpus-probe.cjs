// Runs INSIDE the extension host (as the extensionTestsPath of bench/extract-corpus.mjs): runs the
// corpus-wide extraction command and measures its throughput and how long the host's event loop
// is ever blocked while it runs (a 10 ms interval timer's lateness). Prints figures; asserts nothing.
const fs = require('node:fs');
const vscode = require('vscode');

exports.run = async function run() {
  const out = (line) => (process.env.VSCODE_TEST_OUTPUT ? fs.appendFileSync(process.env.VSCODE_TEST_OUTPUT, line + '\n') : console.log(line));
  const api = await vscode.extensions.getExtension('corpus-review.corpus-review').activate();
  await api.whenIndexed();
  for (const label of ['first run (writes every sidecar)', 'second run (nothing changed)']) {
    const lags = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      lags.push(now - last - 10);
      last = now;
    }, 10);
    const t0 = performance.now();
    const summary = await vscode.commands.executeCommand('corpusReview.extractCorpus');
    const ms = performance.now() - t0;
    clearInterval(timer);
    lags.sort((a, b) => a - b);
    const pct = (p) => (lags.length ? lags[Math.min(lags.length - 1, Math.floor(lags.length * p))].toFixed(1) : 'n/a');
    out(`${label}: ${summary.total} articles in ${(ms / 1000).toFixed(1)} s (${((summary.total / ms) * 1000).toFixed(0)} articles/s): written ${summary.written}, unchanged ${summary.unchanged}, merged ${summary.merged}, conflicts ${summary.conflicts}, errors ${summary.errors}`);
    out(`  event-loop lateness: p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, max ${pct(1)} ms (${lags.length} ticks)`);
  }
  out('1 passed, 0 failed');
};
