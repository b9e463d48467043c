import type { Scan } from './scan';

/**
 * Numbers printed by the page or the wire system rather than written by the reporter: they are
 * not facts of the story, and two outlets' versions of them never need comparing.
 */
const FURNITURE: RegExp[] = [
  // wire version tags before a headline: "UPDATE 2-", "REFILE 1:"
  /\b(?:UPDATE|REFILE|CORRECTED|WRAPUP|RPT)\s*\d+(?=\s*[-–:])/g,
  // reading time: "6 min read", "4-minute read"
  /\b\d+[\s-]*(?:min(?:ute)?s?)\.?\s+read\b/gi,
  // engagement counters: "0 Comments", "12 Shares"
  /\b\d+\s+(?:Comments?|Shares?|Views?|Likes?|Replies)\b/g,
  /(?:^|[|·•]\s*)\d+\s+(?:comments?|shares?|views?|likes?|replies)\b/gm,
];

/** A temperature as a weather widget prints it: "3°C", "27 °F", "-2°". */
const WIDGET_TEMPERATURE = /(?:^|\s)[-−]?\d{1,3}(?:\.\d)?\s?°\s?[CF]?(?=\s|$|[|·])/;
/** Separators of a strip of page items. */
const STRIP = /\s[|·•]\s/;

/**
 * Blocks the page furniture of one sentence: wire version tags, reading times, comment counters,
 * and the date-and-weather strip of a masthead ("Tuesday, 20 January 2026 | Manchester 3°C"), whose
 * date is the day the page was viewed, not a date of the story.
 */
export function blockFurniture(scan: Scan): void {
  for (const re of FURNITURE) scan.each(re, (m) => scan.block(m.index, m.index + m[0].length));
  let start = 0;
  for (const line of scan.s.split('\n')) {
    if (STRIP.test(line) && WIDGET_TEMPERATURE.test(line)) scan.block(start, start + line.length);
    start += line.length + 1;
  }
}
