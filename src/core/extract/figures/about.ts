import {
  CHANGE,
  MONTHS,
  ORDINAL_WORDS,
  SCALE_WORDS,
  STOP_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  WEEKDAYS,
} from './lexicon';
import type { Draft } from './scan';

const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g;
const HARD_BREAK = /[;:()[\]"“”—!?\d]/;
const UNIT_NOUNS =
  /^(?:percent|cent|dollars?|euros?|pounds?|hundreds|thousands|millions|billions|dozens?|scores|tens|bn|mn|km|mph|us|u\.s)$/;

function normal(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '');
}

function isContent(word: string): boolean {
  const w = normal(word);
  if (w.length < 2 || STOP_WORDS.has(w) || UNIT_NOUNS.test(w)) return false;
  return !(
    w in MONTHS ||
    w in UNIT_WORDS ||
    w in TENS_WORDS ||
    w in SCALE_WORDS ||
    w in ORDINAL_WORDS ||
    WEEKDAYS.includes(w)
  );
}

function words(s: string): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s))
    out.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Content words after `from`, up to `max`, within the clause (a comma ends it unless `crossComma`). */
function rightWords(s: string, from: number, max: number, crossComma = false, stop?: RegExp): string[] {
  const out: string[] = [];
  let last = from;
  const all = words(s);
  for (const [k, t] of all.entries()) {
    if (t.start < from) continue;
    if (stop?.test(t.w)) break;
    // "…the $420 million round in 2024 and who testified that…": another clause, about someone else.
    if (/^(?:and|but)$/i.test(t.w) && /^(?:who|whom|whose|which)$/i.test(all[k + 1]?.w ?? '')) break;
    // A year before a noun ("of its 2025 turnover") qualifies the noun; it does not end the phrase.
    const gap = s.slice(last, t.start).replace(/\b(?:19|20)\d\d\b(?=\s+$)/, '');
    if (HARD_BREAK.test(gap) || (!crossComma && gap.includes(',')) || out.length >= max) break;
    if (isContent(t.w)) out.push(normal(t.w));
    last = t.end;
  }
  return out;
}

const PAST = /^(?:[a-z]{3,}ed|paid|gave|sent|set|put|made|spent|lost|won|sold|bought|cut|raised)$/;

/** Content words before `to`, up to `max`, within the clause (a comma ends it unless `crossComma`). */
function leftWords(s: string, to: number, max: number, crossComma = false): string[] {
  const out: string[] = [];
  let last = to;
  const all = words(s).filter((t) => t.end <= to);
  for (let k = all.length - 1; k >= 0 && out.length < max; k--) {
    const gap = s.slice(all[k].end, last);
    if (HARD_BREAK.test(gap) || (!crossComma && gap.includes(','))) break;
    // "…for each deceased and released Rs 50 crore": "and" before a verb opens another predicate.
    if (/^(?:and|but)$/i.test(all[k].w) && k + 1 < all.length && PAST.test(all[k + 1].w)) break;
    if (isContent(all[k].w)) out.unshift(normal(all[k].w));
    last = all[k].start;
  }
  return out;
}

const RATE =
  /\b(?:a|an|each|per|every)\s+(year|month|week|day)\b|\b(annual|annually|yearly|daily|monthly|weekly)\b/i;
const RATE_UNIT: Record<string, string> = {
  annual: 'year',
  annually: 'year',
  yearly: 'year',
  daily: 'day',
  monthly: 'month',
  weekly: 'week',
};

