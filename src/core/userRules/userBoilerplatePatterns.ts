/**
 * Extra boilerplate rules a user writes in settings (`corpusReview.extraBoilerplatePatterns`) or
 * passes to the CLI. They run in RE2's linear-time engine (re2js, a pure-JS port of RE2 that also
 * runs in the web extension host), never in the backtracking JavaScript engine: a pattern such as
 * `^(a+)+$` cannot hang the extension host however long the line. RE2 has no backreferences or
 * lookaround; such a pattern is refused with the parser's message, not silently dropped.
 */
import { RE2JS } from 're2js';
import type { BoilerplateKind } from '../model';

export interface UserPatternSpec {
  readonly pattern: string;
  readonly kind?: string;
  readonly reason?: string;
}

export interface CompiledUserPattern {
  readonly index: number;
  readonly source: string;
  readonly kind: BoilerplateKind;
  readonly reason: string;
  test(line: string): boolean;
}

export interface UserPatternError {
  readonly index: number;
  readonly pattern: string;
  readonly message: string;
}

const KINDS: ReadonlySet<string> = new Set<BoilerplateKind>([
  'related', 'related-list', 'relative-time', 'share', 'breadcrumb', 'promo', 'ad', 'banner', 'caption',
  'repeated-headline', 'byline', 'signoff', 'toc', 'video', 'corpus-repeat', 'other',
]);

/** Patterns longer than this are refused: RE2's program size grows with them, and no line rule needs more. */
export const MAX_USER_PATTERN_LENGTH = 1000;

export function compileUserPatterns(specs: readonly UserPatternSpec[]): { patterns: CompiledUserPattern[]; errors: UserPatternError[] } {
  const patterns: CompiledUserPattern[] = [];
  const errors: UserPatternError[] = [];
  specs.forEach((spec, index) => {
    const source = typeof spec?.pattern === 'string' ? spec.pattern : '';
    if (!source) {
      errors.push({ index, pattern: String(spec?.pattern ?? ''), message: 'the pattern is empty' });
      return;
    }
    if (source.length > MAX_USER_PATTERN_LENGTH) {
      errors.push({ index, pattern: source.slice(0, 40) + '…', message: `the pattern is longer than ${MAX_USER_PATTERN_LENGTH} characters` });
      return;
    }
    if (spec.kind !== undefined && !KINDS.has(spec.kind)) {
      errors.push({ index, pattern: source, message: `unknown kind "${spec.kind}" (known: ${[...KINDS].join(', ')})` });
      return;
    }
    let re: RE2JS;
    try {
      re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
    } catch (e) {
      errors.push({ index, pattern: source, message: (e as Error).message });
      return;
    }
    patterns.push({
      index,
      source,
      kind: (spec.kind as BoilerplateKind | undefined) ?? 'other',
      reason: spec.reason ?? `matches your pattern /${source}/`,
      test: (line) => re.matcher(line).find(),
    });
  });
  return { patterns, errors };
}
