// Builds hover cards as markdown. No 'vscode' import: every piece of article text goes through
// escapeMarkdown here, and only links we build ourselves (see `LinkTo`) are left unescaped.
import {
  articleOf,
  entityKey,
  entityUsage,
  figureCounterparts,
  figuresAgree,
  findingsIn,
  quoteCounterparts,
  sourceName,
  wordDiff,
  wordOverlap,
  analyzeQuotePair,
} from '../core';
import type {
  ArticleAnalysis,
  Claim,
  EntityType,
  Figure,
  FigureValue,
  ItemAt,
  QuoteRelation,
  Span,
  StoryAnalysis,
} from '../core';
import { escapeMarkdown as esc, markdownLink, truncate } from './markdown';

/** Builds the target URI of a link that opens a span of an article. */
export type LinkTo = (uri: string, span: Span) => string;

const TYPE_NAMES: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'organisation',
  GPE: 'country, state or city',
  LOC: 'place',
  NORP: 'nationality or group',
  EVENT: 'event',
  LAW: 'law or document',
  FAC: 'building or facility',
  PRODUCT: 'product',
  OTHER: 'name',
};

const QUOTE_CHARS = 160;

/** The hover markdown for an item: what it is, and how the other sources of the story report it. */
export function hoverMarkdown(analysis: StoryAnalysis, item: ItemAt, link: LinkTo): string {
  switch (item.kind) {
    case 'mention':
      return entityHover(analysis, item, link);
    case 'figure':
      return figureHover(analysis, item, link);
    case 'quote':
      return quoteHover(analysis, item, link);
  }
}

function entityHover(
  analysis: StoryAnalysis,
  item: Extract<ItemAt, { kind: 'mention' }>,
  link: LinkTo,
): string {
  const { mention, entity, article } = item;
  const usage = entityUsage(analysis, entityKey(mention));
  const lines = [
    `**${esc(entity?.name ?? mention.text)}** · ${TYPE_NAMES[entity?.type ?? mention.type]}`,
    '',
  ];
  const roles = rolesBySource(analysis, entity?.roles, usage.sources);
  if (roles.length) lines.push(`Roles: ${roles.join('; ')}`, '');
  lines.push('| Source | Mentions | Spellings |', '|---|--:|---|');
  for (const s of usage.sources) {
    const name = sourceLabel(analysis, s.uri);
    const cell =
      s.uri === article.uri ? `${esc(name)} (this article)` : markdownLink(name, link(s.uri, s.first));
    const spellings = s.spellings.map((sp) => `${esc(sp.text)} (${sp.count})`).join(', ');
    lines.push(`| ${cell} | ${s.count} | ${spellings} |`);
  }
  if (usage.missing.length)
    lines.push(
      '',
      `Never mentioned by: ${usage.missing.map((u) => esc(sourceLabel(analysis, u))).join(', ')}`,
    );
  return lines.join('\n');
}

function rolesBySource(
  analysis: StoryAnalysis,
  roles: Record<string, string[]> | undefined,
  sources: readonly { uri: string; titles: string[] }[],
): string[] {
  const byUri = new Map<string, Set<string>>();
  for (const [uri, list] of Object.entries(roles ?? {})) byUri.set(uri, new Set(list));
  for (const s of sources) for (const t of s.titles) byUri.set(s.uri, (byUri.get(s.uri) ?? new Set()).add(t));
  return [...byUri]
    .filter(([, set]) => set.size > 0)
    .map(
      ([uri, set]) => `${[...set].map((r) => `*${esc(r)}*`).join(', ')} (${esc(sourceLabel(analysis, uri))})`,
    );
}

function figureHover(
  analysis: StoryAnalysis,
  item: Extract<ItemAt, { kind: 'figure' }>,
  link: LinkTo,
): string {
  const { figure, article } = item;
  const lines = [`**${esc(figure.text)}** · ${figure.kind}: ${esc(describeFigure(figure))}`];
  if (figure.about) lines.push('', `Measures: *${esc(figure.about)}*`);
  const others = figureCounterparts(analysis, article.uri, figure);
  const matched = new Set(others.map((o) => o.uri));
  lines.push('', others.length ? 'Other sources:' : 'No other source gives a matching figure.');
  for (const o of others) {
    const same = verdict(analysis, article.uri, figure, o.uri, o.item);
    lines.push(
      `- ${markdownLink(sourceLabel(analysis, o.uri), link(o.uri, o.item))}: ${esc(o.item.text)} = ${esc(describeFigure(o.item))} (${same})`,
    );
  }
  const silent = analysis.articles.filter((a) => a.uri !== article.uri && !matched.has(a.uri));
  if (others.length && silent.length)
    lines.push('', `No matching figure in: ${silent.map((a) => esc(sourceName(a))).join(', ')}`);
  return lines.join('\n');
}