/** "per year" when the clause around the figure states a rate ("each year", "annually"). */
function rateOf(s: string, d: Draft): string | null {
  // A share of annual turnover is a share, not a yearly rate.
  if (d.kind === 'date' || d.kind === 'time' || d.kind === 'duration' || d.kind === 'percent') return null;
  const after = s.slice(d.end, d.end + 60).split(/[,;.(]/)[0];
  // "per person", "per capita", "a head": a rate per something other than time.
  const per =
    /^\s*(?:\S+\s+){0,3}?(?:per|a|each)\s+(person|head|capita|student|patient|household|family|resident|barrel|share|tonne|ton)\b/i.exec(
      after,
    );
  if (per) return `per ${per[1].toLowerCase()}`;
  // Before the figure only an adjective counts ("annual budget of"); "each year or pay 20,000" belongs to another clause.
  const before = /\b(annual|annually|yearly|daily|monthly|weekly)\b[^,;.]{0,20}$/i.exec(
    s.slice(Math.max(0, d.start - 30), d.start),
  );
  const m = RATE.exec(after) ?? before;
  if (!m) return null;
  return `per ${m[1] && RATE_UNIT[m[1].toLowerCase()] === undefined ? m[1].toLowerCase() : RATE_UNIT[(m[2] ?? m[1]).toLowerCase()]}`;
}

/**
 * Words that open another event after a date ("kept out of their homes on Tuesday after a fire
 * tore through…"): what follows them is not what the date dates.
 */
const OTHER_EVENT = /^(?:after|before|following|since|until|when|while|amid|as)$/i;

/** A conversion in brackets after an amount ("1 mln rupees ($3,550) for…"): what follows is still about it. */
const CONVERSION = /^\s*\([^()]{0,40}\d[^()]{0,40}\)/;

function tailOf(s: string, d: Draft): number {
  const tail = d.tail ?? d.end;
  const conversion = d.kind === 'money' ? CONVERSION.exec(s.slice(tail)) : null;
  return conversion ? tail + conversion[0].length : tail;
}

/**
 * A date in a relative clause dates the noun the clause hangs on: "the campaign, which began on
 * Monday", "the talks, which collapsed last Friday" are about the campaign and the talks.
 */
const RELATIVE =
  /\b([A-Za-z]+)(?:\s+(?:of|against|for|on|over)\s+[A-Za-z-]+){0,2},\s+(?:which|that|who)\s+(?:[a-z]+\s+){1,3}$/;

function contextWords(s: string, d: Draft, wide: boolean): string[] {
  const tail = tailOf(s, d);
  if (d.age && d.holder === 'before') return ['age', 'of', ...leftWords(s, d.start, 3, true)];
  if (d.age) return ['age', 'of', ...rightWords(s, tail, 3)];
  if (d.term) return ['term', 'of', ...rightWords(s, tail, 3)];
  if (d.kind === 'ordinal') return rightWords(s, tail, 2);
  const before = d.kind === 'count' || d.kind === 'percent' || d.kind === 'date' || d.kind === 'time' ? 2 : 3;
  // A share names its whole after "of", often behind an owner: "4.3% of the company's global turnover".
  const after = d.kind === 'percent' && /^\s*of\b/i.test(s.slice(tail, tail + 5)) ? 5 : 3;
  const stop = d.kind === 'date' || d.kind === 'time' ? OTHER_EVENT : undefined;
  const left = leftWords(s, d.start, before, wide);
  const antecedent = d.kind === 'date' || d.kind === 'time' ? RELATIVE.exec(s.slice(0, d.start)) : null;
  if (antecedent && isContent(antecedent[1])) left.unshift(normal(antecedent[1]));
  return [...left, ...rightWords(s, tail, after, wide, stop)];
}

/** What a figure measures: a short lower-case phrase of content words around it. */
export function aboutOf(s: string, d: Draft): string | null {
  const parts = contextWords(s, d, false);
  if (!parts.length && d.kind !== 'ordinal') parts.push(...contextWords(s, d, true));
  const rate = rateOf(s, d);
  if (rate) parts.push(rate);
  const change = CHANGE.exec(s.slice(Math.max(0, d.start - 40), d.end + 30));
  if (change && !parts.includes(change[0].toLowerCase()))
    parts.push(/\d/.test(change[0]) ? 'from-to' : change[0].toLowerCase());
  const unique = parts.filter((w, k) => parts.indexOf(w) === k || w === 'of');
  return unique.length && !((d.age || d.term) && unique.length === 2) ? unique.join(' ') : null;
}
