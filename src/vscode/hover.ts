import * as vscode from 'vscode';
import { itemAt } from '../core';
import type { Span } from '../core';
import { OPEN_LOCATION_COMMAND } from './commandIds';
import { hoverMarkdown } from './hoverContent';
import { commandUri } from './markdown';
import type { StoryManager } from './storyManager';
import type { ExtensionLog } from './log';
import { describeError } from './log';

/** Arguments of the open-location command, as the hover links carry them. */
export interface OpenLocationArgs {
  uri: string;
  start: number;
  end: number;
}

/** The link target that opens a span of an article through our own command. */
export function openLocationLink(uri: string, span: Span): string {
  const args: OpenLocationArgs = { uri, start: span.start, end: span.end };
  return commandUri(OPEN_LOCATION_COMMAND, args);
}

/** Hover cards on entity mentions, figures and quotations, cross-referenced with the other sources. */
export class LensHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly manager: StoryManager,
    private readonly log: ExtensionLog,
  ) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    try {
      if (!this.manager.settings.hover.enable) return undefined;
      const found = await this.manager.analysisFor(document, token);
      if (!found || token.isCancellationRequested) return undefined;
      const uri = document.uri.toString();
      const item = itemAt(found.analysis, uri, this.manager.converter.offsetAt(document, position));
      if (!item) return undefined;
      const markdown = new vscode.MarkdownString(hoverMarkdown(found.analysis, item, openLocationLink));
      // Article text is escaped, so the only links are the ones we built; trust exactly our command.
      markdown.isTrusted = { enabledCommands: [OPEN_LOCATION_COMMAND] };
      markdown.supportHtml = false;
      markdown.supportThemeIcons = false;
      const span = item.kind === 'mention' ? item.mention : item.kind === 'figure' ? item.figure : item.quote;
      return new vscode.Hover(markdown, this.manager.converter.range(uri, span));
    } catch (e) {
      this.log.error(`hover failed: ${describeError(e)}`);
      return undefined;
    }
  }
}
