import type { ArticleContext, Mention, Quote, Span } from '../model';
import { speakerAfter, speakerBefore, speechPhrases } from './quotes/attribution';
import { isQuotation, sentenceAround, words } from './quotes/filter';
import type { RawQuote } from './quotes/marks';
import { pairDoubleQuotes, pairSingleQuotes } from './quotes/marks';
import type { Paragraph } from './quotes/paragraphs';
import { splitParagraphs, trimSpan } from './quotes/paragraphs';
import type { SpeakerRef } from './quotes/speaker';
import { resolveSpeaker } from './quotes/speaker';
import { isAnonymousLabel } from './quotes/lexicon';

/** A quotation found in a paragraph, with its marks and words. */
interface Found {
  raw: RawQuote;
  inner: Span;
  para: number;
  /** Continues the previous found quotation (a quotation running over paragraphs). */
  continues: boolean;
  speaker: SpeakerRef | null;
}

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
  return kept.map(toQuote(text));
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

/**
 * A quotation left open at a paragraph's end continues when the next paragraph opens with a
 * mark; without that it was a stray mark, and only a long run-on is kept.
 */
function linkContinuations(text: string, found: Found[], paragraphs: readonly Paragraph[]): Found[] {
  const kept: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const prev = kept[kept.length - 1];
    if (prev && prev.raw.runsOn && prev.para === f.para - 1 && f.raw.open === paragraphs[f.para].start) {
      f.continues = true;
    }
    if (f.raw.runsOn) {
      const next = paragraphs[f.para + 1];
      const reopens = next && /^["“”„«]/.test(text.slice(next.start, next.start + 1));
      if (!reopens && words(text.slice(f.inner.start, f.inner.end)).length < 4) continue;
    }
    kept.push(f);
  }
  return kept;
}

/** Names the speaker of each quotation, then lets unattributed ones inherit from their neighbours. */
function attribute(
  text: string,
  found: Found[],
  paragraphs: readonly Paragraph[],
  mentions: readonly Mention[],
): void {
  const named = paragraphs.flatMap((p) => speechPhrases(text, p)).filter((ph) => isAntecedent(ph.text));
  const history: SpeakerRef[] = [];
  let k = 0;
  found.forEach((f, i) => {
    for (; k < named.length && named[k].start < f.raw.open; k++) {
      const ref = resolveSpeaker(text, named[k], mentions, history);
      if (ref) history.push(ref);
    }
    const p = paragraphs[f.para];
    const prev = found[i - 1]?.para === f.para ? found[i - 1] : null;
    const next = found[i + 1]?.para === f.para ? found[i + 1] : null;
    const phrase = findPhrase(text, f, p, prev, next);
    f.speaker = phrase ? resolveSpeaker(text, phrase, mentions, history) : null;
    if (f.speaker) history.push(f.speaker);
  });
  for (let i = 1; i < found.length; i++) {
    const f = found[i];
    const prev = found[i - 1];
    if (!f.speaker && (prev.para === f.para || f.continues)) f.speaker = prev.speaker;
  }
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i];
    const next = found[i + 1];
    if (!f.speaker && (next.para === f.para || next.continues)) f.speaker = next.speaker;
  }
}

/** Whether a speaker named outside a quotation can be what a later "he" or "the official" means. */
function isAntecedent(phrase: string): boolean {
  if (/^(?:he|she|they|it|we|i|you)$/i.test(phrase)) return false;
  return /^\p{Lu}/u.test(phrase) || isAnonymousLabel(phrase);
}

function findPhrase(text: string, f: Found, p: Paragraph, prev: Found | null, next: Found | null) {
  const sentence = sentenceAround(text, { start: f.raw.open, end: f.raw.close }, p);
  if (!f.raw.runsOn) {
    const end = Math.min(next ? next.raw.open : p.end, sentence.end);
    const fragment = !/[,.!?…]$/.test(text.slice(f.raw.open + 1, f.raw.close).trimEnd());
    const after = speakerAfter(text, { start: f.raw.close + 1, end }, fragment);
    if (after) return after;
  }
  const start = Math.max(prev ? prev.raw.close + 1 : p.start, sentence.start);
  return start < f.raw.open ? speakerBefore(text, { start, end: f.raw.open }) : null;
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
