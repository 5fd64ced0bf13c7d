/**
 * corpus-review: the engine on the command line, for corpora too large to open one by one.
 *   corpus-review extract <files or folders…> --format jsonl
 * Records go to standard output, progress and errors to standard error.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { analyzeText, decodeArticleBytes, toRecord } from '../core';

function usage(): never {
  process.stderr.write('usage: corpus-review extract <files or folders…> [--format jsonl] [--language id]\n');
  process.exit(2);
}

export function listArticles(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch (e) {
      process.stderr.write(`corpus-review: cannot read ${input}: ${(e as Error).message}\n`);
      continue;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(input).sort()) if (name.endsWith('.txt')) out.push(join(input, name));
    } else out.push(input);
  }
  return out;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'extract') usage();
  const files: string[] = [];
  let language = 'id';
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === '--format') { if (rest[++i] !== 'jsonl') usage(); }
    else if (a === '--language') language = rest[++i] ?? usage();
    else if (a.startsWith('--')) usage();
    else files.push(a);
  }
  if (!files.length) usage();
  let errors = 0;
  for (const file of listArticles(files)) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      errors++;
      process.stderr.write(`corpus-review: ${file}: cannot read: ${(e as Error).message}\n`);
      continue;
    }
    const decoded = decodeArticleBytes(bytes);
    if (!decoded.ok) {
      errors++;
      process.stderr.write(`corpus-review: ${file}: ${decoded.message}\n`);
      continue;
    }
    const { article, analysis } = analyzeText(decoded.text, { language });
    process.stdout.write(JSON.stringify(toRecord(basename(file), article, analysis)) + '\n');
  }
  return errors ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
