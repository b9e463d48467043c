import type { Span } from '../../model';
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

/** Bounds of the sentence around a span, within its paragraph (rough, punctuation-based). */
export function sentenceAround(text: string, span: Span, p: Span): Span {
  let start = span.start;
  while (start > p.start && !/[.!?]["”’]?\s$/.test(text.slice(Math.max(p.start, start - 3), start))) start--;
  let end = span.end;
  const after = /[.!?](?=["”’]?(?:\s|$))/g;
  after.lastIndex = span.end + 1;
  const m = after.exec(text);
  end = m && m.index < p.end ? m.index + 1 : p.end;
  return { start, end: Math.max(end, span.end) };
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
  return hasSpeechVerb(text.slice(s.start, open) + ' ' + text.slice(close + 1, s.end));
}

function isTitleCase(w: readonly string[]): boolean {
  const significant = w.filter((x) => x.length >= 4);
  return significant.length >= 2 && significant.every((x) => /^[\p{Lu}\p{N}]/u.test(x));
}
