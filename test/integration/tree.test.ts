/**
 * The Articles view on the fixture corpus, through the API activate() returns: every article is
 * listed once, group counts add up and agree with the articles they hold, the view says how many
 * are reviewed, the filter narrows the tree and says so, and the tooltip shows what it promises.
 * Expected values come from the fixture files and from the summaries themselves, never from a
 * hard-coded engine answer (the engine changes; the tree's bookkeeping must not).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { articleFiles, corpusApi, eventually, readText, setGroupBy, sidecarOf, type Api, type ApiNode } from './corpusApi';

function articleNodes(api: Api, nodes: ApiNode[]): ApiNode[] {
  return nodes.flatMap((n) => (n.node.kind === 'article' ? [n] : api.getTreeChildren(n.node).flatMap((c) => (c.node.kind === 'article' ? [c] : api.getTreeChildren(c.node)))));
}

suite('tree: the Articles view on the fixture corpus', () => {
  let api: Api;
  let files: vscode.Uri[];

  suiteSetup(async () => {
    api = await corpusApi();
    files = await articleFiles();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('corpusReview.clearFilter');
    await setGroupBy(api, 'outlet');
  });

  test('indexes every article file once, sidecars excluded', () => {
    const ids = api.articles().map((a) => a.id).sort();
    assert.deepEqual(ids, files.map((f) => f.toString()).sort());
    assert.ok(api.articles().every((a) => a.indexed), 'every article is read after whenIndexed()');
    assert.ok(!ids.some((id) => id.endsWith('.meta.yaml')));
  });

  for (const by of ['outlet', 'month', 'status', 'staleness'] as const) {
    test(`grouped by ${by}: counts add up, each group holds what its label says`, async () => {
      await setGroupBy(api, by);
      const groups = api.getTreeChildren();
      assert.ok(groups.length > 0);
      let sum = 0;
      for (const g of groups) {
        assert.equal(g.node.kind, 'group');
        if (g.node.kind !== 'group') continue;
        const members = articleNodes(api, api.getTreeChildren(g.node));
        assert.equal(String(members.length), g.description, `group ${g.label} shows its count`);
        sum += members.length;
        for (const m of members) {
          const a = api.articles().find((x) => x.id === m.id);
          assert.ok(a, `tree article ${m.id} is indexed`);
          if (by === 'outlet') assert.equal(a.outlet ?? 'Unknown outlet', g.label);
          if (by === 'month') assert.equal(a.date?.slice(0, 7) ?? 'Undated', g.label);
          if (by === 'status') assert.equal(a.status, g.node.key);
          if (by === 'staleness') assert.equal(a.sidecar, g.node.key);
        }
      }
      assert.equal(sum, files.length, 'every article is in exactly one group');
    });
  }

  test('flat: one article item per file, headline as label, status icon, date and outlet in the description', async () => {
    await setGroupBy(api, 'flat');
    const items = api.getTreeChildren();
    assert.equal(items.length, files.length);
    for (const item of items) {
      const a = api.articles().find((x) => x.id === item.id);
      assert.ok(a);
      assert.equal(item.label, a.headline ?? a.name);
      assert.match(item.contextValue ?? '', /^article\./);
      assert.ok(item.icon, 'a status icon');
      if (a.date) assert.ok(item.description?.includes(a.date), `description "${item.description}" has the date`);
      if (a.outlet) assert.ok(item.description?.includes(a.outlet), `description "${item.description}" has the outlet`);
    }
    // Review order is stable: file order.
    assert.deepEqual(items.map((i) => i.id), [...items.map((i) => i.id)].sort());
  });

  test('staleness: an article without a sidecar says so; a sidecar whose article changed is stale', async () => {
    await setGroupBy(api, 'staleness');
    const missing = api.articles().filter((a) => a.sidecar === 'missing');
    for (const a of missing) assert.equal(await readText(sidecarOf(vscode.Uri.parse(a.id))), null, `${a.name} really has no sidecar`);
    // Make one stale: extract it, then change the article's text on disk.
    const target = files.find((f) => f.path.endsWith('07-kecelakaan-jalan-lintas.txt')) ?? files[0];
    assert.ok(target);
    await vscode.commands.executeCommand('corpusReview.extractCurrent', target);
    await eventually(() => api.articles().find((a) => a.id === target.toString())?.sidecar === 'fresh', 'a fresh sidecar after extraction');
    const original = await vscode.workspace.fs.readFile(target);
    try {
      await vscode.workspace.fs.writeFile(target, new Uint8Array([...original, ...new TextEncoder().encode('\nParagraf tambahan dari redaksi.\n')]));
      await eventually(() => api.articles().find((a) => a.id === target.toString())?.sidecar === 'stale', 'the sidecar marked stale');
      const staleGroup = await eventually(() => api.getTreeChildren().find((g) => g.node.kind === 'group' && g.node.key === 'stale'), 'a Stale group');
      assert.equal(staleGroup.description, String(api.articles().filter((a) => a.sidecar === 'stale').length));
      const item = api.getTreeChildren(staleGroup.node).find((n) => n.id === target.toString());
      assert.ok(item?.description?.includes('stale'), `the item shows a stale marker: ${item?.description}`);
    } finally {
      await vscode.workspace.fs.writeFile(target, original);
    }
    await eventually(() => api.articles().find((a) => a.id === target.toString())?.sidecar === 'fresh', 'fresh again once the text is restored');
  });

  test('conflict: a re-extraction that keeps a person’s edit over a different engine value marks the article', async () => {
    const target = files.find((f) => f.path.endsWith('09-aplikasi-antrean-puskesmas.txt')) ?? files[1];
    assert.ok(target);
    const sidecar = sidecarOf(target);
    const originalArticle = await vscode.workspace.fs.readFile(target);
    const originalSidecar = await readText(sidecar);
    try {
      await vscode.commands.executeCommand('corpusReview.extractCurrent', target);
      const written = await readText(sidecar);
      assert.ok(written && /^title: /m.test(written), 'the sidecar has a title');
      // The reviewer corrects the title; then the article's headline changes too, so the engine's new title differs from both.
      await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(written.replace(/^title: .*$/m, 'title: Judul Koreksi Reviewer')));
      const text = new TextDecoder().decode(originalArticle);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text.replace(/^[^\n]*/, (h) => `${h} (Diperbarui)`)));
      await vscode.commands.executeCommand('corpusReview.extractCurrent', target);
      const merged = await readText(sidecar);
      assert.match(merged ?? '', /^title: Judul Koreksi Reviewer$/m, 'the person’s title was kept');
      const a = await eventually(() => api.articles().find((x) => x.id === target.toString() && x.sidecar === 'conflict'), 'the article marked in conflict');
      assert.equal(a.headline, 'Judul Koreksi Reviewer', 'the tree shows the reviewer’s value');
      await setGroupBy(api, 'flat');
      assert.match(api.getTreeChildren().find((n) => n.id === target.toString())?.description ?? '', /conflict/);
    } finally {
      await vscode.workspace.fs.writeFile(target, originalArticle);
      if (originalSidecar === null) await vscode.workspace.fs.delete(sidecar);
      else await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(originalSidecar));
    }
  });

  test('the view description and badge give the review totals', () => {
    const total = files.length;
    const reviewed = api.articles().filter((a) => a.status !== 'unreviewed').length;
    const chrome = api.treeChrome();
    assert.ok(chrome.description?.startsWith(`${reviewed} of ${total} reviewed`), `description: ${chrome.description}`);
    assert.equal(chrome.badge, total - reviewed || undefined);
  });

  test('the filter narrows the tree and says a filter is on; clearing it restores everything', async () => {
    await setGroupBy(api, 'flat');
    const withSpeaker = api.articles().find((a) => a.speakers.length > 0);
    assert.ok(withSpeaker, 'some fixture article has an attributed quote');
    const speaker = withSpeaker.speakers[0]!.name;
    // Part of the name, in another case: the filter matches substrings case-insensitively.
    const fragment = speaker.split(' ').pop()!.toLowerCase();
    await vscode.commands.executeCommand('corpusReview.filter', { speaker: fragment });
    const shown = api.getTreeChildren();
    const expected = api.articles().filter((a) => a.speakers.some((s) => s.name.toLowerCase().includes(fragment)));
    assert.deepEqual(shown.map((n) => n.id).sort(), expected.map((a) => a.id).sort());
    assert.ok(shown.length < files.length || expected.length === files.length);
    assert.equal(api.currentFilter().active, true);
    assert.match(api.treeChrome().description ?? '', /filter: speaker:/);

    const headlineWord = (withSpeaker.headline ?? withSpeaker.name).split(/\s+/).find((w) => w.length > 5) ?? withSpeaker.name;
    await vscode.commands.executeCommand('corpusReview.filter', { text: headlineWord.toUpperCase() });
    assert.ok(api.getTreeChildren().some((n) => n.id === withSpeaker.id), 'text filter finds the article by a headline word');

    await vscode.commands.executeCommand('corpusReview.filter', { outlet: 'No Such Outlet' });
    assert.equal(api.getTreeChildren().length, 0);
    assert.match(api.treeChrome().message ?? '', /No article matches/);

    await vscode.commands.executeCommand('corpusReview.clearFilter');
    assert.equal(api.currentFilter().active, false);
    assert.equal(api.getTreeChildren().length, files.length);
    assert.equal(api.treeChrome().message, undefined);
  });

  test('the tooltip shows headline, date, outlet, quotes with speakers, boilerplate share, the body, and allow-listed links', async () => {
    const a = api.articles().find((x) => x.speakers.length > 0 && x.headline);
    assert.ok(a);
    const md = await api.tooltipFor(a.id);
    assert.ok(md);
    assert.ok(md.includes(a.headline!.slice(0, 20)), 'headline');
    assert.ok(md.includes(`**Date:** ${a.date ?? 'unknown'}`), 'date');
    assert.ok(md.includes('**Outlet:**'), 'outlet');
    for (const s of a.speakers) assert.ok(md.includes(s.name), `speaker ${s.name}`);
    assert.match(md, /\*\*Boilerplate:\*\* \d+ %/);
    // The first body line of the article (the line after the headline that is not boilerplate) is quoted.
    const text = await readText(vscode.Uri.parse(a.id));
    const quotedLines = md.split('\n').filter((l) => l.startsWith('> '));
    assert.ok(quotedLines.length > 0, 'some body lines');
    const firstWords = quotedLines[0]!.slice(2, 30).replace(/\\/g, '');
    assert.ok(text?.includes(firstWords), `"${firstWords}" is article text`);
    assert.match(md, /\(command:corpusReview\.accept\?/);
  });
});
