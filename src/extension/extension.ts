/**
 * Corpus Review's activation: a readable list of contributions, each registering its own
 * disposables. Returns the API object the integration tests (and other extensions) use.
 */
import * as vscode from 'vscode';
import { EXTRACTOR_VERSION } from '../core/analyze';

export interface CorpusReviewApi {
  readonly extractorVersion: string;
}

export function activate(_context: vscode.ExtensionContext): CorpusReviewApi {
  return { extractorVersion: EXTRACTOR_VERSION };
}

export function deactivate(): void {
  // Every disposable is registered in context.subscriptions; nothing else to release.
}
