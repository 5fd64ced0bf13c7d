/**
 * `extract` on all cores: `--jobs N` (default: every core, one per 1,000 articles), incremental `--write`, the index cache.
 *
 * 1. List the articles; remove temporary files a killed run left (--write).
 * 2. The corpus-level pass: learn which lines recur (learnCorpusSignalsWithOutlets). With several
 *    jobs, slices of the corpus are learnt in worker threads and their counts added up (exact); with
 *    one, the texts stream through the main thread. This is the one step that needs the whole
 *    corpus; `--corpus-signals FILE` (from `corpus-review learn`) replaces it, for shards.
 * 3. The map: each article is processed by processArticle (articleJob.ts) in a worker thread (or on
 *    the main thread with --jobs 1), given the signal as plain data (serialiseCorpusSignals).
 *    Records, messages and counts come back and are printed in input order, so the output is the
 *    same whatever N is.
 * 4. --write saves the index cache (corpusCache.ts). An article whose cache entry is current and
 *    whose sidecar was current is skipped without a worker even reading its sidecar.
 *
 * Incremental (--write without --format jsonl; --full turns it off): an article whose sidecar was
 * extracted from the same text (sha256) by this extractor version is skipped and counted as
 * "skipped". Caveat: the corpus signal can change when other articles are added, which may change
 * an unchanged article's corpus-repeat boilerplate; --full re-extracts everything.
 */
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { EXTRACTOR_VERSION, getLanguage } from '../../core';
import { corpusCountsSum, serialiseCorpusSignals, type CorpusCountsPart, type CorpusSignals } from '../../core/boilerplate/corpusBoilerplate';
import { learnCorpusSignalsWithOutlets } from '../../core/boilerplate/corpusLearn';
import { CORPUS_CACHE_FORMAT, isEntryCurrent, type CacheEntry } from '../../core/cache';
import { sidecarPathFor } from '../../core/sidecar';
import { findOrphanSidecars, listArticles } from '../articleFiles';
import { removeAbandonedTempFiles } from '../atomicWrite';
import { corpusTexts, readSignalsFile } from '../learnCommand';
import { cacheKeyFor, cliAnalysis, corpusRootOf, loadCorpusCache, saveCorpusCache } from '../corpusCache';
import { EXTRACT_USAGE, extractExitCode, parseExtractArgs, summaryLine, type ExtractOptions, type Output } from '../extractCommand';
import { createProgress, type ProgressSink } from '../progress';
import { processArticle, stampOf, type ArticleOutcome, type JobSettings } from './articleJob';
import { runOrdered } from './orderedPool';
import { zeroCounts, type SidecarCounts } from './sidecarStep';
import type { ExtractWorkerData } from '../extractWorker';

export interface ParallelOptions {
  readonly extract: ExtractOptions;
  readonly jobs: number;
  /** Whether --jobs was given; without it, small corpora run on fewer threads (effectiveJobs). */
  readonly jobsGiven: boolean;
  readonly incremental: boolean;
  readonly index: boolean;
  /** A signals file from `corpus-review learn` (a shard's run): used instead of the corpus pass. */
  readonly corpusSignals: string | null;
}

export const PARALLEL_USAGE = `${EXTRACT_USAGE} [--jobs N] [--full] [--no-index] [--corpus-signals FILE]\n       corpus-review learn <files or folders…> --out FILE [--language id]`;

/** Takes --jobs N, --full and --no-index out of the arguments, then parses the rest as extract's. */
export function parseParallelArgs(args: readonly string[]): ParallelOptions | string {
  let jobs = availableParallelism();
  let jobsGiven = false;
  let incremental = true;
  let index = true;
  let corpusSignals: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--jobs') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 256) return '--jobs takes a whole number from 1 to 256';
      jobs = n;
      jobsGiven = true;
    } else if (a === '--full') incremental = false;
    else if (a === '--no-index') index = false;
    else if (a === '--corpus-signals') {
      corpusSignals = args[++i] ?? null;
      if (!corpusSignals) return '--corpus-signals takes the file `corpus-review learn --out` wrote';
    }
    else rest.push(a);
  }
  const extract = parseExtractArgs(rest);
  return typeof extract === 'string' ? extract : { extract, jobs, jobsGiven, incremental, index, corpusSignals };
}

