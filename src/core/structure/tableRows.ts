/**
 * Rows of a table in the body ("Seksi | Ruas | Panjang | Progres" over "1 | Padang – Kasang | 4,2 km | 98,1%"): a
 * run of adjacent lines split by spaced bars into the same number of cells, at least three cells and three lines,
 * two of them holding figures. A site menu ("Home | Berita | Daerah | Opini") is one line of words, or lines of
 * words only; a table's header row reads like one, so the rows under it say what it is.
 */
import type { LineFeatures } from './lineFeatures';

const CELL_SEPARATOR = /\s\|\s/g;
const MIN_CELLS = 3;
const MIN_ROWS = 3;
const MIN_ROWS_WITH_FIGURES = 2;

function cellCount(text: string): number {
  const bars = text.match(CELL_SEPARATOR);
  return bars ? bars.length + 1 : 1;
}

/** The indices of the lines that are rows of such a table. */
export function tableRowLines(features: readonly LineFeatures[]): Set<number> {
  const rows = new Set<number>();
  let run: number[] = [];
  let runCells = 0;
  const close = () => {
    const withFigures = run.filter((i) => /\d/.test(features[i]?.text ?? '')).length;
    if (run.length >= MIN_ROWS && withFigures >= MIN_ROWS_WITH_FIGURES) for (const i of run) rows.add(i);
    run = [];
    runCells = 0;
  };
  for (const f of features) {
    const cells = f.blank || !f.text.includes('|') ? 1 : cellCount(f.text);
    if (cells < MIN_CELLS || (run.length > 0 && cells !== runCells)) close();
    if (cells < MIN_CELLS) continue;
    run.push(f.index);
    runCells = cells;
  }
  close();
  return rows;
}
