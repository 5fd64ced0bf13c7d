/**
 * Extraction of a batch of articles into sidecars, without any UI: the commands in
 * extractCommands.ts wrap it in progress, messages and an output channel, and the integration
 * tests assert on the summary it returns.
 *
 * Per article: read it (workspace.fs), analyse it, hand the analysis and the existing sidecar (if
 * any) to the sidecar port, which creates, merges or refuses; write the result atomically. A
 * person's edits are merged, never clobbered; a malformed sidecar is left untouched and reported
 * with its line and column; an error in one article never stops the batch.
 */
import * as vscode from 'vscode';
import { analyzeText, getLanguage, type AnalyzeOptions, type Article, type ArticleAnalysis } from '../core';
import type { CorpusSignals } from '../core/boilerplate/corpusBoilerplate';
import { learnCorpusSignalsWithOutlets } from '../core/boilerplate/corpusLearn';
import { baseName, sidecarUriFor } from './sidecarPaths';
import { readTextFile, writeTextAtomic, sliceYielder } from './workspaceFiles';

export interface SidecarConflict {
  /** The key path in the sidecar ("quotes[2].speaker"). */
  readonly key: string;
  readonly message: string;
}

export type SidecarUpdate =
  | { readonly kind: 'created'; readonly text: string }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'updated'; readonly text: string; readonly conflicts: readonly SidecarConflict[] }
  | { readonly kind: 'malformed'; readonly line: number; readonly column: number; readonly message: string };

export interface SidecarUpdateInput {
  readonly fileName: string;
  readonly text: string;
  readonly article: Article;
  readonly analysis: ArticleAnalysis;
  /** The sidecar's current text, or null when there is none yet. */
  readonly existing: string | null;
}

/** What extraction needs from the sidecar module (src/core/sidecar): pure, text in and text out. */
export interface SidecarPort {
  update(input: SidecarUpdateInput): SidecarUpdate;
}

export type FileStatus = 'written' | 'merged' | 'conflict' | 'unchanged' | 'error';

export interface FileOutcome {
  readonly article: string;
  readonly sidecar: string;
  readonly status: FileStatus;
  readonly message?: string;
  readonly conflicts?: readonly SidecarConflict[];
}

export interface ExtractionSummary {
  readonly total: number;
  readonly written: number;
  readonly unchanged: number;
  readonly merged: number;
  readonly conflicts: number;
  readonly errors: number;
  readonly cancelled: boolean;
  /** Set when nothing was attempted, and why. */
  readonly refused?: 'untrusted' | 'no-articles';
  readonly files: readonly FileOutcome[];
}

export interface ExtractionOptions {
  readonly port: SidecarPort;
  readonly analyzeOptions: () => AnalyzeOptions;
  /** Learn corpus-level signals (lines shared across articles) from the batch first. */
  readonly learnCorpus: boolean;
  readonly token?: vscode.CancellationToken;
  /** Told the corpus signals learned in the first pass (so hovers and later single extractions use them too). */
  readonly onCorpusSignals?: (signals: CorpusSignals) => void;
  /** Called after each file: files done (of both passes), total steps, the file just handled. */
  readonly onProgress?: (done: number, total: number, file: vscode.Uri) => void;
}

/** Article text kept between the two passes of a corpus run, in UTF-16 units: some 20,000 articles of 3,000 characters. */
const MAX_KEPT_CHARS = 64 * 1024 * 1024;

export function summarise(files: readonly FileOutcome[], total: number, cancelled: boolean, refused?: ExtractionSummary['refused']): ExtractionSummary {
  const count = (s: FileStatus): number => files.filter((f) => f.status === s).length;
  return {
    total,
    written: count('written'),
    unchanged: count('unchanged'),
    merged: count('merged'),
    conflicts: count('conflict'),
    errors: count('error'),
    cancelled,
    ...(refused ? { refused } : {}),
    files,
  };
}

/**
 * Extracts every article in `articles`. With `learnCorpus`, a first pass reads the batch and
 * learns the corpus signals, and the second pass reuses the texts it read (each is released once
 * used). Yields to the extension host every few milliseconds (between files) and stops between
 * files when cancelled.
 */
