import type { LensConfig } from '../config';
import type { ArticleAnalysis, Entity, Finding } from '../model';

/** Flags mentions spelled differently from the story's consensus spelling of the same entity. */
export function compareNames(
  _articles: readonly ArticleAnalysis[],
  _entities: readonly Entity[],
  _config: LensConfig,
): Finding[] {
  return [];
}
