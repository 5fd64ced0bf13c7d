/**
 * One article as the corpus index reads it: stat it (and its sidecar) against its cache entry's stamps,
 * read the two files only when the entry no longer matches, and summarise what was read (from an
 * up-to-date sidecar when there is one, otherwise with the engine). Through `vscode.workspace.fs`
 * only (sidecarPaths, workspaceStore), so it runs in VS Code for the web too. Never throws.
 */
import * as vscode from 'vscode';
import { analyzeText, type AnalyzeOptions, type ArticleAnalysis } from '../core';
import { stampsCurrent } from '../core/cache';
import { countNonBlankLines, pendingSummary, summarize, summarizeFromSidecar, type ArticleSummary } from '../core/corpus';
import { statStamp, type ArticleStamps } from './corpusIndexCache';
import { readSidecarText, sidecarState } from './reviewSidecar';
import { baseName, readArticleText } from './sidecarPaths';
import { readOptionalText } from './workspaceStore';

export interface ArticleInputs {
  readonly read: Awaited<ReturnType<typeof readArticleText>>;
  readonly sidecarText: string | null;
}

/** What inspectArticle found: the cache entry still current (nothing read), or the article's inputs. `stamps` is undefined when the article could not be stat'ed (gone). */
export type Inspection = { readonly current: true; readonly stamps: ArticleStamps | undefined } | { readonly current: false; readonly stamps: ArticleStamps | undefined; readonly inputs: ArticleInputs };

/** What reading needs from the index: where sidecars live, how the engine runs, this session's conflict marks. */
export interface ReadingContext {
  sidecarUriFor(uri: vscode.Uri): vscode.Uri;
  analyzeOptions(): AnalyzeOptions;
  isConflicted(id: string): boolean;
}

/**
 * Stats an article (and its sidecar when it may exist): when the recorded stamps (a cache entry's)
 * still match both,
 * nothing is read; otherwise the article and its sidecar are read for summarizeInputs. Stats come
 * first, so a file changing meanwhile leaves an entry that is stale next time, never one wrongly
 * current.
 */
export async function inspectArticle(uri: vscode.Uri, recorded: ArticleStamps | undefined, sidecarMayExist: boolean, context: ReadingContext): Promise<Inspection> {
  // No sidecar Uri for an article without one (most of a corpus not extracted yet): 100,000 on a reopen.
  const sidecarUri = sidecarMayExist ? context.sidecarUriFor(uri) : undefined;
  const [article, sidecar] = await Promise.all([statStamp(uri), sidecarUri ? statStamp(sidecarUri) : null]);
  const stamps = article ? { article, sidecar } : undefined;
  if (stampsCurrent(recorded, article, sidecar)) return { current: true, stamps };
  const [read, sidecarText] = await Promise.all([readArticleText(uri), sidecarUri ? readOptionalText(sidecarUri) : null]);
  return { current: false, stamps, inputs: { read, sidecarText } };
}

/**
 * The summary of an article from its text and sidecar; an unreadable file becomes a summary with
 * `error`. Its strings are copied out: the engine's and the YAML parser's are slices of the whole
 * article or sidecar text, and 100,000 summaries would otherwise keep 100,000 texts alive.
 */
export function summarizeInputs(uri: vscode.Uri, inputs: ArticleInputs, context: ReadingContext): ArticleSummary {
  return JSON.parse(JSON.stringify(summarizeTexts(uri, inputs, context))) as ArticleSummary;
}

function summarizeTexts(uri: vscode.Uri, { read, sidecarText }: ArticleInputs, context: ReadingContext): ArticleSummary {
  const id = uri.toString();
  const name = baseName(uri);
  const reading = sidecarText === null ? null : readSidecarText(sidecarText);
  if (!read.ok) {
    const base = pendingSummary(id, name);
    return { ...base, indexed: true, sidecar: reading === null ? 'missing' : reading.ok ? 'fresh' : 'invalid', status: reading?.ok ? (reading.facts.status ?? 'unreviewed') : 'unreviewed', error: read.message };
  }
  const state = sidecarState(reading, read.text, context.isConflicted(id));
  // An up-to-date sidecar already holds what the views show: no need to run the engine.
  if (reading?.ok && (state === 'fresh' || state === 'conflict')) return summarizeFromSidecar(id, name, reading.facts, state, countNonBlankLines(read.text));
  let analysis: ArticleAnalysis;
  try {
    analysis = analyzeText(read.text, context.analyzeOptions()).analysis;
  } catch (e) {
    return { ...pendingSummary(id, name), indexed: true, sidecar: state, error: `the engine failed: ${(e as Error).message}` };
  }
  return summarize(id, name, analysis, state, reading?.ok ? reading.facts : {});
}
