/**
 * What the extension host and the index process (child.ts) say to each other over Node's IPC
 * channel (JSON). Small and flat on purpose: the host keeps only what its column store keeps per
 * row, and every string the child sends becomes garbage in the host's heap until the row is set.
 */
import type { SummaryValues } from '../../core/corpus';
import type { RowStamps } from '../../core/corpus/stampColumns';
import type { UserPatternSpec } from '../../core/userRules/userBoilerplatePatterns';

/** The first message: how the engine runs for this pass. */
export interface IndexProcessSetup {
  readonly kind: 'setup';
  readonly language: string | undefined;
  /** The user's extra boilerplate rules as the settings give them (compiled in the child: a compiled rule is a function). */
  readonly userPatternSpecs: readonly UserPatternSpec[];
}

/**
 * One article to check, and to read and summarise when its recorded stamps are not current: its
 * file's path, its sidecar's (null: none may exist), its id, name, this session's conflict mark,
 * and the stamps its cache entry records (null: none).
 */
export type IndexProcessItem = readonly [path: string, sidecarPath: string | null, id: string, name: string, conflicted: 0 | 1, recorded: RowStamps | null];

/**
 * One article's answer: whether the recorded stamps were current, the stamps a stat gave (null:
 * the article could not be stat'ed), and its summary when it was read (null when current).
 */
export type IndexProcessAnswer = readonly [current: 0 | 1, stamps: RowStamps | null, summary: SummaryValues | null];

/** A batch of articles to read and summarise. */
export interface IndexProcessRequest {
  readonly kind: 'batch';
  readonly batch: number;
  readonly items: readonly IndexProcessItem[];
}

/**
 * The batch's answers, in the request's order, as one JSON array of IndexProcessAnswer (one string
 * to parse in the host, not an object graph built by the IPC layer); or why the batch failed.
 */
export type IndexProcessReply =
  | {
      readonly batch: number;
      readonly answers: string;
      /** The child's resident set and live heap after the batch (bytes), for the benchmark. */
      readonly rss: number;
      readonly heapUsed: number;
    }
  | { readonly batch: number; readonly failure: string };
