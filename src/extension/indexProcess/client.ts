/**
 * The extension host's side of the index process (child.ts): started by a pass over a large
 * corpus (see IndexBatchReader), given batches, stopped when the pass ends so that its
 * whole memory goes with it. Only in Node (the web extension host cannot start processes: the web
 * build drops this require, as localFiles.ts drops fs's) and only for engine options that can
 * cross a process boundary. A process that fails to start or dies fails its pending batches; the
 * pass reads them itself.
 */
import type * as NodeChildProcess from 'node:child_process';
import type * as NodeFs from 'node:fs';
import type { AnalyzeOptions } from '../../core';
import type { UserPatternSpec } from '../../core/userRules/userBoilerplatePatterns';
import type { IndexProcessAnswer, IndexProcessItem, IndexProcessReply, IndexProcessRequest, IndexProcessSetup } from './protocol';

/* eslint-disable @typescript-eslint/no-require-imports -- requires the web build can drop; imports it could not */
const nodeChildProcess: typeof NodeChildProcess | undefined = process.env.CORPUS_REVIEW_WEB === '1' ? undefined : (require('node:child_process') as typeof NodeChildProcess);
const nodeFs: typeof NodeFs | undefined = process.env.CORPUS_REVIEW_WEB === '1' ? undefined : (require('node:fs') as typeof NodeFs);
/* eslint-enable @typescript-eslint/no-require-imports */

/** The options an index pass analyses with, plus the user's patterns as written (so a child process can compile them). */
export type IndexAnalyzeOptions = AnalyzeOptions & { readonly userPatternSpecs?: readonly UserPatternSpec[] };

/** What the index process did in a pass, for the benchmark (a performance mark, see IndexProcessClient.stop). */
export interface IndexProcessFigures {
  articles: number;
  batches: number;
  /** The largest resident set the child reported after a batch (bytes). */
  peakRss: number;
  /** The largest live heap it reported (bytes). */
  peakHeapUsed: number;
}

/** Kept of the child's standard error, for the message when it dies. */
const STDERR_KEEP = 2000;

export class IndexProcessClient {
  private readonly pending = new Map<number, { resolve: (s: IndexProcessAnswer[]) => void; reject: (e: Error) => void }>();
  private nextBatch = 0;
  private failure: string | undefined;
  private stderr = '';
  private readonly exited: Promise<void>;
  readonly figures: IndexProcessFigures = { articles: 0, batches: 0, peakRss: 0, peakHeapUsed: 0 };

  private constructor(private readonly child: NodeChildProcess.ChildProcess) {
    child.on('message', (reply: IndexProcessReply) => this.answer(reply));
    child.on('error', (e) => this.fail(`the index process failed: ${e.message}`));
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString('utf8')).slice(-STDERR_KEEP)));
    this.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => {
        const said = this.stderr.trim().split('\n').slice(-3).join(' / ');
        this.fail(`the index process stopped (${signal ?? `exit code ${code}`})${said ? `: ${said}` : ''}`);
        resolve();
      }),
    );
  }

  /**
   * A child process for `options`, or undefined when there can be none: not Node, its bundle
   * missing, or options that cannot cross a process boundary (language data given as an object,
   * compiled patterns without their specs, corpus signals).
   * `modulePath`: the child's bundle (default: dist/indexProcess.js beside dist/extension.js).
   */
  static start(options: IndexAnalyzeOptions, log: (line: string) => void, modulePath?: string): IndexProcessClient | undefined {
    if (!nodeChildProcess || !nodeFs) return undefined;
    if (typeof options.language === 'object' || options.corpus || (options.userPatterns?.length && !options.userPatternSpecs)) return undefined;
    // Not a default parameter: the web build has no __dirname, and gets here first.
    const path = modulePath ?? `${__dirname}/indexProcess.js`;
    if (!nodeFs.existsSync(path)) return undefined;
    try {
      const child = nodeChildProcess.fork(path, [], {
        // Not the host's flags (an inspector port would clash); a cap so that a runaway child dies, and the pass goes on in the host;
        // a small young generation: the engine's garbage dies young, and 4 MB semi-spaces keep the child's resident set small.
        execArgv: ['--max-old-space-size=1024', '--max-semi-space-size=4'],
        // In the desktop host process.execPath is Electron's binary: run as Node, as language servers are.
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        serialization: 'json',
      });
      const client = new IndexProcessClient(child);
      child.send({ kind: 'setup', language: options.language, userPatternSpecs: options.userPatternSpecs ?? [] } satisfies IndexProcessSetup);
      return client;
    } catch (e) {
      log(`Corpus Review: indexing in the extension host (the index process did not start: ${(e as Error).message})`);
      return undefined;
    }
  }

  /** Why the process failed (its batches are then read by the caller), or undefined while it works. */
  get failed(): string | undefined {
    return this.failure;
  }

  /** The answers for `items`, in their order; rejects when the process fails. */
  inspect(items: readonly IndexProcessItem[]): Promise<IndexProcessAnswer[]> {
    if (this.failure !== undefined) return Promise.reject(new Error(this.failure));
    const batch = this.nextBatch++;
    return new Promise((resolve, reject) => {
      this.pending.set(batch, { resolve, reject });
      this.child.send({ kind: 'batch', batch, items } satisfies IndexProcessRequest, (e) => e && this.fail(`the index process could not be reached: ${e.message}`));
    });
  }

  /** Ends the process (its memory is freed) and records what it did as a performance mark the benchmark reads. */
  async stop(): Promise<void> {
    const running = this.failure === undefined;
    this.fail('the index process was stopped');
    performance.mark('corpus-review/index-process', { detail: { ...this.figures } });
    if (running) this.child.kill();
    await this.exited;
  }

  private answer(reply: IndexProcessReply): void {
    const waiting = this.pending.get(reply.batch);
    if (!waiting) return;
    this.pending.delete(reply.batch);
    if ('failure' in reply) {
      waiting.reject(new Error(reply.failure));
      return;
    }
    const values = JSON.parse(reply.answers) as IndexProcessAnswer[];
    this.figures.articles += values.length;
    this.figures.batches++;
    this.figures.peakRss = Math.max(this.figures.peakRss, reply.rss);
    this.figures.peakHeapUsed = Math.max(this.figures.peakHeapUsed, reply.heapUsed);
    waiting.resolve(values);
  }

  private fail(why: string): void {
    this.failure ??= why;
    for (const waiting of this.pending.values()) waiting.reject(new Error(this.failure));
    this.pending.clear();
  }
}