export async function extractArticles(articles: readonly vscode.Uri[], options: ExtractionOptions): Promise<ExtractionSummary> {
  const outcomes: FileOutcome[] = [];
  const steps = options.learnCorpus ? articles.length * 2 : articles.length;
  let done = 0;
  const cancelled = (): boolean => options.token?.isCancellationRequested ?? false;
  const breathe = sliceYielder();

  const texts = new Map<string, string>();
  let analyzeOptions = options.analyzeOptions();
  if (options.learnCorpus) {
    let keptChars = 0;
    for (const uri of articles) {
      if (cancelled()) return summarise(outcomes, articles.length, true);
      // Past the budget the signals come from the articles read so far (a large sample), and the
      // second pass reads the rest itself, so memory stays bounded on any corpus size.
      if (keptChars > MAX_KEPT_CHARS) break;
      try {
        const text = await readTextFile(uri);
        if (text === null) throw new Error(`${baseName(uri)} no longer exists`);
        texts.set(uri.toString(), text);
        keptChars += text.length;
      } catch (e) {
        outcomes.push({ article: uri.toString(), sidecar: sidecarUriFor(uri).toString(), status: 'error', message: (e as Error).message });
      }
      options.onProgress?.(++done, steps, uri);
      await breathe();
    }
    done = articles.length;
    // As the CLI's extract and export: lines counted per outlet too, so sidecars and exports agree.
    const lang = typeof analyzeOptions.language === 'object' ? analyzeOptions.language : getLanguage(analyzeOptions.language);
    const corpus = learnCorpusSignalsWithOutlets(texts.values(), lang);
    options.onCorpusSignals?.(corpus);
    analyzeOptions = { ...analyzeOptions, corpus };
  }

  const failedToRead = new Set(outcomes.map((o) => o.article));
  for (const uri of articles) {
    if (cancelled()) return summarise(outcomes, articles.length, true);
    const key = uri.toString();
    if (!failedToRead.has(key)) {
      outcomes.push(await extractOne(uri, texts.get(key), analyzeOptions, options.port));
      texts.delete(key);
    }
    options.onProgress?.(++done, steps, uri);
    await breathe();
  }
  return summarise(outcomes, articles.length, false);
}

/** Merge attempts when a person saves the sidecar between our read and our write. */
const MAX_MERGE_ATTEMPTS = 3;

/**
 * One article; never throws (every failure becomes an `error` outcome that names the file).
 * As the CLI does: an empty sidecar holds nothing to keep and is written like a missing one, and
 * when the sidecar changes between our read and our write, the merge starts again from the new text.
 */
export async function extractOne(uri: vscode.Uri, knownText: string | undefined, analyzeOptions: AnalyzeOptions, port: SidecarPort): Promise<FileOutcome> {
  const sidecar = sidecarUriFor(uri);
  const base = { article: uri.toString(), sidecar: sidecar.toString() };
  try {
    const text = knownText ?? (await readTextFile(uri));
    if (text === null) return { ...base, status: 'error', message: `${baseName(uri)} no longer exists` };
    // Writing under an editor with unsaved changes would force the person to choose between two versions.
    if (vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === sidecar.toString())) {
      return { ...base, status: 'error', message: `${baseName(sidecar)} has unsaved changes in an editor: save or revert it, then extract again (left untouched)` };
    }
    const { article, analysis } = analyzeText(text, analyzeOptions);
    let existing = nonEmpty(await readTextFile(sidecar));
    for (let attempt = 0; attempt < MAX_MERGE_ATTEMPTS; attempt++) {
      const update = port.update({ fileName: baseName(uri), text, article, analysis, existing });
      if (update.kind === 'unchanged') return { ...base, status: 'unchanged' };
      if (update.kind === 'malformed') return { ...base, status: 'error', message: `${baseName(sidecar)}:${update.line}:${update.column}: ${update.message} (left untouched)` };
      const conflicts = update.kind === 'updated' ? update.conflicts : [];
      const finished: FileOutcome = conflicts.length ? { ...base, status: 'conflict', conflicts } : { ...base, status: update.kind === 'created' ? 'written' : 'merged' };
      if (update.kind === 'updated' && update.text === existing) return conflicts.length ? finished : { ...base, status: 'unchanged' };
      const now = nonEmpty(await readTextFile(sidecar));
      if (now === existing) {
        await writeTextAtomic(sidecar, update.text);
        return finished;
      }
      existing = now;
    }
    return { ...base, status: 'error', message: `${baseName(sidecar)} kept changing while it was merged; left as it is` };
  } catch (e) {
    return { ...base, status: 'error', message: (e as Error).message };
  }
}

/** An empty or blank sidecar (a `touch`, another tool's crash) counts as none. */
function nonEmpty(text: string | null): string | null {
  return text !== null && text.trim() === '' ? null : text;
}
