import type { Line } from './boilerplate';
// prettier-ignore

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
// The day may be followed by a time: "2025-03-14T09:30:00Z".
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
// "13/06/2026", "13.06.2026": day first as most of the world writes it, month first when the day
// cannot be the first number ("06/13/2026").
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const DATELINE_MD = new RegExp(
  `^[A-Z][A-Z .,'/-]{2,60},?\\s+(?:[A-Z][a-z.]+(?:\\s+[A-Z][a-z.]+){0,2},?\\s+)?${MONTH}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b`,
);
const LABELLED = /^(published|updated|posted|first published|last updated|date|dated|filed)\b\s*(on|:)?/i;

const DATE_ONLY_WORDS = new RegExp(
  `\\b(?:${MONTH}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\\.?|published|updated|posted|last|first|on|at|[ap]\\.?m\\.?|[A-Z]{2,5})\\b`,
  'gi',
);

/** Whether a line holds nothing but dates, times, zones and "Published"/"Updated" labels. */
function isDateOnly(line: string): boolean {
  if (!/\d{4}/.test(line)) return false;
  return !line.replace(DATE_ONLY_WORDS, ' ').replace(/[\d:.,|·•\-–—/()\s]+/g, '');
}

/** Parses one date expression with a year; returns an ISO day or null. */
export function parseFullDate(s: string): string | null {
  let m = ISO.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = MDY.exec(s);
  if (m) return iso(+m[3], monthOf(m[1]), +m[2]);
  m = DMY.exec(s);
  if (m) return iso(+m[3], monthOf(m[2]), +m[1]);
  m = NUMERIC.exec(s);
  if (m) return +m[2] > 12 ? iso(+m[3], +m[1], +m[2]) : iso(+m[3], +m[2], +m[1]);
  return null;
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '')] ?? 0;
}

function iso(y: number, mo: number, d: number): string | null {
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/**
 * The article's publication date: front matter, a "Published …"/"DATE:" line, a date line near the
 * headline, or a dateline. Boilerplate lines (weather/date widgets) are already excluded by the caller.
 */
export function findPublished(frontMatter: string | null, lines: readonly Line[]): string | null {
  if (frontMatter) {
    const m = /^(date|published|pubdate|created)\s*[:=]\s*["']?([^"'\n]+)/im.exec(frontMatter);
    const d = m && parseFullDate(m[2]);
    if (d) return d;
  }
  const head = lines.filter((l) => l.text.trim()).slice(0, 8);
  // A "Published …" line beats a short line before it (a headline may name another date).
  const labelledFirst = [...head].sort(
    (a, b) => +LABELLED.test(b.text.trim()) - +LABELLED.test(a.text.trim()),
  );
  for (const l of labelledFirst) {
    const t = l.text.trim();
    if (LABELLED.test(t) || (t.length <= 60 && t.split(/\s+/).length <= 8)) {
      const d = parseFullDate(t);
      if (d) return d;
    }
  }
  for (const l of lines) {
    const t = l.text.trim();
    if (LABELLED.test(t) && t.length <= 120) {
      const d = parseFullDate(t);
      if (d) return d;
    }
  }
  // A line of dates and times only: "06:00, Wed 14 Jan 2026 | Updated 09:41, Wed 14 Jan 2026".
  for (const l of lines.filter((x) => x.text.trim()).slice(0, 14)) {
    const t = l.text.trim();
    if (t.length <= 120 && isDateOnly(t)) {
      const d = parseFullDate(t);
      if (d) return d;
    }
  }
  for (const l of head) {
    const m = DATELINE_MD.exec(l.text.trim());
    if (m) {
      // Only a year written with the dateline's own date: any other year in the paragraph is about something else.
      if (m[3]) return iso(+m[3], monthOf(m[1]), +m[2]);
    }
  }
  return null;
}

/**
 * The day and month of a dateline that gives no year ("KESSINGTON, Ohio, March 11 (CPW) -"), as
 * "--MM-DD" (ISO 8601 without a year); null when the head of the article has no such dateline.
 */
export function findDatelineDay(lines: readonly Line[]): string | null {
  for (const [k, l] of lines
    .filter((x) => x.text.trim())
    .slice(0, 20)
    .entries()) {
    const m = DATELINE_MD.exec(l.text.trim());
    if (!m || m[3]) continue;
    // Below the head (a wire's summary bullets and byline come first), only a dateline closed by the
    // agency's tag or a dash: "SEOUL, March 5 (XYZ) -".
    if (k >= 8 && !/^\s*(?:\([A-Za-z][\w .&-]{0,20}\)\s*)?[-–—]/.test(l.text.trim().slice(m[0].length)))
      continue;
    const mo = monthOf(m[1]);
    const d = +m[2];
    if (mo && d >= 1 && d <= daysInMonth(2024, mo))
      return `--${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

/**
 * Completes a "--MM-DD" day with the year that puts it nearest to one of the given dates (other
 * sources of the story), when that is at most 45 days away; null otherwise.
 */
export function inferYear(day: string, near: readonly string[]): string | null {
  const m = /^--(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  let best: { date: string; gap: number } | null = null;
  for (const other of near) {
    const at = Date.parse(`${other.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(at) || other.length < 10) continue;
    const y = +other.slice(0, 4);
    for (const year of [y - 1, y, y + 1]) {
      const date = iso(year, +m[1], +m[2]);
      if (!date) continue;
      const gap = Math.abs(Date.parse(`${date}T00:00:00Z`) - at) / 86_400_000;
      if (gap <= 45 && (!best || gap < best.gap)) best = { date, gap };
    }
  }
  return best?.date ?? null;
}
