import type { ArticleContext, Claim, Figure, Mention, Quote, Span } from '../model';
import { hasSpeechVerb, words } from './quotes/filter';

/** Sentences scoring at least this are returned as claims. */
export const CLAIM_THRESHOLD = 0.5;

const EVENT_VERB =
  /\b(?:killed|died|arrested|detained|charged|convicted|sentenced|signed|approved|passed|voted|announced|launched|filed|sued|won|lost|elected|appointed|resigned|fired|met|visited|agreed|rejected|banned|raised|cut|increased|decreased|rose|fell|dropped|grew|doubled|reached|released|extradited|deported|captured|attacked|invaded|seized|deployed|provided|funded|spent|paid|invested|reported|confirmed|denied|ordered|ruled|blocked|closed|opened|began|ended|replaced|murdered|displaced|imposed)\b/i;
const OPINION =
  /\b(?:i think|i believe|we believe|in my view|should|ought to|must|might|perhaps|maybe|hopefully|probably|arguably|seems?|appears?|feel|hope[sd]?|wish|beautiful|terrible|wonderful|great|best|worst)\b/i;
const CAPITALISED_INSIDE = /(?<=[\p{L},;]\s)\p{Lu}\p{Ll}+/gu;

interface Facts {
  mentions: readonly Mention[];
  figures: readonly Figure[];
  quotes: readonly Quote[];
}

/**
 * Picks the check-worthy sentences of an article: checkable assertions with figures, dates,
 * named entities, events or attributions score high; opinions, questions and fragments low.
 */
export function extractClaims(ctx: ArticleContext, facts: Facts): Claim[] {
  const claims: Claim[] = [];
  for (const s of ctx.sentences) {
    const span = trim(ctx.text, s);
    if (span.end <= span.start || ctx.boilerplate.some((b) => b.start <= span.start && b.end >= span.end))
      continue;
    const text = ctx.text.slice(span.start, span.end);
    const score = scoreSentence(text, span, facts);
    if (score >= CLAIM_THRESHOLD)
      claims.push({ id: `c${span.start}`, start: span.start, end: span.end, text, score });
  }
  return claims;
}

/** Check-worthiness of one sentence, 0..1. */
export function scoreSentence(text: string, span: Span, facts: Facts): number {
  const inside = <T extends Span>(xs: readonly T[]) =>
    xs.filter((x) => x.start >= span.start && x.end <= span.end);
  const figures = inside(facts.figures);
  const mentions = inside(facts.mentions);
  const quoted = facts.quotes.some((q) => q.start < span.end && q.end > span.start);
  const n = words(text).length;
  let score = 0.15;
  if (figures.length > 0) score += 0.3 + Math.min(0.1, 0.05 * (figures.length - 1));
  if (figures.some((f) => f.kind === 'date' || f.kind === 'time')) score += 0.05;
  else if (figures.length === 0 && /\b\d[\d,.]*\b/.test(text)) score += 0.2;
  const names = mentions.length > 0 ? mentions.length : (text.match(CAPITALISED_INSIDE) ?? []).length / 2;
  score += Math.min(0.25, 0.1 * names);
  if (hasSpeechVerb(text) || /\baccording to\b/i.test(text)) score += 0.15;
  if (EVENT_VERB.test(text)) score += 0.15;
  if (quoted) score += 0.05;
  if (OPINION.test(text)) score -= 0.15;
  if (/\?\s*["”’]?\s*$/.test(text)) score -= 0.35;
  if (n < 6) score -= 0.35;
  else if (n < 10) score -= 0.1;
  if (!/[.!?]["”’)]?\s*$/.test(text)) score -= 0.1;
  return Math.max(0, Math.min(1, score));
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
