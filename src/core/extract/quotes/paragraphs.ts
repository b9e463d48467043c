import type { Span } from '../../model';

/** A paragraph of the article; `headline` when it is a short line without sentence punctuation. */
export interface Paragraph extends Span {
  headline: boolean;
}

const BLANK_LINE = /\r?\n[ \t]*(?:\r?\n[ \t]*)+/g;
/** A line that ends a sentence; a closing mark after a comma (`rules,"`) leaves it open. */
// A closing block tag a scraper left ("…said.</p>") ends its paragraph too.
const ENDS_SENTENCE = /(?:[.!?:;]["”’)\]]*|[)\]]|<\/(?:p|div|li|h[1-6]|blockquote)>)\s*$/i;

/**
 * Splits text into paragraphs. A blank line always separates paragraphs. Inside a block of
 * consecutive lines, single newlines are soft (hard-wrapped wire copy) unless most lines end a
 * sentence, in which case every line is a paragraph of its own (scraped pages often look so).
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let from = 0;
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    pushBlock(text, from, m.index, out);
    from = m.index + m[0].length;
  }
  pushBlock(text, from, text.length, out);
  return out;
}

// Markup a scraper left around a paragraph, and lines too long to be hard-wrapped copy, end a paragraph.
const BLOCK_END = /<\/(?:p|div|li|h[1-6]|blockquote|section)>\s*$/i;
const BLOCK_START = /^<(?:p|div|li|h[1-6]|blockquote|section)\b/i;
const WRAP_WIDTH = 120;

function pushBlock(text: string, start: number, end: number, out: Paragraph[]): void {
  const lines = lineSpans(text, start, end);
  if (lines.length === 0) return;
  // Split the block where a line cannot continue into the next; each part is judged on its own.
  for (let i = 0; i < lines.length - 1; i++) {
    const here = text.slice(lines[i].start, lines[i].end);
    const next = text.slice(lines[i + 1].start, lines[i + 1].end);
    if (BLOCK_END.test(here) || BLOCK_START.test(next) || here.length > WRAP_WIDTH) {
      pushLines(text, lines.slice(0, i + 1), out);
      return pushBlock(text, lines[i + 1].start, end, out);
    }
  }
  pushLines(text, lines, out);
}

function pushLines(text: string, lines: readonly Span[], out: Paragraph[]): void {
  if (lines.length > 1 && isLinePerParagraph(text, lines)) {
    for (const l of lines) out.push(makeParagraph(text, l.start, l.end));
  } else out.push(makeParagraph(text, lines[0].start, lines[lines.length - 1].end));
}

function lineSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      const t = trimSpan(text, s, i);
      if (t.end > t.start) spans.push(t);
      s = i + 1;
    }
  }
  return spans;
}

function isLinePerParagraph(text: string, lines: readonly Span[]): boolean {
  let ending = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    if (ENDS_SENTENCE.test(text.slice(lines[i].start, lines[i].end))) ending++;
  }
  // In wrapped copy a sentence now and then ends at a line's end: a block of three lines with one
  // such line is still one paragraph; scraped pages end nearly every line with a sentence.
  return lines.length === 2 ? ending === 1 : ending / (lines.length - 1) > 0.5;
}

function makeParagraph(text: string, start: number, end: number): Paragraph {
  const body = text.slice(start, end);
  const headline = !/\n/.test(body) && body.length <= 160 && !/[.!?:]["”’]?\s*$/.test(body);
  return { start, end, headline };
}

/** Shrinks a span so it neither starts nor ends with whitespace. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
