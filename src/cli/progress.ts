/**
 * Progress of a long batch on standard error: on a terminal one line redrawn in place (count,
 * rate, time left); otherwise a plain line every few seconds, and nothing for runs shorter than
 * that, so logs and tests stay quiet.
 */
export interface ProgressSink {
  readonly isTTY: boolean;
  write(text: string): void;
}

export type Progress = (done: number, total: number) => void;

export function createProgress(sink: ProgressSink, label: string, now: () => number = () => Date.now()): { tick: Progress; finish: () => void } {
  const started = now();
  let last = started;
  let drawn = false;
  const interval = sink.isTTY ? 100 : 5000;
  const tick: Progress = (done, total) => {
    const t = now();
    if (t - last < interval && done !== total) return;
    if (!sink.isTTY && t - started < interval) return;
    last = t;
    const seconds = (t - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? (total - done) / rate : 0;
    const line = `${label}: ${done}/${total} (${Math.round(rate)}/s, ${formatDuration(left)} left)`;
    if (sink.isTTY) {
      sink.write(`\r\x1b[K${line}`);
      drawn = true;
    } else sink.write(`${line}\n`);
  };
  const finish = (): void => {
    if (drawn) sink.write('\r\x1b[K');
  };
  return { tick, finish };
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
