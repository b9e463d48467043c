import { MONTHS, WEEKDAYS } from './lexicon';
import type { Scan } from './scan';
import type { Tense } from './tense';
import { tenseAt, wordTense } from './tense';

interface Ymd {
  y: number;
  m?: number;
  d?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO string as precise as the parts given. */
export function iso(y: number, m?: number, d?: number): string {
  if (m === undefined) return String(y);
  return d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

/** Parses an ISO publication date ("2021", "2021-10", "2021-10-08…"). */
export function parseIso(p: string | null): Ymd | null {
  const m = p ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(p) : null;
  if (!m) return null;
  return { y: +m[1], m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
}

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const FULL_MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const REL_YEAR = '(?:\\s+(next|last|this)\\s+year\\b)?';

const MONTH_DAY = new RegExp(
  `\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d|%|:)(?:,?\\s+(\\d{4})\\b)?${REL_YEAR}`,
  'g',
);
const DAY_MONTH = new RegExp(
  `\\b(?:${WEEKDAY},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})\\b)?${REL_YEAR}`,
  'g',
);
const MONTH_YEAR = new RegExp(
  `\\b((?:end|beginning|start|middle)\\s+of\\s+|(?:early|late|mid)[\\s-]+)?${MONTH},?\\s+(\\d{4})\\b`,
  'g',
);
const MONTH_CONTEXT = new RegExp(
  `\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|through|during|from|last|next|this|early|late|mid|of|before|after|between|and|to)[\\s-]+(?:the\\s+)?((?:end|beginning|start|middle)\\s+of\\s+)?${FULL_MONTH}\\b(?!\\s+\\d)${REL_YEAR}`,
  'g',
);
const WEEKDAY_RE = new RegExp(`\\b(?:(last|next|this)\\s+)?${WEEKDAY}\\b`, 'g');
const RELATIVE_DAY =
  /(?<!\bof\s)\b(?:(today|yesterday|tomorrow|tonight)\b(?!['’]s)(?:\s+(?:morning|afternoon|evening|night)\b)?|this\s+(?:morning|afternoon|evening)\b)/gi;
const RELATIVE_PERIOD = /\b(last|next|this|earlier this|later this)\s+(year|month|week)\b/gi;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;

/**
 * "02/09/2026": day first as most of the world writes it, month first when only that reading is a
 * date; when both are, the one nearer publication.
 */
function slashDate(a: number, b: number, y: number, pub: Ymd | null): string | null {
  const valid = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;
  const dayFirst = valid(b, a) ? iso(y, b, a) : null;
  const monthFirst = valid(a, b) ? iso(y, a, b) : null;
  if (!dayFirst || !monthFirst || dayFirst === monthFirst) return dayFirst ?? monthFirst;
  const at = pubDate(pub);
  if (!at) return dayFirst;
  const away = (d: string) => Math.abs(Date.parse(`${d}T00:00:00Z`) - at.getTime());
  return away(monthFirst) < away(dayFirst) ? monthFirst : dayFirst;
}

const monthOf = (name: string) => MONTHS[name.replace('.', '').toLowerCase()];

function shiftYear(rel: string | undefined, pub: Ymd | null): number | null {
  if (!rel) return null;
  if (!pub) return NaN;
  return pub.y + (rel === 'next' ? 1 : rel === 'last' ? -1 : 0);
}

/** Position of a day on a line of months of 31 days: enough to order and measure gaps. */
const position = (y: number, m: number, d: number) => y * 372 + (m - 1) * 31 + d;

/**
 * Year of a month (or day) named without one: in a past-tense clause the last such month on or
 * before publication, in a future one the next on or after it, otherwise the nearest to it (a
 * "rise from April" in a January article is the coming April; the June floods in an October one
 * are the last June).
 */
function yearForMonth(
  month: number,
  pub: Ymd | null,
  rel: string | undefined,
  tense: Tense,
  day?: number,
): number | null {
  const shifted = shiftYear(rel, pub);
  if (shifted !== null) return Number.isNaN(shifted) ? null : shifted;
  if (!pub) return null;
  if (pub.m === undefined || (day === undefined && month === pub.m)) return pub.y;
  const at = position(pub.y, pub.m, pub.d ?? 15);
  const gap = (y: number) => position(y, month, day ?? 15) - at;
  const [before, after] = gap(pub.y) <= 0 ? [pub.y, pub.y + 1] : [pub.y - 1, pub.y];
  // A day within two months of publication is that one, whatever the tense: a reported deadline
  // ("said he had until Dec. 3") is not the day of the year before, which copy would give a year.
  const near = (y: number) => Math.abs(gap(y)) <= 62;
  if (
    day !== undefined &&
    tense &&
    near(tense === 'past' ? after : before) &&
    !near(tense === 'past' ? before : after)
  )
    return tense === 'past' ? after : before;
  if (tense === 'past') return before;
  if (tense === 'future') return after;
  return gap(after) < -gap(before) ? after : before;
}

/** A wire dateline around a day: "BEIJING, Feb 12 (XYZ) -", "LIMA, Peru, March 3 –". */
const DATELINE_BEFORE = /^\s*[A-Z][A-Z .'/-]{2,40},\s+(?:[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2},\s+)?$/;
const DATELINE_AFTER = /^\s*(?:\([^()]{1,24}\)\s*)?[-–—]/;

/**
 * The tense that places a month: the clause's, except for a start date hung on a noun ("a pay rise
 * from April", "fares starting in June"), which is read as the nearest such month.
 */
function monthTense(s: string, start: number, end: number): Tense {
  // A dateline's day is when the report was filed: the nearest such day, whatever its clause says.
  if (DATELINE_BEFORE.test(s.slice(0, start)) && DATELINE_AFTER.test(s.slice(end))) return null;
  const rel = /\b(next|last|this\s+coming|this\s+past)\s+$/i.exec(s.slice(0, start));
  if (rel) return /^(?:next|this\s+coming)$/i.test(rel[1]) ? 'future' : 'past';
  const nominal = /(\S+)\s+(?:from|starting(?:\s+in)?|effective|as\s+of)\s+$/i.exec(s.slice(0, start));
  if (nominal && !wordTense(nominal[1])) return null;
  return tenseAt(s, start, end);
}

function addDate(scan: Scan, start: number, end: number, ymd: Ymd | null) {
  scan.add({ start, end, kind: 'date', value: ymd ? iso(ymd.y, ymd.m, ymd.d) : null, unit: null });
}

function matchDayDates(scan: Scan, pub: Ymd | null): void {
  scan.each(MONTH_DAY, (m) => {
    const month = monthOf(m[2]);
    const day = +m[3];
    if (day < 1 || day > 31) return;
    const end = m.index + m[0].length;
    const year = m[4] ? +m[4] : yearForMonth(month, pub, m[5], monthTense(scan.s, m.index, end), day);
    addDate(scan, m.index, end, year === null ? null : { y: year, m: month, d: day });
  });
  scan.each(DAY_MONTH, (m) => {
    const day = +m[2];
    const month = monthOf(m[3]);
    if (day < 1 || day > 31) return;
    const end = m.index + m[0].length;
    const year = m[4] ? +m[4] : yearForMonth(month, pub, m[5], monthTense(scan.s, m.index, end), day);
    addDate(scan, m.index, end, year === null ? null : { y: year, m: month, d: day });
  });
}

function matchMonthDates(scan: Scan, pub: Ymd | null): void {
  scan.each(MONTH_YEAR, (m) => {
    addDate(scan, m.index, m.index + m[0].length, { y: +m[3], m: monthOf(m[2]) });
  });
  MONTH_CONTEXT.lastIndex = 0;
  for (let m = MONTH_CONTEXT.exec(scan.s); m; m = MONTH_CONTEXT.exec(scan.s)) {
    const start = m[1] ? m.index + m[0].indexOf(m[1]) : m.index + m[0].lastIndexOf(m[2]);
    const month = monthOf(m[2]);
    const end = m.index + m[0].length;
    const year = yearForMonth(month, pub, m[3], monthTense(scan.s, start, end));
    addDate(scan, start, end, year === null ? null : { y: year, m: month });
  }
}

/** A weekday closing a span of time: "until Sunday", "to 0700 GMT Sunday", "till 7 a.m. on Sunday". */
const UNTIL =
  /\b(?:until|till|through|to)\s+(?:\d{1,2}(?:[:.]?\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:\(?[A-Z]{2,4}\)?\s+)?)?(?:on\s+)?$/i;

/**
 * The tense of a span closed by "until": the verb just before it says whether the span is over
 * ("lasted until Sunday") or still running ("runs until Sunday", the default).
 */
function untilTense(before: string): Tense {
  const words = (before.match(/[A-Za-z'’]+/g) ?? []).slice(-3);
  const marks = words.map(wordTense).filter((t) => t);
  return marks.length ? marks[marks.length - 1] : 'future';
}

/**
 * Days from publication to a weekday: the nearest on or before it, or on or after it when the
 * clause is in the future or the day closes a span that is still running ("runs until Sunday").
 */
function weekdayOffset(scan: Scan, index: number, end: number, target: number, pubDay: number, rel?: string) {
  if (rel === 'last') return -(((pubDay - target + 6) % 7) + 1);
  if (rel === 'next') return ((target - pubDay + 6) % 7) + 1;
  const before = scan.s.slice(0, index);
  const until = UNTIL.exec(before);
  const tense = until ? untilTense(before.slice(0, until.index)) : tenseAt(scan.s, index, end);
  return tense === 'future' ? (target - pubDay + 7) % 7 : -((pubDay - target + 7) % 7);
}

export function pubDate(pub: Ymd | null): Date | null {
  return pub && pub.m !== undefined && pub.d !== undefined
    ? new Date(Date.UTC(pub.y, pub.m - 1, pub.d))
    : null;
}

export function addDays(date: Date, days: number): string {
  const d = new Date(date.getTime() + days * 86400000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function matchRelativeDays(scan: Scan, pub: Ymd | null): void {
  const date = pubDate(pub);
  scan.each(WEEKDAY_RE, (m) => {
    const target = WEEKDAYS.indexOf(m[2].toLowerCase());
    const end = m.index + m[0].length;
    const offset = date ? weekdayOffset(scan, m.index, end, target, date.getUTCDay(), m[1]) : 0;
    const value = date ? addDays(date, offset) : null;
    const start = m[1] === 'this' ? m.index + m[0].length - m[2].length : m.index;
    scan.add({ start, end, kind: 'date', value, unit: null });
  });
  scan.each(RELATIVE_DAY, (m) => {
    // "USA Today" and other names: a capitalised "Today" after a capitalised word.
    if (/^[A-Z]/.test(m[0]) && /[A-Z][A-Za-z]*[ \t]+$/.test(scan.s.slice(0, m.index))) return;
    const word = (m[1] ?? 'today').toLowerCase();
    const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    scan.add({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'date',
      value: date ? addDays(date, shift) : null,
      unit: null,
    });
  });
}

function relativePeriod(pub: Ymd | null, rel: string, unit: string): string | [string, string] | null {
  const sign = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
  if (!pub) return null;
  if (unit === 'year') return iso(pub.y + sign);
  if (unit === 'month') {
    if (pub.m === undefined) return null;
    const index = pub.y * 12 + pub.m - 1 + sign;
    return iso(Math.floor(index / 12), (index % 12) + 1);
  }
  const date = pubDate(pub);
  if (!date) return null;
  const monday = -((date.getUTCDay() + 6) % 7) + 7 * sign;
  return [addDays(date, monday), addDays(date, monday + 6)];
}

function matchRelativePeriods(scan: Scan, pub: Ymd | null): void {
  scan.each(RELATIVE_PERIOD, (m) => {
    const rel = m[1].toLowerCase().replace(/^(earlier|later) /, '');
    const value = relativePeriod(pub, rel, m[2].toLowerCase());
    scan.add({ start: m.index, end: m.index + m[0].length, kind: 'date', value, unit: null });
  });
}

/** Finds absolute and relative dates (bare years are handled with the other numbers). */
export function matchDates(scan: Scan): void {
  const pub = parseIso(scan.published);
  scan.each(ISO_DATE, (m) => {
    if (+m[2] >= 1 && +m[2] <= 12 && +m[3] >= 1 && +m[3] <= 31)
      scan.add({ start: m.index, end: m.index + m[0].length, kind: 'date', value: m[0], unit: null });
  });
  scan.each(SLASH_DATE, (m) => {
    const value = slashDate(+m[1], +m[2], +m[3], pub);
    if (value) scan.add({ start: m.index, end: m.index + m[0].length, kind: 'date', value, unit: null });
  });
  matchDayDates(scan, pub);
  matchMonthDates(scan, pub);
  matchRelativePeriods(scan, pub);
  matchRelativeDays(scan, pub);
}
