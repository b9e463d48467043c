import type { Span } from '../model';

/** A line of the text with its offsets (end excludes the line break). */
export interface Line extends Span {
  text: string;
}

/** Splits a text into lines, keeping UTF-16 offsets; \r\n, \n and \r all end a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

// Site furniture that is a whole line on its own. Written for scraped news pages in general:
// ad slots, share/comment widgets, syndication footers, teaser-list headings.
const FURNITURE_LINE: RegExp[] = [
  /^\[?ad_?\d*\]?$/i,
  /^[-–—•*\s]*advert(isement|isements)?[-–—•*\s]*$/i,
  /^(sponsored( content)?|promoted( content)?|paid content)$/i,
  /^spot_img$/i,
  /^source( link| hyperlink| url)\b.{0,200}$/i,
  /^[\p{P}\s]{1,5}$/u,
  // Wire slug lines: "US-OHIO-FIRE/ (UPDATE 2)".
  /^[A-Z0-9]+(-[A-Z0-9]+)+\/?\s*(\((UPDATE|CORRECTED|REFILE|RPT|WRAPUP)[^)]*\))?$/,
  /^.{0,80} contributed( reporting)? to this (report|story|article)\.?$/i,
  /^this (story|article|report) (has been|was) (up ?dated|corrected|amended)\b.{0,160}$/i,
  /^source:\s.{0,100}$/i,
  /^the post .{1,300} appeared first on .{1,100}$/i,
  /^please enter your (comment|name|email)( here)?!?\.?$/i,
  /^(leave a (reply|comment)|post a comment|add a comment|comments?( \(\d+\))?|\d+ comments?)$/i,
  /^(share|share (this|post|article|on \w+)|tweet|email|print|whatsapp|facebook|twitter|linkedin|pinterest|reddit|copy link)[:!]?$/i,
  /^(more like this|related( articles| posts| stories| news| content)?|you may also like|recommended( for you)?|read (more|next|also)|also read|see also|popular (articles|posts|stories)|most (read|popular|viewed)|latest( news| stories| posts)?|trending( now)?|top stories|editor'?s picks)[:.]?$/i,
  // Sign-up prompts are short; "Register offices will open…, the council said." is a sentence.
  /^(subscribe|sign up|log ?in|register|follow us|click here|download (our|the) app)\b(\S*\s+){0,7}\S*$/i,
  /^(tags?|filed under|categories|topics)\s*:.{0,200}$/i,
  // A copyright notice, not a headline or sentence that starts with the word "Copyright".
  /^(©|\(c\)|copyright\s*(©|\(c\)|(19|20)\d{2}\b)|copyright\b.{0,120}\ball rights reserved\b).{0,200}$/i,
  /^all rights reserved\.?$/i,
  /^(image|photo|video|graphic)( credit| courtesy| source)?\s*:.{0,200}$/i,
  /^\(?(reporting|additional reporting|writing|editing) by .{1,200}\)?\.?$/i,
  /^-?\d{1,3}(\.\d)?\s?°?\s?[CF]$/,
  /^(skip to (main )?content|back to top|menu|search|home|next|previous|next article|previous article)$/i,
  /^\d+\s*(min(ute)?s?|sec(ond)?s?) read$/i,
];

// Headings after which a page has only teasers, comment forms and footers left.
const TAIL_MARKER =
  /^(source( link| hyperlink)\b.*|more like this|related( articles| posts| stories| news)?|you may also like|recommended( for you)?|popular (articles|posts|stories)|most (read|popular|viewed)|latest news|the post .{1,300} appeared first on .{1,100}|please enter your comment!?|leave a reply)[:.]?$/i;

const MARKUP_LINE = /^\s*(<\/?[A-Za-z][^<>]*>\s*)+$|^\s*<!--.*-->\s*$|^\s*<!DOCTYPE[^>]*>\s*$/i;
const INLINE_TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*(\s[^<>]{0,300})?\/?>|<!--[\s\S]{0,2000}?-->/g;
const MD_IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;
const MD_LINK_DEF = /^\s{0,3}\[[^\]]+\]:\s+\S+/;
const MD_RULE = /^\s{0,3}([-*_]\s*){3,}$/;

/** Finds the site boilerplate of an article: furniture lines, teaser tails, markup and front matter. */
export function findBoilerplate(text: string, extraPatterns: readonly string[] = []): Span[] {
  const lines = splitLines(text);
  const extra = compile(extraPatterns);
  const spans: Span[] = [];
  const frontMatterEnd = frontMatterLength(lines);
  if (frontMatterEnd > 0) spans.push({ start: 0, end: lines[frontMatterEnd - 1].end });
  const flagged = new Array<boolean>(lines.length).fill(false);
  const tail = tailStart(lines, text.length);
  for (let i = frontMatterEnd; i < lines.length; i++) {
    const line = lines[i];
    const raw = line.text.trim();
    if (!raw) continue;
    // Furniture wrapped in markup ("<p>(Reporting by …)</p>") is still furniture.
    const t = raw.replace(INLINE_TAG, '').trim() || raw;
    if (
      i >= tail ||
      isFurniture(t) ||
      MARKUP_LINE.test(t) ||
      MD_IMAGE_LINE.test(t) ||
      MD_LINK_DEF.test(t) ||
      MD_RULE.test(t) ||
      extra.some((re) => re.test(t))
    ) {
      flagged[i] = true;
    }
  }
  for (let i = frontMatterEnd; i < lines.length; i++)
    if (!flagged[i] && isMenu(lines[i].text.trim())) flagged[i] = true;
  markMasthead(lines, flagged, frontMatterEnd);
  markWidgetClusters(lines, flagged);
  markRepeatedTitle(lines, flagged, frontMatterEnd);
  for (let i = frontMatterEnd; i < lines.length; i++) {
    if (flagged[i]) {
      const lead = lines[i].text.length - lines[i].text.trimStart().length;
      spans.push({ start: lines[i].start + lead, end: lines[i].start + lines[i].text.trimEnd().length });
    } else {
      for (const m of lines[i].text.matchAll(INLINE_TAG)) {
        spans.push({ start: lines[i].start + m.index, end: lines[i].start + m.index + m[0].length });
      }
    }
  }
  return mergeSpans(spans.filter((s) => s.end > s.start));
}

