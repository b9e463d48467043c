import * as assert from 'node:assert/strict';
import { extractQuotes } from '../../src/core/extract/quotes';
import type { ArticleContext, EntityType, Mention, Quote } from '../../src/core/model';

// Hand-made mentions for the speaker tests, so that the cases do not lean on the entity extractor.

export function ctx(text: string): ArticleContext {
  return { text, sentences: [], boilerplate: [], published: null };
}

/** A hand-made mention of the n-th occurrence of `name`. */
export function mention(text: string, name: string, type: EntityType = 'PERSON', nth = 0): Mention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(name, at + 1);
  assert.ok(at >= 0, `${name} not in text`);
  return { start: at, end: at + name.length, entity: '', type, text: name };
}

/** The speaker of each quotation: the text of its speaker mention, or its label. */
export function speakers(text: string, mentions: Mention[]): (string | null)[] {
  return extractQuotes(ctx(text), mentions).map((q: Quote) =>
    q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : (q.speakerLabel ?? null),
  );
}
