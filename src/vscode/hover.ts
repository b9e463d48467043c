import * as vscode from 'vscode';
import { claimAt, itemAt } from '../core';
import type { Span } from '../core';
import { OPEN_LOCATION_COMMAND } from './commandIds';
import { claimHoverMarkdown, hoverMarkdown } from './hoverContent';
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

/** Hover cards on entity mentions, figures, quotations and claim sentences, cross-referenced with the other sources. */
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
      const offset = this.manager.converter.offsetAt(document, position);
      const item = itemAt(found.analysis, uri, offset);
      if (item) {
        const span =
          item.kind === 'mention' ? item.mention : item.kind === 'figure' ? item.figure : item.quote;
        return this.hover(hoverMarkdown(found.analysis, item, openLocationLink), uri, span);
      }
      // Outside every mention, figure and quotation: the sentence's claim, when the story has others to compare.
      const at = claimAt(found.analysis, uri, offset);
      if (!at || found.analysis.articles.length < 2) return undefined;
      const text = claimHoverMarkdown(found.analysis, at.article, at.claim, openLocationLink);
      return this.hover(text, uri, at.claim);
    } catch (e) {
      this.log.error(`hover failed: ${describeError(e)}`);
      return undefined;
    }
  }

  private hover(text: string, uri: string, span: Span): vscode.Hover {
    const markdown = new vscode.MarkdownString(text);
    // Article text is escaped, so the only links are the ones we built; trust exactly our command.
    markdown.isTrusted = { enabledCommands: [OPEN_LOCATION_COMMAND] };
    markdown.supportHtml = false;
    markdown.supportThemeIcons = false;
    return new vscode.Hover(markdown, this.manager.converter.range(uri, span));
  }
}
