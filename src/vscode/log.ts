import * as vscode from 'vscode';
import type { Logger } from '../core';

/** The extension's one output channel, usable as the engine's {@link Logger}. */
export interface ExtensionLog extends Logger, vscode.Disposable {
  show(): void;
}

/** Creates the 'Article Lens' log output channel. */
export function createLog(): ExtensionLog {
  const channel = vscode.window.createOutputChannel('Article Lens', { log: true });
  return {
    debug: (message) => channel.debug(message),
    info: (message) => channel.info(message),
    warn: (message) => channel.warn(message),
    error: (message) => channel.error(message),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
}

/** Formats a caught value for the log, with its stack when there is one. */
export function describeError(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
