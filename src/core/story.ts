import type { LensConfig } from './config';
import { DEFAULT_CONFIG } from './config';
import type { ArticleAnalysis, ArticleContext, ArticleInput, Finding, StoryAnalysis } from './model';
import { inferYear } from './text/published';
import { prepareArticle } from './text/prepare';
import { extractMentions } from './extract/entities';
import { extractFigures } from './extract/figures';
import { extractQuotes } from './extract/quotes';
import { extractClaims } from './extract/claims';
import { linkEntities } from './link/entities';
import { compareNames } from './compare/names';
import { compareRoles } from './compare/roles';
import { compareFigures } from './compare/figures';
import { compareQuotes } from './compare/quotes';
import { applyConfigToFindings } from './compare/filter';
import { alignClaims } from './compare/claims';
import type { Logger } from './log';
import { silentLogger } from './log';

/** Options of a story. */
export interface StoryOptions {
  config?: LensConfig;
  logger?: Logger;
}

interface CacheEntry {
  text: string;
  version: number | undefined;
  analysis: ArticleAnalysis;
  ctx: ArticleContext;
  /** The analysis redone with a publication date inferred from the other sources, and that date. */
  dated?: { date: string; analysis: ArticleAnalysis };
}

/**
 * A story: a set of articles about one event. Articles are analysed one by one and cached, so
 * re-analysing after an edit redoes only the edited article; the cross-article steps
 * (linking, comparison) are cheap and always run on the whole story.
 */
export class Story {
  private readonly cache = new Map<string, CacheEntry>();
  private config: LensConfig;
  private readonly logger: Logger;
  private result: StoryAnalysis | undefined;
  /** How many single-article analyses have run: lets tests and benchmarks see incrementality. */
  extractions = 0;

  constructor(options: StoryOptions = {}) {
    this.config = options.config ?? DEFAULT_CONFIG;
    this.logger = options.logger ?? silentLogger;
  }

  /** Replaces the configuration; per-article results are recomputed on the next analysis. */
  setConfig(config: LensConfig): void {
    this.config = config;
    const held = [...this.cache.values()];
    this.cache.clear();
    this.result = undefined;
    for (const e of held) this.upsert({ uri: e.analysis.uri, text: e.text, version: e.version });
  }

  /** Adds or updates an article; returns whether anything changed. */
  upsert(doc: ArticleInput): boolean {
    const old = this.cache.get(doc.uri);
    if (old && old.text === doc.text) {
      if (old.version !== doc.version) {
        // Same text, new editor version: nothing to re-extract, but the result must carry the version.
        old.analysis = { ...old.analysis, version: doc.version };
        if (old.dated) old.dated.analysis = { ...old.dated.analysis, version: doc.version };
        old.version = doc.version;
        this.result = undefined;
      }
      return false;
    }
    const { analysis, ctx } = this.analyzeArticle(doc);
    this.cache.set(doc.uri, { text: doc.text, version: doc.version, analysis, ctx });
    this.result = undefined;
    return true;
  }

  /** Removes an article; returns whether it was there. */
  remove(uri: string): boolean {
    const had = this.cache.delete(uri);
    if (had) this.result = undefined;
    return had;
  }

  /** URIs of the articles in the story, in insertion order. */
  uris(): string[] {
    return [...this.cache.keys()];
  }

  /** Whether the story holds this article. */
  has(uri: string): boolean {
    return this.cache.has(uri);
  }

  /** The story's analysis, recomputed only when an article or the configuration changed. */
  analyze(): StoryAnalysis {
    if (this.result) return this.result;
    const started = Date.now();
    const perArticle = this.datedArticles();
    const { articles, entities, findings: nameFindings } = this.link(perArticle);
    const findings: Finding[] = [
      ...nameFindings,
      ...this.safe('figure comparison', () => compareFigures(articles)),
    ];
    findings.push(...this.safe('quotation comparison', () => compareQuotes(articles)));
    const kept = applyConfigToFindings(findings, this.config);
    const aligned = this.safe('claim alignment', () => alignClaims(articles, kept), articles);
    this.result = { articles: aligned, entities, findings: kept };
    this.logger.debug(`story of ${articles.length} articles analysed in ${Date.now() - started} ms`);
    return this.result;
  }

  /**
   * The per-article analyses, where an article whose dateline gives a day but no year is redone
   * with the year that puts that day nearest the other sources' dates, so that its relative dates
   * ("Tuesday", "15 years ago") resolve like theirs. Cached until the other dates move.
   */
  private datedArticles(): ArticleAnalysis[] {
    const entries = [...this.cache.values()];
    const known = entries.flatMap((e) => (e.analysis.published ? [e.analysis.published] : []));
    return entries.map((e) => {
      const day = e.ctx.datelineDay;
      const date = day && !e.analysis.published ? inferYear(day, known) : null;
      if (!date) return e.analysis;
      if (e.dated?.date !== date) {
        const ctx = { ...e.ctx, published: date };
        const figures = this.safe(`figures in ${e.analysis.uri}`, () => extractFigures(ctx));
        const claims = this.safe(`claims in ${e.analysis.uri}`, () =>
          extractClaims(ctx, { mentions: e.analysis.mentions, figures, quotes: e.analysis.quotes }),
        );
        this.extractions++;
        e.dated = {
          date,
          analysis: { ...e.analysis, published: date, publishedInferred: true, figures, claims },
        };
      }
      return e.dated.analysis;
    });
  }

  private link(perArticle: ArticleAnalysis[]) {
    try {
      const linked = linkEntities(perArticle, this.config);
      const findings = compareNames(linked.articles, linked.entities, this.config);
      findings.push(...compareRoles(linked.articles, linked.entities));
      return { ...linked, findings };
    } catch (e) {
      this.logger.error(`entity linking failed: ${(e as Error).stack ?? e}`);
      return { articles: perArticle, entities: [], findings: [] };
    }
  }

  private analyzeArticle(doc: ArticleInput): { analysis: ArticleAnalysis; ctx: ArticleContext } {
    this.extractions++;
    const { ctx, title } = prepareArticle(doc.text, this.config);
    const mentions = this.safe(`entities in ${doc.uri}`, () => extractMentions(ctx));
    const figures = this.safe(`figures in ${doc.uri}`, () => extractFigures(ctx));
    const quotes = this.safe(`quotations in ${doc.uri}`, () => extractQuotes(ctx, mentions));
    const claims = this.safe(`claims in ${doc.uri}`, () => extractClaims(ctx, { mentions, figures, quotes }));
    const analysis: ArticleAnalysis = {
      uri: doc.uri,
      version: doc.version,
      title,
      published: ctx.published,
      boilerplate: ctx.boilerplate,
      sentences: ctx.sentences,
      mentions,
      figures,
      quotes,
      claims,
    };
    return { analysis, ctx };
  }

  /** One failing step must not take the others down: log it and carry on without its results. */
  private safe<T>(what: string, run: () => T[], fallback: T[] = []): T[] {
    try {
      return run();
    } catch (e) {
      this.logger.error(`${what} failed: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  }
}

/** Analyses a set of articles as one story, in one call. */
export function analyzeStory(docs: readonly ArticleInput[], options: StoryOptions = {}): StoryAnalysis {
  const story = new Story(options);
  for (const doc of docs) story.upsert(doc);
  return story.analyze();
}
