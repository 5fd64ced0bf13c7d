/**
 * The one-key review loop in the real VS Code: accept records the decision in the sidecar's review
 * block (creating the sidecar by extraction when missing) and opens the next unreviewed article;
 * flag keeps a note; undo restores the sidecar byte for byte; next/previous unreviewed move in the
 * tree's order; the status-bar command target and Explorer decorations follow.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { corpusApi, eventually, readText, setGroupBy, sidecarOf, type Api } from './corpusApi';

function activeUri(): string | undefined {
  return vscode.window.activeTextEditor?.document.uri.toString();
}

suite('review: accept, reject, flag, next, undo', () => {
  let api: Api;

  suiteSetup(async () => {
    api = await corpusApi();
    await vscode.commands.executeCommand('corpusReview.clearFilter');
    await setGroupBy(api, 'flat');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setGroupBy(api, 'outlet');
  });

  test('accept writes the review block (creating the sidecar) and opens the next unreviewed article', async () => {
    const order = api.getTreeChildren().map((n) => n.id!);
    const unreviewed = api.articles().filter((a) => a.status === 'unreviewed').map((a) => a.id);
    const target = order.find((id) => unreviewed.includes(id) && api.articles().find((a) => a.id === id)?.sidecar === 'missing');
    assert.ok(target, 'an unreviewed article without a sidecar');
    const uri = vscode.Uri.parse(target);
    assert.equal(await readText(sidecarOf(uri)), null);
    await vscode.window.showTextDocument(uri);

    const result = (await vscode.commands.executeCommand('corpusReview.accept')) as { article: string; status: string; next: string | undefined };
    assert.equal(result.article, target, 'the active editor’s article is the one reviewed');
    assert.equal(result.status, 'accepted');

    const sidecar = await readText(sidecarOf(uri));
    assert.ok(sidecar, 'the sidecar was created');
    assert.match(sidecar, /^schema: corpus-review\/v1$/m);
    const review = /^review:\n((?: {2}.*\n)+)/m.exec(sidecar)?.[1] ?? '';
    assert.match(review, /status: accepted/);
    assert.match(review, /time: "?\d{4}-\d{2}-\d{2}T/);
    assert.match(review, /reviewer: /);

    // The next unreviewed article in the tree's order, wrapping around.
    const after = order.slice(order.indexOf(target) + 1).concat(order.slice(0, order.indexOf(target)));
    const expectedNext = after.find((id) => api.articles().find((a) => a.id === id)?.status === 'unreviewed');
    assert.equal(result.next, expectedNext);
    assert.equal(activeUri(), expectedNext, 'the active editor moved to the next unreviewed article');
    await eventually(() => api.articles().find((a) => a.id === target)?.status === 'accepted', 'the index sees the decision');
    assert.equal(api.getTreeChildren().find((n) => n.id === target)?.icon, 'pass-filled');
  });

  test('flag with a note, then undo restores the sidecar exactly', async () => {
    const current = activeUri();
    assert.ok(current);
    const uri = vscode.Uri.parse(current);
    await vscode.commands.executeCommand('corpusReview.extractCurrent', uri);
    const before = await readText(sidecarOf(uri));
    assert.ok(before);
    // A person's comment elsewhere in the file must survive the decision byte for byte.
    const commented = before.replace(/^(title: .*)$/m, '$1 # checked against the print edition');
    await vscode.workspace.fs.writeFile(sidecarOf(uri), new TextEncoder().encode(commented));
    await eventually(async () => (await readText(sidecarOf(uri))) === commented, 'the edited sidecar on disk');

    const result = (await vscode.commands.executeCommand('corpusReview.flag', current, { note: 'second quote: wrong speaker' })) as { status: string };
    assert.equal(result.status, 'flagged');
    const flagged = await readText(sidecarOf(uri));
    assert.ok(flagged);
    assert.match(flagged, /status: flagged/);
    assert.match(flagged, /note: second quote: wrong speaker|note: "second quote: wrong speaker"|note: 'second quote: wrong speaker'/);
    assert.ok(flagged.includes('# checked against the print edition'), 'the comment survived');
    const outsideReview = (t: string): string => t.replace(/^review:\n(?: {2}.*\n)+/m, '');
    assert.equal(outsideReview(flagged), outsideReview(commented), 'only the review block changed');
    await eventually(() => api.articles().find((a) => a.id === current)?.status === 'flagged', 'index sees flagged');

    const undone = await vscode.commands.executeCommand('corpusReview.undoDecision');
    assert.equal(undone, current);
    assert.equal(await readText(sidecarOf(uri)), commented, 'undo restored the sidecar byte for byte');
    assert.equal(activeUri(), current, 'undo reopens the article');
    await eventually(() => api.articles().find((a) => a.id === current)?.status === 'unreviewed', 'index sees the undo');
  });

  test('reject, then next/previous unreviewed move through the tree order and skip reviewed articles', async () => {
    const order = api.getTreeChildren().map((n) => n.id!);
    const first = order.find((id) => api.articles().find((a) => a.id === id)?.status === 'unreviewed');
    assert.ok(first);
    const rejected = (await vscode.commands.executeCommand('corpusReview.reject', first)) as { next: string };
    assert.match((await readText(sidecarOf(vscode.Uri.parse(first)))) ?? '', /status: rejected/);
    await eventually(() => api.articles().find((a) => a.id === first)?.status === 'rejected', 'index sees rejected');

    const status = (id: string): string | undefined => api.articles().find((a) => a.id === id)?.status;
    const next = (await vscode.commands.executeCommand('corpusReview.nextUnreviewed')) as string;
    assert.notEqual(next, rejected.next);
    assert.equal(status(next), 'unreviewed');
    assert.equal(activeUri(), next);
    const back = (await vscode.commands.executeCommand('corpusReview.previousUnreviewed')) as string;
    assert.equal(back, rejected.next, 'previous goes back to where next came from');
    assert.notEqual(back, first, 'the rejected article is skipped');
  });

  test('a decision on a multi-selection from the tree applies to each article and is undone as a whole', async () => {
    const items = api.getTreeChildren().filter((n) => api.articles().find((a) => a.id === n.id)?.status === 'unreviewed').slice(0, 2);
    assert.equal(items.length, 2);
    const [clicked, other] = items as [(typeof items)[0], (typeof items)[0]];
    const befores = await Promise.all(items.map((n) => readText(sidecarOf(vscode.Uri.parse(n.id!)))));
    // The tree's inline action passes (clicked node, all selected nodes).
    const result = (await vscode.commands.executeCommand('corpusReview.accept', clicked.node, [clicked.node, other.node])) as { articles: string[] };
    assert.deepEqual([...result.articles].sort(), [clicked.id, other.id].sort());
    for (const n of items) assert.match((await readText(sidecarOf(vscode.Uri.parse(n.id!)))) ?? '', /status: accepted/);
    await vscode.commands.executeCommand('corpusReview.undoDecision');
    for (const [i, n] of items.entries()) {
      const now = await readText(sidecarOf(vscode.Uri.parse(n.id!)));
      // A sidecar the decision created by extraction keeps the extraction (review unreviewed); one that existed is restored exactly.
      if (befores[i] !== null) assert.equal(now, befores[i]);
      else assert.match(now ?? '', /status: unreviewed/);
    }
    await eventually(() => items.every((n) => api.articles().find((a) => a.id === n.id)?.status === 'unreviewed'), 'both unreviewed again');
  });

  test('the view badge, description, status bar and Explorer decorations follow the decisions', async () => {
    const left = api.articles().filter((a) => a.status === 'unreviewed').length;
    const total = api.articles().length;
    await eventually(() => api.treeChrome().badge === (left || undefined), `badge ${left}`);
    assert.match(api.treeChrome().description ?? '', new RegExp(`^${total - left} of ${total} reviewed`));
    await eventually(() => api.statusBarText()?.endsWith(`${total - left}/${total} reviewed`), `status bar ${total - left}/${total}`);
    for (const a of api.articles()) {
      const badge = api.decorationFor(a.id)?.badge?.replace('!', '');
      const expected = { accepted: '✓', rejected: '✗', flagged: '⚑', unreviewed: undefined }[a.status];
      if (a.status !== 'unreviewed' || a.sidecar === 'fresh' || a.sidecar === 'missing') assert.equal(badge || undefined, expected, `${a.name} (${a.status}, ${a.sidecar})`);
    }
    assert.ok(api.articles().some((a) => a.status !== 'unreviewed'), 'some decision to show');
  });
});
