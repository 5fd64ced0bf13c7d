/**
 * One article of `extract`, start to finish: read and decode, (in --write) skip it when its
 * sidecar is current, analyse with the corpus signal, print its JSONL record, write or check its
 * sidecar, and summarise it for the index cache. The same function runs on the main thread
 * (--jobs 1) and in every worker, so the output does not depend on the number of jobs. It never
 * throws: every failure comes back as a message in `err` and a count.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeText, decodeArticleBytes, DEFAULT_MAX_ARTICLE_BYTES, EXTRACTOR_VERSION, toRecord, type LanguageData } from '../../core';
import type { CorpusSignals } from '../../core/boilerplate/corpusBoilerplate';
import { sidecarFacts, toCachedSummary, type CachedSummary, type CacheEntry, type FileStamp } from '../../core/cache';
import { countNonBlankLines, pendingSummary, summarize, summarizeFromSidecar } from '../../core/corpus';
import { articleHash, readSidecar, sidecarPathFor, type SidecarView } from '../../core/sidecar';
import { readExistingSidecar, sidecarStep, zeroCounts, type SidecarCounts } from './sidecarStep';

export interface JobSettings {
  readonly mode: 'none' | 'write' | 'check';
  readonly jsonl: boolean;
  readonly suffix: string;
  /** Skip articles whose sidecar was extracted from the same text by this extractor version (--write without JSONL). */
  readonly incremental: boolean;
  /** The run's timestamp, as an ISO string (one for the whole run, whatever the thread). */
  readonly now: string;
  /** Whether to summarise the article for the index cache (only runs that save the index do). */
  readonly index: boolean;
}

export interface ArticleOutcome {
  readonly out: string[];
  readonly err: string[];
  readonly counts: SidecarCounts;
  /** The article's index entry; null when it vanished or could not be stat'ed. */
  readonly entry: CacheEntry | null;
}

/** Size and mtime of a file, null when it cannot be stat'ed (gone, or unreadable). */
export function stampOf(path: string): FileStamp | null {
  try {
    const s = statSync(path);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

const errorSummary = (name: string, error: string): CachedSummary => ({ ...toCachedSummary(pendingSummary('', name)), sidecar: 'missing', error });

export function processArticle(file: string, settings: JobSettings, language: LanguageData, corpus: CorpusSignals): ArticleOutcome {
  const outcome: ArticleOutcome = { out: [], err: [], counts: zeroCounts(), entry: null };
  const name = basename(file);
  const sidecarPath = sidecarPathFor(file, settings.suffix);
  const fail = (message: string, stamp: FileStamp | null): ArticleOutcome => {
    outcome.counts.errors++;
    outcome.err.push(`corpus-review: ${file}: ${message}`);
    return { ...outcome, entry: stamp && settings.index ? { ...stamp, sha256: '', sidecar: stampOf(sidecarPath), summary: errorSummary(name, message) } : null };
  };
  // Stat before reading: if the file changes in between, the entry is stale next time, never wrongly current.
  const stamp = stampOf(file);
  // Refused before reading: a 50 MB "article" must not cost 50 MB (times the jobs) to say no.
  if (stamp && stamp.size > DEFAULT_MAX_ARTICLE_BYTES) return fail(`file is ${stamp.size} bytes, over the limit of ${DEFAULT_MAX_ARTICLE_BYTES} bytes for one article; not read`, stamp);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('cannot read: the file was deleted during the run', null);
    if (code === 'EISDIR') return fail('cannot read: it is a folder, not an article file', null);
    return fail(`cannot read: ${(e as Error).message}`, stamp);
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return fail(decoded.message, stamp);
  const text = decoded.text;
  // Nothing to extract, and a sidecar of nulls would look like a reviewed-able article.
  if (text.trim() === '') return fail(`the file is empty${text.length ? ' (white space only)' : ''}; nothing extracted, no sidecar written`, stamp);
  const sha256 = articleHash(text);

  let found: string | null = null;
  if (settings.mode !== 'none') {
    try {
      found = readExistingSidecar(sidecarPath);
    } catch (e) {
      outcome.counts.errors++;
      outcome.err.push(`corpus-review: ${sidecarPath}: ${(e as Error).message}`);
      return outcome;
    }
  }
  if (settings.incremental && settings.mode === 'write' && !settings.jsonl && found !== null) {
    const view = readSidecar(found);
    if (view.ok && view.value.source.sha256 === sha256 && view.value.extractor === EXTRACTOR_VERSION) {
      outcome.counts.skipped++;
      return { ...outcome, entry: stamp && settings.index ? { ...stamp, sha256, sidecar: stampOf(sidecarPath), summary: fromSidecar(name, view.value, text) } : null };
    }
  }

  let analysed: ReturnType<typeof analyzeText>;
  try {
    analysed = analyzeText(text, { language, corpus });
  } catch (e) {
    // An engine bug on one article must not stop the batch; it is reported like a bad file.
    return fail(`the engine failed on this article: ${(e as Error).message}`, stamp);
  }
  const { article, analysis } = analysed;
  if (settings.jsonl) outcome.out.push(JSON.stringify(toRecord(name, article, analysis)));
  const before = outcome.counts.conflicts;
  if (settings.mode !== 'none') {
    try {
      sidecarStep(file, sidecarPath, { fileName: name, article, analysis, extractorVersion: EXTRACTOR_VERSION, now: new Date(settings.now) }, text, found, settings.mode, outcome.counts, (l) => outcome.err.push(l));
    } catch (e) {
      outcome.counts.errors++;
      outcome.err.push(`corpus-review: ${sidecarPath}: ${(e as Error).message}`);
    }
  }
  if (!stamp || !settings.index) return outcome;
  // The entry describes the sidecar as it is now (written, merged, or a person's version kept).
  const sidecarStamp = stampOf(sidecarPath);
  let state: CachedSummary['sidecar'] = 'missing';
  let facts = {};
  if (sidecarStamp) {
    let view: SidecarView | null = null;
    try {
      const now = readExistingSidecar(sidecarPath);
      const read = now === null ? null : readSidecar(now);
      view = read?.ok ? read.value : null;
      state = read === null ? 'missing' : !read.ok ? 'invalid' : read.value.source.sha256 !== sha256 ? 'stale' : outcome.counts.conflicts > before ? 'conflict' : 'fresh';
    } catch {
      state = 'invalid';
    }
    if (view) facts = sidecarFacts(view);
    // An up-to-date sidecar's summary is made from the sidecar alone, as the extension's tree makes
    // it: then the tree can show this entry as it is (src/core/cache: summaryReusable).
    if (view && (state === 'fresh' || state === 'conflict')) {
      return { ...outcome, entry: { ...stamp, sha256, sidecar: sidecarStamp, summary: toCachedSummary(summarizeFromSidecar('', name, sidecarFacts(view), state, countNonBlankLines(text))) } };
    }
  }
  return { ...outcome, entry: { ...stamp, sha256, sidecar: sidecarStamp, summary: toCachedSummary(summarize('', name, analysis, state, facts)) } };
}

function fromSidecar(name: string, view: SidecarView, text: string): CachedSummary {
  return toCachedSummary(summarizeFromSidecar('', name, sidecarFacts(view), 'fresh', countNonBlankLines(text)));
}
