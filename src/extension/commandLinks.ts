/**
 * The one place that turns a command and its arguments into a `command:` link for hover and
 * tooltip Markdown (STYLE.md §8). Arguments are JSON-encoded and URI-escaped; parentheses are
 * escaped too, because Markdown would otherwise end the link at the first `)` inside a path.
 * Markdown that carries such links must allow-list exactly these commands with
 * `isTrusted: { enabledCommands: [...] }`, never `isTrusted: true`.
 */
import * as vscode from 'vscode';
import type { CommandId } from './commandIds';

/** `command:<id>?<escaped JSON array of args>`, safe inside a Markdown link target. */
export function commandUriString(command: CommandId, args: readonly unknown[] = []): string {
  const query = args.length ? `?${encodeURIComponent(JSON.stringify(args))}` : '';
  return `command:${command}${query}`.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** Escapes the characters that would break a Markdown link label. */
export function escapeMarkdownLabel(label: string): string {
  return label.replace(/[\\[\]*_`<>]/g, (c) => `\\${c}`);
}

/** `[label](command:… "tooltip")` */
export function commandLink(label: string, command: CommandId, args: readonly unknown[] = [], tooltip?: string): string {
  const title = tooltip ? ` "${tooltip.replace(/"/g, "'")}"` : '';
  return `[${escapeMarkdownLabel(label)}](${commandUriString(command, args)}${title})`;
}

/** A MarkdownString whose command links may run only the listed commands. */
export function trustedMarkdown(enabledCommands: readonly CommandId[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [...enabledCommands] };
  return md;
}

/**
 * Article text for inline use in hover Markdown: Markdown and HTML characters escaped, line
 * breaks folded into spaces. (MarkdownString.appendText turns every space into `&nbsp;`, which
 * reads the same but makes the Markdown unsearchable for tests and screen readers.)
 */
export function inlineText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}
