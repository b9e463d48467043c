import * as vscode from 'vscode';
import { findingsIn } from '../core';
import type { Finding, StoryAnalysis } from '../core';
import { ACCEPT_SPELLING_COMMAND, DISTINCT_ENTITIES_COMMAND } from './commandIds';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { distinctPair, wordOccurrences } from './entityEdits';
import { truncate } from './markdown';
import type { StoryManager } from './storyManager';
import type { ExtensionLog } from './log';
import { describeError } from './log';

/** Arguments of the accept-spelling command. */
export interface AcceptSpellingArgs {
  folder: string;
  spelling: string;
}

/** Arguments of the command that records two names as different people. */
export interface DistinctEntitiesArgs {
  folder: string;
  names: [string, string];
}

const MAX_SUGGESTIONS = 3;

/**
 * Quick fixes for findings that carry suggestions, and for name spellings "accept this spelling"
 * and "treat as a different person" (both recorded in the folder's configuration file).
 */
export class LensCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(
    private readonly manager: StoryManager,
    private readonly log: ExtensionLog,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): vscode.CodeAction[] | undefined {
    try {
      const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
      const story = this.manager.storyOf(document.uri);
      if (!ours.length || !story?.analysis || token.isCancellationRequested) return undefined;
      const actions: vscode.CodeAction[] = [];
      const seen = new Set<string>();
      for (const diagnostic of ours) {
        const finding = this.findingOf(document, diagnostic);
        if (!finding) continue;
        const folder = story.folder?.uri;
        for (const action of this.actionsFor(document, diagnostic, finding, story.analysis, folder)) {
          if (seen.has(action.title)) continue;
          seen.add(action.title);
          actions.push(action);
        }
      }
      return actions;
    } catch (e) {
      this.log.error(`code actions failed: ${describeError(e)}`);
      return undefined;
    }
  }

  /** The finding behind one of our diagnostics: same kind and message, overlapping the same place. */
  private findingOf(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
    const analysis = this.manager.getAnalysis(document.uri);
    if (!analysis) return undefined;
    const { converter } = this.manager;
    const start = converter.offsetAt(document, diagnostic.range.start);
    const end = converter.offsetAt(document, diagnostic.range.end);
    return findingsIn(analysis, document.uri.toString(), start, end).find(
      (f) => f.kind === diagnostic.code && f.message === diagnostic.message,
    );
  }

  private actionsFor(
    document: vscode.TextDocument,
    diagnostic: vscode.Diagnostic,
    finding: Finding,
    analysis: StoryAnalysis,
    folder: vscode.Uri | undefined,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    // The diagnostic's range follows the user's edits; fix only while it still covers the flagged text.
    const current = document.getText(diagnostic.range);
    const suggestions = (finding.suggestions ?? []).filter((s) => s !== current).slice(0, MAX_SUGGESTIONS);
    if (current === finding.text) {
      suggestions.forEach((suggestion, i) => {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, diagnostic.range, suggestion);
        actions.push(
          this.fix(`Replace with '${truncate(suggestion, 60)}'`, diagnostic, { edit, isPreferred: i === 0 }),
        );
      });
      const all = wordOccurrences(document.getText(), finding.text);
      if (suggestions.length && all.length > 1) {
        const edit = new vscode.WorkspaceEdit();
        for (const [s, e] of all)
          edit.replace(
            document.uri,
            new vscode.Range(document.positionAt(s), document.positionAt(e)),
            suggestions[0],
          );
        const title = `Replace all '${truncate(finding.text, 40)}' with '${truncate(suggestions[0], 40)}' in this file`;
        actions.push(this.fix(title, diagnostic, { edit }));
      }
    }
    if (finding.kind === 'name_spelling' && folder) {
      const args: AcceptSpellingArgs = { folder: folder.toString(), spelling: finding.text };
      const command = { title: 'Accept spelling', command: ACCEPT_SPELLING_COMMAND, arguments: [args] };
      actions.push(this.fix(`Accept spelling '${truncate(finding.text, 60)}'`, diagnostic, { command }));
      const names = distinctPair(analysis, finding);
      if (names) {
        const distinct: DistinctEntitiesArgs = { folder: folder.toString(), names };
        const title = `Treat '${truncate(names[0], 40)}' as a different person from '${truncate(names[1], 40)}'`;
        const run = {
          title: 'Treat as different people',
          command: DISTINCT_ENTITIES_COMMAND,
          arguments: [distinct],
        };
        actions.push(this.fix(title, diagnostic, { command: run }));
      }
    }
    return actions;
  }

  private fix(
    title: string,
    diagnostic: vscode.Diagnostic,
    parts: { edit?: vscode.WorkspaceEdit; command?: vscode.Command; isPreferred?: boolean },
  ): vscode.CodeAction {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.edit = parts.edit;
    action.command = parts.command;
    action.isPreferred = parts.isPreferred;
    return action;
  }
}
