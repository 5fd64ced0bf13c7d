/**
 * Where the corpus lives and how its files are read: folders through `vscode.workspace.fs` (the
 * extension runs in VS Code for the web, where there is no `fs`), files through localFiles.ts
 * (Node's fs for a local file, workspace.fs otherwise).
 */
import * as vscode from 'vscode';
import { CACHE_DIR } from '../core/cache';
import { FolderListing } from '../core/corpus/folderListing';
import { sidecarPathFor } from '../core/sidecar';
import { readBytes } from './localFiles';

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
    const bytes = await readBytes(uri);
    return bytes === null ? null : new TextDecoder('utf-8').decode(bytes);
  } catch {
    return null;
  }
}

/** Folders never walked: tools' state, not corpora. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode']);

/**
 * Every article under `roots`, in walk order, as a FolderListing (each id a range of its folder's
 * joined names, not a string: 100,000 id strings kept through a cold pass were enough to make V8
 * double the host's young generation; see folderListing.ts) with its row in the store that `known`
 * looks up, or -1 (on a reopen every article is already shown); whether each has a sidecar beside
 * it (`hasSidecar[i]` for entry i, 1 or 0: found from the folder's own listing, so no sidecar name
 * is kept); and the folders holding an index cache (`.corpus-review/`, e.g. where the CLI ran),
 * walking with readDirectory (findFiles has no provider on some web file systems).
 * Yields to the host between slices; returns what it found so far when `isCancelled` turns true.
 */
export async function walkCorpus(
  roots: readonly vscode.Uri[],
  isArticle: (uri: vscode.Uri) => boolean,
  sidecarSuffix: string,
  isCancelled: () => boolean,
  yieldSlice: () => Promise<void>,
  known: (id: string) => number = () => -1,
): Promise<{ listing: FolderListing; hasSidecar: number[]; cacheFolders: vscode.Uri[] }> {
  const listing = new FolderListing();
  const hasSidecar: number[] = [];
  const cacheFolders: vscode.Uri[] = [];
  // Only roots inside one another can list a file twice: with one root, no set of 100,000 ids.
  const seen = roots.length > 1 ? new Set<string>() : undefined;
  const queue = [...roots];
  while (queue.length && !isCancelled()) {
    const dir = queue.shift() as vscode.Uri;
    let children: [string, vscode.FileType][];
    try {
      children = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue; // a configured folder that does not exist, or one we may not read
    }
    const sidecarNames = new Set<string>();
    for (const [name, type] of children) if (type & vscode.FileType.File && name.endsWith(sidecarSuffix)) sidecarNames.add(name);
    for (const [name, type] of children) {
      if (type & vscode.FileType.Directory) {
        if (name === CACHE_DIR) cacheFolders.push(dir);
        else if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) queue.push(vscode.Uri.joinPath(dir, name));
        continue;
      }
      if (!(type & vscode.FileType.File) || name.endsWith(sidecarSuffix)) continue;
      const child = vscode.Uri.joinPath(dir, name);
      if (!isArticle(child)) continue;
      const id = child.toString();
      if (seen?.has(id)) continue;
      seen?.add(id);
      listing.add(id, known(id));
      // The sidecar rule (sidecarPathFor) keeps the folder: on a bare name it gives the sidecar's name.
      hasSidecar.push(sidecarNames.size && sidecarNames.has(sidecarPathFor(name, sidecarSuffix)) ? 1 : 0);
    }
    await yieldSlice();
  }
  listing.close();
  return { listing, hasSidecar, cacheFolders };
}
