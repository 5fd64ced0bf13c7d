/**
 * Turns the engine's analysis (and, when there is one, what the sidecar records) into the small
 * ArticleSummary the views use. Sidecar values win over the engine's when the sidecar is fresh,
 * because a reviewer may have corrected them there.
 */
import type { ArticleAnalysis } from '../model';
import type { ArticleSummary, ReviewStatus, SidecarState, SpeakerCount } from './types';

/** The few sidecar fields the views show; every one optional (a hand-edited sidecar may lack any). */
export interface SidecarFacts {
  readonly status?: ReviewStatus;
  readonly title?: string | null;
  readonly date?: string | null;
  readonly outlet?: string | null;
  readonly speakers?: readonly (string | null)[];
  /** How many lines the sidecar's boilerplate entries cover. */
  readonly boilerplateLines?: number;
}

export function boilerplateShare(analysis: ArticleAnalysis): number {
  const nonBlank = analysis.lineRoles.filter((r) => r !== 'blank').length;
  const boilerplate = analysis.lineRoles.filter((r) => r === 'boilerplate').length;
  return nonBlank === 0 ? 0 : boilerplate / nonBlank;
}

/** Speakers by number of quotes (most first, then by name); unattributed quotes are not counted. */
export function countSpeakers(speakers: readonly (string | null)[]): SpeakerCount[] {
  const counts = new Map<string, number>();
  for (const s of speakers) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([name, quotes]) => ({ name, quotes })).sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

export function summarize(
  id: string,
  name: string,
  analysis: ArticleAnalysis,
  sidecar: SidecarState,
  facts: SidecarFacts = {},
): ArticleSummary {
  const trusted = sidecar === 'fresh' || sidecar === 'conflict';
  const pick = <T>(fromSidecar: T | null | undefined, fromEngine: T | null): T | null => (trusted && fromSidecar != null ? fromSidecar : fromEngine);
  const speakerList = trusted && facts.speakers ? facts.speakers : analysis.quotes.map((q) => q.speaker);
  return {
    id,
    name,
    headline: pick(facts.title, analysis.title?.text ?? null),
    date: pick(facts.date, analysis.date?.iso ?? null),
    outlet: pick(facts.outlet, analysis.outlet ?? analysis.dateline?.outlet ?? null),
    status: facts.status ?? 'unreviewed',
    sidecar,
    speakers: countSpeakers(speakerList),
    quoteCount: speakerList.length,
    boilerplateShare: boilerplateShare(analysis),
    indexed: true,
  };
}

/** Non-blank lines of a text (the denominator of the boilerplate share), without analysing it. */
export function countNonBlankLines(text: string): number {
  let n = 0;
  for (const line of text.split(/\r\n|\n|\r/)) if (line.trim()) n++;
  return n;
}

/**
 * A summary from an up-to-date sidecar alone, without running the engine: what makes indexing a
 * corpus that has been extracted cheap (parsing YAML instead of analysing every article).
 */
export function summarizeFromSidecar(id: string, name: string, facts: SidecarFacts, sidecar: 'fresh' | 'conflict', nonBlankLines: number): ArticleSummary {
  const speakers = facts.speakers ?? [];
  return {
    id,
    name,
    headline: facts.title ?? null,
    date: facts.date ?? null,
    outlet: facts.outlet ?? null,
    status: facts.status ?? 'unreviewed',
    sidecar,
    speakers: countSpeakers(speakers),
    quoteCount: speakers.length,
    boilerplateShare: nonBlankLines ? Math.min(1, (facts.boilerplateLines ?? 0) / nonBlankLines) : 0,
    indexed: true,
  };
}
