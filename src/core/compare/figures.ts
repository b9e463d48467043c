import type { ArticleAnalysis, Finding } from '../model';

/** Compares figures that measure the same thing, within and across articles. */
export function compareFigures(_articles: readonly ArticleAnalysis[]): Finding[] {
  return [];
}
