import * as assert from 'node:assert/strict';
import { alignQuotes, compareQuotes } from '../../src/core/compare/quotes';
import { analyzeStory } from '../../src/core';
import type { Quote } from '../../src/core/model';
import type { ArticleAnalysis } from '../../src/core';
import { articleWith } from './article-helpers';

// Quotations an article says it translated ("speaking in Japanese"): two renderings of one
// statement differ without a misquote, but a copy of one rendering is still held to it.

function article(uri: string, text: string, translated = false): ArticleAnalysis {
  const q: Quote = {
    id: 'q0',
    start: 0,
    end: text.length,
    text,
    speaker: 'p1',
    speakerLabel: null,
    speakerSpan: null,
    ...(translated ? { translated } : {}),
  };
  return articleWith(uri, { quotes: [q], sentences: [{ start: 0, end: text.length }] });
}

const RENDERED = 'I bow my head and apologise to every family for the fear and trouble we caused';
const OTHER_RENDERING = 'With my head lowered I apologise to the families for causing such fear and trouble';

describe('compareQuotes: quotations an article says it translated', () => {
  it('aligns two renderings of a statement one article says was translated, without a finding', () => {
    const articles = [article('a.txt', RENDERED, true), article('b.txt', OTHER_RENDERING)];
    assert.deepEqual(compareQuotes(articles), []);
    const [m] = alignQuotes(articles).counterparts(articles[1].quotes[0]);
    assert.deepEqual([m.quote, m.translated], [articles[0].quotes[0], true]);
  });

  it('flags them when nothing says the statement was translated', () => {
    const findings = compareQuotes([article('a.txt', RENDERED), article('b.txt', OTHER_RENDERING)]);
    assert.ok(findings.length > 0);
  });

  it('still holds a copy of a rendering with one word changed to the rendering it copies', () => {
    const copy = 'I bow my head and apologise to every customer for the fear and trouble we caused';
    const findings = compareQuotes([article('a.txt', RENDERED, true), article('b.txt', copy)]);
    assert.ok(findings.some((f) => f.uri === 'b.txt'));
  });

  it('reads the translation cue from the article text end to end', () => {
    const story = analyzeStory([
      {
        uri: 'file:///a.txt',
        text: 'Harbour chief Sato Kenji apologised on Friday.\n\n“I bow my head and apologise to every family for the fear and trouble we caused,” Sato said, speaking in Japanese.\n',
      },
      {
        uri: 'file:///b.txt',
        text: 'Harbour chief Sato Kenji apologised on Friday.\n\n“With my head lowered I apologise to the families for causing such fear and trouble,” Sato said.\n',
      },
    ]);
    assert.deepEqual(
      story.findings.filter((f) => f.kind === 'quote_wording'),
      [],
    );
  });
});