function compile(patterns: readonly string[]): RegExp[] {
  const out: RegExp[] = [];
  for (const p of patterns) {
    try {
      out.push(new RegExp(p, 'iu'));
    } catch {
      // Invalid patterns are reported when the configuration is read.
    }
  }
  return out;
}

function isFurniture(t: string): boolean {
  return t.length <= 320 && FURNITURE_LINE.some((re) => re.test(t));
}

/** Length in lines of a YAML/TOML front-matter block at the top, or 0. */
function frontMatterLength(lines: readonly Line[]): number {
  const first = lines[0]?.text.trim();
  if (first !== '---' && first !== '+++') return 0;
  for (let i = 1; i < Math.min(lines.length, 200); i++) if (lines[i].text.trim() === first) return i + 1;
  return 0;
}

/** The line from which the rest of the page is teasers and footers, or lines.length. */
function tailStart(lines: readonly Line[], length: number): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    // Only in the last part of the page: a "Related" heading mid-article is followed by more article.
    if (t && TAIL_MARKER.test(t) && lines[i].start > length * 0.5) {
      const restHasLongParagraphs = lines
        .slice(i + 1)
        .filter((l) => isProse(l.text.trim()) && !TAIL_MARKER.test(l.text.trim())).length;
      if (restHasLongParagraphs < 2) return i;
    }
  }
  return lines.length;
}

/** A paragraph of article prose rather than a teaser blurb (which is short or trails off with "…"). */
function isProse(t: string): boolean {
  return t.length >= 150 && /[.!?"”’)]$/.test(t) && !/(\.\.\.|…)$/.test(t) && t.split(/\s+/).length >= 25;
}

/**
 * Widgets (weather, date, location) come as runs of very short lines around a line already known to be
 * furniture; a short line next to such a run is furniture too.
 */
function markWidgetClusters(lines: readonly Line[], flagged: boolean[]): void {
  const short = (i: number) => {
    const t = lines[i]?.text.trim() ?? '';
    return t.length > 0 && t.length <= 40 && !/[.!?"”]$/.test(t) && t.split(/\s+/).length <= 5;
  };
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < lines.length; i++) {
      if (!flagged[i] || !short(i)) continue;
      for (const dir of [-1, 1]) {
        let j = i + dir;
        while (j >= 0 && j < lines.length && short(j) && !flagged[j] && isWidgetLike(lines[j].text.trim())) {
          flagged[j] = true;
          j += dir;
        }
      }
    }
  }
}

