import * as vscode from 'vscode';
import { z } from 'zod';
import {
  ACCEPT_SPELLING_COMMAND,
  DISTINCT_ENTITIES_COMMAND,
  OPEN_LOCATION_COMMAND,
  REANALYZE_COMMAND,
  SHOW_OUTPUT_COMMAND,
} from './commandIds';
import { addAcceptedSpelling, addDistinctEntities } from './configFile';
import { toUri } from './convert';
import type { StoryManager } from './storyManager';
import type { ExtensionLog } from './log';
import { describeError } from './log';

/** What the commands need from the extension's context; `manager` is undefined until it has started. */
export interface CommandHost {
  readonly log: ExtensionLog;
  readonly manager: StoryManager | undefined;
  /** Starts the extension if it has not started (the user asked for something). */
  start(): Promise<void>;
}

const openLocationArgs = z.object({
  uri: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
const acceptSpellingArgs = z.object({ folder: z.string().min(1), spelling: z.string().min(1).max(200) });
const name = z.string().min(1).max(200);
const distinctEntitiesArgs = z.object({ folder: z.string().min(1), names: z.tuple([name, name]) });

const NOT_READY = 'Article Lens has not started yet: open an article (.txt, .md or .article) to start it.';

/** Registers every command; they exist from activation on and explain themselves while not ready. */
export function registerCommands(host: CommandHost): vscode.Disposable[] {
  const run =
    (name: string, body: (...args: unknown[]) => Promise<void>) =>
    async (...args: unknown[]): Promise<void> => {
      try {
        await body(...args);
      } catch (e) {
        host.log.error(`${name} failed: ${describeError(e)}`);
        void vscode.window.showErrorMessage(`Article Lens: ${name} failed. See the output for details.`);
      }
    };
  return [
    vscode.commands.registerCommand(
      REANALYZE_COMMAND,
      run('re-analysis', async () => {
        if (!host.manager) return host.start();
        await host.manager.restart();
      }),
    ),
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => host.log.show()),
    vscode.commands.registerCommand(
      OPEN_LOCATION_COMMAND,
      run('opening the source', (arg) => openLocation(host, arg)),
    ),
    vscode.commands.registerCommand(
      ACCEPT_SPELLING_COMMAND,
      run('accepting the spelling', (arg) => acceptSpelling(host, arg)),
    ),
    vscode.commands.registerCommand(
      DISTINCT_ENTITIES_COMMAND,
      run('recording different people', (arg) => distinctEntities(host, arg)),
    ),
  ];
}

async function openLocation(host: CommandHost, arg: unknown): Promise<void> {
  const parsed = openLocationArgs.safeParse(arg);
  if (!parsed.success) throw new Error(`bad arguments: ${parsed.error.message}`);
  const { manager } = host;
  if (!manager) return void vscode.window.showInformationMessage(NOT_READY);
  const { uri, start, end } = parsed.data;
  // Only articles of a story may be opened this way: the command is reachable from hover links.
  if (!manager.storyOf(uri))
    return void vscode.window.showWarningMessage('That article is no longer part of the story.');
  const range = manager.converter.range(uri, { start, end: Math.max(start, end) });
  const document = await vscode.workspace.openTextDocument(toUri(uri));
  // Reading side by side is the point: reuse the group already showing the article, else open beside.
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside,
    selection: range,
    preserveFocus: false,
  });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function acceptSpelling(host: CommandHost, arg: unknown): Promise<void> {
  const parsed = acceptSpellingArgs.safeParse(arg);
  if (!parsed.success) throw new Error(`bad arguments: ${parsed.error.message}`);
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === parsed.data.folder);
  if (!folder) return void vscode.window.showWarningMessage('That folder is no longer open.');
  await addAcceptedSpelling(folder.uri, parsed.data.spelling, host.log);
  await host.manager?.reloadFolder(folder.uri);
}

async function distinctEntities(host: CommandHost, arg: unknown): Promise<void> {
  const parsed = distinctEntitiesArgs.safeParse(arg);
  if (!parsed.success) throw new Error(`bad arguments: ${parsed.error.message}`);
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === parsed.data.folder);
  if (!folder) return void vscode.window.showWarningMessage('That folder is no longer open.');
  await addDistinctEntities(folder.uri, parsed.data.names, host.log);
  await host.manager?.reloadFolder(folder.uri);
}
