import type { Span } from '../../model';
import type { Paragraph } from './paragraphs';

/** A stretch of text between quotation marks, before filtering and attribution. */
export interface RawQuote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  /** Whether the paragraph ended before a closing mark (a multi-paragraph quotation). */
  runsOn: boolean;
  single: boolean;
}

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»', '‟']);
const OPEN_ONLY = new Set(['“', '„', '«', '‟']);
const BEFORE_OPEN = /[\s([{—–\-/'‘’"“”„«]/;
const AFTER_CLOSE = /[\s.,;:!?)\]}—–\-/'‘’"“”»…]/;

type Side = 'open' | 'close' | 'ambiguous';

/** Which way a mark at `i` faces, judged from its neighbours within the paragraph. */
function side(text: string, i: number, p: Span): Side {
  const prev = i > p.start ? text[i - 1] : ' ';
  const next = i + 1 < p.end ? text[i + 1] : ' ';
  const canOpen = BEFORE_OPEN.test(prev) && !/\s/.test(next);
  const canClose = !/\s/.test(prev) && AFTER_CLOSE.test(next);
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return 'ambiguous';
}

/**
 * Pairs double quotation marks in a paragraph. Marks alternate, so the direction a curly mark
 * was typed in matters less than where it stands: a closing ” at the start of a quotation (a
 * common scraping fault) still opens it. A curly opening mark inside a quotation nests.
 */
export function pairDoubleQuotes(text: string, p: Paragraph): RawQuote[] {
  const out: RawQuote[] = [];
  const stack: number[] = [];
  for (let i = p.start; i < p.end; i++) {
    const c = text[i];
    if (!DOUBLE.has(c)) continue;
    const s = side(text, i, p);
    if (stack.length === 0) {
      if (s === 'close' && !OPEN_ONLY.has(c)) continue; // a stray closing mark
      stack.push(i);
    } else if (s === 'open' && OPEN_ONLY.has(c) && stack.length < 2) {
      stack.push(i);
    } else {
      const open = stack.pop() as number;
      if (stack.length === 0) out.push({ open, close: i, runsOn: false, single: false });
    }
  }
  if (stack.length > 0) out.push({ open: stack[0], close: p.end, runsOn: true, single: false });
  return out;
}

const SINGLE_OPEN = new Set(["'", '‘']);
const SINGLE_CLOSE = new Set(["'", '’']);
/** Elisions that start with an apostrophe: '90s, 'em, 'til, 'n'. */
const ELISION = /^['‘’](?:\d\d|em\b|til\b|cause\b|n\b|tis\b|twas\b)/i;

/** Finds ‘single-quoted’ stretches in a part of a paragraph, telling them from apostrophes. */
export function pairSingleQuotes(text: string, part: Span, p: Paragraph): RawQuote[] {
  const out: RawQuote[] = [];
  for (let i = part.start; i < part.end; i++) {
    if (!SINGLE_OPEN.has(text[i]) || side(text, i, p) !== 'open') continue;
    if (ELISION.test(text.slice(i, i + 5)) || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
    const close = findSingleClose(text, i + 1, part, p);
    if (close < 0) continue;
    out.push({ open: i, close, runsOn: false, single: true });
    i = close;
  }
  return out;
}

function findSingleClose(text: string, from: number, part: Span, p: Paragraph): number {
  const candidates: number[] = [];
  for (let j = from; j < part.end; j++) {
    const c = text[j];
    if (SINGLE_OPEN.has(c) && c !== "'" && side(text, j, p) === 'open') break;
    if (!SINGLE_CLOSE.has(c)) continue;
    const prev = text[j - 1] ?? '';
    const next = text[j + 1] ?? '';
    if (/[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next)) continue; // don't, it's
    if (side(text, j, p) === 'close') candidates.push(j);
  }
  if (candidates.length === 0) return -1;
  // "Reuters’ report": a plural possessive is a closing-looking apostrophe; prefer a later mark.
  const first = candidates[0];
  if (
    candidates.length > 1 &&
    /s/i.test(text[first - 1]) &&
    /^\s+\p{Ll}/u.test(text.slice(first + 1, first + 4))
  ) {
    return candidates[1];
  }
  return first;
}
