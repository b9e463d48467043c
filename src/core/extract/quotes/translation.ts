import type { Quote, Span } from '../../model';
import { LANGUAGES } from '../lexicon';

/** Whether the article says this quotation was translated (see `Quote.translated`). */
export function isMarkedTranslated(q: Quote): boolean {
  return !!q.translated;
}

/**
 * Languages a speaker may be reported speaking in: the widely spoken ones, and those of the
 * regions news agencies cover with their own desks. "Speaking in X" with X outside this list is
 * more often a place ("said in Brussels").
 */
// Languages come from the lexicon; "speaking in X" with X outside it is more often a place.

const LANGUAGE = `(?:${LANGUAGES.join('|')})`;

/**
 * How copy says a quotation was rendered from another language: "speaking in Korean", "told
 * reporters in Urdu", "was speaking French", "through an interpreter", "according to a
 * translation by …", "my translation", "in the agency's translation from the Japanese".
 */
const CUE = new RegExp(
  [
    `\\b(?:speak|speaking|spoke|talking|talked|said|says|saying|told\\s+[\\p{L}]+|wrote|addressed\\s+[\\p{L}]+)\\s+(?:in\\s+)?(?:the\\s+)?${LANGUAGE}\\b`,
    `\\b(?:through|via|with\\s+the\\s+help\\s+of)\\s+(?:an?\\s+|the\\s+)?(?:interpreter|translator)s?\\b`,
    `\\btranslation\\b|\\btranslated\\s+(?:from|by)\\b`,
  ].join('|'),
  'u',
);

/**
 * A note that the whole article was translated ("Translated from the Portuguese original by the
 * English desk.", "This article was translated from …"): every quotation in it is a rendering.
 */
const ARTICLE_NOTE =
  /(?:^|\n)[^\S\n]*[*_(]*(?:this (?:article|story|report) (?:was|has been) )?translated (?:from|by)\b/i;

/** Marks the quotations the article says it translated: by a cue in their paragraph, or a note for the whole article. */
export function markTranslated(text: string, quotes: Quote[], paragraphs: readonly Span[]): void {
  const whole = ARTICLE_NOTE.test(text);
  for (const q of quotes) {
    const p = paragraphs.find((x) => x.start <= q.start && q.end <= x.end);
    if (whole || (p && CUE.test(outsideQuotes(text, p, quotes)))) q.translated = true;
  }
}

/** A paragraph's words outside its quotations: a quoted "translation" is what someone said. */
function outsideQuotes(text: string, p: Span, quotes: readonly Span[]): string {
  let out = '';
  let at = p.start;
  for (const q of quotes) {
    if (q.end <= p.start || q.start >= p.end) continue;
    out += text.slice(at, q.start) + ' … ';
    at = q.end;
  }
  return out + text.slice(at, p.end);
}
