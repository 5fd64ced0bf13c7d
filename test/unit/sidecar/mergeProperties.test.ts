/**
 * Merge properties over random engine outputs and random reviewer edits (fast-check): the engine's
 * values land wherever the reviewer did not edit, every edit and deletion survives, the result
 * validates, and merging twice changes nothing the second time.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parse, parseDocument } from 'yaml';
import type { BoilerplateKind } from '../../../src/core';
import { buildSidecar, mergeSidecar } from '../../../src/core/sidecar';
import { fakeAnalysis, type FakeSpec } from './fixtureAnalysis';
import { validateSidecar } from './schemaValidator';

const SPEAKERS = ['Rahmat Hidayat', 'Dewi Lestari', 'Agus Salim', 'Yohana Mambrasar', 'Imam Syafii'];
const QUOTES = Array.from({ length: 8 }, (_, i) => `"Pernyataan nomor ${i + 1} tentang jembatan desa,"`);
const TEXT = [
  'Jembatan Desa Kembali Dibuka',
  'Selasa, 4 Maret 2025 09:00 WIB',
  '',
  ...QUOTES.map((q, i) => `${q} kata ${SPEAKERS[i % SPEAKERS.length]}.`),
  'Baca Juga: Banjir di Hulu Sungai',
  'Simak berita lainnya di kanal kami',
  '(red)',
].join('\n');
const KINDS: BoilerplateKind[] = ['related', 'promo', 'signoff', 'ad'];
const BOILER_LINES = [11, 12, 13];

const engineOutput: fc.Arbitrary<FakeSpec> = fc.record({
  title: fc.constantFrom('Jembatan Desa Kembali Dibuka', null),
  outlet: fc.constantFrom(null, 'Kabar Hulu', 'Warta Desa'),
  authors: fc.subarray(['Rina', 'Budi']),
  quotes: fc.subarray(QUOTES.map((_q, i) => i)).chain((idx) =>
    fc.tuple(...idx.map((i) => fc.record({ text: fc.constant(QUOTES[i] as string), speaker: fc.constantFrom(null, ...SPEAKERS) }))),
  ),
  people: fc.subarray(SPEAKERS).chain((names) => fc.tuple(...names.map((name) => fc.record({ name: fc.constant(name), mentions: fc.integer({ min: 1, max: 5 }), role: fc.constantFrom(null, 'Kepala Desa') })))),
  boilerplate: fc.subarray(BOILER_LINES).chain((lines) => fc.tuple(...lines.map((line) => fc.record({ line: fc.constant(line), kind: fc.constantFrom(...KINDS) })))),
});

type Edit = { kind: 'speaker'; quote: number; value: string } | { kind: 'delete'; quote: number } | { kind: 'title'; value: string } | { kind: 'role'; person: number; value: string };

const edits: fc.Arbitrary<Edit[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('speaker' as const), quote: fc.nat(7), value: fc.constantFrom('Pak Lurah', 'Warga') }),
    fc.record({ kind: fc.constant('delete' as const), quote: fc.nat(7) }),
    fc.record({ kind: fc.constant('title' as const), value: fc.constant('Judul dari Editor') }),
    fc.record({ kind: fc.constant('role' as const), person: fc.nat(4), value: fc.constant('Tokoh Masyarakat') }),
  ),
  { maxLength: 5 },
);

interface Data {
  title?: string | null;
  outlet?: string | null;
  quotes: { text: string; speaker: string | null }[];
  people: { name: string; role: string | null; mentions: number }[];
  boilerplate: { text: string; kind: string }[];
  [key: string]: unknown;
}

function input(spec: FakeSpec, now: string) {
  const { article, analysis } = fakeAnalysis(TEXT, spec);
  return { fileName: 'jembatan.txt', article, analysis, extractorVersion: '0.1.0', now };
}

/** Applies edits as a person would (through a YAML editor), recording what they expect to keep. */
function applyEdits(text: string, list: readonly Edit[]) {
  const doc = parseDocument(text);
  const expectSpeaker = new Map<string, string>();
  const deleted = new Set<string>();
  const expectRole = new Map<string, string>();
  let expectTitle: string | null = null;
  const data = () => doc.toJS() as Data;
  for (const e of list) {
    const d = data();
    if (e.kind === 'speaker' && d.quotes[e.quote]) {
      doc.setIn(['quotes', e.quote, 'speaker'], e.value);
      expectSpeaker.set(d.quotes[e.quote]?.text as string, e.value);
    } else if (e.kind === 'delete' && d.quotes[e.quote]) {
      const t = d.quotes[e.quote]?.text as string;
      doc.deleteIn(['quotes', e.quote]);
      deleted.add(t);
      expectSpeaker.delete(t);
    } else if (e.kind === 'title' && doc.has('title')) {
      doc.set('title', e.value);
      expectTitle = e.value;
    } else if (e.kind === 'role' && d.people[e.person]) {
      doc.setIn(['people', e.person, 'role'], e.value);
      expectRole.set(d.people[e.person]?.name as string, e.value);
    }
  }
  return { text: doc.toString({ lineWidth: 0, minContentWidth: 0 }), expectSpeaker, deleted, expectRole, expectTitle };
}

