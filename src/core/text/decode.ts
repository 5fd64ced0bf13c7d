/**
 * Turns the bytes of a file into article text, or says clearly why it cannot.
 * TextDecoder is a global in Node and in browsers, so this stays pure and works on the web.
 */
export type DecodeResult =
  | { ok: true; text: string; hadBom: boolean; lineEnding: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none' }
  | { ok: false; reason: 'invalid-utf8' | 'binary' | 'too-large'; message: string };

/** Articles beyond this size are refused: no real news article is this long, and analysing one would stall a batch. */
export const DEFAULT_MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

export function decodeArticleBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): DecodeResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: 'too-large', message: `file is ${bytes.length} bytes, over the limit of ${maxBytes} bytes for one article` };
  }
  // A NUL byte in the first 8 KiB is the usual sign of a binary file (git uses the same test).
  const nul = bytes.subarray(0, Math.min(bytes.length, 8192)).indexOf(0);
  if (nul !== -1) return { ok: false, reason: 'binary', message: `file looks binary (NUL byte at offset ${nul})` };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: 'invalid-utf8', message: `invalid UTF-8 at byte offset ${at}` };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  if (hadBom) text = text.slice(1);
  return { ok: true, text, hadBom, lineEnding: detectLineEnding(text) };
}

/** One decoder for every file: a decode call that is not streamed starts afresh, so the decoder can be shared. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function detectLineEnding(text: string): 'lf' | 'crlf' | 'cr' | 'mixed' | 'none' {
  // Without a carriage return (most files) only line feeds can end lines: no need to count the three kinds.
  if (text.indexOf('\r') === -1) return text.indexOf('\n') === -1 ? 'none' : 'lf';
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf ? 'crlf' : lf ? 'lf' : 'cr';
}

/** Byte offset of the first malformed UTF-8 sequence (for the error message). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}
