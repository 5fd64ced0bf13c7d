/**
 * `corpus-review extract <files|folders…> [--format jsonl] [--write | --check] [--sidecar-suffix S] [--language L]`
 *
 * One corpus-level pass first (lines shared across articles, per outlet too: learnCorpusSignalsWithOutlets), then each
 * article is analysed with those signals. JSONL records go to standard output; sidecars are
 * written or merged beside the articles (--write) or compared with what a write would do
 * (--check). Progress, conflicts, errors and the summary go to standard error. A file that cannot
 * be read or decoded, or a sidecar that does not parse, is reported and the run goes on; the exit
 * code is 1 at the end when anything errored (and, for --check, when anything is not current).
 */
import { basename, dirname } from 'node:path';
import { analyzeText, EXTRACTOR_VERSION, getLanguage, LANGUAGES, toRecord } from '../core';
import type { CorpusSignals } from '../core/boilerplate/corpusBoilerplate';
import { learnCorpusSignalsWithOutlets } from '../core/boilerplate/corpusLearn';
import { DEFAULT_SIDECAR_SUFFIX, sidecarPathFor, type SidecarInput } from '../core/sidecar';
import { findOrphanSidecars, listArticles, readArticle } from './articleFiles';
import { removeAbandonedTempFiles } from './atomicWrite';
import { readExistingSidecar, sidecarStep } from './parallel/sidecarStep';
import { createProgress, type Progress, type ProgressSink } from './progress';

export interface ExtractOptions {
  readonly inputs: readonly string[];
  readonly jsonl: boolean;
  readonly mode: 'none' | 'write' | 'check';
  readonly suffix: string;
  readonly language: string;
}

export type Output = (line: string) => void;

export interface ExtractSummary {
  written: number;
  merged: number;
  unchanged: number;
  stale: number;
  missing: number;
  wouldChange: number;
  conflicts: number;
  /** --check: sidecars a --write would leave as they are. */
  current: number;
  /** Sidecars in the folders named whose article is gone (reported, never deleted). */
  orphans: number;
  errors: number;
}

export const EXTRACT_USAGE =
  'usage: corpus-review extract <files or folders…> [--format jsonl] [--write | --check] [--sidecar-suffix .meta.yaml] [--language id]';

/** Parses `extract`'s arguments; a string is the reason they are wrong. */
export function parseExtractArgs(args: readonly string[]): ExtractOptions | string {
  const inputs: string[] = [];
  let jsonl = false;
  let write = false;
  let check = false;
  let suffix = DEFAULT_SIDECAR_SUFFIX;
  let language = 'id';
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--format') {
      if (args[++i] !== 'jsonl') return '--format takes jsonl';
      jsonl = true;
    } else if (a === '--write') write = true;
    else if (a === '--check') check = true;
    else if (a === '--sidecar-suffix') {
      const s = args[++i];
      if (!s || !/^\.[A-Za-z0-9._-]+$/.test(s) || s === '.txt') return '--sidecar-suffix takes a suffix such as .meta.yaml (a dot, then letters, digits, dots, dashes; not .txt)';
      suffix = s;
    } else if (a === '--language') {
      const l = args[++i];
      if (!l || !LANGUAGES[l]) return `--language takes one of ${Object.keys(LANGUAGES).join(', ')}`;
      language = l;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else inputs.push(a);
  }
  if (!inputs.length) return 'name at least one article file or folder';
  if (write && check) return '--write and --check cannot be used together';
  // Without a sidecar mode the command prints JSONL, as it always has.
  return { inputs, jsonl: jsonl || (!write && !check), mode: write ? 'write' : check ? 'check' : 'none', suffix, language };
}

/** The sidecar's text, null when there is none; throws for other read errors (reported by the caller). */

function* corpusTexts(files: readonly string[]): Generator<string> {
  for (const file of files) {
    const r = readArticle(file);
    if (r.ok) yield r.text;
  }
}

