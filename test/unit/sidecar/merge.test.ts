import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { buildSidecar, mergeSidecar, readSidecar, setReview, type SidecarInput } from '../../../src/core/sidecar';
import { fakeAnalysis, PASAR_SPEC, readFixture, type FakeSpec } from './fixtureAnalysis';

const TEXT = readFixture('pasar-banjir.txt');

/** The parts of a sidecar these tests look at. */
interface SidecarData {
  title?: string;
  outlet?: string | null;
  people: { name: string; mentions: number }[];
  quotes: { text: string; speaker: string | null }[];
}
const data = (text: string): SidecarData => parse(text) as SidecarData;

function input(spec: FakeSpec, now = '2026-11-24T01:00:00.000Z', text = TEXT): SidecarInput {
  const { article, analysis } = fakeAnalysis(text, spec);
  return { fileName: 'pasar-banjir.txt', article, analysis, extractorVersion: '0.1.0', now };
}

function merged(existing: string, spec: FakeSpec, now = '2026-11-24T02:00:00.000Z', text = TEXT) {
  const result = mergeSidecar(existing, input(spec, now, text));
  if (!result.ok) assert.fail(`merge failed: ${result.error.message}`);
  return result.value;
}

/** Replaces exactly one occurrence of `from` (the way a person edits one place in the file). */
function edit(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `expected exactly one ${JSON.stringify(from)} in the sidecar`);
  return text.replace(from, to);
}

/** A person's session on the first sidecar: the edits the issue names, made as text edits. */
function personEdits(first: string): string {
  let t = first;
  // 1. a changed speaker (the engine gave the Dinas head's quote to the trader)
  t = edit(t, `cue: kata Hendra\n`, `cue: kata Hendra\n`);
  const q = t.indexOf('"Perbaikan dermaga');
  const speakerAt = t.indexOf('speaker: Siti Aminah', q);
  t = t.slice(0, speakerAt) + 'speaker: Hendra Wijaya # fixed: the cue names Hendra' + t.slice(speakerAt + 'speaker: Siti Aminah'.length);
  // 2. a deleted false quote ("Kampung Apung" is a name, not speech)
  const start = t.indexOf('  - text: \'"Kampung Apung"\'');
  const end = t.indexOf('  - text:', start + 5);
  t = t.slice(0, start) + t.slice(end);
  // 3. a comment of the reviewer's own, and a key the schema does not know
  t = edit(t, 'title: ', '# checked against the print edition, page 3\ntitle: ');
  t = edit(t, '\npeople:\n', '\ntopic: banjir # my own key\n\npeople:\n');
  // 4. a review decision
  const reviewed = setReview(t, { status: 'accepted', reviewer: 'dina', note: 'speaker fixed', time: '2026-11-24T01:30:00Z' });
  if (!reviewed.ok) assert.fail(reviewed.error.message);
  return reviewed.value;
}

