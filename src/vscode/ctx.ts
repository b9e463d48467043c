import * as vscode from 'vscode';
import type { StoryAnalysis } from '../core';
import { BoilerplateDecorator } from './boilerplate';
import { LensCodeActionProvider } from './codeActions';
import { registerCommands } from './commands';
import type { CommandHost } from './commands';
import { ConfigReporter } from './configFile';
import { readSettings, SETTINGS_SECTION } from './config';
import { DiagnosticsPublisher } from './diagnostics';
import { LensHoverProvider } from './hover';
import { createLog, describeError } from './log';
import type { ExtensionLog } from './log';
import { LensNavigationProvider } from './references';
import { LensRenameProvider } from './rename';
import { LEGEND, LensSemanticTokensProvider } from './semanticTokens';
import { ARTICLE_LANGUAGES, StoryManager } from './storyManager';
import type { AnalyzeEvent } from './storyManager';

/** What `activate` returns: lets integration tests wait on analysis instead of sleeping. */
export interface ArticleLensApi {
  onDidAnalyze: vscode.Event<AnalyzeEvent>;
  whenIdle(): Promise<void>;
  getAnalysis(uri: string | vscode.Uri): StoryAnalysis | undefined;
}

const SELECTOR: vscode.DocumentSelector = ARTICLE_LANGUAGES.map((language) => ({ language }));

/**
 * Owns everything the extension creates. Commands and the log exist from activation; the story
 * manager and the providers are created by `start`, once, on the first article.
 */
export class Ctx implements CommandHost, vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly analyzed = new vscode.EventEmitter<AnalyzeEvent>();
  private starting: Promise<void> | undefined;
  private tokens: LensSemanticTokensProvider | undefined;
  readonly log: ExtensionLog;
  manager: StoryManager | undefined;

  readonly api: ArticleLensApi = {
    onDidAnalyze: this.analyzed.event,
    whenIdle: async () => {
      await this.starting;
      await this.manager?.whenIdle();
    },
    getAnalysis: (uri) => this.manager?.getAnalysis(uri),
  };

  constructor() {
    this.log = this.own(createLog());
    this.own(this.analyzed);
    for (const d of registerCommands(this)) this.own(d);
  }

  /** Registers a disposable on this context the moment it is created. */
  own<T extends vscode.Disposable>(disposable: T): T {
    this.disposables.push(disposable);
    return disposable;
  }

  /** Creates the manager and providers and loads the workspace; runs once. */
  start(): Promise<void> {
    this.starting ??= this.startNow().catch((e: unknown) => {
      // Shown once; the commands stay registered and explain the state.
      this.log.error(`could not start: ${describeError(e)}`);
      void vscode.window
        .showErrorMessage('Article Lens could not start. See the output for details.', 'Show Output')
        .then((choice) => choice && this.log.show());
    });
    return this.starting;
  }

  private async startNow(): Promise<void> {
    const reporter = this.own(new ConfigReporter(this.log));
    const manager = this.own(new StoryManager(this.log, reporter));
    this.own(manager.onDidAnalyze((e) => this.analyzed.fire(e)));
    this.own(new DiagnosticsPublisher(manager, this.log));
    this.own(new BoilerplateDecorator(manager, this.log));
    const tokens = this.own(new LensSemanticTokensProvider(manager, this.log));
    this.tokens = tokens;
    const navigation = new LensNavigationProvider(manager, this.log);
    this.own(vscode.languages.registerDocumentSemanticTokensProvider(SELECTOR, tokens, LEGEND));
    this.own(vscode.languages.registerHoverProvider(SELECTOR, new LensHoverProvider(manager, this.log)));
    this.own(
      vscode.languages.registerCodeActionsProvider(
        SELECTOR,
        new LensCodeActionProvider(manager, this.log),
        LensCodeActionProvider.metadata,
      ),
    );
    this.own(vscode.languages.registerReferenceProvider(SELECTOR, navigation));
    this.own(vscode.languages.registerDefinitionProvider(SELECTOR, navigation));
    this.own(
      vscode.languages.registerDocumentSymbolProvider(SELECTOR, navigation, { label: 'Article Lens' }),
    );
    this.own(vscode.languages.registerWorkspaceSymbolProvider(navigation));
    this.own(vscode.languages.registerRenameProvider(SELECTOR, new LensRenameProvider(manager, this.log)));
    this.own(vscode.workspace.onDidChangeConfiguration((e) => this.onSettingsChanged(e)));
    this.manager = manager;
    this.log.info('started');
    await manager.start();
  }

  private onSettingsChanged(e: vscode.ConfigurationChangeEvent): void {
    const manager = this.manager;
    if (!manager || !e.affectsConfiguration(SETTINGS_SECTION)) return;
    const reload = ['enable', 'severity', 'maxFileSizeKB'].some((k) =>
      e.affectsConfiguration(`${SETTINGS_SECTION}.${k}`),
    );
    if (reload) void manager.restart();
    else {
      manager.settings = readSettings();
      this.tokens?.refresh();
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) {
      try {
        d.dispose();
      } catch (e) {
        this.log.error(`dispose failed: ${describeError(e)}`);
      }
    }
  }
}
