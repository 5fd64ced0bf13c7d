/**
 * `corpus-review export <files|folders…> --clean [--out FILE] [--only-accepted] [--language L] [--sidecar-suffix S]`
 *
 * Writes the cleaned corpus as JSONL: per article the body without boilerplate, with its
 * metadata (src/core/output/clean.ts). One corpus-level pass first, so lines shared across the
 * articles count as boilerplate. --only-accepted keeps the articles whose sidecar says
 * `review.status: accepted` (an article without a sidecar has not been accepted). Records go to
 * FILE (written to a temporary file and renamed at the end, so a failed run leaves no half file)
 * or to standard output; progress, skips and errors go to standard error.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { analyzeText, getLanguage, LANGUAGES } from '../core';
import { learnCorpusSignalsWithOutlets } from '../core/boilerplate/corpusLearn';
import { toCleanRecord } from '../core/output/clean';
import { DEFAULT_SIDECAR_SUFFIX, sidecarPathFor } from '../core/sidecar';
import { listArticles, readArticle } from './articleFiles';

export const EXPORT_USAGE =
  'usage: corpus-review export <files or folders…> --clean [--out FILE] [--only-accepted] [--drop-dateline] [--language id] [--sidecar-suffix .meta.yaml]';

export interface ExportOptions {
  readonly inputs: readonly string[];
  readonly out: string | null;
  readonly onlyAccepted: boolean;
  readonly dropDateline: boolean;
  readonly language: string;
  readonly suffix: string;
}

export interface ExportSummary {
  exported: number;
  notAccepted: number;
  errors: number;
}

/** Parses `export`'s arguments; a string is the reason they are wrong. */
export function parseExportArgs(args: readonly string[]): ExportOptions | string {
  const inputs: string[] = [];
  let clean = false;
  let out: string | null = null;
  let onlyAccepted = false;
  let dropDateline = false;
  let language = 'id';
  let suffix = DEFAULT_SIDECAR_SUFFIX;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--clean') clean = true;
    else if (a === '--only-accepted') onlyAccepted = true;
    else if (a === '--drop-dateline') dropDateline = true;
    else if (a === '--out') {
      const o = args[++i];
      if (!o || o.startsWith('--')) return '--out takes a file name';
      out = o;
    } else if (a === '--language') {
      const l = args[++i];
      if (!l || !LANGUAGES[l]) return `--language takes one of ${Object.keys(LANGUAGES).join(', ')}`;
      language = l;
    } else if (a === '--sidecar-suffix') {
      const s = args[++i];
      if (!s || !/^\.[A-Za-z0-9._-]+$/.test(s) || s === '.txt') return '--sidecar-suffix takes a suffix such as .meta.yaml';
      suffix = s;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else inputs.push(a);
  }
  if (!clean) return 'export writes the cleaned corpus: pass --clean';
  if (!inputs.length) return 'name at least one article file or folder';
  return { inputs, out, onlyAccepted, dropDateline, language, suffix };
}

/** 'accepted', another status, 'missing' (no sidecar) or an error message. */
export function reviewStatus(sidecarPath: string): { status: string } | { error: string } {
  let text: string;
  try {
    text = readFileSync(sidecarPath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { error: `cannot read: ${(e as Error).message}` };
  }
  try {
    const doc: unknown = parse(text, { maxAliasCount: 100 });
    const review = doc && typeof doc === 'object' ? (doc as Record<string, unknown>)['review'] : undefined;
    const status = review && typeof review === 'object' ? (review as Record<string, unknown>)['status'] : undefined;
    return { status: typeof status === 'string' ? status : 'unreviewed' };
  } catch (e) {
    return { error: `does not parse as YAML: ${(e as Error).message.split('\n')[0] ?? ''}` };
  }
}

function* corpusTexts(files: readonly string[]): Generator<string> {
  for (const file of files) {
    const r = readArticle(file);
    if (r.ok) yield r.text;
  }
}

export function runExportWith(options: ExportOptions, out: (line: string) => void, err: (line: string) => void): ExportSummary {
  const summary: ExportSummary = { exported: 0, notAccepted: 0, errors: 0 };
  const listing = listArticles(options.inputs);
  for (const e of listing.errors) {
    summary.errors++;
    err(`corpus-review: cannot read ${e.input}: ${e.message}`);
  }
  let files = listing.files;
  if (options.onlyAccepted) {
    files = files.filter((file) => {
      const path = sidecarPathFor(file, options.suffix);
      const r = reviewStatus(path);
      if ('error' in r) {
        summary.errors++;
        err(`corpus-review: ${path}: ${r.error} (article left out)`);
        return false;
      }
      if (r.status !== 'accepted') summary.notAccepted++;
      return r.status === 'accepted';
    });
  }
  // The corpus signal is learnt over every article named, accepted or not: boilerplate is a
  // property of the corpus (and of each outlet in it, read by a first cheap pass).
  const corpus = learnCorpusSignalsWithOutlets(corpusTexts(listing.files), getLanguage(options.language));
  for (const file of files) {
    const read = readArticle(file);
    if (!read.ok) {
      summary.errors++;
      err(`corpus-review: ${file}: ${read.message}`);
      continue;
    }
    try {
      const { article, analysis } = analyzeText(read.text, { language: options.language, corpus });
      out(JSON.stringify(toCleanRecord(basename(file), article, analysis, { dropDateline: options.dropDateline })));
      summary.exported++;
    } catch (e) {
      summary.errors++;
      err(`corpus-review: ${file}: the engine failed on this article: ${(e as Error).message}`);
    }
  }
  const skipped = options.onlyAccepted ? `, ${summary.notAccepted} not accepted` : '';
  err(`corpus-review: exported ${summary.exported} of ${listing.files.length} articles${skipped}, ${summary.errors} errors`);
  return summary;
}

export async function runExport(args: readonly string[]): Promise<number> {
  const options = parseExportArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`corpus-review: ${options}\n${EXPORT_USAGE}\n`);
    return 2;
  }
  const err = (line: string): void => void process.stderr.write(`${line}\n`);
  if (!options.out) {
    const summary = runExportWith(options, (line) => void process.stdout.write(`${line}\n`), err);
    return summary.errors ? 1 : 0;
  }
  const target = options.out;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'w');
  } catch (e) {
    err(`corpus-review: cannot write ${target}: ${(e as Error).message}`);
    return 1;
  }
  try {
    const summary = runExportWith(options, (line) => void writeSync(fd, `${line}\n`), err);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, target);
    return summary.errors ? 1 : 0;
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(temp);
    } catch {
      // nothing to remove
    }
    err(`corpus-review: cannot write ${target}: ${(e as Error).message}`);
    return 1;
  }
}