suite('sidecar merge: a person\'s edits survive re-extraction', () => {
  const first = buildSidecar(input(PASAR_SPEC));
  const edited = personEdits(first);

  test('re-extraction with the same engine output changes nothing, byte for byte', () => {
    const again = merged(edited, PASAR_SPEC);
    assert.equal(again.changed, false);
    assert.equal(again.text, edited);
    assert.deepEqual(again.conflicts, []);
  });

  test('engine changes land where the person did not edit; every edit is kept byte for byte', () => {
    const spec2: FakeSpec = {
      ...PASAR_SPEC,
      title: 'Pasar Terapung Sungai Barito Kembali Dibuka Setelah Banjir Surut',
      people: [
        { name: 'Siti Aminah', role: 'pedagang sayur' },
        { name: 'Hendra Wijaya', aliases: ['Hendra'], role: 'Kepala Dinas Perdagangan Kota Banjarmasin', mentions: 4 },
      ],
      quotes: (PASAR_SPEC.quotes ?? []).map((q) => (q.text.startsWith('"Tidak') ? { ...q, speaker: 'Hendra' } : q)),
      outlet: 'Kabar Barito',
    };
    const out = merged(edited, spec2);
    assert.equal(out.changed, true);
    const lines = (s: string) => s.split('\n');
    // The person's lines, exactly as they wrote them:
    for (const line of ['# checked against the print edition, page 3', "    speaker: Hendra Wijaya # fixed: the cue names Hendra", 'topic: banjir # my own key']) {
      assert.ok(lines(out.text).includes(line), `kept: ${line}`);
    }
    const reviewBlock = /\nreview:\n(?: {2}.*\n)+/.exec(edited)?.[0];
    assert.ok(reviewBlock && out.text.includes(reviewBlock), 'the review block is kept byte for byte');
    assert.ok(!out.text.includes('Kampung Apung'), 'the deleted false quote stays deleted');
    // The engine's new values, where the person had not touched anything:
    const d = data(out.text);
    assert.equal(d.outlet, 'Kabar Barito');
    assert.equal(d.people[1]?.mentions, 4);
    assert.equal(d.quotes.find((q) => q.text.startsWith('"Tidak'))?.speaker, 'Hendra');
    assert.equal(d.quotes.length, 3);
    // Only engine-owned lines differ: the edited file minus changed values equals the output minus them.
    const changedKeys = /^\s*(?:-\s)?(?:outlet|mentions|speaker: Hendra(?: Wijaya)?$|extracted|root|- [0-9a-f]{8} )/;
    assert.deepEqual(
      lines(out.text).filter((l) => !changedKeys.test(l)),
      lines(edited).filter((l) => !changedKeys.test(l)),
    );
  });

  test('when the engine disagrees with an edit, the edit wins and the conflict is reported', () => {
    const spec3: FakeSpec = { ...PASAR_SPEC, quotes: (PASAR_SPEC.quotes ?? []).map((q) => (q.text.startsWith('"Perbaikan') ? { ...q, speaker: 'Pemkot Banjarmasin' } : q)) };
    const out = merged(edited, spec3);
    assert.equal(out.conflicts.length, 1);
    const [c] = out.conflicts;
    assert.match(c?.path ?? '', /^quotes\[.*Perbaikan dermaga.*\]\.speaker$/);
    assert.equal(c?.kept, 'Hendra Wijaya');
    assert.equal(c?.engine, 'Pemkot Banjarmasin');
    assert.equal(out.text.split('\n')[(c?.line ?? 0) - 1]?.trim(), 'speaker: Hendra Wijaya # fixed: the cue names Hendra', 'the line is in the merged text');
    assert.ok(out.text.includes('speaker: Hendra Wijaya # fixed: the cue names Hendra'));
    // Reported once: the next run with the same engine output is quiet and leaves the file alone.
    const next = merged(out.text, spec3);
    assert.deepEqual(next.conflicts, []);
    assert.equal(next.changed, false);
  });

  test('a deleted false quote is not added back, even when the engine keeps finding it', () => {
    const out = merged(edited, PASAR_SPEC);
    assert.ok(!out.text.includes('Kampung Apung'));
    const again = merged(merged(edited, { ...PASAR_SPEC, outlet: 'X' }).text, PASAR_SPEC);
    assert.ok(!again.text.includes('Kampung Apung'));
  });

  test('a new quote the engine finds is added in reading order; one it no longer finds is removed unless edited', () => {
    const quotes = PASAR_SPEC.quotes ?? [];
    const withoutFirstReal = { ...PASAR_SPEC, quotes: [quotes[0], quotes[2], quotes[3]].filter((q) => q !== undefined) };
    const base = buildSidecar(input(withoutFirstReal));
    const added = merged(base, PASAR_SPEC);
    const texts = data(added.text).quotes.map((q) => q.text.slice(0, 12));
    assert.deepEqual(texts, ['"Kampung Apu', '"Kami sudah ', '"Perbaikan d', '"Tidak ada p']);
    const removed = merged(added.text, withoutFirstReal);
    assert.equal(data(removed.text).quotes.length, 3);
    // An edited quote the engine no longer finds is kept, with a conflict saying so.
    const editedSpeaker = edit(added.text, 'speaker: Siti Aminah\n    cue: ujar', 'speaker: Ibu Siti Aminah\n    cue: ujar');
    const kept = merged(editedSpeaker, withoutFirstReal);
    assert.equal(data(kept.text).quotes.length, 4);
    assert.match(kept.conflicts[0]?.message ?? '', /no longer finds/);
  });

  test('a whole-list deletion by the person stays deleted; unknown keys inside items are kept', () => {
    const noBoilerplate = first.replace(/\nboilerplate:\n(?: {2}.*\n)+/, '\n');
    assert.ok(!noBoilerplate.includes('kind: banner'));
    const out = merged(noBoilerplate, { ...PASAR_SPEC, outlet: 'Y' });
    assert.ok(!/^boilerplate:/m.test(out.text));
    const withExtra = edit(first, '  - name: Siti Aminah\n', '  - name: Siti Aminah\n    checked: true\n');
    const out2 = merged(withExtra, { ...PASAR_SPEC, outlet: 'Y' });
    assert.ok(out2.text.includes('  - name: Siti Aminah\n    checked: true\n'));
  });

  test('a stale article (text changed) moves untouched positions, keeps edited values', () => {
    const changedText = TEXT.replace('BANNER IKLAN PEMKAB\n', 'BANNER IKLAN PEMKAB\nIKLAN KEDUA\n');
    const out = merged(edited, PASAR_SPEC, '2026-11-24T03:00:00.000Z', changedText);
    const view = readSidecar(out.text);
    assert.ok(view.ok);
    if (!view.ok) return;
    const perbaikan = view.value.quotes.find((q) => q.text.startsWith('"Perbaikan'));
    assert.equal(perbaikan?.start.line, 13);
    assert.equal(perbaikan?.speaker, 'Hendra Wijaya');
    assert.equal(view.value.source.lines, TEXT.split('\n').length + 1);
    assert.equal(view.value.extracted, '2026-11-24T03:00:00.000Z');
  });

  test('a sidecar without its engine block keeps every value as the person\'s (never clobbers)', () => {
    const noEngine = first.slice(0, first.indexOf('\n# Fingerprints')) + '\n';
    const out = merged(noEngine, { ...PASAR_SPEC, title: 'Judul Lain' });
    assert.equal(data(out.text).title, PASAR_SPEC.title);
    assert.ok(out.conflicts.some((c) => c.path === 'title'));
  });

  test('quotes found later in an article that had none are written one per entry, not as a flow list', () => {
    const none = buildSidecar(input({ ...PASAR_SPEC, quotes: [], people: [] }));
    assert.match(none, /^quotes: \[\]$/m);
    const out = merged(none, PASAR_SPEC);
    assert.match(out.text, /^quotes:\n {2}- text: '"Kampung Apung"'\n {4}speaker: null\n/m);
    assert.match(out.text, /^people:\n {2}- name: Siti Aminah\n/m);
    assert.equal(data(out.text).quotes.length, 4);
  });

  test('a sidecar saved with CRLF line ends and a BOM keeps them through merge and review', () => {
    const windows = '\uFEFF' + edited.replace(/\n/g, '\r\n');
    const same = merged(windows, PASAR_SPEC);
    assert.equal(same.changed, false);
    const out = merged(windows, { ...PASAR_SPEC, outlet: 'Kabar Barito' });
    assert.ok(out.text.startsWith('\uFEFF#'));
    assert.equal(out.text.replace(/\r\n/g, '').includes('\n'), false, 'every line end is CRLF');
    assert.equal(out.text.slice(1).replace(/\r\n/g, '\n'), merged(edited, { ...PASAR_SPEC, outlet: 'Kabar Barito' }).text);
    const reviewed = setReview(windows, { status: 'rejected' });
    assert.ok(reviewed.ok);
    if (!reviewed.ok) return;
    assert.equal(reviewed.value.replace(/\r\n/g, '').includes('\n'), false);
    assert.equal(reviewed.value, windows.replace('status: accepted', 'status: rejected'));
  });
});
