import type { FigureValue } from '../../model';
import { iso, parseIso } from './dates';
import { STOP_WORDS, UNIT_WORDS } from './lexicon';
import type { Scan } from './scan';
import type { Tense } from './tense';
import { tenseAt } from './tense';

type Ymd = NonNullable<ReturnType<typeof parseIso>>;

const REL_YEAR = '(\\d{4}|(?:next|last|this)\\s+year)';
/** Halves and quarters of a year: "the second half of 2028", "the first quarter of next year", "Q3 2027". */
const PART_OF_YEAR = new RegExp(
  `\\b(?:(first|second|1st|2nd|latter)\\s+half|(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+quarter)\\s+of\\s+${REL_YEAR}\\b|\\b(?:Q([1-4])|([1-4])Q)\\s+(\\d{4})\\b`,
  'gi',
);
const ORDER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, latter: 2, third: 3 };
Object.assign(ORDER, { '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 });

function yearOf(written: string, pub: Ymd | null): number | null {
  if (/^\d{4}$/.test(written)) return +written;
  if (!pub) return null;
  const rel = written.toLowerCase().split(/\s+/)[0];
  return pub.y + (rel === 'next' ? 1 : rel === 'last' ? -1 : 0);
}

/** The months a part of a year covers, as a range of ISO months. */
function partRange(y: number, months: number, index: number): [string, string] {
  const first = (index - 1) * months + 1;
  return [iso(y, first), iso(y, first + months - 1)];
}

function matchPartsOfYear(scan: Scan, pub: Ymd | null): void {
  scan.each(PART_OF_YEAR, (m) => {
    const end = m.index + m[0].length;
    if (m[4] || m[5]) {
      scan.add({
        start: m.index,
        end,
        kind: 'date',
        value: partRange(+m[6], 3, +(m[4] ?? m[5])),
        unit: null,
      });
      return;
    }
    const y = yearOf(m[3], pub);
    const half = !!m[1];
    const index = ORDER[(m[1] ?? m[2]).toLowerCase()];
    const value = y === null ? null : partRange(y, half ? 6 : 3, index);
    scan.add({ start: m.index, end, kind: 'date', value, unit: null });
  });
}

/** Months of the seasons as the northern hemisphere counts them (winter spans two years: no value). */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
};
const SEASON = new RegExp(
  '\\b(?:(this|last|next|the)\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(\\d{4})\\b)?',
  'gi',
);
const SEASON_PREP =
  /\b(?:in|since|during|over|by|until|till|through|throughout|before|after|from|for|into|across)\s+$/i;

/** Year of a season named without one, from "this/last/next" or the tense of its clause. */
function seasonYear(season: string, rel: string, pub: Ymd, tense: Tense): number | null {
  const range = SEASONS[season];
  if (!range) return null;
  if (pub.m === undefined) return rel === 'this' ? pub.y : null;
  const [from, to] = range;
  const started = pub.m >= from;
  const over = pub.m > to;
  // "last summer" is the one before the current; "in the summer" with a past verb may be this one.
  if (rel === 'last') return over ? pub.y : pub.y - 1;
  if (rel === 'next') return started ? pub.y + 1 : pub.y;
  if (rel === 'the' && tense === 'past') return started ? pub.y : pub.y - 1;
  if (rel === 'the' && tense === 'future') return over ? pub.y + 1 : pub.y;
  // "this summer", or "the summer" with no tense: the one under way, else the nearest.
  if (started && !over) return pub.y;
  return pub.m - to < from + 12 - pub.m ? (over ? pub.y : pub.y - 1) : started ? pub.y + 1 : pub.y;
}

/** Seasons used as dates: "since the summer", "last autumn", "spring 2027", "the summer of 2025". */
function matchSeasons(scan: Scan, pub: Ymd | null): void {
  scan.each(SEASON, (m) => {
    const rel = m[1]?.toLowerCase();
    const season = m[2].toLowerCase();
    const end = m.index + m[0].length;
    const after = scan.s.slice(end);
    if (!m[3]) {
      // "fall" is a verb and "the fall of the city" an event; "the summer" needs a preposition;
      // "the winter recess", "summer holidays" name other things.
      if (!rel || (season === 'fall' && rel === 'the') || /^\s+of\b/i.test(after)) return;
      const next = /^\s+([a-z]+)/.exec(after)?.[1];
      if (next && !STOP_WORDS.has(next)) return;
      if (rel === 'the' && !SEASON_PREP.test(scan.s.slice(0, m.index))) return;
    }
    let value: FigureValue = null;
    if (m[3]) value = m[3];
    else if (pub) {
      const y = seasonYear(season, rel!, pub, tenseAt(scan.s, m.index, end));
      value = y === null ? null : iso(y);
    }
    scan.add({ start: m.index, end, kind: 'date', value, unit: null });
  });
}

const SHIFT_UNITS: Record<string, 'y' | 'm' | 'd'> = { year: 'y', yr: 'y', month: 'm', week: 'd', day: 'd' };
const SHIFT = new RegExp(
  `\\b(an?|${Object.keys(UNIT_WORDS).join('|')}|\\d{1,2})\\s+(year|yr|month|week|day)s?\\s+(earlier|later)\\b`,
  'gi',
);

/** Moves an ISO date by a number of years, months or days, keeping its precision. */
function shift(value: string, n: number, unit: 'y' | 'm' | 'd'): string | null {
  const d = parseIso(value);
  if (!d) return null;
  if (unit === 'y') return iso(d.y + n, d.m, d.d);
  if (unit === 'm' && d.m !== undefined) {
    const index = d.y * 12 + d.m - 1 + n;
    return iso(Math.floor(index / 12), (index % 12) + 1, d.d);
  }
  if (unit === 'd' && d.m !== undefined && d.d !== undefined) {
    const t = new Date(Date.UTC(d.y, d.m - 1, d.d + n));
    return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  return null;
}

/**
 * Dates told from another date of the sentence: "down from 52% a year earlier" after "last
 * month", "two days later". Without such a date in the sentence the value stays unknown.
 */
export function matchShiftedDates(scan: Scan): void {
  scan.each(SHIFT, (m) => {
    const count = /^an?$/i.test(m[1]) ? 1 : /\d/.test(m[1]) ? +m[1] : UNIT_WORDS[m[1].toLowerCase()];
    const unitWord = m[2].toLowerCase();
    const unit = SHIFT_UNITS[unitWord];
    const n = (unitWord === 'week' ? 7 * count : count) * (m[3].toLowerCase() === 'earlier' ? -1 : 1);
    const anchor = scan.drafts
      .filter((d) => d.kind === 'date' && d.end <= m.index && typeof d.value === 'string')
      .sort((a, b) => b.end - a.end)[0];
    const value = anchor ? shift(anchor.value as string, n, unit) : null;
    scan.add({ start: m.index, end: m.index + m[0].length, kind: 'date', value, unit: null });
  });
}

/** Parts of years and seasons, before the dates and numbers that would take their words. */
export function matchPeriods(scan: Scan): void {
  const pub = parseIso(scan.published);
  matchPartsOfYear(scan, pub);
  matchSeasons(scan, pub);
}
