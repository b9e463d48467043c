import type {
  ArticleAnalysis,
  Claim,
  Entity,
  Figure,
  Finding,
  Mention,
  Quote,
  Span,
  StoryAnalysis,
} from './model';
import { alignQuotes } from './compare/quoteAlign';
import type { QuoteMatch } from './compare/quoteAlign';

/** The innermost analysed item at an offset of an article. */
export type ItemAt =
  | { kind: 'mention'; article: ArticleAnalysis; mention: Mention; entity: Entity | undefined }
  | { kind: 'figure'; article: ArticleAnalysis; figure: Figure }
  | { kind: 'quote'; article: ArticleAnalysis; quote: Quote };

/** A mention together with the article it occurs in. */
export interface MentionIn {
  uri: string;
  mention: Mention;
}

/** How one source writes one entity. */
export interface SourceUsage {
  uri: string;
  /** Number of mentions in that source. */
  count: number;
  /** Spellings used, most frequent first. */
  spellings: { text: string; count: number }[];
  /** Titles or roles written before the name in that source. */
  titles: string[];
  first: Mention;
}

/** Where an entity appears across a story, and where it does not. */
export interface EntityUsage {
  sources: SourceUsage[];
  /** URIs of the articles that never mention it. */
  missing: string[];
}

/** A figure or quote in another article that matches the one asked about. */
export interface Counterpart<T> {
  uri: string;
  item: T;
  /** 0..1, higher is a closer match. */
  score: number;
}

/** The article of a story with this URI. */
export function articleOf(analysis: StoryAnalysis, uri: string): ArticleAnalysis | undefined {
  return analysis.articles.find((a) => a.uri === uri);
}

/** The entity with this id. */
export function entityById(analysis: StoryAnalysis, id: string): Entity | undefined {
  return id ? analysis.entities.find((e) => e.id === id) : undefined;
}

/**
 * Key grouping mentions of one entity: the linked id, or (while linking has not filled it) the
 * type and case-folded text, so that cross-referencing still works on unlinked mentions.
 */
export function entityKey(mention: Mention): string {
  return mention.entity || `${mention.type}:${foldName(mention.text)}`;
}

const contains = (span: Span, offset: number): boolean => span.start <= offset && offset < span.end;
const width = (span: Span): number => span.end - span.start;

/** The innermost mention, figure or quote covering `offset`; mentions win ties, then figures. */
export function itemAt(analysis: StoryAnalysis, uri: string, offset: number): ItemAt | undefined {
  const article = articleOf(analysis, uri);
  if (!article) return undefined;
  const candidates: { item: ItemAt; span: Span; rank: number }[] = [];
  for (const mention of article.mentions)
    if (contains(mention, offset))
      candidates.push({
        item: { kind: 'mention', article, mention, entity: entityById(analysis, mention.entity) },
        span: mention,
        rank: 0,
      });
  for (const figure of article.figures)
    if (contains(figure, offset))
      candidates.push({ item: { kind: 'figure', article, figure }, span: figure, rank: 1 });
  for (const quote of article.quotes)
    if (contains(quote, offset))
      candidates.push({ item: { kind: 'quote', article, quote }, span: quote, rank: 2 });
  candidates.sort((a, b) => width(a.span) - width(b.span) || a.rank - b.rank);
  return candidates[0]?.item;
}

/** The claim sentence covering `offset`: what a hover shows where no mention, figure or quote is. */
export function claimAt(
  analysis: StoryAnalysis,
  uri: string,
  offset: number,
): { article: ArticleAnalysis; claim: Claim } | undefined {
  const article = articleOf(analysis, uri);
  const claim = article?.claims.find((c) => contains(c, offset));
  return article && claim ? { article, claim } : undefined;
}

/** Every mention of the entity `key` (see {@link entityKey}) in the story, in article order. */
export function mentionsOf(analysis: StoryAnalysis, key: string): MentionIn[] {
  const out: MentionIn[] = [];
  for (const article of analysis.articles)
    for (const mention of article.mentions)
      if (entityKey(mention) === key) out.push({ uri: article.uri, mention });
  return out;
}

/** Per-source spellings, counts and titles of an entity, and the sources that never mention it. */
export function entityUsage(analysis: StoryAnalysis, key: string): EntityUsage {
  const sources: SourceUsage[] = [];
  const missing: string[] = [];
  for (const article of analysis.articles) {
    const mentions = article.mentions.filter((m) => entityKey(m) === key);
    if (mentions.length === 0) {
      missing.push(article.uri);
      continue;
    }
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const titles = [...new Set(mentions.map((m) => m.title).filter((t): t is string => !!t))];
    sources.push({
      uri: article.uri,
      count: mentions.length,
      spellings: [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count),
      titles,
      first: mentions.reduce((a, b) => (b.start < a.start ? b : a)),
    });
  }
  return { sources, missing };
}

