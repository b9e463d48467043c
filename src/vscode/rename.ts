import * as vscode from 'vscode';
import { itemAt } from '../core';
import type { Mention, StoryAnalysis } from '../core';
import { openDocument, toUri } from './convert';
import { renameEdits } from './entityEdits';
import type { StoryManager } from './storyManager';
import type { ExtensionLog } from './log';
import { describeError } from './log';
import { unlessCancelled } from './activity';

const MAX_NAME_CHARS = 200;

/** A rename refused for a reason the user should read (VS Code shows the message). */
class RenameRefused extends Error {}

/**
 * Rename of an entity across every article of the story (see `renameEdits` for which forms change),
 * as one workspace edit, so that closed articles change too and one undo takes it all back. Unlike
 * the other providers, these throw: an error's message is how VS Code shows why a rename is refused.
 */
export class LensRenameProvider implements vscode.RenameProvider {
  constructor(
    private readonly manager: StoryManager,
    private readonly log: ExtensionLog,
  ) {}

  async prepareRename(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<{ range: vscode.Range; placeholder: string } | undefined> {
    const found = await this.guard('prepare rename', () => this.mentionAt(document, position, token));
    if (!found) return undefined;
    return {
      range: this.manager.converter.range(document.uri.toString(), found.mention),
      placeholder: found.mention.text,
    };
  }

  async provideRenameEdits(
    document: vscode.TextDocument,
    position: vscode.Position,
    newName: string,
    token: vscode.CancellationToken,
  ): Promise<vscode.WorkspaceEdit | undefined> {
    const name = newName.trim();
    if (!name || /[\r\n]/.test(name) || name.length > MAX_NAME_CHARS)
      throw new RenameRefused(`A new name is one line of at most ${MAX_NAME_CHARS} characters.`);
    return this.guard('rename', async () => {
      const found = await this.mentionAt(document, position, token);
      if (!found) return undefined;
      const edit = new vscode.WorkspaceEdit();
      for (const e of renameEdits(found.analysis, found.mention, name)) {
        const range = this.manager.converter.range(e.uri, e);
        const open = openDocument(e.uri);
        // Ranges come from the analysed text; an article edited since would be damaged.
        if (open && open.getText(range) !== e.original)
          throw new RenameRefused('The articles changed while renaming; try again.');
        edit.replace(toUri(e.uri), range, e.text);
      }
      return edit;
    });
  }

  /** The mention under the cursor, in an analysis where every article is up to date. */
  private async mentionAt(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<{ analysis: StoryAnalysis; mention: Mention } | undefined> {
    // The edit reaches every article: wait for pending edits of all of them, not only this one.
    await unlessCancelled(this.manager.whenIdle(), token);
    const found = await this.manager.analysisFor(document, token);
    if (token.isCancellationRequested) return undefined;
    if (!found) throw new RenameRefused('Article Lens has not analysed this article.');
    const offset = this.manager.converter.offsetAt(document, position);
    const item = itemAt(found.analysis, document.uri.toString(), offset);
    if (item?.kind !== 'mention')
      throw new RenameRefused(
        'Article Lens renames names only: put the cursor on a person, organisation or place.',
      );
    return { analysis: found.analysis, mention: item.mention };
  }

  /** Logs unexpected failures; messages meant for the user pass through unchanged. */
  private async guard<T>(what: string, run: () => Promise<T | undefined>): Promise<T | undefined> {
    try {
      return await run();
    } catch (e) {
      if (e instanceof RenameRefused) throw e;
      this.log.error(`${what} failed: ${describeError(e)}`);
      throw new Error('Article Lens could not rename this name. See the output for details.');
    }
  }
}
