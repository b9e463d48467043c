import type * as vscode from 'vscode';

/**
 * Counts the work in flight (promises and debounce timers) so that callers, integration tests
 * among them, can wait until everything has settled instead of sleeping.
 */
export class Activity {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private busy = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly onError: (e: unknown) => void) {}

  /** Runs `work` after `delay` ms, replacing the work scheduled under the same key. */
  debounce(key: string, delay: number, work: () => void): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        try {
          work();
        } catch (e) {
          this.onError(e);
        }
        this.settle();
      }, delay),
    );
  }

  /** Counts a promise as work until it settles; its failure is reported, not rethrown. */
  async track<T>(work: Promise<T>): Promise<T | undefined> {
    this.busy++;
    try {
      return await work;
    } catch (e) {
      this.onError(e);
      return undefined;
    } finally {
      this.busy--;
      this.settle();
    }
  }

  /** Cancels every scheduled piece of work. */
  cancelAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.settle();
  }

  /** Resolves once nothing is scheduled or running. */
  whenIdle(): Promise<void> {
    return this.isIdle() ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.busy === 0 && this.timers.size === 0;
  }

  private settle(): void {
    if (this.isIdle()) for (const resolve of this.waiters.splice(0)) resolve();
  }
}

/** Resolves when `promise` does or when the token is cancelled, whichever comes first. */
export async function unlessCancelled(
  promise: Promise<void>,
  token: vscode.CancellationToken,
): Promise<void> {
  let listener: vscode.Disposable | undefined;
  try {
    await Promise.race([
      promise,
      new Promise<void>((resolve) => (listener = token.onCancellationRequested(() => resolve()))),
    ]);
  } finally {
    listener?.dispose();
  }
}
