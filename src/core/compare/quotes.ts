import type { ArticleAnalysis, Finding } from '../model';

/** Aligns quotations of the same utterance across articles and flags differing wording. */
export function compareQuotes(_articles: readonly ArticleAnalysis[]): Finding[] {
  return [];
}
