/**
 * Writing or checking one article's sidecar: the one implementation both the parallel extract
 * and the in-process runExtractWith call. An existing sidecar is merged, never overwritten; the file is read again right before the write and,
 * when a person saved it meanwhile, merged again from their version, so their edit is not lost.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { articleHash, buildSidecar, formatSidecarError, MAX_SIDECAR_BYTES, mergeSidecar, readSidecar, type SidecarInput } from '../../core/sidecar';
import { writeFileAtomic } from '../atomicWrite';
import type { ExtractSummary } from '../extractCommand';

/** extract's counts, plus the articles an incremental run skipped (their sidecar was current). */
export interface SidecarCounts extends ExtractSummary {
  skipped: number;
}

export const zeroCounts = (): SidecarCounts => ({ written: 0, merged: 0, unchanged: 0, stale: 0, missing: 0, wouldChange: 0, conflicts: 0, current: 0, orphans: 0, errors: 0, skipped: 0 });

/** Keeps a BOM in the text (ignoreBOM), so a merge can write it back. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The sidecar's text, null when there is none. Throws (the caller reports it and leaves the file
 * alone) when it is too large to be a sidecar or not valid UTF-8: decoding it loosely and writing it
 * back would replace the person's bytes with U+FFFD.
 */
export function readExistingSidecar(path: string): string | null {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_SIDECAR_BYTES) throw new Error(`sidecar is ${size} bytes, over the limit of ${MAX_SIDECAR_BYTES}; left untouched`);
    bytes = readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    throw new Error('sidecar is not valid UTF-8; left untouched');
  }
}

/** Writes (mode 'write') or compares (mode 'check') one sidecar; `found` is its text as read before the analysis. */
export function sidecarStep(file: string, path: string, input: SidecarInput, text: string, found: string | null, mode: 'write' | 'check', counts: ExtractSummary, err: (line: string) => void): void {
  // An empty file holds nothing to keep (a `touch`, another tool's crash): it is written like a missing one.
  const existing = found !== null && found.trim() === '' ? null : found;
  if (existing === null) {
    if (mode === 'check') {
      counts.missing++;
      err(`corpus-review: ${path}: missing (no sidecar for ${basename(file)})`);
      return;
    }
    // Someone may have created it while the article was analysed: merge into theirs instead.
    const now = readExistingSidecar(path);
    if (now !== null && now.trim() !== '') return sidecarStep(file, path, input, text, now, mode, counts, err);
    writeFileAtomic(path, buildSidecar(input));
    counts.written++;
    return;
  }
  let base = existing;
  // A person may save the sidecar while we merge: merge again from their version (twice at most).
  for (let attempt = 0; attempt < 3; attempt++) {
    const merged = mergeSidecar(base, input);
    if (!merged.ok) {
      counts.errors++;
      err(`corpus-review: ${formatSidecarError(path, merged.error)} (left untouched)`);
      return;
    }
    const conflicts = merged.value.conflicts.map((c) => `corpus-review: ${path}${c.line !== null ? `:${c.line}` : ''}: conflict: ${c.message}`);
    if (mode === 'check') {
      conflicts.forEach((c) => err(c));
      counts.conflicts += conflicts.length;
      const view = readSidecar(base);
      if (view.ok && view.value.source.sha256 !== articleHash(text)) {
        counts.stale++;
        err(`corpus-review: ${path}: stale (${basename(file)} changed since extraction)`);
      } else if (merged.value.changed) {
        counts.wouldChange++;
        err(`corpus-review: ${path}: out of date (extraction would change it)`);
      } else if (!conflicts.length) counts.current++;
      return;
    }
    const now = readExistingSidecar(path);
    if (now === base) {
      conflicts.forEach((c) => err(c));
      counts.conflicts += conflicts.length;
      if (!merged.value.changed) {
        counts.unchanged++;
        return;
      }
      writeFileAtomic(path, merged.value.text);
      counts.merged++;
      return;
    }
    if (now === null || now.trim() === '') {
      writeFileAtomic(path, buildSidecar(input));
      counts.written++;
      return;
    }
    base = now;
  }
  counts.errors++;
  err(`corpus-review: ${path}: the sidecar kept changing while it was merged; left as it is`);
}
