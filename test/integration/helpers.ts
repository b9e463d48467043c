// Shared by the integration suites: the extension's API, the workspace copy, and waiting on the
// extension's own events (never on a timer guessing how long analysis takes).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticleLensApi } from '../../src/vscode/extension';

/** `publisher.name` from package.json. */
export const EXTENSION_ID = 'article-lens.article-lens';
/** The source of our diagnostics (DIAGNOSTIC_SOURCE). */
export const SOURCE = 'Article Lens';
/** How long a test waits for an expected state before it fails. */
const WAIT_MS = 30_000;

/** The extension's API, activating it if nothing has yet. */
export async function getApi(): Promise<ArticleLensApi> {
  const ext = vscode.extensions.getExtension<ArticleLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  const api = ext.isActive ? ext.exports : await ext.activate();
  assert.ok(api?.whenIdle, 'activate() did not return the Article Lens API');
  return api;
}

/** A workspace folder of the test workspace, by name ('samples' or 'seeds'). */
export function folder(name: string): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.find((f) => f.name === name);
}

/** The URI of a sample article, e.g. '03-newspulse-hub.txt'. */
export function sample(file: string): vscode.Uri {
  const samples = folder('samples');
  assert.ok(samples, 'the test workspace has no "samples" folder');
  return vscode.Uri.joinPath(samples.uri, file);
}

/** Opens an article in an editor and waits until the extension has analysed it. */
export async function openArticle(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await analysed(doc);
  return editor;
}

/**
 * Waits until the extension has analysed the current text of a document. The open or edit event
 * has reached the extension host by the time openTextDocument/applyEdit resolve, so once the
 * extension is idle its analysis is of this text. (The analysis' `version` field is not used: the
 * engine keeps the old one when a file opens with the text it had on disk.)
 */
export async function analysed(doc: vscode.TextDocument): Promise<void> {
  const api = await getApi();
  await api.whenIdle();
  const uri = doc.uri.toString();
  await waitFor(`an analysis of ${shortName(doc.uri)}`, () =>
    api.getAnalysis(uri)?.articles.some((a) => a.uri === uri) ? true : undefined,
  );
}

/** Our diagnostics of a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/**
 * Resolves with `probe()` once it returns something other than undefined. The probe is tried now
 * and again after each analysis and each change of diagnostics, until WAIT_MS have passed; the
 * timeout error shows `state()` when given.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined,
  state?: () => unknown,
): Promise<T> {
  const first = probe();
  if (first !== undefined) return first;
  // Not activated here: the activation test waits for the extension to start on its own.
  const ext = vscode.extensions.getExtension<ArticleLensApi>(EXTENSION_ID);
  const api = ext?.isActive ? ext.exports : undefined;
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const finish = (fn: () => void): void => {
      clearTimeout(deadline);
      subscriptions.forEach((s) => s.dispose());
      fn();
    };
    const check = (): void => {
      try {
        const value = probe();
        if (value !== undefined) finish(() => resolve(value));
      } catch (e) {
        finish(() => reject(e));
      }
    };
    const deadline = setTimeout(() => {
      const now = state ? `; last state: ${JSON.stringify(state())}` : '';
      finish(() => reject(new Error(`timed out after ${WAIT_MS / 1000}s waiting for ${what}${now}`)));
    }, WAIT_MS);
    subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(check),
      vscode.workspace.onDidChangeTextDocument(check),
    );
    if (api) subscriptions.push(api.onDidAnalyze(check));
    // The state may have changed between the first probe and the subscriptions.
    check();
  });
}

/** The position of the `nth` occurrence of `text` in a document. */
export function positionOf(doc: vscode.TextDocument, text: string, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${nth + 1}) not found in ${shortName(doc.uri)}`);
  }
  return doc.positionAt(at);
}

/** The range of the `nth` occurrence of `text` in a document. */
export function rangeOf(doc: vscode.TextDocument, text: string, nth = 0): vscode.Range {
  const start = positionOf(doc, text, nth);
  return new vscode.Range(start, doc.positionAt(doc.offsetAt(start) + text.length));
}

/** The file name of a URI, for messages. */
export function shortName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The plain text of hover contents. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** The article URIs that the open-location links of a hover point to. */
export function linkedUris(markdown: string): string[] {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/command:articleLens\.openLocation\?([^)\s]+)/g)) {
    const args = JSON.parse(decodeURIComponent(m[1])) as { uri: string }[];
    for (const a of args) out.add(a.uri);
  }
  return [...out];
}

/** Closes every editor, reverting unsaved changes, so that the next suite starts clean. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments)
    if (doc.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await (await getApi()).whenIdle();
}
