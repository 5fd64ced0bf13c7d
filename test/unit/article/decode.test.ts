/**
 * Decoding with one shared decoder, a native NUL search and a line-ending count that skips files
 * without a carriage return must answer as the plain decoding did, on any bytes, in any order
 * (a refused file must not disturb the next one). Lines found by a native search for line feeds
 * must be the lines the editor shows.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeArticleBytes, firstInvalidUtf8, type DecodeResult } from '../../../src/core/text/decode';
import { parseArticle } from '../../../src/core/article/article';

function plainDecode(bytes: Uint8Array): DecodeResult {
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) return { ok: false, reason: 'binary', message: `file looks binary (NUL byte at offset ${i})` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'invalid-utf8', message: `invalid UTF-8 at byte offset ${firstInvalidUtf8(bytes)}` };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  if (hadBom) text = text.slice(1);
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
  const lineEnding = kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : crlf ? 'crlf' : lf ? 'lf' : 'cr';
  return { ok: true, text, hadBom, lineEnding };
}

const piece = fc.constantFrom('Bupati ', 'é', '“', '\r', '\n', '\r\n', '\uFEFF', 'x');
const bytes = fc.oneof(
  fc.array(piece, { maxLength: 12 }).map((p) => new TextEncoder().encode(p.join(''))),
  fc.uint8Array({ maxLength: 24 }),
  fc.array(fc.constantFrom(0x41, 0x0a, 0x0d, 0x00, 0xc3, 0xa9, 0xff, 0xef, 0xbb, 0xbf), { maxLength: 16 }).map((a) => Uint8Array.from(a)),
);

suite('decode', () => {
  test('any bytes, in any order, decode as the plain decoding did', () => {
    fc.assert(fc.property(fc.array(bytes, { minLength: 1, maxLength: 5 }), (files) => {
      for (const b of files) assert.deepEqual(decodeArticleBytes(b), plainDecode(b));
    }), { numRuns: 3000 });
  });

  test('a NUL byte counts only in the first 8 KiB', () => {
    for (const at of [0, 8191, 8192, 9000]) {
      const b = new Uint8Array(9001).fill(0x61);
      b[at] = 0;
      assert.deepEqual(decodeArticleBytes(b), plainDecode(b), `NUL at ${at}`);
      assert.equal(decodeArticleBytes(b).ok, at >= 8192, `NUL at ${at}`);
    }
  });
});

suite('article lines', () => {
  test('lines of any text are the editor\'s: split on CRLF, LF or a lone CR, with offsets into the text', () => {
    const text = fc.array(fc.constantFrom('satu', ' ', '\n', '\r', '\r\n', '\n\n', 'é', '\uFEFF'), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (raw) => {
        const a = parseArticle(raw);
        const body = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
        const breaks = body.split(/\r\n|\n|\r/u);
        assert.deepEqual(a.lines.map((l) => l.text), breaks);
        a.lines.forEach((l, i) => {
          assert.equal(l.index, i);
          assert.equal(body.slice(l.start, l.end), l.text);
        });
      }),
      { numRuns: 3000 },
    );
  });
});
