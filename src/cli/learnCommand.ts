/**
 * `corpus-review learn <files or folders…> --out FILE [--language id]`: the corpus-level pass alone.
 * It reads every article once and writes the signal (which lines recur across articles, overall
 * and per outlet) as JSON, format corpus-review/signals/v1 (serialiseCorpusSignals). Shards of a
 * corpus too large for one machine each run `extract <their part> --corpus-signals FILE` with the
 * same file, and their outputs are what one run over the whole corpus would have written.
 */
import { readFileSync, statSync } from 'node:fs';
import { decodeArticleBytes, DEFAULT_MAX_ARTICLE_BYTES, getLanguage, LANGUAGES } from '../core';
import { restoreCorpusSignals, serialiseCorpusSignals, type CorpusSignals } from '../core/boilerplate/corpusBoilerplate';
import { learnCorpusSignalsWithOutlets } from '../core/boilerplate/corpusLearn';
import { listArticles } from './articleFiles';
import { writeFileAtomic } from './atomicWrite';
import type { Output } from './extractCommand';

export const LEARN_USAGE = 'usage: corpus-review learn <files or folders…> --out signals.json [--language id]';

/** Every decodable article's text, read one at a time (memory holds the counts, not the corpus). */
export function* corpusTexts(files: readonly string[], onFile?: (done: number, total: number) => void): Generator<string> {
  for (const [index, file] of files.entries()) {
    onFile?.(index + 1, files.length);
    try {
      if (statSync(file).size > DEFAULT_MAX_ARTICLE_BYTES) continue;
      const decoded = decodeArticleBytes(readFileSync(file));
      if (decoded.ok) yield decoded.text;
    } catch {
      // Unreadable files are reported once, by extract's map.
    }
  }
}

/** Reads a signals file; throws with a message naming the file when it cannot be used. */
export function readSignalsFile(path: string): CorpusSignals {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read the corpus signals file ${path}: ${(e as Error).message}`);
  }
  try {
    return restoreCorpusSignals(data);
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}

export function runLearn(args: readonly string[], err: Output): number {
  const inputs: string[] = [];
  let outFile: string | null = null;
  let language = 'id';
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--out') outFile = args[++i] ?? null;
    else if (a === '--language') language = args[++i] ?? '';
    else if (a.startsWith('--')) return usage(err, `unknown option ${a}`);
    else inputs.push(a);
  }
  if (!inputs.length) return usage(err, 'name at least one article file or folder');
  if (!outFile) return usage(err, '--out FILE is required');
  if (!LANGUAGES[language]) return usage(err, `--language takes one of ${Object.keys(LANGUAGES).join(', ')}`);
  const listing = listArticles(inputs);
  for (const e of listing.errors) err(`corpus-review: cannot read ${e.input}: ${e.message}`);
  const signals = learnCorpusSignalsWithOutlets(corpusTexts(listing.files), getLanguage(language));
  const data = serialiseCorpusSignals(signals);
  if (!data) throw new Error('internal: learnt signals did not serialise');
  writeFileAtomic(outFile, JSON.stringify(data));
  err(`corpus-review: learnt from ${signals.articleCount} articles: ${data.counts.length} repeated lines, ${data.outlets.length} outlets → ${outFile}`);
  return listing.errors.length ? 1 : 0;
}

function usage(err: Output, message: string): number {
  err(`corpus-review: ${message}\n${LEARN_USAGE}`);
  return 2;
}
