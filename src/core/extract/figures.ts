import type { ArticleContext, Figure, Span } from '../model';
import { aboutOf } from './figures/about';
import { matchAppositionAges } from './figures/ages';
import { matchTimes } from './figures/clock';
import { matchDates } from './figures/dates';
import { blockFurniture, listMarkerEnd } from './figures/furniture';
import { hedgeAt } from './figures/hedges';
import { matchTemperatures } from './figures/measures';
import { blockNoise } from './figures/noise';
import { matchPeriods, matchShiftedDates } from './figures/periods';
import { matchArticleDurations, matchNumbers, matchOrdinals } from './figures/quantities';
import type { Draft } from './figures/scan';
import { Scan } from './figures/scan';
import { matchFractions, matchVague, matchVagueDurations } from './figures/vague';

/** Runs every matcher over one sentence, most specific first: each claims its text. */
function scanSentence(s: string, published: string | null): Draft[] {
  const scan = new Scan(s, published);
  blockFurniture(scan);
  blockNoise(scan);
  matchTemperatures(scan);
  matchTimes(scan);
  matchPeriods(scan);
  matchDates(scan);
  matchShiftedDates(scan);
  matchAppositionAges(scan);
  matchVague(scan);
  matchFractions(scan);
  matchArticleDurations(scan);
  matchNumbers(scan);
  matchVagueDurations(scan);
  matchOrdinals(scan);
  return scan.drafts;
}

/**
 * A sentence with the carriage returns of CRLF line ends removed, so that "1.2\r\nbn" reads like
 * "1.2\nbn"; `at` maps an offset of the cleaned string back to the original.
 */
function withoutCarriageReturns(raw: string): { s: string; at: (i: number) => number } {
  if (!raw.includes('\r')) return { s: raw, at: (i) => i };
  const map: number[] = [];
  let s = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\r' && raw[i + 1] === '\n') continue;
    map.push(i);
    s += raw[i];
  }
  map.push(raw.length);
  return { s, at: (i) => map[i] };
}

/**
 * Markdown emphasis replaced by spaces of the same length ("**6.9 million** subscribers" reads as
 * "  6.9 million   subscribers"), so that offsets still point into the original text.
 */
export function withoutEmphasis(s: string): string {
  if (!/[*_]/.test(s)) return s;
  return s.replace(/\*\*|__/g, '  ').replace(/(?<=\w)[*_](?=[\s.,;:!?)]|$)|(?<=^|[\s(])[*_](?=\w)/g, ' ');
}

function toFigure(text: string, base: number, s: string, at: (i: number) => number, d: Draft): Figure {
  const dateLike = d.kind === 'date' || d.kind === 'time';
  const hedge = d.qualifier !== undefined ? d.qualifier : hedgeAt(s, d.start, d.end, dateLike);
  const start = base + at(d.start);
  const end = base + at(d.end - 1) + 1;
  const figure: Figure = {
    start,
    end,
    kind: d.kind,
    text: text.slice(start, end),
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
    const { s, at } = withoutCarriageReturns(ctx.text.slice(sentence.start, sentence.end));
    const marker = listMarkerEnd(ctx.text, sentence.start);
    for (const d of scanSentence(withoutEmphasis(s), ctx.published)) {
      if (d.start < marker) continue;
      const figure = toFigure(ctx.text, sentence.start, s, at, d);
      if (!ctx.boilerplate.some((b) => figure.start < b.end && b.start < figure.end)) figures.push(figure);
    }
  }
  pesosOfTheCountry(ctx.text, figures);
  return figures.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Countries that count in pesos, by the words that name them. */
const PESO_COUNTRIES: [RegExp, string][] = [
  [/\bChile(?:an)?s?\b/g, 'CLP'],
  [/\bArgentin(?:a|e|ian)s?\b/g, 'ARS'],
  [/\bColombi(?:a|an)s?\b/g, 'COP'],
  [/\bMexic(?:o|an)s?\b/g, 'MXN'],
  [/\b(?:Philippines?|Filipinos?)\b/g, 'PHP'],
  [/\bUruguay(?:an)?s?\b/g, 'UYU'],
  [/\bDominican\b/g, 'DOP'],
  [/\bCuban?s?\b/g, 'CUP'],
];

/**
 * "4.5 bln pesos" in a story from Chile are Chilean pesos: the word names the currency of the
 * country the article names most, of those that count in pesos (Mexican pesos when it names none).
 */
function pesosOfTheCountry(text: string, figures: Figure[]): void {
  const pesos = figures.filter((f) => f.kind === 'money' && f.unit === 'MXN' && /\bpesos?\b/i.test(f.text));
  if (!pesos.length) return;
  let best: [number, string] = [0, 'MXN'];
  for (const [re, code] of PESO_COUNTRIES) {
    const n = text.match(re)?.length ?? 0;
    if (n > best[0]) best = [n, code];
  }
  for (const f of pesos) f.unit = best[1];
}
