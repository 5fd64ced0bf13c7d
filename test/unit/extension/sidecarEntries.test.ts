/**
 * The sidecar hover's locator: which entry of a sidecar's YAML is under the cursor and how it
 * points back into the article. Pure (yaml only), so it runs in plain node.
 */
import * as assert from 'node:assert/strict';
import { locateSidecarEntry } from '../../../src/extension/hovers/sidecarEntries';

const SIDECAR = [
  '# Corpus Review sidecar',
  'schema: corpus-review/v1',
  'source:',
  '  file: 01-pasar.txt',
  '  sha256: 0000',
  '  lines: 14',
  'title: Pasar Rakyat Dibuka Kembali',
  'date:',
  '  iso: 2024-10-14',
  '  raw: Senin (14/10/2024)',
  '  start: {line: 2, column: 140}',
  '  end: {line: 2, column: 157}',
  'authors:',
  '  - Dimas',
  'quotes:',
  '  - text: Pasar ini milik bersama.',
  '    speaker: Hendra Wiratama',
  '    cue: tegas Hendra',
  '    start: {line: 4, column: 1}',
  '    end: {line: 4, column: 110}',
  '  - text: Tidak ada pedagang lama yang tertinggal.',
  '    speaker: Sri Wahyuni',
  '    start: "8:1"',
  '    end: "8:95"',
  'boilerplate:',
  '  - kind: related',
  '    lines: [5, 5]',
  '    text: "Baca Juga : Jembatan"',
  'people:',
  '  - name: Hendra Wiratama',
  '    aliases: [Hendra]',
  'review:',
  '  status: unreviewed',
  '',
].join('\n');

function at(needle: string, into = 1): number {
  const i = SIDECAR.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i + into;
}

suite('sidecar hover: locating the entry under the cursor', () => {
  test('reads the article name from source.file', () => {
    assert.equal(locateSidecarEntry(SIDECAR, 0).articleName, '01-pasar.txt');
  });

  test('a quote entry points at its start and end line/column, from any of its fields', () => {
    for (const needle of ['Pasar ini milik', 'speaker: Hendra', 'cue: tegas', 'end: {line: 4']) {
      const { entry } = locateSidecarEntry(SIDECAR, at(needle));
      assert.equal(entry?.section, 'quotes', needle);
      assert.deepEqual(entry?.locator, { kind: 'lineColumn', start: { line: 4, column: 1 }, end: { line: 4, column: 110 } });
      assert.equal(entry?.label, 'Hendra Wiratama');
    }
  });

  test('the second quote, with the compact "line:column" form a person may type', () => {
    const { entry } = locateSidecarEntry(SIDECAR, at('speaker: Sri'));
    assert.deepEqual(entry?.locator, { kind: 'lineColumn', start: { line: 8, column: 1 }, end: { line: 8, column: 95 } });
    const range = entry?.range ?? [0, 0];
    assert.ok(SIDECAR.slice(range[0], range[1]).startsWith('text: Tidak ada'), 'the range covers that entry only');
  });

  test('boilerplate runs point at their lines; the date at its span; people and the title at their text', () => {
    assert.deepEqual(locateSidecarEntry(SIDECAR, at('kind: related')).entry?.locator, { kind: 'lines', first: 5, last: 5 });
    assert.deepEqual(locateSidecarEntry(SIDECAR, at('raw: Senin')).entry?.locator, { kind: 'lineColumn', start: { line: 2, column: 140 }, end: { line: 2, column: 157 } });
    assert.deepEqual(locateSidecarEntry(SIDECAR, at('aliases: [Hendra]')).entry?.locator, { kind: 'text', text: 'Hendra Wiratama' });
    assert.deepEqual(locateSidecarEntry(SIDECAR, at('Pasar Rakyat Dibuka', 3)).entry?.locator, { kind: 'text', text: 'Pasar Rakyat Dibuka Kembali' });
    assert.deepEqual(locateSidecarEntry(SIDECAR, at('- Dimas', 3)).entry?.locator, { kind: 'text', text: 'Dimas' });
  });

  test('keys that point at nothing in the article give no entry', () => {
    for (const needle of ['schema:', 'sha256: 0000', 'status: unreviewed', '# Corpus']) {
      assert.equal(locateSidecarEntry(SIDECAR, at(needle)).entry, null, needle);
    }
  });

  test('a malformed sidecar gives no entry and does not throw', () => {
    assert.doesNotThrow(() => locateSidecarEntry('quotes: [unclosed\n  - {', 5));
    assert.equal(locateSidecarEntry('quotes: [unclosed\n  - {', 5).entry, null);
  });
});
