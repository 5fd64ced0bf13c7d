/**
 * The extract worker thread (built to dist/extractWorker.js). Two kinds of run, set by workerData:
 * - learn: each item is a JSON list of article paths; the answer is their complete line counts
 *   (corpusCountsPart), which the main thread adds up into the corpus signal;
 * - extract: receives the run's settings and the corpus signal once, then articles one by one, and
 *   answers each with its outcome (processArticle).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getLanguage } from '../core';
import { corpusCountsPart, restoreCorpusSignals, type CorpusCountsPart } from '../core/boilerplate/corpusBoilerplate';
import { learnCorpusSignalsWithOutlets } from '../core/boilerplate/corpusLearn';
import { corpusTexts } from './learnCommand';
import { processArticle, type ArticleOutcome, type JobSettings } from './parallel/articleJob';
import type { PoolReply, PoolRequest } from './parallel/orderedPool';

export type ExtractWorkerData =
  | { readonly phase: 'learn'; readonly language: string }
  | { readonly phase: 'extract'; readonly settings: JobSettings; readonly language: string; readonly signals: unknown };

const data = workerData as ExtractWorkerData;
const language = getLanguage(data.language);

if (data.phase === 'learn') {
  parentPort?.on('message', (request: PoolRequest) => {
    const files = JSON.parse(request.item) as string[];
    const part = corpusCountsPart(learnCorpusSignalsWithOutlets(corpusTexts(files), language));
    const reply: PoolReply<CorpusCountsPart | null> = { index: request.index, result: part };
    parentPort?.postMessage(reply);
  });
} else {
  const settings = data.settings;
  const corpus = restoreCorpusSignals(data.signals);
  parentPort?.on('message', (request: PoolRequest) => {
    const reply: PoolReply<ArticleOutcome> = { index: request.index, result: processArticle(request.item, settings, language, corpus) };
    parentPort?.postMessage(reply);
  });
}
