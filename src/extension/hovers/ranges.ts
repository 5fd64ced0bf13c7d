/** Conversions from the core's offsets (UTF-16, end exclusive) to editor ranges, in one place. */
import * as vscode from 'vscode';
import { fromEditorPosition, toEditorPosition, type Article, type Span } from '../../core';

export function toPosition(article: Article, offset: number): vscode.Position {
  const p = toEditorPosition(article, offset);
  return new vscode.Position(p.line, p.character);
}

export function spanToRange(article: Article, span: Span): vscode.Range {
  return new vscode.Range(toPosition(article, span.start), toPosition(article, span.end));
}

/** The whole text of a 0-based line, without its line break. */
export function lineRange(article: Article, line: number): vscode.Range {
  const l = article.lines[line];
  return l ? spanToRange(article, { start: l.start, end: l.end }) : new vscode.Range(line, 0, line, 0);
}

export function offsetAt(article: Article, position: vscode.Position): number {
  return fromEditorPosition(article, { line: position.line, character: position.character });
}

/** True when the character at `offset` lies in the span (end exclusive, as the core's spans are). */
export function spanContains(span: Span, offset: number): boolean {
  return offset >= span.start && offset < span.end;
}
