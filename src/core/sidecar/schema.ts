/**
 * Sidecar schema v1: the shape of `<stem>.meta.yaml`, its key order, and which parts the engine
 * owns. The JSON Schema in schemas/sidecar-v1.schema.json describes the same shape for editors.
 */
export const SIDECAR_SCHEMA_ID = 'corpus-review/v1';
export const DEFAULT_SIDECAR_SUFFIX = '.meta.yaml';

/** Sidecars over this size are refused unread: a real one is a few kilobytes. */
export const MAX_SIDECAR_BYTES = 2 * 1024 * 1024;
/** Anchors (and aliases) a sidecar may hold: the engine writes none; a person may write a few. */
export const MAX_SIDECAR_ANCHORS = 16;
/** Alias expansions allowed when reading values (the `yaml` package's `maxAliasCount`). */
export const MAX_SIDECAR_ALIAS_EXPANSIONS = 64;

export const REVIEW_STATUSES = ['unreviewed', 'accepted', 'rejected', 'flagged'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface Review {
  readonly status: ReviewStatus;
  readonly reviewer: string | null;
  readonly note: string | null;
  /** ISO 8601 time of the decision. */
  readonly time: string | null;
}

/** A 1-based line and 1-based code-point column (end positions are inclusive). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface SidecarDate {
  readonly iso: string;
  readonly time: string | null;
  readonly zone: string | null;
  readonly raw: string;
  readonly rule: string;
  readonly start: Position;
  readonly end: Position;
}

export interface SidecarDateline {
  readonly place: string | null;
  readonly outlet: string | null;
  readonly raw: string;
  readonly start: Position;
  readonly end: Position;
}

export interface SidecarPerson {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly role: string | null;
  readonly mentions: number;
  readonly organisation?: boolean;
}

export interface SidecarQuote {
  readonly text: string;
  readonly speaker: string | null;
  /** The attribution as written ("tegas Benyamin", "ujarnya"), null when none was found. */
  readonly cue: string | null;
  readonly start: Position;
  readonly end: Position;
}

export interface SidecarBoilerplate {
  readonly kind: string;
  /** First and last line, 1-based, inclusive. */
  readonly lines: readonly [number, number];
  readonly text: string;
  readonly rule: string;
  readonly reason: string;
  /** For corpus-learned lines: in how many articles of the corpus the line occurs. */
  readonly sharedBy?: number;
}

export interface SidecarSource {
  readonly file: string;
  /** sha256Hex of the article text with the BOM removed and line ends normalised to \n (see articleHash). */
  readonly sha256: string;
  readonly lines: number;
}

/** Engine-owned top-level fields, merged as whole values, in file order. */
export const ROOT_FIELDS = ['language', 'title', 'date', 'dateline', 'outlet', 'authors'] as const;
export type RootField = (typeof ROOT_FIELDS)[number];

/** Engine-owned lists, merged item by item and field by field, in file order. */
export const LIST_FIELDS = ['people', 'quotes', 'boilerplate'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** The field that names an item of each list: an item whose naming field a person changes is a new item. */
export const LIST_IDENTITY: Record<ListField, string> = { people: 'name', quotes: 'text', boilerplate: 'text' };

/** Field order of the items of each list (fields the engine writes; a person may add others). */
export const LIST_ITEM_FIELDS: Record<ListField, readonly string[]> = {
  people: ['name', 'aliases', 'role', 'mentions', 'organisation'],
  quotes: ['text', 'speaker', 'cue', 'start', 'end'],
  boilerplate: ['kind', 'lines', 'text', 'rule', 'reason', 'sharedBy'],
};

/** Top-level key order of a sidecar the engine writes. */
export const TOP_LEVEL_ORDER = ['schema', 'source', 'extractor', 'extracted', 'review', ...ROOT_FIELDS, ...LIST_FIELDS, 'engine'] as const;

export const HEADER_COMMENT =
  ' Corpus Review sidecar (schema corpus-review/v1): what the engine found in the article named under source.\n' +
  ' Edit freely: re-extraction keeps your changed values, deleted entries, comments and the review block.';

export const ENGINE_COMMENT =
  ' Fingerprints of the values the engine last wrote, so re-extraction can tell your edits from its own.\n Leave this block as it is.';
