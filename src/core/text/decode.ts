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
  const probe = Math.min(bytes.length, 8192);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { ok: false, reason: 'binary', message: `file looks binary (NUL byte at offset ${i})` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: 'invalid-utf8', message: `invalid UTF-8 at byte offset ${at}` };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  if (hadBom) text = text.slice(1);
  return { ok: true, text, hadBom, lineEnding: detectLineEnding(text) };
}

function detectLineEnding(text: string): 'lf' | 'crlf' | 'cr' | 'mixed' | 'none' {
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
