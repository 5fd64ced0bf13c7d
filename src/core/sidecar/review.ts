/** Recording a review decision: only the review block changes; every other byte stays. */
import { isMap, parseDocument, type YAMLMap } from 'yaml';
import { assignKey, insertKeyOrdered, createStyledNode, STRINGIFY_OPTIONS } from './nodes';
import { failure, parseSidecar, type SidecarResult } from './parse';
import { REVIEW_STATUSES, TOP_LEVEL_ORDER, type Review } from './schema';
import { inStyle, textStyleOf, withoutBom } from './textStyle';

const REVIEW_KEYS = ['status', 'reviewer', 'note', 'time'] as const;

/**
 * Sets the given review fields (others in the block are kept, a person's comments too). Fails
 * like readSidecar when the sidecar does not parse, and when `status` is not a v1 status.
 * Text outside the review block is kept byte for byte: the new block is spliced into the original text.
 */
export function setReview(fileText: string, review: Partial<Review>): SidecarResult<string> {
  const style = textStyleOf(fileText);
  const yamlText = withoutBom(fileText);
  if (review.status !== undefined && !REVIEW_STATUSES.includes(review.status)) {
    return failure('schema', `review status must be one of ${REVIEW_STATUSES.join(', ')}; got ${JSON.stringify(review.status)}`);
  }
  const parsed = parseSidecar(yamlText);
  if (!parsed.ok) return parsed;
  const { doc } = parsed.value;
  const root = doc.contents as YAMLMap;
  const node = root.get('review', true);
  if (!isMap(node) || node.flow) {
    // No block (or one in an unusual form): rewrite the document with a fresh block.
    const fresh = { status: 'unreviewed', reviewer: null, note: null, time: null, ...(isMap(node) ? (node.toJSON() as object) : {}), ...review };
    if (root.has('review')) root.set('review', createStyledNode(doc, fresh));
    else insertKeyOrdered(doc, root, 'review', createStyledNode(doc, fresh), TOP_LEVEL_ORDER);
    return { ok: true, value: inStyle(doc.toString(STRINGIFY_OPTIONS), style) };
  }
  for (const key of REVIEW_KEYS) {
    const value = review[key];
    if (value !== undefined) assignKey(doc, node, key, value, REVIEW_KEYS);
  }
  // Splice: print the whole document, then take only the review block's new text.
  const before = blockText(yamlText, node.range);
  const printed = doc.toString(STRINGIFY_OPTIONS);
  const reparsed = parseDocument(printed).contents;
  const printedNode = isMap(reparsed) ? reparsed.get('review', true) : null;
  if (!before || !isMap(printedNode) || !printedNode.range) return { ok: true, value: inStyle(printed, style) };
  const after = inStyle(printed.slice(printedNode.range[0], printedNode.range[1]), { bom: false, crlf: style.crlf });
  const [start, end] = node.range as [number, number, number];
  const spliced = yamlText.slice(0, start) + alignEnd(before, after) + yamlText.slice(end);
  return { ok: true, value: style.bom ? `\uFEFF${spliced}` : spliced };
}

function blockText(text: string, range: [number, number, number] | null | undefined): string | null {
  return range ? text.slice(range[0], range[1]) : null;
}

/** Keeps the original block's trailing line break(s), which belong to the surrounding text. */
function alignEnd(before: string, after: string): string {
  const trailing = /(?:\r?\n)*$/.exec(before)?.[0] ?? '';
  return after.replace(/(?:\r?\n)*$/, '') + trailing;
}
