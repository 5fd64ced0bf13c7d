/**
 * Crash-safe file replacement: the new text goes to a temporary file in the same folder (same
 * file system, so the rename is atomic), is flushed to disk, and is renamed over the target. A
 * reader — or the next run after a crash — sees the old file or the new one, never half of one.
 */
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TEMP_MARK = '.corpus-review-tmp';

/** `.name.<pid>.<n>.corpus-review-tmp`: hidden, and names the process that wrote it. */
function tempPathFor(target: string, attempt: number): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${attempt}${TEMP_MARK}`);
}

let counter = 0;

export function writeFileAtomic(target: string, text: string): void {
  const temp = tempPathFor(target, counter++);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    writeSync(fd, text, null, 'utf8');
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkQuietly(temp);
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(temp, target);
  } catch (e) {
    unlinkQuietly(temp);
    throw e;
  }
  fsyncDirectory(dirname(target));
}

/** Makes the rename itself durable; not every platform lets a directory be opened (Windows), which is fine. */
function fsyncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files a killed run left in `dir` (only ours, and only those whose writing
 * process is gone, so a run in progress elsewhere keeps its own). Returns how many it removed.
 */
export function removeAbandonedTempFiles(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.endsWith(TEMP_MARK)) continue;
    const pid = Number(/\.(\d+)\.\d+\.corpus-review-tmp$/.exec(name)?.[1]);
    if (Number.isInteger(pid) && !processAlive(pid)) {
      unlinkQuietly(join(dir, name));
      removed++;
    }
  }
  return removed;
}
