import type { ArticleAnalysis } from '../../src/core';

/** A hand-made article analysis: empty everywhere except the parts a test sets. */
export function articleWith(uri: string, parts: Partial<ArticleAnalysis> = {}): ArticleAnalysis {
  return {
    uri,
    version: undefined,
    title: null,
    published: null,
    boilerplate: [],
    sentences: [],
    mentions: [],
    figures: [],
    quotes: [],
    claims: [],
    ...parts,
  };
}
