/**
 * corpus-review: the engine on the command line, for corpora too large to open one by one.
 *   corpus-review extract <files or folders…> [--format jsonl] [--write | --check] [--sidecar-suffix S]
 *                         [--jobs N] [--full] [--no-index]   (see parallel/parallelExtract.ts)
 *   corpus-review learn <files or folders…> --out FILE   (the corpus pass alone, for shards: learnCommand.ts)
 *   corpus-review export …   (see exportCommand.ts)
 * Records go to standard output; progress, conflicts, errors and summaries to standard error.
 */
import { join } from 'node:path';
import { runExport } from './exportCommand';
import { runLearn } from './learnCommand';
import { PARALLEL_USAGE, runParallelExtractCli } from './parallel/parallelExtract';

const USAGE = `${PARALLEL_USAGE}\n       corpus-review export …`;
/** Built beside this file: dist/extractWorker.js next to dist/cli.js (esbuild), or out/src/cli/ (tsc). */
const EXTRACT_WORKER = join(__dirname, 'extractWorker.js');

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  const err = (line: string): void => void process.stderr.write(`${line}\n`);
  if (command === 'extract') return runParallelExtractCli(rest, EXTRACT_WORKER, out, err, { isTTY: process.stderr.isTTY === true, write: (text) => void process.stderr.write(text) });
  if (command === 'export') return runExport(rest);
  if (command === 'learn') return runLearn(rest, err);
  err(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`corpus-review: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
