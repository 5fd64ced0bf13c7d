/**
 * The extract worker thread (built to dist/extractWorker.js): receives the run's settings and the
 * corpus signal once (workerData), then articles one by one, and answers each with its outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getLanguage } from '../core';
import { restoreCorpusSignals } from '../core/boilerplate/corpusBoilerplate';
import { processArticle, type JobSettings } from './parallel/articleJob';
import type { PoolReply, PoolRequest } from './parallel/orderedPool';
import type { ArticleOutcome } from './parallel/articleJob';

export interface ExtractWorkerData {
  readonly settings: JobSettings;
  readonly language: string;
  readonly signals: unknown;
}

const data = workerData as ExtractWorkerData;
const corpus = restoreCorpusSignals(data.signals);
const language = getLanguage(data.language);

parentPort?.on('message', (request: PoolRequest) => {
  const reply: PoolReply<ArticleOutcome> = { index: request.index, result: processArticle(request.item, data.settings, language, corpus) };
  parentPort?.postMessage(reply);
});
