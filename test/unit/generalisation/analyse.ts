/**
 * Helpers of the generalisation tests: each test reads a short article written for it, one line
 * per array item, through the whole engine.
 */
import { analyzeText } from '../../../src/core/analyze';
import type { ArticleAnalysis } from '../../../src/core/model';

export const analyse = (lines: readonly string[]): ArticleAnalysis => analyzeText(lines.join('\n')).analysis;
/** The boilerplate kind of a 1-based line, if the line is boilerplate. */
export const kindOf = (a: ArticleAnalysis, line: number): string | undefined => a.boilerplate.find((b) => b.line === line - 1)?.kind;
export const names = (a: ArticleAnalysis): string[] => a.people.map((p) => p.name);
/** The outlet the engine reads for a short article. */
export const outletOf = (lines: readonly string[]): string | null => analyse(lines).outlet;
