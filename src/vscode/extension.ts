import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../core';
import { readSettings, SETTINGS_SECTION } from './config';
import { Ctx } from './ctx';
import type { ArticleLensApi } from './ctx';
import { isCandidateDocument } from './storyManager';

export type { ArticleLensApi } from './ctx';

/**
 * Registers the commands and cheap one-shot listeners; the real work starts on the first article
 * (or at once when a folder has a `.articlelens.json`), so a plain-text user pays almost nothing.
 */
export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  const ctx = new Ctx();
  context.subscriptions.push(ctx);
  const waiting: vscode.Disposable[] = [];
  const startNow = (): void => {
    for (const d of waiting.splice(0)) d.dispose();
    void ctx.start();
  };
  const maybeStart = (): void => {
    if (!readSettings().enable) return;
    if (vscode.workspace.textDocuments.some(isCandidateDocument)) return startNow();
    void hasConfigFile().then((found) => found && startNow());
  };
  waiting.push(
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (isCandidateDocument(doc) && readSettings().enable) startNow();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.enable`)) maybeStart();
    }),
  );
  context.subscriptions.push({ dispose: () => waiting.splice(0).forEach((d) => d.dispose()) });
  maybeStart();
  return ctx.api;
}

/** Everything is disposed through the extension context. */
export function deactivate(): void {}

async function hasConfigFile(): Promise<boolean> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME));
      return true;
    } catch {
      // Absent: look at the next folder.
    }
  }
  return false;
}
