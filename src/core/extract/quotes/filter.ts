import type { Span } from '../../model';
import { TITLE_ABBREVIATIONS } from '../lexicon';
import { NAMING_CUES, SAY_VERBS, TELL_VERBS } from './lexicon';
import type { Paragraph } from './paragraphs';

/** Word tokens of a string (letters and digits, with inner apostrophes and hyphens). */
export function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Whether a piece of text holds a speech verb ("said", "told", "according to"). */
export function hasSpeechVerb(s: string): boolean {
  if (/\baccording to\b/i.test(s)) return true;
  return words(s).some((w) => SAY_VERBS.has(w.toLowerCase()) || TELL_VERBS.has(w.toLowerCase()));
}

/** A title or initial written with a period that does not end a sentence ("Dr.", "R."). */
const ABBREVIATION = new RegExp(`(?:^|[^\\p{L}])(?:${[...TITLE_ABBREVIATIONS].join('|')}|\\p{Lu})$`, 'iu');

/**
 * Whether the mark at `i` (. ! ?) ends a sentence: it is followed by a space (after any closing
 * marks), is not the period of a title or an initial, and the next word is not lower-case.
 */
export function isSentenceEnd(text: string, i: number, limit = text.length): boolean {
  if (!/[.!?]/.test(text[i] ?? '')) return false;
  let j = i + 1;
  while (j < limit && /["”’)\]]/.test(text[j])) j++;
  if (j < limit && !/\s/.test(text[j])) return false;
  if (text[i] === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 12), i))) return false;
  const next = /\S/.exec(text.slice(j, Math.min(limit, j + 20)));
  return !next || !/\p{Ll}/u.test(next[0]);
}

/** Bounds of the sentence around a span, within its paragraph (punctuation-based). */
export function sentenceAround(text: string, span: Span, p: Span): Span {
  let start = span.start;
  while (start > p.start && !endsBefore(text, start, p)) start--;
  let end = p.end;
  for (let i = span.end + 1; i < p.end; i++) {
    if (isSentenceEnd(text, i, p.end)) {
      end = i + 1;
      break;
    }
  }
  return { start, end: Math.max(end, span.end) };
}

/** Whether a sentence ends just before `at` (at its closing marks and the space after). */
function endsBefore(text: string, at: number, p: Span): boolean {
  if (!/\s/.test(text[at - 1])) return false;
  let i = at - 2;
  while (i >= p.start && /["”’)\]]/.test(text[i])) i--;
  return i >= p.start && isSentenceEnd(text, i, p.end);
}

/**
 * Whether quotation marks around `inner` (quoted words, marks at `open` and `close`) enclose a
 * quotation rather than a name, a title or a scare quote: a nickname between two names (Joaquín
 * “El Chapo” Guzmán), a short capitalised title (“Merida Initiative”), a term introduced as one
 * (the so-called “…”, which he calls a “…”), or a short phrase with no speech verb in its sentence.
 */
export function isQuotation(text: string, open: number, close: number, inner: Span, p: Paragraph): boolean {
  const w = words(text.slice(inner.start, inner.end));
  if (w.length === 0) return false;
  const before = text.slice(Math.max(p.start, open - 40), open);
  const after = text.slice(close + 1, Math.min(p.end, close + 40));
  if (w.length <= 3 && /\p{Lu}[\p{L}.]*\s+$/u.test(before) && /^\s+\p{Lu}/u.test(after)) return false;
  if (w.length <= 6 && NAMING_CUES.test(before)) return false;
  if (w.length <= 5 && isTitleCase(w) && !/[.!?,]\s*$/.test(text.slice(open + 1, close))) return false;
  if (p.headline) return w.length >= 2 || inner.start - 1 === p.start;
  if (w.length > 3) return true;
  const s = sentenceAround(text, { start: open, end: close }, p);
  if (hasSpeechVerb(text.slice(s.start, open) + ' ' + text.slice(close + 1, s.end))) return true;
  // A short sentence of its own (“Taxpayers deserve answers.”) in a paragraph that quotes someone.
  const own = /^\p{Lu}.*[.!?]$/su.test(text.slice(inner.start, close).trim());
  return (
    own && w.length >= 2 && hasSpeechVerb(text.slice(p.start, open) + ' ' + text.slice(close + 1, p.end))
  );
}

function isTitleCase(w: readonly string[]): boolean {
  const significant = w.filter((x) => x.length >= 4);
  return significant.length >= 2 && significant.every((x) => /^[\p{Lu}\p{N}]/u.test(x));
}
