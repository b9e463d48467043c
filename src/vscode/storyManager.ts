import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, checkArticleText } from '../core';
import type { StoryAnalysis } from '../core';
import { findArticleFiles, isArticlePath, readArticleFile, readArticleFiles } from './articleFiles';
import { configUri, readConfigFile } from './configFile';
import type { ConfigReporter } from './configFile';
import { readSettings, withSettings } from './config';
import type { LensSettings } from './config';
import { Converter, openDocument } from './convert';
import type { HeldText } from './convert';
import { FolderStory } from './folderStory';
import type { ExtensionLog } from './log';
import { describeError } from './log';
import { Activity, unlessCancelled } from './activity';

/** Languages whose documents may be articles. */
export const ARTICLE_LANGUAGES: readonly string[] = ['plaintext', 'markdown', 'article'];

/** Sent after a story was analysed; `uris` lists all of its articles (empty when the story went away). */
export interface AnalyzeEvent {
  folder: string | undefined;
  uris: string[];
}

const EDIT_DEBOUNCE_MS = 300;
const OPEN_DEBOUNCE_MS = 30;
const LOOSE = '';

/** Whether a document could be an article: right language, and a file, an untitled buffer or in a folder. */
export function isCandidateDocument(doc: vscode.TextDocument): boolean {
  if (!ARTICLE_LANGUAGES.includes(doc.languageId)) return false;
  // Web workspaces use other schemes (vscode-vfs…); their folder membership makes them eligible.
  return (
    doc.uri.scheme === 'file' ||
    doc.uri.scheme === 'untitled' ||
    !!vscode.workspace.getWorkspaceFolder(doc.uri)
  );
}

/**
 * Keeps one story per workspace folder (plus one for loose files) in step with the disk, the open
 * editors and the configuration; analyses after a debounce and announces each analysis.
 */
export class StoryManager implements vscode.Disposable {
  private readonly stories = new Map<string, FolderStory>();
  private readonly emitter = new vscode.EventEmitter<AnalyzeEvent>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly reportedSkips = new Set<string>();
  /** Per URI: bumped on each new text, so that a slow disk read never overwrites a newer one. */
  private readonly generations = new Map<string, number>();
  private readonly activity = new Activity((e) => this.log.error(describeError(e)));
  private started = false;
  settings: LensSettings = readSettings();
  readonly onDidAnalyze = this.emitter.event;
  readonly converter = new Converter((uri) => this.heldText(uri));

