// Runs INSIDE the extension host (as the extensionTestsPath of bench/tree-index.mjs): activates
// Corpus Review on a large generated corpus and measures what a reviewer would feel while it
// indexes: how long until the tree lists files, until every article is read, how long the host's
// event loop is ever blocked (a 10 ms interval timer's lateness), and how long tree, filter and
// next-unreviewed calls take during and after indexing. Prints figures; asserts nothing.
const fs = require('node:fs');
const vscode = require('vscode');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

exports.run = async function run() {
  const out = (line) => (process.env.VSCODE_TEST_OUTPUT ? fs.appendFileSync(process.env.VSCODE_TEST_OUTPUT, line + '\n') : console.log(line));
  // Two measures per 10 ms timer tick: wall-clock lateness (what a user feels, but it includes time
  // the OS gave to other processes on a busy machine) and the host's own CPU time since the last
  // tick (how long the extension host really worked without yielding, whatever the machine load).
  const lags = [];
  const cpuBetween = [];
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    lags.push(now - last - 10);
    cpuBetween.push((cpu.user + cpu.system) / 1000);
    last = now;
    lastCpu = process.cpuUsage();
  }, 10);
  const timed = async (fn) => {
    const t = performance.now();
    const value = await fn();
    return { ms: performance.now() - t, value };
  };
  try {
    const t0 = performance.now();
    const api = await vscode.extensions.getExtension('corpus-review.corpus-review').activate();
    const activated = performance.now() - t0;
    while (api.articles().length === 0) await sleep(20);
    const listed = performance.now() - t0;
    const total = api.articles().length;
    const startupLags = lags.splice(0);
    cpuBetween.splice(0);
    out(`activate: ${activated.toFixed(0)} ms; first listing: ${listed.toFixed(0)} ms (${total} articles); worst event-loop lateness until then ${Math.max(0, ...startupLags).toFixed(0)} ms`);

    // While indexing: the tree's roots and a group's children, every second.
    let worstRoot = 0;
    let samples = 0;
    let indexed = false;
    void api.whenIndexed().then(() => (indexed = true));
    while (!indexed) {
      const roots = await timed(() => api.getTreeChildren());
      worstRoot = Math.max(worstRoot, roots.ms);
      const first = roots.value[0];
      if (first) worstRoot = Math.max(worstRoot, (await timed(() => api.getTreeChildren(first.node))).ms);
      samples++;
      if (samples % 10 === 0) {
        const read = api.articles().filter((a) => a.indexed).length;
        out(`  ${((performance.now() - t0) / 1000).toFixed(0)} s: ${read}/${total} read; tree: ${api.treeChrome().description}`);
      }
      await sleep(1000);
    }
    const indexedAt = performance.now() - t0;
    const whileLags = [...lags].sort((a, b) => a - b);
    out(`full index: ${(indexedAt / 1000).toFixed(1)} s (${((total / (indexedAt - listed)) * 1000).toFixed(0)} articles/s after listing)`);
    out(`tree calls while indexing (roots + first group): worst ${worstRoot.toFixed(1)} ms over ${samples} samples`);
    const pct = (p) => whileLags[Math.min(whileLags.length - 1, Math.floor(whileLags.length * p))].toFixed(1);
    out(`event-loop lateness while indexing (wall clock): p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, max ${whileLags[whileLags.length - 1].toFixed(1)} ms (${whileLags.length} ticks)`);
    const cpus = [...cpuBetween].sort((a, b) => a - b);
    const cpct = (p) => cpus[Math.min(cpus.length - 1, Math.floor(cpus.length * p))].toFixed(1);
    out(`extension-host CPU time between ticks while indexing: p50 ${cpct(0.5)} ms, p99 ${cpct(0.99)} ms, max ${cpus[cpus.length - 1].toFixed(1)} ms`);
    out(`machine load average (1 min) at the end: ${require('node:os').loadavg()[0].toFixed(1)} on ${require('node:os').cpus().length} cores`);

    const filter = await timed(() => vscode.commands.executeCommand('corpusReview.filter', { text: 'banjir' }));
    const shown = api.getTreeChildren().length;
    await vscode.commands.executeCommand('corpusReview.clearFilter');
    const flat = await timed(async () => {
      await vscode.commands.executeCommand('corpusReview.groupBy', 'flat');
      return api.getTreeChildren();
    });
    const next = await timed(() => vscode.commands.executeCommand('corpusReview.nextUnreviewed'));
    out(`after indexing: filter "banjir" ${filter.ms.toFixed(0)} ms (${shown} root items); flat roots ${flat.ms.toFixed(0)} ms (${flat.value.length} page items); next unreviewed (opens an editor) ${next.ms.toFixed(0)} ms`);
    await vscode.commands.executeCommand('corpusReview.groupBy', 'outlet');
    out('1 passed, 0 failed');
  } finally {
    clearInterval(timer);
  }
};