/** The corpus pass, with its own progress line (on 100,000 articles it takes a while before the first sidecar). */
function learnWithProgress(files: readonly string[], language: ReturnType<typeof getLanguage>, sink: ProgressSink | undefined): CorpusSignals {
  const progress = sink ? createProgress(sink, 'corpus-review: learning repeated lines') : null;
  const signals = learnCorpusSignalsWithOutlets(corpusTexts(files, progress?.tick), language);
  progress?.finish();
  return signals;
}

/**
 * Without --jobs, one worker thread per this many articles (up to the cores). Starting the
 * threads (twice: learning, then extracting) costs about half a second on a 2-core machine, more
 * than two threads save on 1,000 articles (measured by bench/scale.mjs: --jobs 2 ran at ×0.8 of
 * --jobs 1 there, and up to ×1.6 on 10,000). --jobs N is obeyed as given.
 */
const ARTICLES_PER_DEFAULT_JOB = 1000;

export function effectiveJobs(options: Pick<ParallelOptions, 'jobs' | 'jobsGiven'>, articles: number): number {
  return options.jobsGiven ? options.jobs : Math.max(1, Math.min(options.jobs, Math.floor(articles / ARTICLES_PER_DEFAULT_JOB)));
}

/** Articles per learning task: enough to amortise a message, few enough to spread the work. */
const LEARN_CHUNK_MIN = 50;
const LEARN_CHUNK_MAX = 1000;

/**
 * The corpus pass split over worker threads: each learns the complete counts of a slice of the
 * articles, and the slices' counts are added up as they arrive (exact: counts per article add up).
 */
async function learnInWorkers(files: readonly string[], jobs: number, workerPath: string, language: string, sink: ProgressSink | undefined): Promise<CorpusSignals> {
  const size = Math.max(LEARN_CHUNK_MIN, Math.min(LEARN_CHUNK_MAX, Math.ceil(files.length / (jobs * 8))));
  const chunks: string[] = [];
  for (let i = 0; i < files.length; i += size) chunks.push(JSON.stringify(files.slice(i, i + size)));
  const progress = sink ? createProgress(sink, 'corpus-review: learning repeated lines') : null;
  const sum = corpusCountsSum();
  let failed: string | null = null;
  let done = 0;
  const data: ExtractWorkerData = { phase: 'learn', language };
  await runOrdered<CorpusCountsPart | null>(chunks, jobs, workerPath, data, (k, outcome) => {
    if (outcome.ok && outcome.result) sum.add(outcome.result);
    else failed ??= outcome.ok ? 'a part did not serialise' : outcome.message;
    done = Math.min(files.length, (k + 1) * size);
    progress?.tick(done, files.length);
  });
  progress?.finish();
  // Signals missing a slice would silently change every decision: learn on this thread instead.
  if (failed !== null) return learnCorpusSignalsWithOutlets(corpusTexts(files), getLanguage(language));
  return sum.signals();
}

export interface ParallelSummary extends SidecarCounts {
  readonly articles: number;
}

