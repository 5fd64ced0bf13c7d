/** A folder walk's listing (src/core/corpus/folderListing.ts): ids kept as ranges of one string per folder, and rows that a store takes as they are. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SummaryStore } from '../../../src/core/corpus';
import { FolderListing } from '../../../src/core/corpus/folderListing';

suite('corpus: folder listing', () => {
  test('gives back every id in order, with its row, across folders and a folder met again', () => {
    const ids = ['file:///c/a/01.txt', 'file:///c/a/02%20b.txt', 'file:///c/a/b/03.txt', 'file:///c/README', 'file:///c/a/04.txt'];
    const listing = new FolderListing();
    ids.forEach((id, i) => listing.add(id, i === 1 ? 7 : -1));
    assert.equal(listing.length, ids.length);
    assert.deepEqual(ids.map((_, i) => listing.idAt(i)), ids);
    assert.deepEqual(ids.map((_, i) => listing.rowAt(i)), [-1, 7, -1, -1, -1]);
    const first = listing.rangeAt(0);
    assert.equal(first.prefix, 'file:///c/a/');
    assert.equal(listing.rangeAt(1).text, first.text, 'one string for the names of a folder listed in one go');
    assert.equal(first.text.slice(first.start, first.end), '01.txt');
    listing.forgetRows();
    assert.equal(listing.rowAt(1), -1);
    listing.setRow(1, 3);
    assert.equal(listing.rowAt(1), 3);
    assert.throws(() => listing.add('README', -1), /needs a '\/'/);
  });

  test('a store given the ranges finds every id, and keeps no id string (property)', () => {
    const segment = fc.stringMatching(/^[a-z0-9%._ -]{1,12}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(segment, { minLength: 1, maxLength: 3 }), segment), { minLength: 1, maxLength: 40 }), (files) => {
        const ids = [...new Set(files.map(([dirs, name]) => `file:///root/${dirs.join('/')}/${name}`))];
        const listing = new FolderListing();
        for (const id of ids) listing.add(id, -1);
        const store = new SummaryStore();
        for (let i = 0; i < listing.length; i++) {
          const r = listing.rangeAt(i);
          const prefix = store.idPrefix(r.prefix);
          const text = store.idText(r.text);
          assert.equal(store.rowOfRange(prefix, text, r.start, r.end), -1);
          listing.setRow(i, store.addRange(prefix, text, r.start, r.end, r.text));
        }
        ids.forEach((id, i) => {
          assert.equal(listing.idAt(i), id);
          assert.equal(store.rowOf(id), listing.rowAt(i));
          assert.equal(store.idAt(listing.rowAt(i)), id);
        });
      }),
      { numRuns: 300 },
    );
  });
});
