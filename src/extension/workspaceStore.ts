/**
 * Where the corpus lives and how its files are read, through `vscode.workspace.fs` only (the
 * extension runs in VS Code for the web, where there is no `fs`).
 */
import * as vscode from 'vscode';
import { CACHE_DIR } from '../core/cache';

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

/** Folders never walked: tools' state, not corpora. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode']);

/**
 * Every article under `roots` as its Uri string (each once, in walk order: strings, because
 * 100,000 kept Uris cost tens of MB while a pass runs), the Uri strings of every sidecar seen,
 * and the folders holding an index cache (`.corpus-review/`, e.g. where the CLI ran), walking with readDirectory (findFiles has no provider on some web file systems). Yields
 * to the host between slices; returns what it found so far when `isCancelled` turns true.
 */
export async function walkCorpus(
  roots: readonly vscode.Uri[],
  isArticle: (uri: vscode.Uri) => boolean,
  sidecarSuffix: string,
  isCancelled: () => boolean,
  yieldSlice: () => Promise<void>,
): Promise<{ articles: string[]; sidecars: Set<string>; cacheFolders: vscode.Uri[] }> {
  const articles: string[] = [];
  const sidecars = new Set<string>();
  const cacheFolders: vscode.Uri[] = [];
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length && !isCancelled()) {
    const dir = queue.shift() as vscode.Uri;
    let children: [string, vscode.FileType][];
    try {
      children = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue; // a configured folder that does not exist, or one we may not read
    }
    for (const [name, type] of children) {
      const child = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) {
        if (name === CACHE_DIR) cacheFolders.push(dir);
        else if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) queue.push(child);
      } else if (type & vscode.FileType.File && name.endsWith(sidecarSuffix)) {
        sidecars.add(child.toString());
      } else if (type & vscode.FileType.File && isArticle(child) && !seen.has(child.toString())) {
        seen.add(child.toString());
        articles.push(child.toString());
      }
    }
    await yieldSlice();
  }
  return { articles, sidecars, cacheFolders };
}
