/**
 * Suites share one workspace copy, so a suite that writes files puts the workspace back as it found
 * it: `snapshotWorkspace()` in suiteSetup records every file under the workspace folder (path and
 * bytes), and `restore()` in suiteTeardown deletes files the suite created and rewrites files it
 * changed. Another suite then sees the fixture corpus exactly as the harness copied it.
 */
import * as vscode from 'vscode';

export interface WorkspaceSnapshot {
  restore(): Promise<void>;
}

async function listFiles(dir: vscode.Uri, out: vscode.Uri[]): Promise<vscode.Uri[]> {
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    const child = vscode.Uri.joinPath(dir, name);
    // Settings are the configuration API's business (suites reset what they set), not a fixture.
    if (name === '.vscode') continue;
    if (type & vscode.FileType.Directory) await listFiles(child, out);
    else if (type & vscode.FileType.File) out.push(child);
  }
  return out;
}

export async function snapshotWorkspace(): Promise<WorkspaceSnapshot> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('the harness opens a workspace folder');
  const before = new Map<string, Uint8Array>();
  for (const uri of await listFiles(folder, [])) before.set(uri.toString(), await vscode.workspace.fs.readFile(uri));
  return {
    async restore() {
      for (const uri of await listFiles(folder, [])) {
        if (!before.has(uri.toString())) await vscode.workspace.fs.delete(uri);
      }
      for (const [key, bytes] of before) {
        const uri = vscode.Uri.parse(key, true);
        let current: Uint8Array | undefined;
        try {
          current = await vscode.workspace.fs.readFile(uri);
        } catch {
          current = undefined;
        }
        if (!current || Buffer.compare(Buffer.from(current), Buffer.from(bytes)) !== 0) await vscode.workspace.fs.writeFile(uri, bytes);
      }
    },
  };
}
