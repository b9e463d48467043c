import type { ArticleContext, Claim, Figure, Mention, Quote } from '../model';

/** Picks the check-worthy sentences of an article. */
export function extractClaims(
  _ctx: ArticleContext,
  _facts: { mentions: readonly Mention[]; figures: readonly Figure[]; quotes: readonly Quote[] },
): Claim[] {
  return [];
}
