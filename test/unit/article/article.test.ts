import * as assert from 'node:assert/strict';
import { fromLineColumn, parseArticle, toEditorPosition, toLineColumn } from '../../../src/core/article/article';
import { decodeArticleBytes } from '../../../src/core/text/decode';

suite('article model', () => {
  test('splits on LF, CRLF and lone CR like the editor, with line text free of breaks', () => {
    const a = parseArticle('satu\r\ndua\rtiga\nempat');
    assert.deepEqual(a.lines.map((l) => l.text), ['satu', 'dua', 'tiga', 'empat']);
    assert.equal(a.lines[1]?.start, 6);
    assert.equal(a.text.slice(a.lines[2]!.start, a.lines[2]!.end), 'tiga');
  });

  test('drops a BOM so offsets match the editor', () => {
    const a = parseArticle('\uFEFFJudul\nisi');
    assert.equal(a.text, 'Judul\nisi');
    assert.deepEqual(toEditorPosition(a, 6), { line: 1, character: 0 });
  });

  test('columns count code points, 1-based; round trip', () => {
    const a = parseArticle('😀 “Halo,” ujarnya.');
    const open = a.text.indexOf('“');
    assert.deepEqual(toLineColumn(a, open), { line: 1, column: 3 });
    assert.equal(fromLineColumn(a, { line: 1, column: 3 }), open);
  });

  test('decode refuses invalid UTF-8 and binaries with the byte offset, keeps CRLF', () => {
    const bad = decodeArticleBytes(new Uint8Array([0x41, 0x42, 0xff, 0x43]));
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.message, /invalid UTF-8 at byte offset 2/);
    const bin = decodeArticleBytes(new Uint8Array([0x41, 0x00, 0x42]));
    assert.equal(bin.ok ? '' : bin.reason, 'binary');
    const crlf = decodeArticleBytes(new TextEncoder().encode('\uFEFFa\r\nb'));
    assert.ok(crlf.ok && crlf.hadBom && crlf.lineEnding === 'crlf' && crlf.text === 'a\r\nb');
  });
});
