/**
 * The index process (built to dist/indexProcess.js, started with child_process.fork by client.ts):
 * checks a large indexing pass's articles against their cache entries' stamps, and reads and
 * summarises those that changed. The engine's compiled code,
 * its language data and all its garbage (the article texts, the analyses) then live in this
 * process, which exits when the pass ends, instead of in the extension host that every extension
 * shares (where they made most of a cold build's peak memory; see the README's memory section).
 * Same check, reading and summarising as the host's own path (articleReading.ts, articleSummaries.ts);
 * only the file access is Node's fs directly (stamps rounded as localFiles.statStamp rounds them). It never writes anything.
 */
import { readFile, stat } from 'node:fs/promises';
import { stampOfStat, stampsCurrent, type FileStamp } from '../../core/cache';
import { compileUserPatterns } from '../../core/userRules/userBoilerplatePatterns';
import { articleTextOfBytes, summarizeTexts, type ArticleBytes } from '../articleSummaries';
import type { AnalyzeOptions } from '../../core';
import type { SummaryValues } from '../../core/corpus';
import type { IndexProcessAnswer, IndexProcessItem, IndexProcessReply, IndexProcessRequest, IndexProcessSetup } from './protocol';

let options: AnalyzeOptions | undefined;

/** As localFiles.readBytes: null when the file does not exist, the file system's message otherwise. */
async function articleBytes(path: string): Promise<ArticleBytes> {
  try {
    return { bytes: await readFile(path) };
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    return error.code === 'ENOENT' ? { bytes: null } : { failure: error.message };
  }
}

/** As workspaceStore.readOptionalText: null when it cannot be read. */
async function optionalText(path: string | null): Promise<string | null> {
  if (path === null) return null;
  try {
    return new TextDecoder('utf-8').decode(await readFile(path));
  } catch {
    return null;
  }
}

/** As localFiles.statStamp; null when it cannot be stat'ed. */
async function statStamp(path: string): Promise<FileStamp | null> {
  try {
    return stampOfStat(await stat(path));
  } catch {
    return null;
  }
}

/** As articleReading.inspectArticle: stats first, so a file changing meanwhile leaves an entry stale next time, never wrongly current. */
async function inspect([path, sidecarPath, , , , recorded]: IndexProcessItem): Promise<{ current: boolean; stamps: IndexProcessAnswer[1]; read?: [ArticleBytes, string | null] }> {
  const [article, sidecar] = await Promise.all([statStamp(path), sidecarPath === null ? null : statStamp(sidecarPath)]);
  const stamps = article ? { article, sidecar } : null;
  if (stampsCurrent(recorded ?? undefined, article, sidecar)) return { current: true, stamps };
  return { current: false, stamps, read: await Promise.all([articleBytes(path), optionalText(sidecarPath)]) };
}

async function answerBatch(request: IndexProcessRequest, engine: AnalyzeOptions): Promise<IndexProcessReply> {
  // Checked and read together (each waits on the disk), summarised one at a time.
  const looks = await Promise.all(request.items.map(inspect));
  const answers = request.items.map(([, , id, name, conflicted], i): IndexProcessAnswer => {
    const { current, stamps, read } = looks[i] as Awaited<ReturnType<typeof inspect>>;
    if (current || !read) return [1, stamps, null];
    const [bytes, sidecarText] = read;
    const summary = summarizeTexts(id, name, articleTextOfBytes(name, bytes), sidecarText, conflicted === 1, engine);
    // The id is the host's already (undefined: JSON leaves it out).
    return [0, stamps, { ...summary, id: undefined } as SummaryValues];
  });
  const { rss, heapUsed } = process.memoryUsage();
  return { batch: request.batch, answers: JSON.stringify(answers), rss, heapUsed };
}

process.on('message', (message: IndexProcessSetup | IndexProcessRequest) => {
  if (message.kind === 'setup') {
    options = { language: message.language, userPatterns: compileUserPatterns(message.userPatternSpecs).patterns };
    return;
  }
  const engine = options;
  const send = (reply: IndexProcessReply): void => void process.send?.(reply);
  if (!engine) {
    send({ batch: message.batch, failure: 'the index process was not set up' });
    return;
  }
  answerBatch(message, engine).then(send, (e: unknown) => send({ batch: message.batch, failure: (e as Error).message }));
});
// The host going away (its channel closed) ends this process: it has nothing else to do.
process.on('disconnect', () => process.exit(0));
