import * as assert from 'node:assert/strict';
import type { ArticleAnalysis, ArticleContext, Figure, Span } from '../../src/core/model';
import { analyzeStory } from '../../src/core';
import { extractFigures } from '../../src/core/extract/figures';
import { articleWith } from './article-helpers';

const ABBREVIATION =
  /\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Atty|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|U\.S|a\.m|p\.m|[A-Z]\.[A-Z])\.$/;

/** Splits text into sentences: at line breaks, and after . ! ? followed by a space, except after abbreviations. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
    } else if (/[.!?]/.test(ch) && /\s/.test(text[i + 1] ?? ' ')) {
      if (
        ch === '.' &&
        ABBREVIATION.test(text.slice(Math.max(start, i - 5), i + 1)) &&
        !/\s[A-Z]/.test(text.slice(i + 1, i + 3))
      )
        continue;
      if (
        ch === '.' &&
        /\b(?:U\.S|Mr|Mrs|Ms|Dr|Gen|Atty|Oct|Jan|Feb|Aug|Sept|Nov|Dec)\.$/.test(
          text.slice(Math.max(start, i - 5), i + 1),
        )
      )
        continue;
      if (
        ch === '.' &&
        /[ap]\.m\.$/.test(text.slice(i - 3, i + 1)) &&
        /^\s[A-Z]{2,4}\b/.test(text.slice(i + 1))
      )
        continue;
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, text.length);
  return spans;
}

/** A context for one article, with simple sentence splitting and no boilerplate. */
export function contextOf(text: string, published: string | null = null): ArticleContext {
  return { text, sentences: splitSentences(text), boilerplate: [], published };
}

/** An analysis of one article holding only what the figure comparison reads. */
export function analysisOf(uri: string, text: string, published: string | null = null): ArticleAnalysis {
  const ctx = contextOf(text, published);
  return articleWith(uri, { published, sentences: ctx.sentences, figures: extractFigures(ctx) });
}

/** The figures of one text, with simple sentence splitting. */
export function figuresOf(text: string, published: string | null = null): Figure[] {
  return extractFigures(contextOf(text, published));
}

/** Asserts the figure written as `snippet` has the expected fields; returns it. */
export function check(
  text: string,
  snippet: string,
  expected: Partial<Figure>,
  published: string | null = null,
) {
  const all = figuresOf(text, published);
  const f = all.find((x) => x.text === snippet);
  assert.ok(f, `no figure "${snippet}" in ${JSON.stringify(all.map((x) => x.text))}`);
  for (const [key, value] of Object.entries(expected))
    assert.deepEqual(f[key as keyof Figure], value, `${snippet}: ${key}`);
  return f;
}

/** Numeric and date findings of a story, as [file, severity, text]. */
export function findings(...texts: string[]): [string, string, string][] {
  return analyzeStory(texts.map((text, k) => ({ uri: `file:///news/${k + 1}.txt`, text })))
    .findings.filter((f) => f.kind === 'numeric' || f.kind === 'date')
    .map((f) => [f.uri.slice(-5), f.severity, f.text]);
}
