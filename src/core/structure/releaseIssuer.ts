/**
 * The issuer of a press release on its own page: "Tentang Bank Nusa Raya" / "PT Bank … didirikan pada 1961 …", the
 * note about the company or body that closes a release ("Tentang PLN"). Read last, only when nothing else names an
 * outlet and the text calls itself a press release, since a release relayed by a news or distribution site names that
 * site elsewhere (held-out README, "Outlet leftovers (stop 17)").
 */
import type { LineFeatures } from './lineFeatures';
import type { DatelineData } from './structureData';

/** The issuer's name after the heading word: capitalised words or acronyms, up to six ("PT Surya Bahari Energi Tbk"). */
const ISSUER_NAME = /^\p{Lu}[\p{L}\p{N}.&'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'()-]*){0,5}$/u;

/** The compiled heading of each language's data: "tentang" and the rest of the line. */
const headings = new WeakMap<DatelineData, RegExp | null>();

export function outletFromReleaseIssuer(features: readonly LineFeatures[], titleLine: number | null, data: DatelineData): string | null {
  const release = (data.pressReleaseWords ?? []).map((w) => w.toLowerCase());
  if (release.length === 0) return null;
  let heading = headings.get(data);
  if (heading === undefined) {
    heading = data.aboutWords?.length ? new RegExp(`^(?:${data.aboutWords.join('|')})\\s+(.+)$`, 'iu') : null;
    headings.set(data, heading);
  }
  if (heading === null || !features.some((f) => !f.blank && release.some((w) => f.text.toLowerCase().includes(w)))) return null;
  const excluded = new Set((data.aboutExcluded ?? []).map((w) => w.toLowerCase()));
  for (const f of features) {
    if (f.blank || f.index === titleLine) continue;
    const name = heading.exec(f.text.trim())?.[1]?.trim();
    if (!name || !ISSUER_NAME.test(name) || excluded.has((name.split(/\s+/u)[0] ?? '').toLowerCase())) continue;
    return name;
  }
  return null;
}
