import type * as vscode from 'vscode';
import { DEFAULT_CONFIG, Story } from '../core';
import type { LensConfig, Logger, StoryAnalysis } from '../core';
import type { HeldText } from './convert';

/**
 * One story: the articles of one workspace folder, or the loose files outside any folder (key '').
 * Edits are queued as pending texts and applied together when the debounced analysis runs, so the
 * engine never extracts a text that a newer keystroke has already replaced.
 */
export class FolderStory implements vscode.Disposable {
  private readonly story: Story;
  private readonly held = new Map<string, HeldText>();
  private readonly pending = new Map<string, HeldText | null>();
  /** Things owned by this story alone (its file watcher). */
  readonly disposables: vscode.Disposable[] = [];
  config: LensConfig = DEFAULT_CONFIG;
  analysis: StoryAnalysis | undefined;

  constructor(
    readonly key: string,
    readonly folder: vscode.WorkspaceFolder | undefined,
    logger: Logger,
  ) {
    this.story = new Story({ logger });
  }

  /** The folder's name for messages. */
  get label(): string {
    return this.folder?.name ?? 'files outside the workspace';
  }

  /** Replaces the configuration; every article is re-extracted on the next analysis. */
  setConfig(config: LensConfig): void {
    this.config = config;
    // Story.setConfig drops its articles along with their results: queue them again.
    this.story.setConfig(config);
    for (const [uri, text] of this.held) if (!this.pending.has(uri)) this.pending.set(uri, text);
    this.analysis = undefined;
  }

  /** Queues new text for an article. */
  set(uri: string, text: HeldText): void {
    this.pending.set(uri, text);
  }

  /** Queues the removal of an article. */
  delete(uri: string): void {
    if (this.held.has(uri) || this.pending.has(uri)) this.pending.set(uri, null);
  }

  /** Whether the story holds or will hold this article. */
  has(uri: string): boolean {
    const p = this.pending.get(uri);
    return p !== undefined ? p !== null : this.held.has(uri);
  }

  /** Whether an edit of this article awaits analysis. */
  isPending(uri: string): boolean {
    return this.pending.has(uri);
  }

  /** URIs the story holds or will hold. */
  uris(): string[] {
    const all = new Set([...this.held.keys(), ...this.pending.keys()]);
    return [...all].filter((u) => this.has(u));
  }

  /** The text the current analysis was made from. */
  heldText(uri: string): HeldText | undefined {
    return this.held.get(uri);
  }

  /** Applies the queued edits and analyses the story; returns whether there is a new analysis. */
  flush(): boolean {
    for (const [uri, text] of this.pending) {
      if (text) {
        this.story.upsert({ uri, text: text.text, version: text.version });
        this.held.set(uri, text);
      } else {
        this.story.remove(uri);
        this.held.delete(uri);
      }
    }
    const changed = this.pending.size > 0 || !this.analysis;
    this.pending.clear();
    if (changed) this.analysis = this.story.analyze();
    return changed;
  }

  /** Drops every article (the story is being rebuilt). */
  clear(): void {
    for (const uri of this.uris()) this.delete(uri);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