export function runExtractWith(options: ExtractOptions, out: Output, err: Output, now: () => Date = () => new Date(), progress?: Progress): ExtractSummary {
  const summary: ExtractSummary = { written: 0, merged: 0, unchanged: 0, stale: 0, missing: 0, wouldChange: 0, conflicts: 0, current: 0, orphans: 0, errors: 0 };
  const listing = listArticles(options.inputs);
  for (const e of listing.errors) {
    summary.errors++;
    err(`corpus-review: cannot read ${e.input}: ${e.message}`);
  }
  // Temporary files a killed run left beside the sidecars it was writing.
  if (options.mode === 'write') for (const folder of new Set([...listing.folders, ...listing.files.map((f) => dirname(f))])) removeAbandonedTempFiles(folder);
  // Pass 1 streams the texts once (bounded memory), pass 2 reads each again to analyse it. The
  // signal is learnt with outlets, as `export` learns it, so sidecars and exports agree.
  const language = getLanguage(options.language);
  const corpus: CorpusSignals = learnCorpusSignalsWithOutlets(corpusTexts(listing.files), language);
  for (const [index, file] of listing.files.entries()) {
    progress?.(index, listing.files.length);
    const read = readArticle(file);
    if (!read.ok) {
      summary.errors++;
      err(`corpus-review: ${file}: ${read.message}`);
      continue;
    }
    let analysed: ReturnType<typeof analyzeText>;
    try {
      analysed = analyzeText(read.text, { language, corpus });
    } catch (e) {
      // An engine bug on one article must not stop the batch; it is reported like a bad file.
      summary.errors++;
      err(`corpus-review: ${file}: the engine failed on this article: ${(e as Error).message}`);
      continue;
    }
    const { article, analysis } = analysed;
    if (options.jsonl) out(JSON.stringify(toRecord(basename(file), article, analysis)));
    if (options.mode === 'none') continue;
    const input: SidecarInput = { fileName: basename(file), article, analysis, extractorVersion: EXTRACTOR_VERSION, now: now() };
    try {
      {
        const path = sidecarPathFor(file, options.suffix);
        sidecarStep(file, path, input, read.text, readExistingSidecar(path), options.mode, summary, err);
      }
    } catch (e) {
      summary.errors++;
      err(`corpus-review: ${sidecarPathFor(file, options.suffix)}: ${(e as Error).message}`);
    }
  }
  if (options.mode !== 'none') {
    for (const orphan of findOrphanSidecars(listing.folders, options.suffix)) {
      summary.orphans++;
      err(`corpus-review: ${orphan}: orphan (no article beside it); left as it is`);
    }
  }
  err(summaryLine(options.mode, listing.files.length, summary));
  return summary;
}

export function summaryLine(mode: ExtractOptions['mode'], articles: number, s: ExtractSummary): string {
  const orphans = s.orphans ? `, orphans ${s.orphans}` : '';
  if (mode === 'write') return `corpus-review: ${articles} articles: written ${s.written}, merged ${s.merged}, unchanged ${s.unchanged}, conflicts ${s.conflicts}, errors ${s.errors}${orphans}`;
  if (mode === 'check') return `corpus-review: ${articles} articles: current ${s.current}, stale ${s.stale}, missing ${s.missing}, out of date ${s.wouldChange}, conflicts ${s.conflicts}, errors ${s.errors}${orphans}`;
  return `corpus-review: ${articles} articles, errors ${s.errors}`;
}

/** Exit code: 1 when anything errored; with --check also when any sidecar is not current, has conflicts or is an orphan. */
export function extractExitCode(mode: ExtractOptions['mode'], s: ExtractSummary): number {
  if (s.errors) return 1;
  if (mode === 'check' && (s.stale || s.missing || s.wouldChange || s.conflicts || s.orphans)) return 1;
  return 0;
}

export function runExtract(args: readonly string[], out: Output, err: Output, progressSink?: ProgressSink): number {
  const options = parseExtractArgs(args);
  if (typeof options === 'string') {
    err(`corpus-review: ${options}\n${EXTRACT_USAGE}`);
    return 2;
  }
  const progress = progressSink ? createProgress(progressSink, 'corpus-review extract') : null;
  const summary = runExtractWith(options, out, (line) => {
    progress?.finish();
    err(line);
  }, () => new Date(), progress?.tick);
  return extractExitCode(options.mode, summary);
}
