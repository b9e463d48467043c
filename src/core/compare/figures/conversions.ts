import type { Finding, Span } from '../../model';
import type { FigureInfo } from './context';
import { baseName } from './same';

// A conversion written in brackets right after a figure ("420 metres (1,260 feet)") that does not
// convert it: a slip of the article itself, whatever the other sources say.

/** Kinds whose values the extractor normalises to one unit, so a conversion can be checked. */
const CHECKED = new Set(['distance', 'other', 'duration']);
/** Beyond this relative difference a bracketed figure is no rounding of the one it converts. */
const TOLERANCE = 0.03;

/** The number as written at the start of a figure ("1,260 feet" → 1260), or null. */
function writtenNumber(text: string): number | null {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

/** The word of the unit as written ("metres", "ft"), lower case. */
function writtenUnit(text: string): string {
  return (/\d[\d,.]*\s*-?\s*([^\d\s()-]+)/.exec(text)?.[1] ?? '').toLowerCase();
}

/** The text between two figures of one sentence, read from the article's claim that holds them. */
function between(article: FigureInfo['article'], a: Span, b: Span): string | null {
  const c = article.claims.find((x) => x.start <= a.start && x.end >= b.end);
  return c ? c.text.slice(a.end - c.start, b.start - c.start) : null;
}

/** The step a written number is rounded to: "1,300" → 100, "1.5" → 0.1, "12" → 1. */
function roundingOf(text: string): number {
  const m = /\d[\d,]*(?:\.(\d+))?/.exec(text);
  if (!m) return 1;
  if (m[1]) return 10 ** -m[1].length;
  const zeros = /0*$/.exec(m[0].replace(/,/g, ''))![0].length;
  return 10 ** zeros;
}

function format(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 1 : 0 });
}

/** Findings for bracketed conversions that do not match the figure they follow. */
export function conversionSlips(infos: readonly FigureInfo[]): Finding[] {
  const out: Finding[] = [];
  const byArticle = new Map<FigureInfo['article'], FigureInfo[]>();
  for (const i of infos) if (!i.derived) byArticle.set(i.article, [...(byArticle.get(i.article) ?? []), i]);
  for (const [article, list] of byArticle) {
    const sorted = [...list].sort((x, y) => x.figure.start - y.figure.start);
    for (let k = 1; k < sorted.length; k++) {
      const [a, b] = [sorted[k - 1].figure, sorted[k].figure];
      const gap = b.start - a.end;
      if (gap < 1 || gap > 3 || a.kind !== b.kind || !CHECKED.has(a.kind) || a.unit !== b.unit) continue;
      if (typeof a.value !== 'number' || typeof b.value !== 'number' || !a.value || !b.value) continue;
      const [ua, ub] = [writtenUnit(a.text), writtenUnit(b.text)];
      const nb = writtenNumber(b.text);
      // The same unit twice is no conversion ("6 (six) km"); a bracket must follow the first figure.
      if (!ua || !ub || ua === ub || nb === null || !/^\s?\(\s?$/.test(between(article, a, b) ?? ''))
        continue;
      const diff = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value));
      // "1.5 km (1 mile)", "20 km (12 miles)": a conversion is rounded as finely as it is written.
      const na = writtenNumber(a.text);
      const slack = (n: number | null, text: string) => (n ? roundingOf(text) / 2 / n : 0);
      if (diff <= Math.max(TOLERANCE, slack(nb, b.text) + slack(na, a.text))) continue;
      const expected = (nb * a.value) / b.value;
      out.push({
        id: `numeric:${article.uri}:${b.start}`,
        kind: 'numeric',
        severity: 'warning',
        message: `Conversion does not match: ${a.text} is about ${format(expected)} ${ub}, not ${b.text}`,
        uri: article.uri,
        start: b.start,
        end: b.end,
        text: b.text,
        related: [
          {
            uri: article.uri,
            start: a.start,
            end: a.end,
            text: a.text,
            message: `The figure it converts, in ${baseName(article.uri)}`,
          },
        ],
      });
    }
  }
  return out;
}
