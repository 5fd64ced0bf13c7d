/**
 * A sidecar's byte-level habits that the YAML printer would otherwise change: a leading BOM and
 * CRLF line ends (a reviewer's editor on Windows may save either). Merges and review edits put
 * them back, so a file changes only where its content changes.
 */
export interface TextStyle {
  readonly bom: boolean;
  readonly crlf: boolean;
}

export function textStyleOf(text: string): TextStyle {
  const firstBreak = text.indexOf('\n');
  return { bom: text.charCodeAt(0) === 0xfeff, crlf: firstBreak > 0 && text.charCodeAt(firstBreak - 1) === 13 };
}

export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `text` as printed by the YAML library (LF, no BOM), in the file's own style. */
export function inStyle(text: string, style: TextStyle): string {
  const ends = style.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return style.bom ? `\uFEFF${ends}` : ends;
}
