/**
 * A pool of worker threads that maps a function over a list and hands the results back in input
 * order, as they complete. Each worker has a few items in flight (so it never waits for the main
 * thread), and results that arrive early wait in a buffer bounded by jobs × IN_FLIGHT. A worker that
 * dies fails the items it held (the caller gets a message for each) and is replaced while work remains.
 * Node's worker_threads are used directly: no npm pool (piscina, workerpool) keeps input order
 * and per-item crash reporting together, and this is ~100 lines.
 */
import { Worker } from 'node:worker_threads';

/** Items sent to a worker before it answers the first: enough to hide a message round trip. */
const IN_FLIGHT = 4;

export interface PoolRequest {
  readonly index: number;
  readonly item: string;
}

export interface PoolReply<R> {
  readonly index: number;
  readonly result: R;
}

export type Emit<R> = (index: number, outcome: { ok: true; result: R } | { ok: false; message: string }) => void;

export function runOrdered<R>(items: readonly string[], jobs: number, workerPath: string, workerData: unknown, emit: Emit<R>): Promise<void> {
  return new Promise((resolveAll) => {
    const done = new Map<number, { ok: true; result: R } | { ok: false; message: string }>();
    let nextToSend = 0;
    let nextToEmit = 0;
    let live = 0;
    const flush = (): void => {
      for (let r = done.get(nextToEmit); r !== undefined; r = done.get(nextToEmit)) {
        done.delete(nextToEmit);
        emit(nextToEmit++, r);
      }
      if (nextToEmit === items.length) resolveAll();
    };
    if (!items.length) {
      resolveAll();
      return;
    }
    const start = (): void => {
      const worker = new Worker(workerPath, { workerData });
      live++;
      const held = new Set<number>();
      const send = (): void => {
        while (held.size < IN_FLIGHT && nextToSend < items.length) {
          const index = nextToSend++;
          held.add(index);
          worker.postMessage({ index, item: items[index] as string } satisfies PoolRequest);
        }
        if (!held.size) void worker.terminate();
      };
      worker.on('message', (reply: PoolReply<R>) => {
        held.delete(reply.index);
        done.set(reply.index, { ok: true, result: reply.result });
        send();
        flush();
      });
      let failure: string | null = null;
      worker.on('error', (e) => {
        failure = e.message;
      });
      worker.on('exit', (code) => {
        live--;
        if (held.size) {
          const why = failure ?? `the worker thread stopped (exit code ${code})`;
          for (const index of held) done.set(index, { ok: false, message: `the worker processing this article failed: ${why}` });
          held.clear();
          if (nextToSend < items.length) start();
          flush();
        } else if (live === 0 && nextToEmit < items.length && nextToSend < items.length) start();
      });
      send();
    };
    for (let i = 0; i < Math.min(jobs, items.length); i++) start();
  });
}
