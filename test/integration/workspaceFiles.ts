/** Files of the fixture workspace the harness opens, read and written through vscode.workspace.fs. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness opens a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The file's text; throws when it is missing (see corpusApi.readText for the null-when-missing form). */
export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}
