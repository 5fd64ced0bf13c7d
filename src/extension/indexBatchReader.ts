/**
 * A batch of an indexing pass's articles, checked and read: each is stat'ed against its recorded
 * stamps, and read and summarised when they are not current. The index process does all three
 * when the pass uses one and the article can go there (a local file, not open in an editor, the
 * process running: see indexProcess/client.ts); otherwise the host checks and reads it here for
 * the pass to summarise one at a time (the web extension host, other schemes, an open editor's
 * unsaved text, a small corpus, a process that failed). The stats go to the process too, so that a
 * pass in a process makes no file-system calls in the host.
 *
 * The process is started with the pass's first batch and stopped by `close` when the pass ends.
 */
import * as vscode from 'vscode';
import type { SummaryValues } from '../core/corpus';
import { checkArticle, readInputs, type ArticleInputs, type Check, type ReadingContext } from './articleReading';
import type { ArticleStamps } from './corpusIndexCache';
import { IndexProcessClient } from './indexProcess/client';
import type { IndexProcessAnswer, IndexProcessItem } from './indexProcess/protocol';
import { isLocalFile } from './localFiles';
import { baseName } from './sidecarPaths';

/** One article of a read batch: current (nothing read), summarised by the index process, or its inputs to summarise in the host. */
export type BatchArticle =
  | { readonly check: Check; readonly made?: undefined; readonly inputs?: undefined }
  | { readonly check: Check; readonly made: SummaryValues; readonly inputs?: undefined }
  | { readonly check: Check; readonly made?: undefined; readonly inputs: ArticleInputs };

export class IndexBatchReader {
  /** undefined: not started yet; null: there is none (or it failed) and the host reads. */
  private process: IndexProcessClient | null | undefined;
  /** The process started, if any, even after it failed: close stops it. */
  private started: IndexProcessClient | undefined;

  constructor(
    private readonly reading: ReadingContext,
    private readonly log: (line: string) => void,
    private readonly cancelled: () => boolean,
    /** Whether this pass may use an index process (a corpus large enough to pay for one). */
    useProcess: boolean,
    /** The child's bundle, for tests (default: beside the extension's). */
    private readonly modulePath?: string,
  ) {
    if (!useProcess) this.process = null;
  }

  /** Checks and reads `uris` (with their recorded stamps and whether a sidecar may exist), in their order. */
  async read(uris: readonly vscode.Uri[], recorded: readonly (ArticleStamps | undefined)[], sidecarMayExist: readonly boolean[]): Promise<BatchArticle[]> {
    const child = this.processFor();
    // An open editor's text (unsaved edits included) is read here: the process reads files.
    const open = child ? new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString())) : undefined;
    const sidecarUris = uris.map((uri, i) => (sidecarMayExist[i] ? this.reading.sidecarUriFor(uri) : undefined));
    const toProcess: number[] = [];
    const here: number[] = [];
    uris.forEach((uri, i) => {
      const sidecarUri = sidecarUris[i];
      const local = isLocalFile(uri) && (!sidecarUri || isLocalFile(sidecarUri)) && !open?.has(uri.toString());
      (child && local ? toProcess : here).push(i);
    });
    const out: BatchArticle[] = new Array<BatchArticle>(uris.length);
    const readHere = async (indices: readonly number[]): Promise<void> => {
      const checks = await Promise.all(indices.map((i) => checkArticle(uris[i] as vscode.Uri, recorded[i], sidecarMayExist[i] === true, this.reading)));
      const inputs = await Promise.all(indices.map((i, j) => ((checks[j] as Check).current ? undefined : readInputs(uris[i] as vscode.Uri, (checks[j] as Check).sidecarUri))));
      indices.forEach((i, j) => {
        const check = checks[j] as Check;
        const read = inputs[j];
        out[i] = read ? { check, inputs: read } : { check };
      });
    };
    const fromProcess = async (): Promise<void> => {
      if (!child || !toProcess.length) return;
      const items = toProcess.map((i): IndexProcessItem => {
        const uri = uris[i] as vscode.Uri;
        const id = uri.toString();
        return [uri.fsPath, sidecarUris[i]?.fsPath ?? null, id, baseName(uri), this.reading.isConflicted(id) ? 1 : 0, recorded[i] ?? null];
      });
      try {
        const answers = await child.inspect(items);
        toProcess.forEach((i, j) => {
          const [current, stamps, made] = answers[j] as IndexProcessAnswer;
          const check: Check = { current: current === 1, stamps: stamps ?? undefined, sidecarUri: sidecarUris[i] };
          out[i] = made ? { check, made } : { check };
        });
      } catch (e) {
        if (this.cancelled()) return;
        // The process failed (or was stopped): this batch and the rest of the pass are read here.
        if (this.process) this.log(`Corpus Review: indexing continues in the extension host (${(e as Error).message})`);
        this.process = null;
        await readHere(toProcess);
      }
    };
    await Promise.all([fromProcess(), readHere(here)]);
    return out;
  }

  /** Stops the process, if one was started; the pass has ended. */
  async close(): Promise<void> {
    const child = this.started;
    this.process = null;
    this.started = undefined;
    if (child) await child.stop();
  }

  private processFor(): IndexProcessClient | undefined {
    if (this.process === undefined) {
      this.started = IndexProcessClient.start(this.reading.analyzeOptions(), this.log, this.modulePath);
      this.process = this.started ?? null;
    }
    if (this.process?.failed !== undefined) this.process = null;
    return this.process ?? undefined;
  }
}
