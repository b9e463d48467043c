import * as vscode from 'vscode';
import type { StoryManager } from './storyManager';
import type { ExtensionLog } from './log';
import { describeError } from './log';

/**
 * Fades the boilerplate of visible articles (site furniture the engine skips). A decoration, not
 * `DiagnosticTag.Unnecessary` hints: boilerplate is not a problem to fix, so it must not reach the
 * Problems view, other extensions reading diagnostics, or closed files; a decoration costs nothing
 * for editors not shown and can explain itself on hover. The opacity matches VS Code's own
 * unnecessary-code fading, so it looks right in every theme while keeping the text's colours.
 */
export class BoilerplateDecorator implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({ opacity: '0.55' });
  private readonly disposables: vscode.Disposable[] = [this.type];

  constructor(
    private readonly manager: StoryManager,
    private readonly log: ExtensionLog,
  ) {
    this.disposables.push(
      manager.onDidAnalyze(() => this.refresh()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
    );
    this.refresh();
  }

  private refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      try {
        this.decorate(editor);
      } catch (e) {
        this.log.error(`boilerplate decoration failed: ${describeError(e)}`);
      }
    }
  }

  private decorate(editor: vscode.TextEditor): void {
    const uri = editor.document.uri.toString();
    const article = this.manager.getAnalysis(uri)?.articles.find((a) => a.uri === uri);
    const ranges = (article?.boilerplate ?? []).map((span) => ({
      range: this.manager.converter.range(uri, span),
      hoverMessage: 'Article Lens: boilerplate, not analysed',
    }));
    editor.setDecorations(this.type, ranges);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
