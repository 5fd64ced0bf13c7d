// Runs INSIDE the extension host (as the extensionTestsPath of bench/tree-index.mjs): activates
// Corpus Review on a large generated corpus and measures what a reviewer would feel while it
// indexes: how long until the tree shows its first children (and a first article row with its
// headline), until every article is read, how long the host's event loop is ever blocked (a 10 ms
// interval timer's lateness), how long tree, filter and next-unreviewed calls take during and after
// indexing, and the extension host's memory (its own process: peak RSS from getrusage, heap now).
// Prints figures; asserts nothing. With CORPUS_REVIEW_BENCH_OUT set, also writes them as JSON there.
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
  // A full garbage collection (exposed on demand), so that live-heap figures count no garbage.
  const collect = () => {
    try {
      require('node:v8').setFlagsFromString('--expose-gc');
      require('node:vm').runInNewContext('gc')();
      return true;
    } catch {
      return false; // no forced GC on this runtime: live heaps stay unknown
    }
  };
  // CORPUS_REVIEW_BENCH_CHURN=MB: before measuring "before", allocate that much short-lived garbage
  // (small objects, none kept): the host's young generation is then used once through without
  // growing (nothing survives), so "before" counts the resident memory any work in the host would
  // reach, and the growth after it is what the extension keeps or makes V8 grow.
  const churnMb = Number(process.env.CORPUS_REVIEW_BENCH_CHURN ?? 0);
  const rssBeforeChurn = process.memoryUsage.rss();
  if (churnMb > 0) {
    let sink = 0;
    for (let i = 0; i < (churnMb * 1048576) / 64; i++) sink += [i, i + 1, i + 2, i + 3, i + 4].length;
    await sleep(200);
    if (sink < 0) out('unreachable');
  }
  // When VS Code activated the extension before this probe ran, the "before" figures include it.
  // Which other extensions the host runs (built-ins active at start-up): they make up most of the "before".
  const othersActive = vscode.extensions.all.filter((e) => e.isActive && e.id !== 'corpus-review.corpus-review').map((e) => e.id);
  const activatedBeforeProbe = performance.getEntriesByName('corpus-review/index-created').length > 0;
  const liveBefore = collect() ? process.memoryUsage().heapUsed : null;
  const mem0 = process.memoryUsage();
  const MB = (bytes) => bytes / (1024 * 1024);
  // The V8 heap spaces over 4 MB, used/committed: which space grows (a young generation grown to
  // its maximum is a floor under every later peak RSS; it grows when many objects survive scavenges).
  const spaces = () => require('node:v8').getHeapSpaceStatistics().filter((sp) => sp.space_size > 4 * 1048576).map((sp) => `${sp.space_name.replace(/_space$/, '')} ${MB(sp.space_used_size).toFixed(0)}/${MB(sp.space_size).toFixed(0)}`).join(', ');
  const spacesBefore = spaces();
  // Every GC from here on, with each space's size before and after (v8.GCProfiler): when the young
  // generation grows, and how much survives the scavenges.
  const gcProfiler = new (require('node:v8').GCProfiler)();
  gcProfiler.start();
    let peakHeap = mem0.heapUsed;
  let peakSpaces = { heap: 0, text: '' };
  const newSpaceSize = () => require('node:v8').getHeapSpaceStatistics().find((sp) => sp.space_name === 'new_space')?.space_size ?? 0;
  let lastNewSpace = newSpaceSize();
  const newSpaceChanges = [];
  let activationStart = performance.now();
  // Resident memory every 100 ms (process.memoryUsage.rss() is cheap), and what the heap, its
  // spaces and the memory outside it (external: buffers and typed arrays) were at the highest
  // sample: where a peak comes from, and when.
  const rssSeries = [];
  let rssPeak = { rss: 0 };
  const memTimer = setInterval(() => {
    const rss = process.memoryUsage.rss();
    rssSeries.push([(performance.now() - activationStart) / 1000, MB(rss)]);
    if (rss > rssPeak.rss) {
      const m = process.memoryUsage();
      rssPeak = { rss, at: (performance.now() - activationStart) / 1000, heapUsed: MB(m.heapUsed), heapTotal: MB(m.heapTotal), external: MB(m.external), arrayBuffers: MB(m.arrayBuffers), spaces: spaces() };
    }
    const size = newSpaceSize();
    if (size !== lastNewSpace) newSpaceChanges.push(`${((performance.now() - activationStart) / 1000).toFixed(1)} (${MB(lastNewSpace).toFixed(0)}->${MB(size).toFixed(0)} MB)`);
    lastNewSpace = size;
    const heapTotal = process.memoryUsage().heapTotal;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (heapTotal > peakSpaces.heap) peakSpaces = { heap: heapTotal, text: spaces() };
  }, 100);
  const result = {};
  try {
    // CORPUS_REVIEW_BENCH_HEAP_PROFILE=FILE: V8's sampling heap profiler from activation to the first
    // headline, written to FILE (objects still live then, by the function that allocated them):
    // what survives the young generation's first collections. With
    // CORPUS_REVIEW_BENCH_HEAP_PROFILE_UNTIL=indexed, until the index is done instead (after the
    // cache is written, where a cold build's peak is): objects not collected yet count too, so it
    // shows what fills the old generation by then, garbage promoted through scavenges included.
    const heapProfileOut = process.env.CORPUS_REVIEW_BENCH_HEAP_PROFILE;
    const profileUntilIndexed = process.env.CORPUS_REVIEW_BENCH_HEAP_PROFILE_UNTIL === 'indexed';
    const inspector = heapProfileOut ? new (require('node:inspector').Session)() : null;
    const post = (method, params) => new Promise((resolve, reject) => inspector.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
    if (inspector) {
      inspector.connect();
      await post('HeapProfiler.startSampling', { samplingInterval: 4096 });
    }
    const probeStart = performance.now();
    const api = await vscode.extensions.getExtension('corpus-review.corpus-review').activate();
    // Times count from the extension's activation (its index's creation mark), which VS Code may
    // have started before this probe ran (a view or a file can activate it): the probe's own start
    // would flatter the figures then.
    const mark = (name) => performance.getEntriesByName(name).pop()?.startTime ?? null;
    const t0 = mark('corpus-review/index-created') ?? probeStart;
    const activated = performance.now() - probeStart;
    activationStart = t0;
    const probeLate = Math.max(0, probeStart - t0);
    // The tree as the view asks for it: roots, then down to the first article row.
    const firstArticle = () => {
      let nodes = api.getTreeChildren();
      for (let depth = 0; depth < 3 && nodes.length; depth++) {
        const article = nodes.find((n) => n.node.kind === 'article');
        if (article) return article;
        nodes = api.getTreeChildren(nodes[0].node);
      }
      return undefined;
    };
    let firstChildren = null;
    let firstHeadline = null;
    while (firstHeadline === null) {
      const row = firstArticle();
      if (row && firstChildren === null) firstChildren = performance.now() - t0;
      // A row's label is its file name until the article's summary (from the cache or the file) is known.
      const fileName = row ? decodeURIComponent(row.node.id.slice(row.node.id.lastIndexOf('/') + 1)) : '';
      if (row && row.label !== fileName) firstHeadline = performance.now() - t0;
      else await sleep(10);
    }
    const stopProfile = async () => {
      const { profile } = await post('HeapProfiler.stopSampling');
      fs.writeFileSync(heapProfileOut, JSON.stringify(profile));
      inspector.disconnect();
    };
    if (inspector && !profileUntilIndexed) await stopProfile();
    const listed = firstChildren;
    // The count from the tree's description ("0 of N reviewed"): api.articles() would copy every summary.
    const total = Number(/of (\d+)/.exec(api.treeChrome().description ?? '')?.[1] ?? NaN);
    const startupLags = lags.splice(0);
    cpuBetween.splice(0);
    const firstListing = mark('corpus-review/first-listing');
    const announcedMs = firstListing === null ? null : firstListing - t0;
    Object.assign(result, { articles: total, activateMs: activated, probeLateMs: probeLate, firstListingMs: announcedMs, firstChildrenMs: firstChildren, firstHeadlineMs: firstHeadline });
    out(`from activation: tree's first children ${firstChildren.toFixed(0)} ms, first article row with its headline ${firstHeadline.toFixed(0)} ms (${total} articles listed); the index announced its first listing at ${announcedMs?.toFixed(0) ?? '?'} ms`);
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('corpus-review/') && m.startTime >= t0);
    out(`  marks from activation: ${marks.map((m) => `${m.name.slice('corpus-review/'.length)} ${(m.startTime - t0).toFixed(0)}`).join(', ')} ms`);
    out(`  heap spaces (used/committed MB) before activation: ${spacesBefore}; at the first headline: ${spaces()}`);
    out(`  (the probe started ${probeLate.toFixed(0)} ms after activation and waited ${activated.toFixed(0)} ms for activate(): a child found at once is an upper bound); worst event-loop lateness until then ${Math.max(0, ...startupLags).toFixed(0)} ms`);

    // While indexing: the tree's roots and a group's children, every second.
    let worstRoot = 0;
    let samples = 0;
    let indexed = false;
    let indexedTime = 0;
    void api.whenIndexed().then(() => {
      indexed = true;
      indexedTime = performance.now();
    });
    while (!indexed) {
      const roots = await timed(() => api.getTreeChildren());
      worstRoot = Math.max(worstRoot, roots.ms);
      const first = roots.value[0];
      if (first) worstRoot = Math.max(worstRoot, (await timed(() => api.getTreeChildren(first.node))).ms);
      samples++;
      // (The tree's description says how far indexing is: api.articles() would copy every summary,
      // garbage that would count in the memory figures below.)
      if (samples % 10 === 0) {
        const mem = process.memoryUsage();
        out(`  ${((performance.now() - t0) / 1000).toFixed(0)} s: tree: ${api.treeChrome().description}; heap ${MB(mem.heapUsed).toFixed(0)} MB of ${MB(mem.heapTotal).toFixed(0)} (${spaces()}), external ${MB(mem.external).toFixed(0)} MB, RSS ${MB(mem.rss).toFixed(0)} MB`);
      }
      for (let waited = 0; waited < 1000 && !indexed; waited += 50) await sleep(50);
    }
    const indexedAt = indexedTime - t0;
    if (inspector && profileUntilIndexed) await stopProfile();
    result.fullIndexMs = indexedAt;
    // The peak until indexed (getrusage), before the filter, grouping and editor calls below add theirs.
    result.peakRssIndexedMb = process.resourceUsage().maxRSS / 1024;
    const gcs = gcProfiler.stop()?.statistics ?? [];
    const spaceOf = (stats, name) => stats.find((sp) => sp.spaceName === name) ?? { spaceSize: 0, spaceUsedSize: 0 };
    let survived = 0;
    const growths = [];
    const kinds = {};
    for (const gc of gcs) {
      kinds[gc.gcType] = (kinds[gc.gcType] ?? 0) + 1;
      const before = spaceOf(gc.beforeGC.heapSpaceStatistics, 'new_space');
      const after = spaceOf(gc.afterGC.heapSpaceStatistics, 'new_space');
      if (gc.gcType === 'Scavenge') survived += after.spaceUsedSize + Math.max(0, spaceOf(gc.afterGC.heapSpaceStatistics, 'old_space').spaceUsedSize - spaceOf(gc.beforeGC.heapSpaceStatistics, 'old_space').spaceUsedSize);
      if (after.spaceSize !== before.spaceSize) growths.push(`GC ${gcs.indexOf(gc) + 1} (${gc.gcType}) ${MB(before.spaceSize).toFixed(0)}->${MB(after.spaceSize).toFixed(0)} MB (survived so far ${MB(survived).toFixed(0)} MB)`);
    }
    out(`other extensions active in the host at the probe's start: ${othersActive.length} (${othersActive.join(', ') || 'none'})`);
    out(`GCs until indexed: ${JSON.stringify(kinds)}; new space size changes seen at (s from activation) ${newSpaceChanges.join(', ') || 'none'}; scavenge survivors (new space after + old growth) ${MB(survived).toFixed(0)} MB; new space resized: ${growths.join('; ') || 'never'}`);
    out(`heap spaces (used/committed MB) when indexed: ${spaces()}; at the largest committed heap sampled: ${peakSpaces.text}`);
    const whileLags = [...lags].sort((a, b) => a - b);
    if (!whileLags.length) whileLags.push(0);
    if (!cpuBetween.length) cpuBetween.push(0);
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
    // Memory of the extension host process (this process: the probe runs inside it). The live heap
    // is measured after a full garbage collection (heapUsed alone counts garbage not yet collected).
    const mem = process.memoryUsage();
    const liveHeapMb = collect() ? MB(process.memoryUsage().heapUsed) : null;
    result.liveHeapMb = liveHeapMb;
    Object.assign(result, { peakRssMb: process.resourceUsage().maxRSS / 1024, rssMb: MB(mem.rss), heapMb: MB(mem.heapUsed), peakHeapMb: MB(peakHeap), rssBeforeMb: MB(mem0.rss), heapBeforeMb: MB(mem0.heapUsed), liveHeapBeforeMb: liveBefore === null ? null : MB(liveBefore), activatedBeforeProbe });
    const growth = (after, before) => (after === null || before === null ? '?' : `+${(after - before).toFixed(0)}`);
    out(`extension host memory: peak RSS ${result.peakRssMb.toFixed(0)} MB (getrusage), ${growth(result.peakRssMb, result.rssBeforeMb)} MB over the RSS before activation (${result.rssBeforeMb.toFixed(0)} MB); live heap after a full GC ${liveHeapMb?.toFixed(0) ?? '?'} MB, ${growth(liveHeapMb, result.liveHeapBeforeMb)} MB over before activation (${result.liveHeapBeforeMb?.toFixed(0) ?? '?'} MB)${liveHeapMb !== null && result.liveHeapBeforeMb !== null && total ? `, ${(((liveHeapMb - result.liveHeapBeforeMb) * 1048576) / total).toFixed(0)} bytes per article` : ''}; now RSS ${result.rssMb.toFixed(0)} MB, heap ${result.heapMb.toFixed(0)} MB (peak heap sampled ${result.peakHeapMb.toFixed(0)} MB)${activatedBeforeProbe ? '; NOTE: the extension was active before the probe started, so the "before" figures include some of it' : ''}`);
    // The timeline from activation, one point per 0.5 s (the highest of its samples).
    const points = [];
    for (const [t, mb] of rssSeries) {
      if (t < 0) continue;
      const slot = Math.floor(t * 2);
      points[slot] = Math.max(points[slot] ?? 0, mb);
    }
    out(`RSS (MB) every 0.5 s from activation (indexed at ${(indexedAt / 1000).toFixed(1)} s; then the filter, flat grouping and next-unreviewed calls above): ${points.map((mb) => (mb === undefined ? '-' : mb.toFixed(0))).join(' ')}`);
    if (rssPeak.rss) out(`at the highest RSS sampled (${MB(rssPeak.rss).toFixed(0)} MB, ${rssPeak.at.toFixed(1)} s from activation): heap ${rssPeak.heapUsed.toFixed(0)} MB used of ${rssPeak.heapTotal.toFixed(0)} (${rssPeak.spaces}), external ${rssPeak.external.toFixed(0)} MB (array buffers ${rssPeak.arrayBuffers.toFixed(0)} MB); RSS before activation ${MB(mem0.rss).toFixed(0)} MB, heap ${MB(mem0.heapUsed).toFixed(0)} of ${MB(mem0.heapTotal).toFixed(0)}, external ${MB(mem0.external).toFixed(0)} MB`);
    out(`peak RSS until indexed (getrusage, before the calls after indexing): ${result.peakRssIndexedMb.toFixed(0)} MB, +${(result.peakRssIndexedMb - result.rssBeforeMb).toFixed(0)} MB over before activation`);
    // The index process's work (src/extension/indexProcess): a child process, so its memory is
    // outside the host's RSS above; the mark is made when the pass stops it (the last pass's).
    const processMark = performance.getEntriesByName('corpus-review/index-process').pop();
    result.indexProcess = processMark?.detail ?? null;
    out(processMark ? `index process (a child of the host): ${processMark.detail.articles} articles checked in ${processMark.detail.batches} batches; its RSS at most ${MB(processMark.detail.peakRss).toFixed(0)} MB, live heap at most ${MB(processMark.detail.peakHeapUsed).toFixed(0)} MB (after a batch); stopped ${((processMark.startTime - (performance.getEntriesByName('corpus-review/index-created').pop()?.startTime ?? 0)) / 1000).toFixed(1)} s from activation` : 'index process: none (every article checked in the extension host)');
    if (churnMb > 0) out(`before activation: RSS ${MB(rssBeforeChurn).toFixed(0)} MB, after ${churnMb} MB of short-lived garbage ${MB(mem0.rss).toFixed(0)} MB (the "before" of the figures below)`);
    Object.assign(result, { churnMb, rssBeforeChurnMb: MB(rssBeforeChurn), rssPeakSampledMb: rssPeak.rss ? MB(rssPeak.rss) : null, rssPeakAtS: rssPeak.at ?? null });
    if (process.env.CORPUS_REVIEW_BENCH_OUT) fs.writeFileSync(process.env.CORPUS_REVIEW_BENCH_OUT, JSON.stringify(result));
    out('1 passed, 0 failed');
  } finally {
    clearInterval(timer);
    clearInterval(memTimer);
  }
};