/**
 * A navigation bar, breadcrumb trail, share bar or date-and-weather strip: short items between bars
 * or arrows ("Home | News | Sport | Business", "Home › News › Health", "Share on X | Email | Print",
 * "Tuesday, 20 January 2026 | Leeds 3°C Light rain"). A headline with its outlet after one bar is not.
 */
function isMenu(t: string): boolean {
  // A byline with its date ("By Ana Ruiz · Lima Weekly · 16 October 2026") is the article's own.
  if (t.length > 240 || /[.!?"”]$/.test(t) || /^[*_\s]*by\s/i.test(t)) return false;
  if (isShareBar(t)) return true;
  const crumbs = t.split(/\s+[›»]\s+/);
  if (crumbs.length >= 2 && crumbs.every(isMenuItem)) return true;
  const items = t
    .replace(/&[a-z]+;|&#\d+;/gi, '&')
    .split(/\s*\|\s*|\s+[·•]\s+/)
    .filter((x) => x.trim());
  if (items.length >= 2 && /\d\s?°\s?[CF]\b/.test(t)) return true;
  return items.length >= 3 && items.every(isMenuItem);
}

// Items of a menu are words: a number makes a line data ("APC 366,781 | PDP 117,845 | LP 2,112").
const SHARE_WORDS =
  /^(share|shares|tweet|facebook|twitter|x|linkedin|e-?mail|print|whatsapp|telegram|reddit|pinterest|messenger|copy|link|url|save|flipboard|threads|bluesky)$/i;

/** A share bar written without separators: "Share Tweet LinkedIn Email Copy link". */
function isShareBar(t: string): boolean {
  const words = t.split(/\s+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.length <= 10 &&
    words.filter((w) => SHARE_WORDS.test(w)).length >= 0.75 * words.length
  );
}

const isMenuItem = (x: string) =>
  x.length <= 40 && x.trim().split(/\s+/).length <= 5 && !/[,;:]\s/.test(x) && !/\d/.test(x);

/**
 * The site's name printed above the article ("The Stack Ledger") is furniture when the page's
 * copyright line names it too: an outlet's masthead, not a line of the story.
 */
function markMasthead(lines: readonly Line[], flagged: boolean[], from: number): void {
  const copyright = lines
    .filter((l, i) => flagged[i] && /^\s*(©|\(c\)|copyright\b)/i.test(l.text))
    .map((l) => l.text.toLowerCase())
    .join(' ');
  if (!copyright) return;
  const words = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}.]+/gu) ?? []).filter((w) => w !== 'the');
  let seen = 0;
  for (let i = from; i < lines.length && seen < 4; i++) {
    const t = lines[i].text.trim();
    if (!t) continue;
    seen++;
    const w = words(t);
    if (flagged[i] || !w.length || w.length > 8 || /[.!?"”]$/.test(t)) continue;
    const known = w.filter((x) => copyright.includes(x)).length;
    if (known / w.length >= 0.6 && w.slice(0, 2).every((x) => copyright.includes(x))) flagged[i] = true;
  }
}

function isWidgetLike(t: string): boolean {
  // Dates, temperatures, single place names: what weather/date widgets print.
  return (
    /^(mon|tues|wednes|thurs|fri|satur|sun)day,? /i.test(t) ||
    /^-?\d{1,3}(\.\d)?\s?°?\s?[CF]$/.test(t) ||
    /^[A-Z][\p{L}.'-]+( [A-Z][\p{L}.'-]+)?$/u.test(t)
  );
}

/** Scrapers often repeat the headline at the bottom next to the "Source link" footer. */
function markRepeatedTitle(lines: readonly Line[], flagged: boolean[], from: number): void {
  // The headline is the first line after any front matter; a Markdown "# " before it does not count.
  const bare = (t: string) => t.trim().replace(/^#{1,6}\s+/, '');
  const firstIdx = lines.findIndex((l, i) => i >= from && !flagged[i] && l.text.trim().length > 0);
  if (firstIdx < 0) return;
  const title = bare(lines[firstIdx].text);
  if (title.length < 12) return;
  for (let i = firstIdx + 1; i < lines.length; i++) {
    if (!flagged[i] && bare(lines[i].text) === title) flagged[i] = true;
  }
}

/** Sorts and merges overlapping or touching spans. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
