import { ZONES } from './lexicon';
import type { Scan } from './scan';

const pad = (n: number) => String(n).padStart(2, '0');

const ZONE = `(${Object.keys(ZONES).join('|')}|ET|PT|CT)`;
const CLOCK_12 = new RegExp(
  `\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?(?:\\s+\\(?${ZONE}\\b\\)?)?`,
  'gi',
);
const CLOCK_24 = new RegExp(`\\b(\\d{1,2}):(\\d{2})(?::\\d{2})?\\b(?:\\s+\\(?${ZONE}\\b\\)?)?`, 'g');
/** Wire and military times: four digits with a zone or "hrs" ("1430 GMT", "0700 hrs"). */
const CLOCK_MILITARY = new RegExp(`\\b([01]\\d|2[0-3])([0-5]\\d)(?:\\s*(?:${ZONE}|hrs)\\b)`, 'g');
/** The hour-letter notation of Portuguese, French and African copy: "14h30", "9h". */
const CLOCK_H = /\b([01]?\d|2[0-3])h([0-5]\d)?\b/g;
/** Noon and midnight, where the sentence uses them as a time of day ("at noon", "by midday"). */
const NAMED_TIME =
  /\b(?:at|by|around|about|until|till|from|before|after|since|to|past)\s+((?:12\s+)?(noon|midday|midnight))\b/gi;

/** Daylight/standard-agnostic zone names are read as the daylight variant of North American zones. */
function zoneUnit(z: string | undefined): string | null {
  if (!z) return null;
  const upper = z.toUpperCase();
  return upper in ZONES ? upper : null;
}

function addTime(scan: Scan, start: number, end: number, h: number, min: number, zone: string | undefined) {
  scan.add({ start, end, kind: 'time', value: `${pad(h)}:${pad(min)}`, unit: zoneUnit(zone) });
}

/**
 * A race or record time: hours, minutes and seconds ("2:04:37", "1:59:40.2") or minutes, seconds and
 * hundredths ("3:43.13"), with no zone or "a.m." after it.
 */
const ELAPSED = new RegExp(
  `(?<![\\d:.])(?:(\\d{1,2}):([0-5]\\d):([0-5]\\d)(?:\\.(\\d{1,3}))?|(\\d{1,2}):([0-5]\\d)\\.(\\d{1,3}))(?![\\d:])(?!\\s*(?:[ap]\\.?\\s?m\\b|\\(?${ZONE}\\b|hrs\\b|local\\b))`,
  'g',
);
/** Words before a moment of the day rather than a time taken: "at 10:04:37", "from 9:00:00". */
const AT_MOMENT = /\b(?:at|from|until|till|since|by|before|after|around)\s+$/i;

/** Race and record times, as durations in seconds ("won in 2:04:37" is 7,477 seconds). */
function matchElapsed(scan: Scan): void {
  scan.each(ELAPSED, (m) => {
    if (AT_MOMENT.test(scan.s.slice(0, m.index))) return;
    const [h, min, sec, frac] = m[1] ? [+m[1], +m[2], +m[3], m[4]] : [0, +m[5], +m[6], m[7]];
    const value = h * 3600 + min * 60 + sec + (frac ? +`0.${frac}` : 0);
    scan.add({ start: m.index, end: m.index + m[0].length, kind: 'duration', value, unit: 'seconds' });
  });
}

/** Finds clock times ("8:38 p.m. EDT", "14:05 GMT", "0700 GMT", "noon"); the value is "HH:MM", the unit the zone. */
export function matchTimes(scan: Scan): void {
  matchElapsed(scan);
  scan.each(CLOCK_12, (m) => {
    let h = +m[1];
    const min = m[2] ? +m[2] : 0;
    if (h < 1 || h > 12 || min > 59) return;
    if (m[3].toLowerCase() === 'p' && h < 12) h += 12;
    if (m[3].toLowerCase() === 'a' && h === 12) h = 0;
    addTime(scan, m.index, m.index + m[0].length, h, min, m[4]);
  });
  scan.each(CLOCK_24, (m) => {
    const h = +m[1];
    const min = +m[2];
    if (h > 23 || min > 59) return;
    addTime(scan, m.index, m.index + m[0].length, h, min, m[3]);
  });
  scan.each(CLOCK_MILITARY, (m) => addTime(scan, m.index, m.index + m[0].length, +m[1], +m[2], m[3]));
  scan.each(CLOCK_H, (m) =>
    addTime(scan, m.index, m.index + m[0].length, +m[1], m[2] ? +m[2] : 0, undefined),
  );
  scan.each(NAMED_TIME, (m) => {
    const start = m.index + m[0].length - m[1].length;
    const h = m[2].toLowerCase() === 'midnight' ? 0 : 12;
    addTime(scan, start, m.index + m[0].length, h, 0, undefined);
  });
}
