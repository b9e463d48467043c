import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, foldName, parseLensConfigText, stripJsonComments } from '../core';
import type { LensConfig } from '../core';
import { openDocument } from './convert';
import type { ExtensionLog } from './log';
import { describeError } from './log';

/** The `.articlelens.json` of a folder. */
export function configUri(folder: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(folder, CONFIG_FILE_NAME);
}

/** Reads a folder's `.articlelens.json`: defaults when absent, defaults and readable errors when invalid. */
export async function readConfigFile(
  folder: vscode.Uri,
): Promise<{ config: LensConfig; errors: string[]; text: string | undefined }> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(configUri(folder));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound')
      return { config: DEFAULT_CONFIG, errors: [], text: undefined };
    return { config: DEFAULT_CONFIG, errors: [`could not be read: ${describeError(e)}`], text: undefined };
  }
  const text = new TextDecoder().decode(bytes);
  return { ...parseLensConfigText(text), text };
}

/**
 * Reports configuration errors: a diagnostic per error on the file, and one warning message per
 * distinct set of errors, so a user fixing the file is not shown the same message on every save.
 */
export class ConfigReporter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('article-lens-config');
  private readonly shown = new Map<string, string>();

  constructor(private readonly log: ExtensionLog) {}

  /** Publishes the errors of one configuration file (none clears them). */
  report(uri: vscode.Uri, text: string | undefined, errors: readonly string[]): void {
    const key = uri.toString();
    if (errors.length === 0) {
      this.collection.delete(uri);
      this.shown.delete(key);
      return;
    }
    this.collection.set(
      uri,
      errors.map((error) => {
        const d = new vscode.Diagnostic(
          errorRange(text ?? '', error),
          error,
          vscode.DiagnosticSeverity.Warning,
        );
        d.source = 'Article Lens';
        return d;
      }),
    );
    const summary = errors.join('; ');
    this.log.warn(`${key}: ${summary}; using the default configuration`);
    if (this.shown.get(key) === summary) return;
    this.shown.set(key, summary);
    const message = `Article Lens: ${CONFIG_FILE_NAME} has errors, so the defaults are used. ${errors[0]}${
      errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''
    }`;
    void vscode.window.showWarningMessage(message, 'Open File').then((choice) => {
      if (choice) void vscode.window.showTextDocument(uri);
    });
  }

  /** Forgets a file's errors (its folder left the workspace). */
  forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.shown.delete(uri.toString());
  }

  dispose(): void {
    this.collection.dispose();
  }
}

/** Where an error points: the JSON position it names, or the first key of its path, or the start. */
function errorRange(text: string, error: string): vscode.Range {
  const lines = text.split(/\r\n|\r|\n/);
  const at = (offset: number): vscode.Position => {
    let rest = Math.max(0, Math.min(offset, text.length));
    for (let line = 0; line < lines.length; line++) {
      if (rest <= lines[line].length) return new vscode.Position(line, rest);
      rest -= lines[line].length + 1;
    }
    return new vscode.Position(0, 0);
  };
  const position = /position (\d+)/.exec(error);
  if (position) return new vscode.Range(at(Number(position[1])), at(Number(position[1]) + 1));
  const key = /^([^.:\s]+)[.:]/.exec(error)?.[1] ?? '(root)';
  const found = key !== '(root)' ? text.indexOf(`"${key}"`) : -1;
  return found >= 0 ? new vscode.Range(at(found), at(found + key.length + 2)) : new vscode.Range(0, 0, 0, 1);
}

/**
 * Changes keys of a folder's `.articlelens.json`, creating the file when missing and keeping its
 * other keys; returns whether it wrote the file. The only writer of the only file the extension
 * writes, and only when the user asked for it; `what` completes "fix it before you …".
 */
async function updateConfigFile(
  folder: vscode.Uri,
  what: string,
  change: (config: Readonly<Record<string, unknown>>) => ConfigChange,
): Promise<boolean> {
  const uri = configUri(folder);
  if (openDocument(uri.toString())?.isDirty) {
    void vscode.window.showWarningMessage(`Save ${CONFIG_FILE_NAME} first, then ${what} again.`);
    return false;
  }
  let text = '{}';
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) throw e;
  }
  let data: unknown;
  try {
    data = JSON.parse(stripJsonComments(text));
  } catch {
    data = undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    void vscode.window.showErrorMessage(
      `${CONFIG_FILE_NAME} is not a JSON object; fix it before you ${what}.`,
    );
    return false;
  }
  const config = data as Record<string, unknown>;
  const result = change(config);
  if (!result) return false;
  if ('error' in result) {
    void vscode.window.showErrorMessage(result.error);
    return false;
  }
  if (/\/[/*]/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, '""'))) {
    const go = await vscode.window.showWarningMessage(
      `Rewriting ${CONFIG_FILE_NAME} will drop its comments.`,
      { modal: true },
      'Rewrite',
    );
    if (go !== 'Rewrite') return false;
  }
  Object.assign(config, result.set);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${JSON.stringify(config, null, 2)}\n`));
  return true;
}

/** The keys to set, or why the file cannot be changed as asked; undefined when it already says so. */
type ConfigChange = { set: Record<string, unknown> } | { error: string } | undefined;

/** Adds a spelling to `acceptedSpellings` of a folder's `.articlelens.json`. */
export async function addAcceptedSpelling(
  folder: vscode.Uri,
  spelling: string,
  log: ExtensionLog,
): Promise<void> {
  const written = await updateConfigFile(folder, 'accept the spelling', (config) => {
    const list = config.acceptedSpellings ?? [];
    if (!Array.isArray(list)) return { error: `"acceptedSpellings" in ${CONFIG_FILE_NAME} is not a list.` };
    return list.includes(spelling) ? undefined : { set: { acceptedSpellings: [...list, spelling] } };
  });
  if (written) log.info(`accepted the spelling "${spelling}" in ${configUri(folder).toString()}`);
}

/** Adds a group of names that are different people to `distinctEntities` of a folder's `.articlelens.json`. */
export async function addDistinctEntities(
  folder: vscode.Uri,
  names: readonly string[],
  log: ExtensionLog,
): Promise<void> {
  const written = await updateConfigFile(folder, 'separate the names', (config) => {
    const groups = config.distinctEntities ?? [];
    if (!Array.isArray(groups)) return { error: `"distinctEntities" in ${CONFIG_FILE_NAME} is not a list.` };
    const known = groups.some(
      (g) =>
        Array.isArray(g) &&
        names.every((n) => g.some((x) => typeof x === 'string' && foldName(x) === foldName(n))),
    );
    return known ? undefined : { set: { distinctEntities: [...groups, [...names]] } };
  });
  if (written)
    log.info(
      `recorded ${names.map((n) => `"${n}"`).join(' and ')} as different in ${configUri(folder).toString()}`,
    );
}
