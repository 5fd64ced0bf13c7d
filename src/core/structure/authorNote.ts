/**
 * A writer's note after the body: "Baiq Nurul Hidayah adalah jurnalis lepas …" under a page whose byline reads "Oleh
 * Baiq Nurul Hidayah | Foto: …". The line opens with the name the byline gives (every word up to the first one in lower
 * case, at least two of them), and only page furniture follows it. No words of any language are read: only the
 * byline's text and capitals.
 */
import type { LineModel } from './structure';
import { plainText } from './plainText';

/** The capitalised words (titles, degrees and their commas included) that open a line, before its first lower-case word. */
const OPENING_NAME = /^(\p{Lu}[\p{L}.'’-]*,?(?:\s+\p{Lu}[\p{L}.'’-]*,?)+)\s+\p{Ll}/u;


/** How far into a line its opening name (titles and degrees included) may reach. */
const MAX_NAME_CHARS = 160;

export function markAuthorNotes(model: LineModel): void {
  // The bylines are read only when a line under the body opens with a name (most pages have none).
  let bylines: { index: number; text: string }[] | null = null;
  // From the end: the lines under the body's last paragraph, as long as each is blank, furniture, or such a note.
  for (let i = model.features.length - 1; i >= 0; i--) {
    const f = model.features[i];
    if (!f || f.blank || model.marks.has(i)) continue;
    if (i === model.titleLine || model.protectedLines.has(i)) return;
    // The name opens the line: its first characters are enough (a last paragraph may be long).
    const name = OPENING_NAME.exec(plainText(f.text.slice(0, MAX_NAME_CHARS)))?.[1]?.replace(/,$/u, '');
    if (name === undefined) return;
    bylines ??= model.features.filter((g) => !g.blank && model.marks.kindOf(g.index) === 'byline').map((g) => ({ index: g.index, text: plainText(g.text) }));
    // The byline stands above the note ("Oleh …" under the headline, "Penulis: …" under the body); a credit under the
    // line ("Sumber: Humas <body>" under a release's last paragraph, which opens with that body's name) names no writer.
    if (!bylines.some((b) => b.index < i && b.text.includes(name))) return;
    model.marks.mark(i, 'byline', 'author-note', "a note on the writer, opening with the byline's name, after the body");
  }
}
