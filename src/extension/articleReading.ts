/**
 * One article as the corpus index reads it: stat it (and its sidecar) against its cache entry's stamps,
 * read the two files only when the entry no longer matches, and summarise what was read (from an
 * up-to-date sidecar when there is one, otherwise with the engine). Through `vscode.workspace.fs`
 * only (sidecarPaths, workspaceStore), so it runs in VS Code for the web too. Never throws.
 */
import * as vscode from 'vscode';
import type { IndexAnalyzeOptions } from './indexProcess/client';
import { stampsCurrent } from '../core/cache';
import type { ArticleSummary } from '../core/corpus';
import { summarizeTexts as summarizeArticleTexts } from './articleSummaries';
import { statStamp, type ArticleStamps } from './corpusIndexCache';
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
  analyzeOptions(): IndexAnalyzeOptions;
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
  const check = await checkArticle(uri, recorded, sidecarMayExist, context);
  if (check.current) return { current: true, stamps: check.stamps };
  return { current: false, stamps: check.stamps, inputs: await readInputs(uri, check.sidecarUri) };
}

/** What checkArticle found: whether the recorded stamps are current, the stamps, and the sidecar's Uri when one may exist. */
export interface Check {
  readonly current: boolean;
  readonly stamps: ArticleStamps | undefined;
  readonly sidecarUri: vscode.Uri | undefined;
}

/** The stat half of inspectArticle: nothing is read. */
export async function checkArticle(uri: vscode.Uri, recorded: ArticleStamps | undefined, sidecarMayExist: boolean, context: ReadingContext): Promise<Check> {
  // No sidecar Uri for an article without one (most of a corpus not extracted yet): 100,000 on a reopen.
  const sidecarUri = sidecarMayExist ? context.sidecarUriFor(uri) : undefined;
  const [article, sidecar] = await Promise.all([statStamp(uri), sidecarUri ? statStamp(sidecarUri) : null]);
  return { current: stampsCurrent(recorded, article, sidecar), stamps: article ? { article, sidecar } : undefined, sidecarUri };
}

/** The read half of inspectArticle: the article's text (an open editor's first) and its sidecar's. */
export async function readInputs(uri: vscode.Uri, sidecarUri: vscode.Uri | undefined): Promise<ArticleInputs> {
  const [read, sidecarText] = await Promise.all([readArticleText(uri), sidecarUri ? readOptionalText(sidecarUri) : null]);
  return { read, sidecarText };
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
  return summarizeArticleTexts(id, baseName(uri), read, sidecarText, context.isConflicted(id), context.analyzeOptions());
}
