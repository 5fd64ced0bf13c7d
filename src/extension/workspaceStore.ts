/**
 * Where the corpus lives and how its files are read, through `vscode.workspace.fs` only (the
 * extension runs in VS Code for the web, where there is no `fs`).
 */
import * as vscode from 'vscode';

/** The folders whose articles form the corpus: corpusReview.corpusFolders, or every workspace folder. */
export function corpusRoots(): vscode.Uri[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const configured = vscode.workspace.getConfiguration('corpusReview').get<string[]>('corpusFolders', []).filter((f) => typeof f === 'string' && f.trim());
  if (!configured.length) return folders.map((f) => f.uri);
  const roots: vscode.Uri[] = [];
  for (const folder of folders) {
    for (const rel of configured) {
      const clean = rel.replace(/\\/g, '/').replace(/^\.?\/+/, '').replace(/\/+$/, '');
      // In a multi-root workspace "<folder name>/sub" names a folder of that root.
      if (folders.length > 1 && clean.split('/')[0] !== folder.name && !clean.startsWith('/')) continue;
      const inner = folders.length > 1 ? clean.split('/').slice(1).join('/') : clean;
      roots.push(inner ? vscode.Uri.joinPath(folder.uri, inner) : folder.uri);
    }
  }
  return roots;
}

/** The file's text, or null when it does not exist or cannot be read. */
export async function readOptionalText(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}