function mergeOk(existing: string, spec: FakeSpec, now: string) {
  const r = mergeSidecar(existing, input(spec, now));
  if (!r.ok) assert.fail(r.error.message);
  return r.value;
}

suite('sidecar merge properties (fast-check)', () => {
  test('without edits, merging a new extraction gives the same data as writing it fresh', () => {
    fc.assert(
      fc.property(engineOutput, engineOutput, (a, b) => {
        const out = mergeOk(buildSidecar(input(a, 't1')), b, 't2');
        const fresh = parse(buildSidecar(input(b, 't2'))) as Data;
        const got = parse(out.text) as Data;
        if (out.changed) assert.deepEqual(got, fresh);
        else assert.deepEqual({ ...got, extracted: 't2' }, fresh);
        assert.deepEqual(out.conflicts, []);
      }),
      { numRuns: 100 },
    );
  });

  test('edits and deletions survive, engine values land elsewhere, the result validates, a second merge is a no-op', () => {
    fc.assert(
      fc.property(engineOutput, engineOutput, edits, (a, b, list) => {
        const person = applyEdits(buildSidecar(input(a, 't1')), list);
        const out = mergeOk(person.text, b, 't2');
        const got = parse(out.text) as Data;
        assert.ok(validateSidecar(got), JSON.stringify(validateSidecar.errors));
        const byText = new Map(got.quotes.map((q) => [q.text, q]));
        for (const t of person.deleted) assert.ok(!byText.has(t), `deleted quote ${t} stays deleted`);
        for (const [t, speaker] of person.expectSpeaker) assert.equal(byText.get(t)?.speaker, speaker, `edited speaker of ${t} kept`);
        for (const [name, role] of person.expectRole) assert.equal(got.people.find((p) => p.name === name)?.role, role);
        if (person.expectTitle !== null) assert.equal(got.title, person.expectTitle);
        else assert.equal(got.title, b.title ?? null);
        assert.equal(got.outlet, b.outlet ?? null);
        for (const q of b.quotes ?? []) {
          if (person.deleted.has(q.text)) continue;
          const found = byText.get(q.text);
          assert.ok(found, `engine quote ${q.text} present`);
          if (!person.expectSpeaker.has(q.text)) assert.equal(found?.speaker, q.speaker);
        }
        const engineTexts = new Set((b.quotes ?? []).map((q) => q.text));
        for (const q of got.quotes) assert.ok(engineTexts.has(q.text) || person.expectSpeaker.has(q.text), `only engine quotes or edited ones: ${q.text}`);
        const again = mergeOk(out.text, b, 't3');
        assert.equal(again.changed, false);
        assert.deepEqual(again.conflicts, []);
      }),
      { numRuns: 100 },
    );
  });
});
