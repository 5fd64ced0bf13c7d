/**
 * The Articles view's own commands: group by (quick pick or argument), filter (quick pick by
 * outlet, status, speaker or text, or an argument), and open a corpus folder.
 */
import * as vscode from 'vscode';
import { describeFilter, isFilterActive, isGroupBy, type ArticleFilter, type ArticleSummary, type GroupBy } from '../core/corpus';
import type { CorpusIndex } from './corpusIndex';
import { configuredGroupBy, type CorpusTreeProvider } from './corpusTree';

const GROUP_LABELS: Record<GroupBy, string> = {
  outlet: 'Outlet',
  month: 'Month',
  status: 'Review status',
  staleness: 'Sidecar state (stale, missing, conflict)',
  flat: 'None (flat list)',
};

export async function pickGroupBy(arg: unknown): Promise<void> {
  let choice: GroupBy | undefined = isGroupBy(arg) ? arg : undefined;
  if (!choice) {
    const current = configuredGroupBy();
    const picked = await vscode.window.showQuickPick(
      (Object.keys(GROUP_LABELS) as GroupBy[]).map((by) => ({ label: GROUP_LABELS[by], by, description: by === current ? 'current' : undefined })),
      { title: 'Group articles by', placeHolder: 'How the Articles view groups the corpus' },
    );
    choice = picked?.by;
  }
  if (!choice) return;
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('corpusReview').update('tree.groupBy', choice, target);
}

/**
 * The filter command. With an argument (`{outlet?, status?, speaker?, text?}`, as tests and links
 * pass it) it sets that filter; otherwise it asks which facet to narrow by, then the value, and
 * adds it to the filter already on.
 */
export async function pickFilter(provider: CorpusTreeProvider, index: CorpusIndex, arg: unknown): Promise<ArticleFilter> {
  if (arg && typeof arg === 'object') {
    const o = arg as Record<string, unknown>;
    const filter: ArticleFilter = {
      ...(typeof o.outlet === 'string' ? { outlet: o.outlet } : {}),
      ...(typeof o.status === 'string' && ['unreviewed', 'accepted', 'rejected', 'flagged'].includes(o.status) ? { status: o.status as ArticleSummary['status'] } : {}),
      ...(typeof o.speaker === 'string' && o.speaker ? { speaker: o.speaker } : {}),
      ...(typeof o.text === 'string' && o.text ? { text: o.text } : {}),
    };
    provider.setFilter(filter);
    return filter;
  }
  const current = provider.currentFilter();
  const facet = await vscode.window.showQuickPick(
    [
      { label: '$(globe) Outlet…', facet: 'outlet' as const },
      { label: '$(pass) Review status…', facet: 'status' as const },
      { label: '$(person) Speaker…', facet: 'speaker' as const },
      { label: '$(search) Text in headline, file name, outlet or date…', facet: 'text' as const },
      ...(isFilterActive(current) ? [{ label: '$(clear-all) Clear filter', facet: 'clear' as const, description: describeFilter(current) }] : []),
    ],
    { title: 'Filter articles by' },
  );
  if (!facet) return current;
  if (facet.facet === 'clear') {
    provider.setFilter({});
    return {};
  }
  const articles = index.articles();
  const counted = (values: (string | null)[]): { label: string; description: string }[] => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v ?? '', (counts.get(v ?? '') ?? 0) + 1);
    return [...counts].sort((x, y) => y[1] - x[1]).map(([label, n]) => ({ label, description: `${n}` }));
  };
  let next: ArticleFilter | undefined;
  if (facet.facet === 'outlet') {
    const pick = await vscode.window.showQuickPick(counted(articles.map((a) => a.outlet)).map((i) => ({ ...i, label: i.label || 'Unknown outlet', value: i.label })), { title: 'Outlet' });
    if (pick) next = { ...current, outlet: pick.value };
  } else if (facet.facet === 'status') {
    const pick = await vscode.window.showQuickPick(counted(articles.map((a) => a.status)), { title: 'Review status' });
    if (pick) next = { ...current, status: pick.label as ArticleSummary['status'] };
  } else if (facet.facet === 'speaker') {
    const speakers = counted(articles.flatMap((a) => a.speakers.map((s) => s.name)));
    const pick = await vscode.window.showQuickPick(speakers, { title: 'Speaker (articles quoting them)', matchOnDescription: false });
    if (pick) next = { ...current, speaker: pick.label };
  } else {
    const text = await vscode.window.showInputBox({ title: 'Filter by text', prompt: 'Shown: articles whose headline, file name, outlet or date contain this', value: current.text ?? '' });
    if (text !== undefined) next = { ...current, text };
  }
  if (next) provider.setFilter(next);
  return next ?? current;
}

export async function openCorpusFolder(): Promise<void> {
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Open Corpus Folder' });
  const folder = picked?.[0];
  if (!folder) return;
  if (vscode.workspace.workspaceFolders?.length) {
    vscode.workspace.updateWorkspaceFolders(vscode.workspace.workspaceFolders.length, 0, { uri: folder });
  } else {
    await vscode.commands.executeCommand('vscode.openFolder', folder);
  }
}
