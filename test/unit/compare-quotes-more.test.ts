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

/** An article of several quotations, each a paragraph of its own, with its speaker's entity id. */
function articleOf(
  uri: string,
  quotes: { text: string; speaker: string; translated?: boolean }[],
): ArticleAnalysis {
  let at = 0;
  const qs: Quote[] = [];
  const sentences = [];
  for (const q of quotes) {
    qs.push({
      id: `q${at}`,
      start: at,
      end: at + q.text.length,
      text: q.text,
      speaker: q.speaker,
      speakerLabel: null,
      speakerSpan: null,
      ...(q.translated ? { translated: true } : {}),
    });
    sentences.push({ start: at, end: at + q.text.length });
    at += q.text.length + 2;
  }
  return articleWith(uri, { quotes: qs, sentences });
}

const PLEDGE = 'Nobody will be left on their own. The state will rebuild every house the river has taken';
const PLEDGE_AGAIN =
  'We will not abandon a single person, and each home swept away by the flood will be rebuilt by the state';
const ASIDE = 'Our engineers are inspecting the embankments along the whole length of the canal';

describe('alignQuotes: renderings of a translated statement in their own words', () => {
  it('pairs the one statement of a speaker two articles render differently, when one says it translated', () => {
    const a = articleOf('a.txt', [{ text: PLEDGE, speaker: 'p1', translated: true }]);
    const b = articleOf('b.txt', [{ text: PLEDGE_AGAIN, speaker: 'p1' }]);
    const articles = [a, b];
    const [m] = alignQuotes(articles).counterparts(b.quotes[0]);
    assert.deepEqual([m?.quote, m?.translated], [a.quotes[0], true]);
    assert.deepEqual(compareQuotes(articles), []);
  });

  it('does not pair them when nothing says the statement was translated', () => {
    const articles = [
      articleOf('a.txt', [{ text: PLEDGE, speaker: 'p1' }]),
      articleOf('b.txt', [{ text: PLEDGE_AGAIN, speaker: 'p1' }]),
    ];
    assert.deepEqual(alignQuotes(articles).counterparts(articles[1].quotes[0]), []);
  });

  it('does not guess between two statements of the speaker, nor pair another speaker’s', () => {
    const two = [
      articleOf('a.txt', [{ text: PLEDGE, speaker: 'p1', translated: true }]),
      articleOf('b.txt', [
        { text: PLEDGE_AGAIN, speaker: 'p1' },
        { text: ASIDE, speaker: 'p2' },
        {
          text: 'The state is sending doctors and clean water to the camps this week',
          speaker: 'p1',
        },
      ]),
    ];
    assert.deepEqual(alignQuotes(two).counterparts(two[0].quotes[0]), []);
    const other = [
      articleOf('a.txt', [{ text: PLEDGE, speaker: 'p1', translated: true }]),
      articleOf('b.txt', [{ text: PLEDGE_AGAIN, speaker: 'p2' }]),
    ];
    assert.deepEqual(alignQuotes(other).counterparts(other[0].quotes[0]), []);
  });

  it('reaches a copy of one rendering in a third article through the pair', () => {
    const articles = [
      articleOf('a.txt', [
        { text: PLEDGE, speaker: 'p1', translated: true },
        { text: ASIDE, speaker: 'p2' },
      ]),
      articleOf('b.txt', [{ text: PLEDGE_AGAIN, speaker: 'p1' }]),
      articleOf('c.txt', [{ text: PLEDGE, speaker: 'p1' }]),
    ];
    const found = alignQuotes(articles).counterparts(articles[1].quotes[0]);
    assert.deepEqual(
      found.map((m) => [m.article.uri, m.quote.text]),
      [
        ['a.txt', PLEDGE],
        ['c.txt', PLEDGE],
      ],
    );
  });
});