/** First mention of the entity in each article other than `uri`. */
export function firstMentionsElsewhere(analysis: StoryAnalysis, key: string, uri: string): MentionIn[] {
  return entityUsage(analysis, key)
    .sources.filter((s) => s.uri !== uri)
    .map((s) => ({ uri: s.uri, mention: s.first }));
}

/** The figures of other articles that most likely report the same quantity: the best per article. */
export function figureCounterparts(
  analysis: StoryAnalysis,
  uri: string,
  figure: Figure,
): Counterpart<Figure>[] {
  return bestPerArticle(
    analysis,
    uri,
    (a) => a.figures,
    (other) => figureSimilarity(figure, other),
  );
}

/**
 * The quotes of other articles that render the same utterance, one per article: the versions the
 * quotation findings compare (see {@link alignQuotes}), so a hover and a finding name the same
 * counterpart. A quote the story does not hold is compared by shared words only.
 */
export function quoteCounterparts(analysis: StoryAnalysis, uri: string, quote: Quote): Counterpart<Quote>[] {
  const own = articleOf(analysis, uri)?.quotes.find((q) => q.start === quote.start && q.end === quote.end);
  if (!own)
    return bestPerArticle(
      analysis,
      uri,
      (a) => a.quotes,
      (other) => quoteSimilarity(quote, other),
    );
  // A version found through a third source or another part of the utterance counts for half.
  const score = (m: QuoteMatch) => Math.max(0.01, m.way === 'direct' ? m.pair.score : m.pair.score / 2);
  return alignQuotes(analysis.articles)
    .counterparts(own)
    .map((m) => ({ uri: m.article.uri, item: m.quote, score: score(m) }));
}

/** Findings whose span in `uri` intersects [start, end] (an empty range touching counts). */
export function findingsIn(analysis: StoryAnalysis, uri: string, start: number, end: number): Finding[] {
  return analysis.findings.filter((f) => f.uri === uri && f.start <= end && start <= f.end);
}

/** Entities whose name or an alias contains `query` (case-insensitive); all of them for an empty query. */
export function searchEntities(analysis: StoryAnalysis, query: string): Entity[] {
  const q = foldName(query);
  if (!q) return [...analysis.entities];
  return analysis.entities.filter((e) => [e.name, ...e.aliases].some((n) => foldName(n).includes(q)));
}

/** The mentions of one article grouped by entity, in order of first appearance. */
export function entitiesOfArticle(
  analysis: StoryAnalysis,
  uri: string,
): { key: string; entity: Entity | undefined; mentions: Mention[] }[] {
  const article = articleOf(analysis, uri);
  if (!article) return [];
  const groups = new Map<string, Mention[]>();
  for (const m of [...article.mentions].sort((a, b) => a.start - b.start)) {
    const key = entityKey(m);
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  return [...groups].map(([key, mentions]) => ({ key, entity: entityById(analysis, key), mentions }));
}

/** A short human name for a source: its title when known, else the file name from the URI. */
export function sourceName(article: Pick<ArticleAnalysis, 'uri' | 'title'>): string {
  if (article.title) return article.title;
  const path = article.uri.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1) || path;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function bestPerArticle<T>(
  analysis: StoryAnalysis,
  uri: string,
  items: (a: ArticleAnalysis) => readonly T[],
  score: (item: T) => number,
): Counterpart<T>[] {
  const out: Counterpart<T>[] = [];
  for (const article of analysis.articles) {
    if (article.uri === uri) continue;
    let best: Counterpart<T> | undefined;
    for (const item of items(article)) {
      const s = score(item);
      if (s > 0 && (!best || s > best.score)) best = { uri: article.uri, item, score: s };
    }
    if (best) out.push(best);
  }
  return out;
}

/** Same kind and unit are required; what the figures measure decides how close they are. */
function figureSimilarity(a: Figure, b: Figure): number {
  if (a.kind !== b.kind || a.unit !== b.unit) return 0;
  if (!a.about || !b.about) return 0.25;
  const overlap = wordOverlap(a.about, b.about);
  return overlap === 0 ? 0 : 0.25 + 0.75 * overlap;
}

/** Quotes by different known speakers never match; otherwise the share of common words decides. */
function quoteSimilarity(a: Quote, b: Quote): number {
  if (a.speaker && b.speaker && a.speaker !== b.speaker) return 0;
  const overlap = wordOverlap(a.text, b.text);
  return overlap >= 0.4 ? overlap : 0;
}

/** Overlap coefficient of the content words of two texts: shared words / words of the shorter one. */
export function wordOverlap(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size);
}

const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have he her his i in is it its of on or our she that the their they this to was we were will with you'.split(
    ' ',
  ),
);

function contentWords(text: string): Set<string> {
  const words = foldName(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !STOP_WORDS.has(w)));
}

/** Case- and accent-insensitive form of a name, with typographic apostrophes unified. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
