/**
 * Line-level anatomy of an article: headline, boilerplate lines with their kinds, dateline,
 * outlet, bylines and sign-offs. BASELINE: the first non-blank line is the headline and the
 * language data's cues mark boilerplate; the engine issue replaces this with the full model.
 */
import { isBlank, type Article } from '../article/article';
import type { LanguageData } from '../lang/language';
import type { BoilerplateLine, Dateline, LineRole, SignOff } from '../model';
import type { CorpusSignals } from '../boilerplate/corpusBoilerplate';

export interface StructureResult {
  readonly title: { readonly text: string; readonly line: number } | null;
  readonly lineRoles: readonly LineRole[];
  readonly boilerplate: readonly BoilerplateLine[];
  readonly dateline: Dateline | null;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly signoffs: readonly SignOff[];
}

export interface StructureOptions {
  readonly corpus?: CorpusSignals;
}

export function analyzeStructure(article: Article, lang: LanguageData, _options: StructureOptions = {}): StructureResult {
  const roles: LineRole[] = article.lines.map((l) => (isBlank(l.text) ? 'blank' : 'body'));
  const boilerplate: BoilerplateLine[] = [];
  let title: StructureResult['title'] = null;
  const cues = lang.boilerplate.cues.map((c) => ({ cue: c, re: new RegExp(c.pattern, 'iu') }));
  for (const line of article.lines) {
    if (roles[line.index] === 'blank') continue;
    const text = line.text.trim();
    if (!title) {
      title = { text: text.replace(/\s+/g, ' '), line: line.index };
      roles[line.index] = 'headline';
      continue;
    }
    const hit = cues.find((c) => c.re.test(text));
    if (hit) {
      roles[line.index] = 'boilerplate';
      boilerplate.push({ line: line.index, kind: hit.cue.kind, rule: hit.cue.id, reason: hit.cue.reason });
    }
  }
  return { title, lineRoles: roles, boilerplate, dateline: null, outlet: null, authors: [], signoffs: [] };
}
