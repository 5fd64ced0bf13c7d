/**
 * Which files are the corpus's articles: the corpus roots (corpusReview.corpusFolders, or every
 * workspace folder), the article glob and the sidecar suffix, read from the settings once per
 * change (the corpus index asks for every file it meets).
 */
import * as vscode from 'vscode';
import { Minimatch } from 'minimatch';
import type { SummaryStore } from '../core/corpus';
import { sidecarSuffix } from './sidecarPaths';
import { corpusRoots } from './workspaceStore';

export interface CorpusSettings {
  readonly roots: vscode.Uri[];
  readonly glob: Minimatch;
  readonly suffix: string;
  /** corpusReview.indexing.separateProcess: when an indexing pass reads and summarises in a child process (see indexProcess/client.ts). */
  readonly separateProcess: SeparateProcess;
}

export type SeparateProcess = 'auto' | 'always' | 'never';

/**
 * Listed articles from which `auto` indexes in a separate process: below it, starting a process
 * and loading the engine there (about 0.3 s) costs more than the host's memory it saves.
 */
export const SEPARATE_PROCESS_FROM = 2000;

/** Whether a pass over `listed` articles uses an index process under `setting`. */
export function usesSeparateProcess(setting: SeparateProcess, listed: number): boolean {
  return setting === 'always' || (setting === 'auto' && listed >= SEPARATE_PROCESS_FROM);
}

export function readCorpusSettings(): CorpusSettings {
  return {
    roots: corpusRoots(),
    glob: new Minimatch(vscode.workspace.getConfiguration('corpusReview').get<string>('articleGlob', '**/*.txt'), { dot: false }),
    suffix: sidecarSuffix(),
    separateProcess: vscode.workspace.getConfiguration('corpusReview').get<SeparateProcess>('indexing.separateProcess', 'auto'),
  };
}

/** Whether `uri` is an article of the corpus: inside a corpus folder, matching the glob, not a sidecar or temp file. */
export function isArticleOf({ roots, glob, suffix }: CorpusSettings, uri: vscode.Uri): boolean {
  if (uri.path.endsWith(suffix) || /\.tmp-[a-z0-9]+$/.test(uri.path)) return false;
  return roots.some((root) => {
    if (root.scheme !== uri.scheme || root.authority !== uri.authority) return false;
    const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
    return uri.path.startsWith(base) && glob.match(uri.path.slice(base.length));
  });
}

/**
 * The listed article whose sidecar `uri` is, if any: the sidecar's stem with each extension the
 * corpus's articles have (a table of sidecar names would cost a string per article).
 */
export function articleOfSidecar(store: Pick<SummaryStore, 'has' | 'extensions'>, uri: vscode.Uri, suffix: string): string | undefined {
  if (!uri.path.endsWith(suffix)) return undefined;
  const stemPath = uri.path.slice(0, -suffix.length);
  if (stemPath.endsWith('/')) return undefined;
  for (const extension of store.extensions()) {
    const id = uri.with({ path: stemPath + extension }).toString();
    if (store.has(id)) return id;
  }
  return undefined;
}