export async function runParallelExtract(options: ParallelOptions, workerPath: string, out: Output, err: Output, progressSink?: ProgressSink, preloadedSignals?: CorpusSignals): Promise<ParallelSummary> {
  const { extract } = options;
  const counts = zeroCounts();
  const listing = listArticles(extract.inputs);
  for (const e of listing.errors) {
    counts.errors++;
    err(`corpus-review: cannot read ${e.input}: ${e.message}`);
  }
  if (extract.mode === 'write') for (const folder of new Set([...listing.folders, ...listing.files.map((f) => dirname(f))])) removeAbandonedTempFiles(folder);
  const files = listing.files;
  const incremental = options.incremental && extract.mode === 'write' && !extract.jsonl;

  const root = corpusRootOf(files);
  const useIndex = options.index && extract.mode === 'write' && root !== null;
  const settings: JobSettings = { mode: extract.mode, jsonl: extract.jsonl, suffix: extract.suffix, incremental: options.incremental, now: new Date().toISOString(), index: useIndex };
  const previous = useIndex && root ? loadCorpusCache(root, EXTRACTOR_VERSION, extract.suffix).cache : null;
  const entries: Record<string, CacheEntry> = {};

  // Articles the cache already knows to be extracted and current need no worker at all. Only a
  // cache this CLI wrote says "extracted by this extractor": the extension's tree writes the same
  // file, and its "fresh" means only that the sidecar matches the text (maybe an older extractor's).
  const todo: number[] = [];
  const extractedByUs = previous?.analysis === cliAnalysis(extract.language);
  for (const [i, file] of files.entries()) {
    const key = root ? cacheKeyFor(root, file) : '';
    const entry = extractedByUs ? previous?.entries[key] : undefined;
    if (incremental && entry && entry.summary.sidecar === 'fresh' && isEntryCurrent(entry, stampOf(file) ?? { size: -1, mtimeMs: -1 }, stampOf(sidecarPathFor(file, extract.suffix)))) {
      counts.skipped++;
      entries[key] = entry;
    } else todo.push(i);
  }
  // The corpus pass reads every article, changed or not (a changed article's repeated lines are
  // counted against all the others); a run with nothing to do skips it.
  const language = getLanguage(extract.language);
  const corpus: CorpusSignals = !todo.length
    ? learnCorpusSignalsWithOutlets([], language)
    : options.corpusSignals
      ? (preloadedSignals ?? readSignalsFile(options.corpusSignals))
      : effectiveJobs(options, files.length) > 1 && files.length >= LEARN_CHUNK_MIN * 2
        ? await learnInWorkers(files, effectiveJobs(options, files.length), workerPath, extract.language, progressSink)
        : learnWithProgress(files, language, progressSink);

  const jobs = effectiveJobs(options, todo.length);
  const progress = progressSink ? createProgress(progressSink, `corpus-review extract (${jobs} job${jobs === 1 ? '' : 's'})`) : null;
  const say = (line: string): void => {
    progress?.finish();
    err(line);
  };
  let finished = files.length - todo.length;
  const take = (i: number, outcome: ArticleOutcome): void => {
    for (const line of outcome.out) out(line);
    for (const line of outcome.err) say(line);
    for (const k of Object.keys(counts) as (keyof SidecarCounts)[]) counts[k] += outcome.counts[k];
    if (useIndex && root && outcome.entry) entries[cacheKeyFor(root, files[i] as string)] = outcome.entry;
    progress?.tick(++finished, files.length);
  };

  if (jobs === 1 || todo.length < 2) {
    for (const i of todo) take(i, processArticle(files[i] as string, settings, language, corpus));
  } else {
    const signals = serialiseCorpusSignals(corpus);
    const data: ExtractWorkerData = { phase: 'extract', settings, language: extract.language, signals };
    await runOrdered<ArticleOutcome>(todo.map((i) => files[i] as string), jobs, workerPath, data, (k, result) => {
      const i = todo[k] as number;
      if (result.ok) take(i, result.result);
      else take(i, { out: [], err: [`corpus-review: ${files[i]}: ${result.message}`], counts: { ...zeroCounts(), errors: 1 }, entry: null });
    });
  }
  progress?.finish();

  if (useIndex && root) {
    try {
      saveCorpusCache(root, { format: CORPUS_CACHE_FORMAT, extractor: EXTRACTOR_VERSION, sidecarSuffix: extract.suffix, analysis: cliAnalysis(extract.language), entries });
    } catch (e) {
      counts.errors++;
      err(`corpus-review: cannot save the index cache under ${root}: ${(e as Error).message}`);
    }
  }
  if (extract.mode !== 'none') {
    for (const orphan of findOrphanSidecars(listing.folders, extract.suffix)) {
      counts.orphans++;
      err(`corpus-review: ${orphan}: orphan (no article beside it); left as it is`);
    }
  }
  err(parallelSummaryLine(extract.mode, files.length, counts));
  return { ...counts, articles: files.length };
}

/** extract's summary line; skipped articles count as unchanged, and the line says how many were skipped. */
export function parallelSummaryLine(mode: ExtractOptions['mode'], articles: number, s: SidecarCounts): string {
  const line = summaryLine(mode, articles, { ...s, unchanged: s.unchanged + s.skipped });
  return s.skipped ? `${line} (skipped ${s.skipped}: sidecar current)` : line;
}

/** The CLI entry for `extract`: parses, runs, and returns the exit code (as runExtract does). */
export async function runParallelExtractCli(args: readonly string[], workerPath: string, out: Output, err: Output, progressSink?: ProgressSink): Promise<number> {
  const options = parseParallelArgs(args);
  if (typeof options === 'string') {
    err(`corpus-review: ${options}\n${PARALLEL_USAGE}`);
    return 2;
  }
  let signals: CorpusSignals | undefined;
  if (options.corpusSignals) {
    try {
      signals = readSignalsFile(options.corpusSignals);
    } catch (e) {
      err(`corpus-review: ${(e as Error).message}`);
      return 2;
    }
  }
  const summary = await runParallelExtract(options, workerPath, out, err, progressSink, signals);
  return extractExitCode(options.extract.mode, summary);
}
