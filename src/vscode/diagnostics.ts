import * as vscode from 'vscode';
import type { Finding, Severity } from '../core';
import { toUri } from './convert';
import type { Converter } from './convert';
import type { FolderStory } from './folderStory';
import type { AnalyzeEvent, StoryManager } from './storyManager';
import type { ExtensionLog } from './log';
import { describeError } from './log';

/** Source name shown with every diagnostic, and used to find ours among a document's diagnostics. */
export const DIAGNOSTIC_SOURCE = 'Article Lens';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Turns one finding into a diagnostic with its related locations. */
export function toDiagnostic(finding: Finding, converter: Converter): vscode.Diagnostic {
  const d = new vscode.Diagnostic(
    converter.range(finding.uri, finding),
    finding.message,
    SEVERITY[finding.severity],
  );
  d.source = DIAGNOSTIC_SOURCE;
  d.code = finding.kind;
  d.relatedInformation = finding.related.map(
    (r) => new vscode.DiagnosticRelatedInformation(converter.location(r.uri, r), r.message || r.text),
  );
  return d;
}

/**
 * Publishes the findings of every article of a story, open or not, after each analysis, and clears
 * the articles that left the story.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('article-lens');
  /** Per story: the URIs that currently have diagnostics from us. */
  private readonly published = new Map<string, Set<string>>();
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly manager: StoryManager,
    private readonly log: ExtensionLog,
  ) {
    this.listener = manager.onDidAnalyze((e) => this.update(e));
  }

  private update(event: AnalyzeEvent): void {
    try {
      const key = event.folder ?? '';
      const before = this.published.get(key) ?? new Set<string>();
      const now = new Set(event.uris);
      for (const uri of before) if (!now.has(uri)) this.collection.delete(toUri(uri));
      const story = event.uris.length ? this.manager.storyOf(event.uris[0]) : undefined;
      if (story?.analysis) this.publish(story, event.uris);
      this.published.set(key, now);
    } catch (e) {
      this.log.error(`publishing diagnostics failed: ${describeError(e)}`);
    }
  }

  private publish(story: FolderStory, uris: readonly string[]): void {
    const byUri = new Map<string, vscode.Diagnostic[]>(uris.map((u) => [u, []]));
    for (const finding of story.analysis?.findings ?? [])
      byUri.get(finding.uri)?.push(toDiagnostic(finding, this.manager.converter));
    this.collection.set([...byUri].map(([uri, diagnostics]) => [toUri(uri), diagnostics]));
  }

  dispose(): void {
    this.listener.dispose();
    this.collection.dispose();
  }
}
