/**
 * The extraction commands' sidecar port, implemented with the core sidecar module (the CLI's
 * `extract --write` uses the same functions): a first write builds the file; a re-extraction
 * merges into what a person may have edited (edits win, disagreements come back as conflicts);
 * a sidecar that does not parse or breaks a limit is reported with its line and column and left alone.
 */
import { EXTRACTOR_VERSION } from '../core';
import { buildSidecar, mergeSidecar, type SidecarInput } from '../core/sidecar';
import type { SidecarPort, SidecarUpdate, SidecarUpdateInput } from './extractRunner';

export function coreSidecarPort(now: () => Date = () => new Date()): SidecarPort {
  return {
    update(input: SidecarUpdateInput): SidecarUpdate {
      const sidecarInput: SidecarInput = {
        fileName: input.fileName,
        text: input.text,
        article: input.article,
        analysis: input.analysis,
        extractorVersion: EXTRACTOR_VERSION,
        now: now(),
      };
      if (input.existing === null) return { kind: 'created', text: buildSidecar(sidecarInput) };
      const merged = mergeSidecar(input.existing, sidecarInput);
      if (!merged.ok) return { kind: 'malformed', line: merged.error.line ?? 1, column: merged.error.column ?? 1, message: merged.error.message };
      const conflicts = merged.value.conflicts.map((c) => ({ key: c.line !== null ? `${c.path} (line ${c.line})` : c.path, message: c.message }));
      if (!merged.value.changed && !conflicts.length) return { kind: 'unchanged' };
      return { kind: 'updated', text: merged.value.text, conflicts };
    },
  };
}
