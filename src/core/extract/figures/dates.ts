import { MONTHS, WEEKDAYS, ZONES } from './lexicon';
import type { Scan } from './scan';

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
const RELATIVE_DAY = /(?<!\bof\s)\b(today|yesterday|tomorrow|tonight)\b(?!['’]s)/gi;
const RELATIVE_PERIOD = /\b(last|next|this|earlier this|later this)\s+(year|month|week)\b/gi;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

const monthOf = (name: string) => MONTHS[name.replace('.', '').toLowerCase()];

function shiftYear(rel: string | undefined, pub: Ymd | null): number | null {
  if (!rel) return null;
  if (!pub) return NaN;
  return pub.y + (rel === 'next' ? 1 : rel === 'last' ? -1 : 0);
}

/** Year of a month named without one: the most recent such month on or before publication. */
function yearForMonth(month: number, pub: Ymd | null, rel: string | undefined): number | null {
  const shifted = shiftYear(rel, pub);
  if (shifted !== null) return Number.isNaN(shifted) ? null : shifted;
  if (!pub) return null;
  return pub.m !== undefined && month > pub.m ? pub.y - 1 : pub.y;
}

function addDate(scan: Scan, start: number, end: number, ymd: Ymd | null) {
  scan.add({ start, end, kind: 'date', value: ymd ? iso(ymd.y, ymd.m, ymd.d) : null, unit: null });
}

function matchDayDates(scan: Scan, pub: Ymd | null): void {
  scan.each(MONTH_DAY, (m) => {
    const month = monthOf(m[2]);
    const day = +m[3];
    if (day < 1 || day > 31) return;
    const year = m[4] ? +m[4] : yearForMonth(month, pub, m[5]);
    addDate(scan, m.index, m.index + m[0].length, year === null ? null : { y: year, m: month, d: day });
  });
  scan.each(DAY_MONTH, (m) => {
    const day = +m[2];
    const month = monthOf(m[3]);
    if (day < 1 || day > 31) return;
    const year = m[4] ? +m[4] : yearForMonth(month, pub, m[5]);
    addDate(scan, m.index, m.index + m[0].length, year === null ? null : { y: year, m: month, d: day });
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
    const year = yearForMonth(month, pub, m[3]);
    addDate(scan, start, m.index + m[0].length, year === null ? null : { y: year, m: month });
  }
}

const FUTURE =
  /\b(?:will|shall|going to|set to|expected to|due to|scheduled|plans? to|upcoming|to be held)\b/i;
const SPEECH_BEFORE =
  /\b(?:said|say|says|told|stated|announced|added|wrote|briefing|statement|reporters)\b[\w\s]{0,16}$/i;

/** Days from publication to a weekday: the nearest on or before it, or on or after it for the future. */
function weekdayOffset(s: string, index: number, target: number, pubDay: number, rel: string | undefined) {
  if (rel === 'last') return -(((pubDay - target + 6) % 7) + 1);
  if (rel === 'next') return ((target - pubDay + 6) % 7) + 1;
  const before = s.slice(0, index);
  const future = FUTURE.test(before) && !SPEECH_BEFORE.test(before);
  return future ? (target - pubDay + 7) % 7 : -((pubDay - target + 7) % 7);
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
    const value = date ? addDays(date, weekdayOffset(scan.s, m.index, target, date.getUTCDay(), m[1])) : null;
    const start = m[1] === 'this' ? m.index + m[0].length - m[2].length : m.index;
    scan.add({ start, end: m.index + m[0].length, kind: 'date', value, unit: null });
  });
  scan.each(RELATIVE_DAY, (m) => {
    // "USA Today" and other names
    if (/\S\s+[A-Z][A-Za-z]*\s+$/.test(scan.s.slice(0, m.index))) return;
    const word = m[1].toLowerCase();
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
  matchDayDates(scan, pub);
  matchMonthDates(scan, pub);
  matchRelativePeriods(scan, pub);
  matchRelativeDays(scan, pub);
}

const ZONE = `(${Object.keys(ZONES).join('|')}|ET|PT|CT)`;
const CLOCK_12 = new RegExp(
  `\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?(?:\\s+\\(?${ZONE}\\b\\)?)?`,
  'gi',
);
const CLOCK_24 = new RegExp(`\\b(\\d{1,2}):(\\d{2})(?::\\d{2})?\\b(?:\\s+\\(?${ZONE}\\b\\)?)?`, 'g');

/** Daylight/standard-agnostic zone names are read as the daylight variant of North American zones. */
function zoneUnit(z: string | undefined): string | null {
  if (!z) return null;
  const upper = z.toUpperCase();
  return upper in ZONES ? upper : null;
}

/** Finds clock times ("8:38 p.m. EDT", "14:05 GMT"); the value is "HH:MM", the unit the zone. */
export function matchTimes(scan: Scan): void {
  scan.each(CLOCK_12, (m) => {
    let h = +m[1];
    const min = m[2] ? +m[2] : 0;
    if (h < 1 || h > 12 || min > 59) return;
    if (m[3].toLowerCase() === 'p' && h < 12) h += 12;
    if (m[3].toLowerCase() === 'a' && h === 12) h = 0;
    const end = m.index + m[0].length;
    scan.add({ start: m.index, end, kind: 'time', value: `${pad(h)}:${pad(min)}`, unit: zoneUnit(m[4]) });
  });
  scan.each(CLOCK_24, (m) => {
    const h = +m[1];
    const min = +m[2];
    if (h > 23 || min > 59) return;
    const end = m.index + m[0].length;
    scan.add({ start: m.index, end, kind: 'time', value: `${pad(h)}:${pad(min)}`, unit: zoneUnit(m[3]) });
  });
}
