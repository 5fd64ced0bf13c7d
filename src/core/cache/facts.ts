/** The tree's facts from a sidecar view: what the extension's tree and the CLI's index cache both keep. */
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
