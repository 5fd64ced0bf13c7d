/**
 * A photo caption a scraper glued in front of the lead, as regional pages of newspaper networks print one over the
 * body: "MERUGI: Seorang petani menjemur tembakau … (MOH. RIFKI/RadarMadura.id) RADARMADURA.ID – Petani …". Its
 * label in capitals closed by a colon looks like a dateline ("MERUGI:" read as a place); the dateline is the one
 * after the caption's credit.
 */

/**
 * A label of capitals (a word or a few, hyphen allowed: "BERSIH-BERSIH") or one capitalised word ("Foto:", as a
 * dataset cell keeps the caption's own label), a colon, the caption's sentence, and a bracketed credit with a slash
 * in it (photographer and outlet); the spaces after it, or none when a capital (the dateline's place) is glued to the
 * bracket ("…/Dimas Ardiansyah)Jember, …"). Only punctuation and letter case: no word of any language.
 */
const CAPTION_THEN_CREDIT = /^(?:\p{Lu}{3,}(?:[\s-]\p{Lu}{2,}){0,2}|\p{Lu}\p{Ll}{2,})\s*:\s+[^()\n]{10,300}?\([^()\n]{2,80}\/[^()\n]{2,80}\)(?:\s+|(?=\p{Lu}))/u;

/** How many characters of `text` a glued caption holds before the dateline (0: none). */
export function captionBeforeDateline(text: string): number {
  if (text.indexOf(':') < 3) return 0;
  return CAPTION_THEN_CREDIT.exec(text)?.[0].length ?? 0;
}
