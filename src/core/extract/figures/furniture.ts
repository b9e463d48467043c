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

/** An ordered-list marker: "1. ", "12) ". */
const LIST_ITEM = /^[ \t]*\d{1,2}[.)](?=\s|$)/;
/** A line that is itself an item of a list: "2. …", "- …", "* …". */
const LIST_LINE = /^[ \t]*(?:\d{1,2}[.)]|[-*•])\s/;

/**
 * Where the ordered-list marker opening a sentence ends ("3. **The vote.** …": a position, not a
 * fact), 0 when there is none. The marker must open a line that follows a blank line or another
 * item: a hard-wrapped line may also begin "12." when it ends a date ("on Jan.\n12.").
 */
export function listMarkerEnd(text: string, start: number): number {
  const m = LIST_ITEM.exec(text.slice(start, start + 8));
  if (!m) return 0;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim()) return 0;
  const prevEnd = text.lastIndexOf('\n', lineStart - 2);
  const previous = text.slice(prevEnd + 1, Math.max(0, lineStart - 1)).replace(/\r$/, '');
  return lineStart === 0 || !previous.trim() || LIST_LINE.test(previous) ? m[0].length : 0;
}