function quoteHover(analysis: StoryAnalysis, item: Extract<ItemAt, { kind: 'quote' }>, link: LinkTo): string {
  const { quote, article } = item;
  const speaker = quote.speaker ? analysis.entities.find((e) => e.id === quote.speaker)?.name : undefined;
  const who = speaker ?? quote.speakerLabel ?? 'an unnamed speaker';
  const lines = [`**Quotation** by ${esc(who)}`];
  const others = quoteCounterparts(analysis, article.uri, quote);
  lines.push('', others.length ? 'Other versions:' : 'No other source carries this quotation.');
  for (const o of others) {
    const share = Math.round(wordOverlap(quote.text, o.item.text) * 100);
    const same = o.item.text === quote.text;
    const relation = same ? 'identical' : RELATION_NAMES[analyzeQuotePair(quote.text, o.item.text).relation];
    const words = same ? '' : `, ${share}% of words shared`;
    lines.push(
      `- ${markdownLink(sourceLabel(analysis, o.uri), link(o.uri, o.item))} (${relation}${words}): “${same ? esc(truncate(o.item.text, QUOTE_CHARS)) : diffMarkdown(quote.text, o.item.text)}”`,
    );
  }
  if (others.some((o) => o.item.text !== quote.text))
    lines.push('', '*~~struck~~: words only this source has; **bold**: words the other source has instead*');
  return lines.join('\n');
}

const RELATION_NAMES: Record<QuoteRelation, string> = {
  verbatim: 'same words',
  trimmed: 'shortened',
  paraphrased: 'reworded',
  altered: 'words that change the meaning',
  different: 'different words',
};

/** A word diff of this quotation against another version: removed words struck, added ones bold. */
function diffMarkdown(mine: string, other: string): string {
  const out: string[] = [];
  let chars = 0;
  for (const op of wordDiff(mine, other)) {
    const text = op.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (chars > QUOTE_CHARS * 2) {
      out.push('…');
      break;
    }
    chars += text.length;
    out.push(op.op === 'equal' ? esc(text) : op.op === 'delete' ? `~~${esc(text)}~~` : `**${esc(text)}**`);
  }
  return out.join(' ');
}

/**
 * The hover markdown for a claim sentence: how many sources of the story report it, with a link to
 * each one's sentence, and where another source states it with a conflicting detail.
 */
export function claimHoverMarkdown(
  analysis: StoryAnalysis,
  article: ArticleAnalysis,
  claim: Claim,
  link: LinkTo,
): string {
  const reported = claim.reportedBy ?? [];
  const total = analysis.articles.length;
  const lines = [
    `**Claim** · Reported by ${reported.length + 1} of ${total} source${total === 1 ? '' : 's'}`,
    '',
  ];
  if (reported.length === 0) lines.push('No other source states this claim.');
  for (const r of reported)
    lines.push(
      `- ${markdownLink(sourceLabel(analysis, r.uri), link(r.uri, r))}: “${esc(truncate(r.text, QUOTE_CHARS))}”`,
    );
  for (const c of claim.contradictedBy ?? []) {
    const finding = analysis.findings.find((f) => f.id === c.finding);
    const why = finding ? esc(finding.message) : 'a conflicting detail';
    lines.push('', `Contradicted in ${markdownLink(sourceLabel(analysis, c.uri), link(c.uri, c))}: ${why}`);
  }
  const named = new Set([
    article.uri,
    ...reported.map((r) => r.uri),
    ...(claim.contradictedBy ?? []).map((c) => c.uri),
  ]);
  const silent = analysis.articles.filter((a) => !named.has(a.uri));
  if ((reported.length || claim.contradictedBy?.length) && silent.length)
    lines.push('', `Not found in: ${silent.map((a) => esc(sourceName(a))).join(', ')}`);
  return lines.join('\n');
}

function sourceLabel(analysis: StoryAnalysis, uri: string): string {
  return sourceName(articleOf(analysis, uri) ?? { uri, title: null });
}

function sameValue(a: Figure, b: Figure): boolean {
  return JSON.stringify(a.value) === JSON.stringify(b.value) && a.unit === b.unit;
}

/** Whether another source's figure agrees with this one: flagged, agreeing, or only different. */
function verdict(
  analysis: StoryAnalysis,
  uri: string,
  figure: Figure,
  otherUri: string,
  other: Figure,
): string {
  const flagged = findingsIn(analysis, uri, figure.start, figure.end).some((f) =>
    f.related.some((r) => r.uri === otherUri && r.start === other.start),
  );
  if (flagged) return '**disagrees**, see Problems';
  if (sameValue(other, figure)) return 'agrees: same value';
  const agree = figuresAgree(figure, other);
  if (agree) return 'agrees within rounding and hedges';
  return agree === false ? 'different value, perhaps another fact' : 'not comparable';
}

/** A figure's normalised value in words: qualifier, value or range, unit. */
export function describeFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'vague'>): string {
  const value = formatValue(figure.value);
  const parts = [
    figure.qualifier && figure.qualifier !== 'exact' ? figure.qualifier : '',
    value,
    figure.unit ?? '',
  ];
  const text = parts.filter(Boolean).join(' ');
  return figure.vague ? `${text} (vague)` : text;
}

function formatValue(value: FigureValue): string {
  if (value === null) return 'no precise value';
  if (Array.isArray(value)) return `${formatValue(value[0])}–${formatValue(value[1])}`;
  return typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 3 }) : value;
}
