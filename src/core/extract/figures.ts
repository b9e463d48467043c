import type { ArticleContext, Figure, Span } from '../model';
import { aboutOf } from './figures/about';
import { matchDates, matchTimes } from './figures/dates';
import { hedgeAt } from './figures/hedges';
import { blockNoise } from './figures/noise';
import { matchArticleDurations, matchNumbers, matchOrdinals } from './figures/quantities';
import type { Draft } from './figures/scan';
import { Scan } from './figures/scan';
import { matchFractions, matchVague } from './figures/vague';

/** Runs every matcher over one sentence, most specific first: each claims its text. */
function scanSentence(s: string, published: string | null): Draft[] {
  const scan = new Scan(s, published);
  blockNoise(scan);
  matchTimes(scan);
  matchDates(scan);
  matchVague(scan);
  matchFractions(scan);
  matchArticleDurations(scan);
  matchNumbers(scan);
  matchOrdinals(scan);
  return scan.drafts;
}

function toFigure(text: string, base: number, s: string, d: Draft): Figure {
  const dateLike = d.kind === 'date' || d.kind === 'time';
  const hedge = d.qualifier !== undefined ? d.qualifier : hedgeAt(s, d.start, d.end, dateLike);
  const figure: Figure = {
    start: base + d.start,
    end: base + d.end,
    kind: d.kind,
    text: text.slice(base + d.start, base + d.end),
    value: d.value,
    unit: d.unit,
    qualifier: hedge ?? (d.vague ? null : 'exact'),
    about: aboutOf(s, d),
  };
  if (d.vague) figure.vague = true;
  return figure;
}

const inside = (span: Span, spans: readonly Span[]) =>
  spans.some((b) => span.start >= b.start && span.end <= b.end);

/** Finds and normalises the figures (money, counts, percentages, dates, durations, distances…) of an article. */
export function extractFigures(ctx: ArticleContext): Figure[] {
  const figures: Figure[] = [];
  for (const sentence of ctx.sentences) {
    if (inside(sentence, ctx.boilerplate)) continue;
    const s = ctx.text.slice(sentence.start, sentence.end);
    for (const d of scanSentence(s, ctx.published)) {
      const figure = toFigure(ctx.text, sentence.start, s, d);
      if (!ctx.boilerplate.some((b) => figure.start < b.end && b.start < figure.end)) figures.push(figure);
    }
  }
  return figures.sort((a, b) => a.start - b.start || a.end - b.end);
}
