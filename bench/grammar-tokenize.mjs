// Shared by the grammar benchmarks and scripts: loads TextMate grammars into vscode-textmate
// with the real Oniguruma (vscode-oniguruma's WASM, what VS Code runs) and tokenises text
// line by line, carrying the rule stack across lines as the editor does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
export const repoRoot = resolve(import.meta.dirname, '..');
// CORPUS_REVIEW_GRAMMAR_JSON points the benches at another build of the grammar (experiments).
export const NEWS_GRAMMAR_PATH = process.env.CORPUS_REVIEW_GRAMMAR_JSON ?? resolve(repoRoot, 'syntaxes/news-article.tmLanguage.json');

let onigLib;
function onig() {
  onigLib ??= (async () => {
    await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
    return {
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    };
  })();
  return onigLib;
}

/**
 * Loads a grammar. `grammars` maps scopeName → raw grammar object; scopes a grammar includes but
 * that are not given (e.g. Markdown's embedded languages) resolve to nothing, as in an editor
 * without those extensions.
 */
export async function loadGrammar(scopeName, grammars) {
  const registry = new vsctm.Registry({
    onigLib: onig(),
    loadGrammar: async (scope) => grammars[scope] ?? null,
  });
  return registry.loadGrammar(scopeName);
}

export async function loadNewsGrammar(path = NEWS_GRAMMAR_PATH) {
  const raw = JSON.parse(readFileSync(path, 'utf8'));
  return loadGrammar('text.news-article', { 'text.news-article': raw });
}

/** Splits like VS Code (\r\n, \n, lone \r). */
export function splitLines(text) {
  return text.split(/\r\n|\n|\r/);
}

/** Tokens of every line: [{startIndex, endIndex, scopes}] per line (UTF-16 offsets). */
export function tokenizeLines(grammar, lines, timeLimitMs = 0) {
  let stack = vsctm.INITIAL;
  const out = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, stack, timeLimitMs);
    out.push(r.tokens);
    stack = r.ruleStack;
  }
  return out;
}
