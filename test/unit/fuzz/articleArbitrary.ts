/**
 * fast-check arbitraries for article-like text: fragments that exercise every rule (quote marks of
 * every kind, reporting cues, "Baca Juga" lines, dates, datelines, sign-offs) mixed with random
 * Unicode, every line-ending style, BOMs and blank runs. Shared by the fuzz test and bench/fuzz.mjs.
 */
import fc from 'fast-check';

const fragments = [
  '“', '”', '"', '„', '«', '»', "'", ' ujarnya.', ', kata Budi.', ' tegas Wali Kota Sukamaju.', ' imbuhnya', 'ia', 'beliau',
  'Baca Juga : ', 'BACA JUGA:', 'Baca juga:', 'Berita Terkait Lainnya', 'Pos terkait', 'Tag', 'Share',
  'KOTA SUKAMAJU - ', 'Sukamaju, MediaKita.id – ', 'Senin (25/11/2024)', 'Jumat, (17/05)', 'Kamis, 5 September 2024 | 14:33 WIB',
  '2 hari yang lalu', 'MediaKita | 3 jam yang lalu', '(Adv)', '(*/abc)', '(Red)', '***', 'Oleh MC KOTA SUKAMAJU, ',
  'Temukan Berita MediaKita.id di Google News', '[Gambas:Video 20detik]', 'SCROLL TO CONTINUE WITH CONTENT',
  'Pj Bupati Sukamaju H. Ahmad Fauzi, SH', 'Warga berkumpul di balai desa.', ' ', '  ', '\t', '.', ',', '(', ')', '|', '-', '–',
];
const breaks = ['\n', '\r\n', '\r', '\n\n', '\n \n'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...fragments) },
  { weight: 2, arbitrary: fc.constantFrom(...breaks) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** An article: optional BOM, then up to 200 pieces. */
export const articleText = fc
  .tuple(fc.boolean(), fc.array(piece, { maxLength: 200 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''));
