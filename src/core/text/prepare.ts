import type { LensConfig } from '../config';
import type { ArticleContext } from '../model';

/** Structure of an article: boilerplate, sentences, title and publication date. */
export function prepareArticle(text: string, _config: LensConfig): { ctx: ArticleContext; title: string | null } {
  const sentences = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) sentences.push({ start: m.index, end: m.index + m[0].length });
  return { ctx: { text, sentences, boilerplate: [], published: null }, title: null };
}