  constructor(
    private readonly log: ExtensionLog,
    private readonly reporter: ConfigReporter,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d, OPEN_DEBOUNCE_MS)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.onOpen(e.document, EDIT_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClose(d)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.restart()),
    );
  }

  /** Loads every folder and the open documents. */
  async start(): Promise<void> {
    this.settings = readSettings();
    if (!this.settings.enable || this.started) return;
    this.started = true;
    const loads = (vscode.workspace.workspaceFolders ?? []).map((f) => this.addFolder(f));
    for (const doc of vscode.workspace.textDocuments) this.onOpen(doc, OPEN_DEBOUNCE_MS);
    await Promise.all(loads);
  }

  /** Drops every story and loads again (settings changed, folders changed, or the user asked). */
  async restart(): Promise<void> {
    this.stop();
    await this.start();
  }

  /** Reads a folder's configuration and articles again (after we wrote its configuration file). */
  async reloadFolder(folder: vscode.Uri): Promise<void> {
    const story = this.stories.get(folder.toString());
    if (story?.folder) await this.track(this.loadFolder(story, story.folder));
  }

  /** Resolves once no load or analysis is pending. */
  whenIdle(): Promise<void> {
    return this.activity.whenIdle();
  }

  /** The story holding an article. */
  storyOf(uri: vscode.Uri | string): FolderStory | undefined {
    const u = typeof uri === 'string' ? vscode.Uri.parse(uri, true) : uri;
    const key = u.toString();
    const folder = vscode.workspace.getWorkspaceFolder(u);
    const own = folder && this.stories.get(folder.uri.toString());
    if (own?.has(key)) return own;
    const loose = this.stories.get(LOOSE);
    return loose?.has(key) ? loose : undefined;
  }

  /** All stories. */
  allStories(): FolderStory[] {
    return [...this.stories.values()];
  }

  /** The latest analysis of the story holding an article. */
  getAnalysis(uri: vscode.Uri | string): StoryAnalysis | undefined {
    return this.storyOf(uri)?.analysis;
  }

  /** The text an article's current analysis was made from. */
  heldText(uri: string): HeldText | undefined {
    return this.storyOf(uri)?.heldText(uri);
  }

  /** The analysis of a document's current version, waiting for the pending one if needed. */
  async analysisFor(
    doc: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<{ story: FolderStory; analysis: StoryAnalysis } | undefined> {
    const uri = doc.uri.toString();
    for (let attempt = 0; attempt < 3 && !token.isCancellationRequested; attempt++) {
      const story = this.storyOf(doc.uri);
      if (!story) return undefined;
      const fresh = story.heldText(uri)?.version === doc.version && !story.isPending(uri);
      if (fresh && story.analysis) return { story, analysis: story.analysis };
      await unlessCancelled(this.whenIdle(), token);
    }
    return undefined;
  }

  private async addFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const story = new FolderStory(folder.uri.toString(), folder, this.log);
    this.stories.set(story.key, story);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'));
    story.disposables.push(
      watcher,
      watcher.onDidCreate((u) => this.onFileChanged(story, u)),
      watcher.onDidChange((u) => this.onFileChanged(story, u)),
      watcher.onDidDelete((u) => this.onFileDeleted(story, u)),
    );
    await this.track(this.loadFolder(story, folder));
  }

  private async loadFolder(story: FolderStory, folder: vscode.WorkspaceFolder): Promise<void> {
    const { config, errors, text } = await readConfigFile(folder.uri);
    if (this.stories.get(story.key) !== story) return;
    this.reporter.report(configUri(folder.uri), text, errors);
    const settings = readSettings(folder.uri);
    story.setConfig(withSettings(config, settings));
    const { uris, truncated } = await findArticleFiles(folder, story.config);
    if (truncated) this.log.warn(`${folder.name}: only the first ${uris.length} article files are analysed`);
    const wanted = new Set(uris.map((u) => u.toString()));
    const closed = uris.filter((u) => !openDocument(u.toString()));
    const gens = closed.map((u) => this.generation(u.toString()));
    const files = await readArticleFiles(closed, settings.maxFileSizeKB * 1024);
    if (this.stories.get(story.key) !== story) return;
    // Open documents are dropped too; the loop over open documents below adds back those still included.
    for (const uri of story.uris()) if (!wanted.has(uri)) story.delete(uri);
    files.forEach((file, i) => {
      const uri = file.uri.toString();
      if (gens[i] !== this.generation(uri)) return;
      if ('text' in file) story.set(uri, { text: file.text, version: undefined });
      else {
        this.reportSkip(uri, file.skipped);
        story.delete(uri);
      }
    });
    for (const doc of vscode.workspace.textDocuments) this.onOpen(doc, 0);
    this.log.info(`${folder.name}: ${story.uris().length} articles`);
    this.schedule(story, 0);
  }

  private onOpen(doc: vscode.TextDocument, delay: number): void {
    if (!this.started || !isCandidateDocument(doc)) return;
    const story = this.targetStory(doc.uri);
    if (!story) return;
    const uri = doc.uri.toString();
    const text = doc.getText();
    const problem = checkArticleText(text);
    if (problem) {
      this.reportSkip(uri, problem);
      if (story.has(uri)) story.delete(uri);
    } else {
      this.bump(uri);
      story.set(uri, { text, version: doc.version });
    }
    this.schedule(story, delay);
  }

  private onClose(doc: vscode.TextDocument): void {
    const story = this.storyOf(doc.uri);
    if (!story) return;
    const uri = doc.uri.toString();
    this.bump(uri);
    if (story.folder && doc.uri.scheme !== 'untitled') this.reread(story, doc.uri);
    else {
      story.delete(uri);
      this.schedule(story, EDIT_DEBOUNCE_MS);
    }
  }

  private onFileChanged(story: FolderStory, uri: vscode.Uri): void {
    if (!story.folder) return;
    if (uri.toString() === configUri(story.folder.uri).toString()) {
      void this.track(this.loadFolder(story, story.folder));
    } else if (isArticlePath(story.folder.uri, uri, story.config) && !openDocument(uri.toString())) {
      this.reread(story, uri);
    }
  }

  private onFileDeleted(story: FolderStory, uri: vscode.Uri): void {
    if (!story.folder) return;
    if (uri.toString() === configUri(story.folder.uri).toString()) {
      void this.track(this.loadFolder(story, story.folder));
      return;
    }
    const key = uri.toString();
    // Deleting a directory reports the directory alone.
    for (const held of story.uris())
      if ((held === key || held.startsWith(`${key}/`)) && !openDocument(held)) {
        this.bump(held);
        story.delete(held);
      }
    this.schedule(story, EDIT_DEBOUNCE_MS);
  }

  /** Reads a file again from disk, unless a newer text arrives meanwhile. */
  private reread(story: FolderStory, uri: vscode.Uri): void {
    const key = uri.toString();
    const gen = this.bump(key);
    const maxBytes = readSettings(story.folder?.uri).maxFileSizeKB * 1024;
    void this.track(
      readArticleFile(uri, maxBytes).then((file) => {
        if (gen !== this.generation(key) || this.stories.get(story.key) !== story) return;
        if ('text' in file) story.set(key, { text: file.text, version: undefined });
        else {
          this.reportSkip(key, file.skipped);
          story.delete(key);
        }
        this.schedule(story, EDIT_DEBOUNCE_MS);
      }),
    );
  }

  /** The story a candidate document belongs in, created for loose files on demand. */
  private targetStory(uri: vscode.Uri): FolderStory | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder) {
      const story = this.stories.get(folder.uri.toString());
      if (!story) return undefined;
      if (uri.path.endsWith(`/${CONFIG_FILE_NAME}`) || !isArticlePath(folder.uri, uri, story.config))
        return undefined;
      return story;
    }
    let loose = this.stories.get(LOOSE);
    if (!loose) {
      loose = new FolderStory(LOOSE, undefined, this.log);
      loose.setConfig(withSettings(loose.config, this.settings));
      this.stories.set(LOOSE, loose);
    }
    return loose;
  }

  private schedule(story: FolderStory, delay: number): void {
    this.activity.debounce(story.key, delay, () => this.analyze(story));
  }

  private analyze(story: FolderStory): void {
    if (this.stories.get(story.key) !== story) return;
    try {
      if (story.flush()) this.emitter.fire({ folder: story.folder?.uri.toString(), uris: story.uris() });
    } catch (e) {
      this.log.error(`analysis of ${story.label} failed: ${describeError(e)}`);
    }
  }

  private stop(): void {
    this.started = false;
    this.activity.cancelAll();
    for (const story of this.stories.values()) {
      story.dispose();
      if (story.folder) this.reporter.forget(configUri(story.folder.uri));
      this.emitter.fire({ folder: story.folder?.uri.toString(), uris: [] });
    }
    this.stories.clear();
  }

  private track<T>(work: Promise<T>): Promise<T | undefined> {
    return this.activity.track(work);
  }

  private generation(uri: string): number {
    return this.generations.get(uri) ?? 0;
  }

  private bump(uri: string): number {
    const next = this.generation(uri) + 1;
    this.generations.set(uri, next);
    return next;
  }

  private reportSkip(uri: string, reason: string): void {
    const key = `${uri}\n${reason}`;
    if (this.reportedSkips.has(key)) return;
    this.reportedSkips.add(key);
    this.log.info(`skipped ${uri}: ${reason}`);
  }

  dispose(): void {
    this.stop();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
