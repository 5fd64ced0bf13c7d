/**
 * One disposable idiom for the extension (STYLE.md §10, after PR-GitHub's lifecycle.ts): a base
 * class that owns what it `_register`s and disposes it once; anything registered after disposal is
 * disposed at once instead of leaking.
 */
import type * as vscode from 'vscode';

export function disposeAll(disposables: Iterable<vscode.Disposable>): void {
  for (const d of disposables) {
    try {
      d.dispose();
    } catch {
      // One failing dispose must not keep the others alive.
    }
  }
}

export abstract class Disposable implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private disposed = false;

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  protected _register<T extends vscode.Disposable>(d: T): T {
    if (this.disposed) d.dispose();
    else this.owned.push(d);
    return d;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    disposeAll(this.owned.splice(0));
  }
}
