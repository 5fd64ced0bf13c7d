// Corpus dashboard: draws horizontal bar charts as SVG from the numbers the extension posts.
// No libraries, no remote content (the webview's CSP allows nothing else). Text goes in through
// textContent only, never innerHTML, so a speaker's name cannot inject markup.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const SVG = 'http://www.w3.org/2000/svg';
  const charts = /** @type {HTMLElement} */ (document.getElementById('charts'));
  const summary = /** @type {HTMLElement} */ (document.getElementById('summary'));

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (parent) parent.appendChild(node);
    return node;
  }

  /**
   * @param {string} title
   * @param {{label: string, value: number, cls?: string}[]} bars
   * @param {{onClick?: (label: string) => void, format?: (v: number) => string, id: string}} options
   */
  function barChart(title, bars, options) {
    const section = document.createElement('section');
    section.id = options.id;
    const h = document.createElement('h2');
    h.textContent = title;
    section.appendChild(h);
    if (!bars.length) {
      const p = document.createElement('p');
      p.className = 'empty';
      p.textContent = 'Nothing yet.';
      section.appendChild(p);
      return section;
    }
    const rowH = 20, labelW = 150, valueW = 48, width = 420;
    const max = Math.max(1, ...bars.map((b) => b.value));
    const svg = el('svg', { viewBox: `0 0 ${width} ${bars.length * rowH}`, role: 'img', 'aria-label': title });
    bars.forEach((b, i) => {
      const y = i * rowH;
      const label = el('text', { x: labelW - 6, y: y + 14, 'text-anchor': 'end' }, svg);
      label.textContent = b.label.length > 24 ? b.label.slice(0, 23) + '…' : b.label;
      const w = Math.max(1, ((width - labelW - valueW) * b.value) / max);
      const rect = el('rect', { x: labelW, y: y + 3, width: w, height: rowH - 6, rx: 2, class: 'bar ' + (b.cls || '') }, svg);
      const tip = el('title', {}, rect);
      tip.textContent = `${b.label}: ${options.format ? options.format(b.value) : b.value}`;
      if (options.onClick) {
        rect.classList.add('clickable');
        rect.setAttribute('tabindex', '0');
        rect.setAttribute('role', 'button');
        const go = () => options.onClick && options.onClick(b.label);
        rect.addEventListener('click', go);
        rect.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') go(); });
      }
      const value = el('text', { x: labelW + w + 4, y: y + 14, class: 'value' }, svg);
      value.textContent = options.format ? options.format(b.value) : String(b.value);
    });
    section.appendChild(svg);
    return section;
  }

  function render(stats, indexing) {
    const p = stats.progress;
    const mean = stats.meanBoilerplateShare === null ? 'n/a' : Math.round(stats.meanBoilerplateShare * 100) + ' %';
    summary.textContent = `${p.total} articles · ${p.reviewed} of ${p.total} reviewed · mean boilerplate ${mean}` + (indexing ? ' · indexing…' : '');
    charts.replaceChildren(
      barChart('Review progress', ['accepted', 'rejected', 'flagged', 'unreviewed'].map((s) => ({ label: s, value: p.byStatus[s], cls: s })), { id: 'progress' }),
      barChart('Articles per outlet', stats.perOutlet, { id: 'outlets', onClick: (outlet) => vscode.postMessage({ type: 'filter', outlet }) }),
      barChart('Articles per month', stats.perMonth, { id: 'months' }),
      barChart('Most-quoted speakers (quotes)', stats.topSpeakers, { id: 'speakers' }),
      barChart('Share of boilerplate lines (articles)', stats.boilerplateHistogram, { id: 'boilerplate' }),
    );
    document.body.dataset.total = String(p.total);
    // Tells the extension what was drawn (the tests read it: proof the script ran under the CSP).
    vscode.postMessage({ type: 'rendered', charts: charts.querySelectorAll('section').length, bars: charts.querySelectorAll('rect.bar').length, total: p.total });
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m && m.type === 'stats') render(m.stats, m.indexing);
  });
  vscode.postMessage({ type: 'ready' });
})();
