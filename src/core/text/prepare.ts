import type { LensConfig } from '../config';
import type { ArticleContext, Span } from '../model';
import { findBoilerplate, splitLines } from './boilerplate';
import type { Line } from './boilerplate';
import { findDatelineDay, findPublished } from './published';
import { splitSentences } from './sentences';

/** Structure of an article: boilerplate, sentences, title and publication date. */
export function prepareArticle(
  text: string,
  config: LensConfig,
): { ctx: ArticleContext; title: string | null } {
  const boilerplate = findBoilerplate(text, config.boilerplate);
  const sentences = splitSentences(text, boilerplate);
  const lines = splitLines(text);
  const frontMatter = readFrontMatter(text);
  const content = lines.filter((l) => !covered(l, boilerplate));
  const published = findPublished(frontMatter, content);
  const title = frontMatterField(frontMatter, 'title') ?? findTitle(content);
  const datelineDay = published ? null : findDatelineDay(content);
  return { ctx: { text, sentences, boilerplate, published, datelineDay }, title };
}

function covered(line: Line, spans: readonly Span[]): boolean {
  if (!line.text.trim()) return true;
  return spans.some(
    (s) =>
      s.start <= line.start + (line.text.length - line.text.trimStart().length) &&
      s.end >= line.start + line.text.trimEnd().length,
  );
}

function readFrontMatter(text: string): string | null {
  const m = /^(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1[ \t]*(\r?\n|$)/.exec(text);
  return m ? m[2] : null;
}

function frontMatterField(fm: string | null, key: string): string | null {
  if (!fm) return null;
  const m = new RegExp(`^${key}\\s*[:=]\\s*(.+)$`, 'im').exec(fm);
  return m ? m[1].trim().replace(/^["']|["']$/g, '') || null : null;
}

/** The headline: a Markdown heading or the first short line that does not read like a sentence. */
function findTitle(lines: readonly Line[]): string | null {
  for (const l of lines.slice(0, 6)) {
    const t = l.text.replace(/<\/?[A-Za-z][^<>]*>/g, '').trim();
    if (!t) continue;
    const heading = /^#{1,2}\s+(.+)$/.exec(t);
    if (heading) return heading[1].trim();
    if (t.split(/\s+/).length <= 25 && !/[.:]$/.test(t) && !/^(by|published|updated|posted)\b/i.test(t))
      // Wire services prefix a headline with its version: "UPDATE 2-", "REFILE-".
      return t.replace(/^(UPDATE|REFILE|CORRECTED|RPT|WRAPUP|EXCLUSIVE)\b\s*\d*\s*[-–:]\s*/, '');
    if (t.length > 200) break;
  }
  return null;
}
