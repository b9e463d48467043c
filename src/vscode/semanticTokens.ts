import * as vscode from 'vscode';
import { lineStarts } from '../core';
import type { ArticleAnalysis, EntityType, Span, StoryAnalysis } from '../core';
import { flattenSpans, splitByLines } from './tokenSpans';
import type { TokenSpan } from './tokenSpans';
import type { LensSettings } from './config';
import type { StoryManager } from './storyManager';
import type { ExtensionLog } from './log';
import { describeError } from './log';

// Custom types, contributed in package.json with standard super types so that every theme colours them.
const TOKEN_TYPES = [
  'articlePerson',
  'articleOrg',
  'articlePlace',
  'articleGroup',
  'articleEvent',
  'articleName',
  'articleFigure',
  'articleQuote',
] as const;
const TOKEN_MODIFIERS = ['declaration', 'flagged', 'vague'] as const;

/** The legend, built once. */
export const LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

const type = (name: (typeof TOKEN_TYPES)[number]): number => TOKEN_TYPES.indexOf(name);
const modifier = (name: (typeof TOKEN_MODIFIERS)[number]): number => 1 << TOKEN_MODIFIERS.indexOf(name);

const ENTITY_TOKEN: Record<EntityType, number> = {
  PERSON: type('articlePerson'),
  ORG: type('articleOrg'),
  GPE: type('articlePlace'),
  LOC: type('articlePlace'),
  FAC: type('articlePlace'),
  NORP: type('articleGroup'),
  EVENT: type('articleEvent'),
  LAW: type('articleName'),
  PRODUCT: type('articleName'),
  OTHER: type('articleName'),
};

/** The token spans of one article under the highlight settings (overlaps not yet resolved). */
export function articleTokenSpans(
  analysis: StoryAnalysis,
  article: ArticleAnalysis,
  highlight: LensSettings['highlight'],
): TokenSpan[] {
  const findings = analysis.findings.filter((f) => f.uri === article.uri);
  const flagged = (s: Span): number =>
    findings.some((f) => f.start < s.end && s.start < f.end) ? modifier('flagged') : 0;
  const spans: TokenSpan[] = [];
  if (highlight.entities) {
    const seen = new Set<string>();
    for (const m of [...article.mentions].sort((a, b) => a.start - b.start)) {
      const key = m.entity || `${m.type}:${m.text}`;
      const first = seen.has(key) ? 0 : modifier('declaration');
      seen.add(key);
      spans.push({
        start: m.start,
        end: m.end,
        type: ENTITY_TOKEN[m.type],
        modifiers: first | flagged(m),
        priority: 3,
      });
    }
  }
  if (highlight.figures)
    for (const f of article.figures)
      spans.push({
        ...span(f),
        type: type('articleFigure'),
        modifiers: flagged(f) | (f.vague ? modifier('vague') : 0),
        priority: 2,
      });
  if (highlight.quotes)
    for (const q of article.quotes)
      spans.push({ ...span(q), type: type('articleQuote'), modifiers: flagged(q), priority: 1 });
  return spans;
}

const span = (s: Span): Span => ({ start: s.start, end: s.end });

/** Colours entity mentions, figures and quotations of articles. */
export class LensSemanticTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly listener: vscode.Disposable;
  readonly onDidChangeSemanticTokens = this.emitter.event;

  constructor(
    private readonly manager: StoryManager,
    private readonly log: ExtensionLog,
  ) {
    this.listener = manager.onDidAnalyze(() => this.emitter.fire());
  }

  /** Asks the editor for new tokens (the highlight settings changed). */
  refresh(): void {
    this.emitter.fire();
  }

  async provideDocumentSemanticTokens(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.SemanticTokens | undefined> {
    const found = await this.manager.analysisFor(document, token).catch((e: unknown) => {
      this.log.error(`semantic tokens failed: ${describeError(e)}`);
      return undefined;
    });
    // A deliberate throw: on cancellation the editor keeps the current tokens (shifted by the
    // edits) until the next analysis asks again, where `undefined` would blank them while typing.
    if (token.isCancellationRequested) throw new vscode.CancellationError();
    if (!found) return undefined;
    try {
      const uri = document.uri.toString();
      const article = found.analysis.articles.find((a) => a.uri === uri);
      const held = this.manager.heldText(uri);
      if (!article || !held) return undefined;
      const spans = flattenSpans(articleTokenSpans(found.analysis, article, this.manager.settings.highlight));
      const builder = new vscode.SemanticTokensBuilder(LEGEND);
      for (const t of splitByLines(spans, held.text, lineStarts(held.text)))
        builder.push(t.line, t.character, t.length, t.type, t.modifiers);
      return builder.build();
    } catch (e) {
      this.log.error(`semantic tokens failed: ${describeError(e)}`);
      return undefined;
    }
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
