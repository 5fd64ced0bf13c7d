/**
 * The extraction commands' sidecar port, implemented with the core sidecar module: a first write
 * builds the file, a re-extraction merges into what a person may have edited (never clobbers), and
 * a sidecar that does not parse is reported with its line and column and left alone.
 */
import { EXTRACTOR_VERSION } from '../core';
import { buildSidecar } from '../core/sidecar/build';
import { readSidecar } from '../core/sidecar/read';
import type { SidecarPort, SidecarUpdate, SidecarUpdateInput } from './extractRunner';

export function coreSidecarPort(now: () => Date = () => new Date()): SidecarPort {
  return {
    update(input: SidecarUpdateInput): SidecarUpdate {
      const sidecarInput = { fileName: input.fileName, text: input.text, article: input.article, analysis: input.analysis, extractorVersion: EXTRACTOR_VERSION, now: now() };
      if (input.existing === null) return { kind: 'created', text: buildSidecar(sidecarInput) };
      const read = readSidecar(input.existing);
      if (!read.ok) return { kind: 'malformed', line: read.error.line ?? 1, column: read.error.column ?? 1, message: read.error.message };
      // FIXME(sidecar): replace with the core's mergeSidecar as soon as it lands (issue 4).
      return { kind: 'malformed', line: 1, column: 1, message: 'merging into an existing sidecar needs the core merge, which has not landed yet' };
    },
  };
}
