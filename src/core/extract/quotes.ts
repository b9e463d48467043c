import type { ArticleContext, Mention, Quote } from '../model';

/** Finds direct quotations and attributes each to a speaker mention when it can. */
export function extractQuotes(_ctx: ArticleContext, _mentions: readonly Mention[]): Quote[] {
  return [];
}
