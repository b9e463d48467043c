import type { ArticleContext, Mention, Quote, Span } from '../model';
import type { Found } from './quotes/assign';
import { attribute } from './quotes/assign';
import { isQuotation, words } from './quotes/filter';
import type { RawQuote } from './quotes/marks';
import { pairDoubleQuotes, pairSingleQuotes } from './quotes/marks';
import type { Paragraph } from './quotes/paragraphs';
import { splitParagraphs, trimSpan } from './quotes/paragraphs';
import { markTranslated } from './quotes/translation';

/**
 * Finds direct quotations and attributes each to a speaker mention when it can.
 *
 * Choices: a quotation interrupted by its attribution (“…,” he said, “…”) gives two quotes with
 * the same speaker; a quotation running over several paragraphs gives one quote per paragraph,
 * all with the speaker named in any of them; quotation marks nested inside a quotation are part
 * of it. Nicknames, short titles and scare quotes are not quotations and give nothing.
 */
export function extractQuotes(ctx: ArticleContext, mentions: readonly Mention[]): Quote[] {
  const { text } = ctx;
  const paragraphs = splitParagraphs(text);
  const found: Found[] = [];
  paragraphs.forEach((p, para) => {
    for (const raw of findMarks(text, p)) {
      const inner = innerSpan(text, raw);
      if (inner.end <= inner.start || overlapsAny(inner, ctx.boilerplate)) continue;
      if (!isQuotation(text, raw.open, raw.close, inner, p)) continue;
      found.push({ raw, inner, para, continues: false, speaker: null });
    }
  });
  const kept = linkContinuations(text, found, paragraphs);
  attribute(text, kept, paragraphs, mentions);
  const quotes = kept.map(toQuote(text));
  markTranslated(text, quotes, paragraphs);
  return quotes;
}

/** Double-quoted stretches of a paragraph, then single-quoted ones outside them. */
function findMarks(text: string, p: Paragraph): RawQuote[] {
  const doubles = pairDoubleQuotes(text, p);
  const singles: RawQuote[] = [];
  let from = p.start;
  for (const d of [...doubles, null]) {
    const to = d ? d.open : p.end;
    if (to > from) singles.push(...pairSingleQuotes(text, { start: from, end: to }, p));
    if (d) from = d.close + 1;
  }
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

function innerSpan(text: string, raw: RawQuote): Span {
  const t = trimSpan(text, raw.open + 1, raw.close);
  let end = t.end;
  while (end > t.start && /[\s,;:—–-]/.test(text[end - 1])) end--;
  return { start: t.start, end };
}

function overlapsAny(s: Span, spans: readonly Span[]): boolean {
  return spans.some((b) => b.start < s.end && b.end > s.start);
}

/** Where a paragraph's words start, after markup a scraper left ("<p>“We had…"). */
function bodyStart(text: string, p: Paragraph): number {
  const lead = /^(?:\s|<\/?[A-Za-z][^<>]{0,40}>)*/.exec(text.slice(p.start, Math.min(p.end, p.start + 200)));
  return p.start + (lead ? lead[0].length : 0);
}

/**
 * A quotation left open at a paragraph's end continues when the next paragraph opens with a
 * mark; without that it was a stray mark, and only a long run-on is kept.
 */
function linkContinuations(text: string, found: Found[], paragraphs: readonly Paragraph[]): Found[] {
  const kept: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const prev = kept[kept.length - 1];
    if (
      prev &&
      prev.raw.runsOn &&
      prev.para === f.para - 1 &&
      f.raw.open === bodyStart(text, paragraphs[f.para])
    ) {
      f.continues = true;
    }
    if (f.raw.runsOn) {
      const next = paragraphs[f.para + 1];
      const reopens = next && /^["“”„«]/.test(text.slice(bodyStart(text, next), bodyStart(text, next) + 1));
      if (!reopens && words(text.slice(f.inner.start, f.inner.end)).length < 4) continue;
    }
    kept.push(f);
  }
  return kept;
}

function toQuote(text: string) {
  return (f: Found): Quote => ({
    id: `q${f.inner.start}`,
    start: f.inner.start,
    end: f.inner.end,
    text: text.slice(f.inner.start, f.inner.end),
    speaker: null,
    speakerSpan: f.speaker?.span ?? null,
    speakerLabel: f.speaker && !f.speaker.span ? f.speaker.label : null,
  });
}
