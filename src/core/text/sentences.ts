import type { Span } from '../model';
import { splitLines } from './boilerplate';

// prettier-ignore
// Abbreviations after which a period does not end a sentence (titles, initials, months, places).
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cmdr', 'adm', 'gov', 'sen', 'rep',
    'atty', 'engr', 'barr', 'pres', 'supt', 'insp', 'det', 'rev', 'fr', 'hon', 'amb', 'sec', 'st', 'mt', 'ft', 'jr', 'sr', 'no', 'nos',
    'vs', 'v', 'etc', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'dept', 'univ', 'assn', 'bros', 'jan', 'feb', 'mar',
    'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'vol', 'ave', 'blvd', 'rd',
    'calif', 'ore', 'wash', 'ariz', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
    'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'pa', 'tenn', 'tex', 'va', 'vt', 'wis', 'wyo', 'e.g', 'i.e',
  ],
);

// Abbreviations that are also ordinary lower-case English words.
const WORD_ABBREVIATIONS = new Set([
  'no',
  'ill',
  'miss',
  'mass',
  'wash',
  'ore',
  'mar',
  'fig',
  'rev',
  'rep',
  'pa',
  'sec',
]);

// After these a.m./p.m. and "U.S."-style acronyms end a sentence only when a typical sentence opener follows.
const SENTENCE_OPENERS =
  /^(The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|There|His|Her|Their|Officials?|Police)\b/;

/** A block of text that forms a paragraph (lines joined when the text is hard-wrapped). */
export type Paragraph = Span;

/**
 * Splits text into sentence spans, skipping the excluded spans. Handles hard-wrapped wire copy
 * (single line breaks inside sentences), one-paragraph-per-line scrapes, headlines without a period,
 * abbreviations, initials and closing quotation marks.
 */
export function splitSentences(text: string, excluded: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const para of paragraphs(text, excluded)) splitParagraph(text, para, out);
  return out;
}

/** Paragraphs of the text outside the excluded spans. */
export function paragraphs(text: string, excluded: readonly Span[]): Paragraph[] {
  const lines = splitLines(text)
    .map((l) => clipLine(l, excluded))
    .filter((l): l is Span => l !== null);
  const wrapped = isHardWrapped(text, lines);
  const paras: Paragraph[] = [];
  let current: Paragraph | null = null;
  let prevEnd = -1;
  let prevText = '';
  for (const line of lines) {
    const gap = prevEnd >= 0 ? text.slice(prevEnd, line.start) : '';
    const blankBetween =
      /\n[ \t]*\r?\n|\r[ \t]*\r/.test(gap) || excludedBetween(prevEnd, line.start, excluded);
    const lineText = text.slice(line.start, line.end);
    // Too few lines to tell wrapped copy by its shape: a line that stops mid-sentence and a next line
    // that starts in lower case are one sentence all the same.
    const continues = prevEnd >= 0 && /[\p{L}\d,]/u.test(text[prevEnd - 1]) && /^[a-z]/.test(lineText);
    const joins =
      current !== null &&
      (wrapped || continues) &&
      !blankBetween &&
      !isHeadingLike(lineText) &&
      !isHeadingLike(prevText) &&
      !isListItem(lineText) &&
      // A wrapped bullet item goes on in lower case; a capitalised line after it is new text.
      !(isListItem(prevText) && !/^[a-z]/.test(lineText));
    if (joins && current) current.end = line.end;
    else {
      current = { start: line.start, end: line.end };
      paras.push(current);
    }
    prevEnd = line.end;
    prevText = lineText;
  }
  return paras;
}

function clipLine(
  line: { start: number; end: number; text: string },
  excluded: readonly Span[],
): Span | null {
  let { start, end } = line;
  for (const ex of excluded) {
    if (ex.start <= start && ex.end >= end) return null;
    if (ex.start <= start && ex.end > start) start = ex.end;
    if (ex.start < end && ex.end >= end) end = ex.start;
  }
  const t = line.text.slice(start - line.start, end - line.start);
  const lead = t.length - t.trimStart().length;
  const trail = t.length - t.trimEnd().length;
  start += lead;
  end -= trail;
  return end > start ? { start, end } : null;
}

function excludedBetween(a: number, b: number, excluded: readonly Span[]): boolean {
  return a >= 0 && excluded.some((ex) => ex.start >= a && ex.end <= b && ex.end > ex.start);
}

/**
 * Wire copy wraps lines at a fixed width: most lines are of similar length and many end mid-sentence.
 * One-paragraph-per-line scrapes have long, ragged lines that end with punctuation.
 */
function isHardWrapped(text: string, lines: readonly Span[]): boolean {
  if (lines.length < 6) return false;
  const lengths = lines.map((l) => l.end - l.start);
  const long = lengths.filter((n) => n >= 40);
  if (long.length < 4) return false;
  const sorted = [...long].sort((a, b) => a - b);
  const p80 = sorted[Math.floor(sorted.length * 0.8)];
  if (p80 > 100) return false;
  const midSentence = lines.filter(
    (l) => l.end - l.start >= 40 && !/[.!?:;"”’')\]]$/.test(text.slice(l.start, l.end)),
  ).length;
  return midSentence >= long.length * 0.3;
}

function isHeadingLike(line: string): boolean {
  return /^#{1,6}\s/.test(line) || /^[-=]{3,}$/.test(line);
}

function isListItem(line: string): boolean {
  return /^\s*([-*+•]|\d{1,2}[.)])\s+/.test(line);
}

function splitParagraph(text: string, para: Span, out: Span[]): void {
  const body = text.slice(para.start, para.end);
  // Candidate ends: terminal punctuation, optional closing quotes/brackets, then whitespace.
  const re = /[.!?…]+["”’')\]]*(?=\s+)/g;
  let start = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const end = m.index + m[0].length;
    const after = body.slice(end).replace(/^\s+/, '');
    if (!after) break;
    if (!isBoundary(body, m.index, m[0], after)) continue;
    push(para.start, body, start, end, out);
    start = end + (body.slice(end).length - after.length);
  }
  push(para.start, body, start, body.length, out);
}

function isBoundary(body: string, at: number, punct: string, after: string): boolean {
  const next = after[0];
  // Lower-case continuation: "U.S. officials", and '"Why now?" she asked.' is one sentence.
  if (/[a-z]/.test(next)) return false;
  if (/[,;:]/.test(next)) return false;
  if (punct[0] !== '.') return true;
  if (punct !== '.' && /^\.["”’')\]]/.test(punct)) return true;
  const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, at - 20), at))?.[1] ?? '';
  const bare = word.toLowerCase().replace(/^\.+/, '');
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "Antony J. Blinken"
  // "She said no. The board…": an abbreviation that is also a common word ends a sentence when written
  // in lower case, unless a number follows ("no. 5").
  if (ABBREVIATIONS.has(bare) && !(word === bare && WORD_ABBREVIATIONS.has(bare) && !/^\d/.test(after)))
    return false;
  // Dotted acronyms and a.m./p.m.: a boundary only before a clear sentence opener.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_OPENERS.test(after);
  return true;
}

function push(base: number, body: string, start: number, end: number, out: Span[]): void {
  const s = body.slice(start, end);
  const lead = s.length - s.trimStart().length;
  const trimmed = s.trim();
  if (trimmed) out.push({ start: base + start + lead, end: base + start + lead + trimmed.length });
}
