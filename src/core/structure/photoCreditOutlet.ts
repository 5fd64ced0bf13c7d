/**
 * The publisher named only in a photo credit: "… Foto/SINDOnews/Ahmad Antoni", "Foto: SIGAPnews/Yohanes Kota" under a
 * page with no dateline, promo, byline or masthead that names it. An outlet's photographer is credited by the outlet's
 * name, then a slash and the photographer's; read last, only from caption lines, and only a name of an outlet's shape
 * (the dateline reader's `isOutlet`). A wire or agency credited for the picture ("Foto: ANTARA/…", "Reuters/…",
 * language data) sells photos to every paper, so it names no publisher.
 */
import type { DatelineReader } from '../dateline/dateline';
import type { BoilerplateLine } from '../model';
import type { LineFeatures } from './lineFeatures';
import type { DatelineData } from './structureData';
import { phraseAlternatives } from '../text/escapeRegExp';

const credits = new WeakMap<DatelineData, { label: RegExp; wires: ReadonlySet<string> } | null>();

function creditReader(data: DatelineData): { label: RegExp; wires: ReadonlySet<string> } | null {
  let reader = credits.get(data);
  if (reader === undefined) {
    const labels = phraseAlternatives(data.photoCreditLabels ?? []);
    reader = labels.length === 0 ? null : {
      // The label, ":" or "/", the name (a word or two), a slash, then the photographer's name.
      label: new RegExp(`(?:^|[^\\p{L}])(?:${labels.join('|')})\\s*[:/]\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}.-]*(?:\\s[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*)?)\\s*/\\s*\\p{L}`, 'giu'),
      wires: new Set((data.photoWires ?? []).map((w) => w.toLowerCase())),
    };
    credits.set(data, reader);
  }
  return reader;
}

export function outletFromPhotoCredit(boilerplate: readonly BoilerplateLine[], features: readonly LineFeatures[], reader: DatelineReader, data: DatelineData): string | null {
  const credit = creditReader(data);
  if (credit === null) return null;
  for (const b of boilerplate) {
    if (b.kind !== 'caption') continue;
    const text = features[b.line]?.text ?? '';
    credit.label.lastIndex = 0;
    for (let m = credit.label.exec(text); m; m = credit.label.exec(text)) {
      const name = (m[1] ?? '').replace(/[.-]+$/u, '');
      if (name.length > 0 && !credit.wires.has(name.toLowerCase()) && reader.isOutlet(name)) return name;
    }
  }
  return null;
}
