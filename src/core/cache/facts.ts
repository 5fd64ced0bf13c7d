/** The tree's facts from a sidecar view (the same reading the extension's reviewSidecar.ts makes), for cache entries. */
import type { SidecarFacts } from '../corpus/summary';
import type { SidecarView } from '../sidecar/read';

export function sidecarFacts(view: SidecarView): SidecarFacts {
  return {
    status: view.review.status,
    title: view.title,
    date: view.date?.iso ?? null,
    outlet: view.outlet,
    speakers: view.quotes.map((q) => q.speaker),
    boilerplateLines: view.boilerplate.reduce((n, b) => n + Math.max(0, (b.lines[1] ?? b.lines[0]) - b.lines[0] + 1), 0),
  };
}
