/**
 * An article's summary from what was read of it (its text or why it could not be read, and its
 * sidecar's text): the part of reading an article that needs neither vscode nor fs, so that the
 * extension host (articleReading.ts) and the index process (indexProcess/child.ts) make the same
 * summaries, with the same error messages, from the same bytes.
 */
import { analyzeText, decodeArticleBytes, type AnalyzeOptions, type ArticleAnalysis } from '../core';
import { countNonBlankLines, pendingSummary, summarize, summarizeFromSidecar, type ArticleSummary } from '../core/corpus';
import { readSidecarText, sidecarState } from './reviewSidecar';

export type ArticleText = { ok: true; text: string } | { ok: false; message: string };

/** What reading an article's file gave: its bytes, null (it does not exist), or the file system's error. */
export type ArticleBytes = { readonly bytes: Uint8Array | null } | { readonly failure: string };

/** The article's text from its file's bytes, decoded as the CLI decodes them; `name` is its file name, for the messages. */
export function articleTextOfBytes(name: string, read: ArticleBytes): ArticleText {
  if ('failure' in read) return { ok: false, message: `cannot read ${name}: ${read.failure}` };
  if (read.bytes === null) return { ok: false, message: `cannot read ${name}: it does not exist` };
  const decoded = decodeArticleBytes(read.bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, message: `${name}: ${decoded.message}` };
}

/**
 * The summary of an article from its text and sidecar text; an unreadable file becomes a summary
 * with `error`. `conflicted`: the last extraction of this article in this session reported a conflict.
 * Its strings may be slices of the texts (see summarizeInputs for why the host copies them).
 */
export function summarizeTexts(id: string, name: string, read: ArticleText, sidecarText: string | null, conflicted: boolean, options: AnalyzeOptions): ArticleSummary {
  const reading = sidecarText === null ? null : readSidecarText(sidecarText);
  if (!read.ok) {
    const base = pendingSummary(id, name);
    return { ...base, indexed: true, sidecar: reading === null ? 'missing' : reading.ok ? 'fresh' : 'invalid', status: reading?.ok ? (reading.facts.status ?? 'unreviewed') : 'unreviewed', error: read.message };
  }
  const state = sidecarState(reading, read.text, conflicted);
  // An up-to-date sidecar already holds what the views show: no need to run the engine.
  if (reading?.ok && (state === 'fresh' || state === 'conflict')) return summarizeFromSidecar(id, name, reading.facts, state, countNonBlankLines(read.text));
  let analysis: ArticleAnalysis;
  try {
    analysis = analyzeText(read.text, options).analysis;
  } catch (e) {
    return { ...pendingSummary(id, name), indexed: true, sidecar: state, error: `the engine failed: ${(e as Error).message}` };
  }
  return summarize(id, name, analysis, state, reading?.ok ? reading.facts : {});
}
