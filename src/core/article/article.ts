/**
 * The article model: the text as VS Code's TextDocument holds it (BOM removed), split into lines
 * on \r\n, \n or a lone \r exactly as the editor splits them, so that every offset the engine
 * reports lands on the same character in the editor, the CLI's JSONL and the sidecar.
 *
 * Offsets are UTF-16 code units into `text` (JavaScript's native indexing); lines are 0-based.
 * Conversions to the 1-based, code-point, end-inclusive positions of the sidecar and the JSONL
 * output live here and nowhere else.
 */
export interface Line {
  /** 0-based line index. */
  readonly index: number;
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset just past the last character, before the line break. */
  readonly end: number;
  readonly text: string;
}

export interface Article {
  readonly text: string;
  readonly lines: readonly Line[];
}

/** A 1-based line and 1-based column counted in Unicode code points (the gold/JSONL/sidecar form). */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** A 0-based line and UTF-16 character (the editor's form). */
export interface EditorPosition {
  readonly line: number;
  readonly character: number;
}

const BOM = '\uFEFF';

/** Removes a leading byte-order mark: the editor hides it, so offsets must not count it. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export function parseArticle(rawText: string): Article {
  const text = stripBom(rawText);
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  if (text.indexOf('\r') === -1) {
    // Only line feeds end lines (most files): the native search finds them faster than a loop over every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
    lines.push({ index: lines.length, start, end: n, text: text.slice(start, n) });
    return { text, lines };
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || c === 13 /* \r */) {
      lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ index: lines.length, start, end: n, text: text.slice(start, n) });
  return { text, lines };
}

/** The index of the line holding `offset` (binary search; an offset on a line break belongs to the line before it). */
export function lineIndexAt(article: Article, offset: number): number {
  const lines = article.lines;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines[mid] as Line).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function toEditorPosition(article: Article, offset: number): EditorPosition {
  const li = lineIndexAt(article, offset);
  const line = article.lines[li] as Line;
  return { line: li, character: Math.min(offset, line.end) - line.start };
}

export function fromEditorPosition(article: Article, pos: EditorPosition): number {
  const line = article.lines[Math.max(0, Math.min(pos.line, article.lines.length - 1))] as Line;
  return Math.min(line.start + Math.max(0, pos.character), line.end);
}

/** Counts code points in text.slice(from, to): a surrogate pair counts once. */
function codePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    count++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return count;
}

/** 1-based line, 1-based code-point column of the character at `offset`. */
export function toLineColumn(article: Article, offset: number): LineColumn {
  const li = lineIndexAt(article, offset);
  const line = article.lines[li] as Line;
  return { line: li + 1, column: codePoints(article.text, line.start, Math.min(offset, line.end)) + 1 };
}

/** Inverse of toLineColumn. Out-of-range positions are clamped to the text. */
export function fromLineColumn(article: Article, pos: LineColumn): number {
  const line = article.lines[Math.max(0, Math.min(pos.line - 1, article.lines.length - 1))] as Line;
  let offset = line.start;
  for (let k = 1; k < pos.column && offset < line.end; k++) {
    const c = article.text.charCodeAt(offset);
    offset += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return Math.min(offset, line.end);
}

/** True when the line holds nothing but white space (including no-break spaces scrapers leave). */
export function isBlank(text: string): boolean {
  return /^[\s\u00a0\u200b\ufeff]*$/.test(text);
}
