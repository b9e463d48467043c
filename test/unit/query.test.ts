import * as assert from 'node:assert/strict';
import type { Figure, Mention, Quote, StoryAnalysis } from '../../src/core';
import { articleWith } from './article-helpers';
import {
  entitiesOfArticle,
  entityKey,
  entityUsage,
  figureCounterparts,
  findingsIn,
  firstMentionsElsewhere,
  foldName,
  itemAt,
  mentionsOf,
  quoteCounterparts,
  searchEntities,
  sourceName,
} from '../../src/core';

const mention = (start: number, text: string, entity = 'e1', title?: string): Mention => ({
  start,
  end: start + text.length,
  entity,
  type: 'PERSON',
  text,
  title,
});
const figure = (
  start: number,
  text: string,
  value: number,
  about: string | null,
  unit = 'people',
): Figure => ({
  start,
  end: start + text.length,
  kind: 'count',
  text,
  value,
  unit,
  qualifier: null,
  about,
});
const quote = (start: number, text: string, speaker: string | null = 'e1'): Quote => ({
  id: `q${start}`,
  start,
  end: start + text.length,
  text,
  speaker,
});
const article = articleWith;

const A = 'file:///story/a.txt';
const B = 'file:///story/b%20wire.txt';
const C = 'file:///story/c.md';

const story: StoryAnalysis = {
  articles: [
    article(A, {
      mentions: [mention(0, 'Ana Pérez', 'e1', 'Minister'), mention(40, 'Pérez'), mention(60, 'Oxfam', 'e2')],
      figures: [figure(100, '1,200', 1200, 'people killed in the flood')],
      quotes: [quote(200, 'We will rebuild every bridge in the valley')],
    }),
    article(B, {
      title: 'Wire report',
      mentions: [mention(10, 'Ana Perez'), mention(30, 'Ana Perez')],
      figures: [
        figure(50, '1,500', 1500, 'people killed'),
        figure(80, '40', 40, 'bridges destroyed', 'bridges'),
      ],
      quotes: [quote(120, 'we will rebuild every bridge'), quote(180, 'It was a terrible night', 'e3')],
    }),
    article(C, { mentions: [mention(5, 'Oxfam', 'e2')] }),
  ],
  entities: [
    { id: 'e1', name: 'Ana Pérez', type: 'PERSON', aliases: ['Ana Perez', 'Pérez'] },
    { id: 'e2', name: 'Oxfam', type: 'ORG', aliases: [] },
  ],
  findings: [
    {
      id: 'f1',
      kind: 'name_spelling',
      severity: 'warning',
      message: 'spelled differently',
      uri: B,
      start: 10,
      end: 19,
      text: 'Ana Perez',
      related: [],
      suggestions: ['Ana Pérez'],
      entity: 'e1',
    },
  ],
};

describe('query', () => {
  describe('itemAt', () => {
    it('finds the mention covering an offset, with its entity', () => {
      const item = itemAt(story, A, 3);
      assert.equal(item?.kind === 'mention' && item.entity?.name, 'Ana Pérez');
    });

    it('prefers the innermost item: a mention inside a quote wins', () => {
      const nested = {
        ...story,
        articles: [article(A, { mentions: [mention(205, 'will')], quotes: [quote(200, 'We will go')] })],
      };
      assert.equal(itemAt(nested, A, 206)?.kind, 'mention');
    });

    it('treats spans as half-open: nothing at the end offset', () => {
      assert.equal(itemAt(story, A, 9), undefined);
    });

    it('returns undefined for an unknown article', () => {
      assert.equal(itemAt(story, 'file:///nope.txt', 0), undefined);
    });
  });

  describe('entities across sources', () => {
    it('lists every mention of an entity in the story', () => {
      assert.deepEqual(
        mentionsOf(story, 'e1').map((m) => [m.uri, m.mention.start]),
        [
          [A, 0],
          [A, 40],
          [B, 10],
          [B, 30],
        ],
      );
    });

    it('counts spellings per source, most frequent first, with titles', () => {
      const usage = entityUsage(story, 'e1');
      assert.deepEqual(
        usage.sources.map((s) => ({ uri: s.uri, count: s.count, spellings: s.spellings, titles: s.titles })),
        [
          {
            uri: A,
            count: 2,
            spellings: [
              { text: 'Ana Pérez', count: 1 },
              { text: 'Pérez', count: 1 },
            ],
            titles: ['Minister'],
          },
          { uri: B, count: 2, spellings: [{ text: 'Ana Perez', count: 2 }], titles: [] },
        ],
      );
    });

    it('names the sources that never mention the entity', () => {
      assert.deepEqual(entityUsage(story, 'e1').missing, [C]);
    });

    it('gives the first mention in each other source', () => {
      assert.deepEqual(
        firstMentionsElsewhere(story, 'e2', A).map((m) => [m.uri, m.mention.start]),
        [[C, 5]],
      );
    });

    it('groups unlinked mentions by type and folded spelling', () => {
      const unlinked = mention(0, 'Ana  PÉREZ', '');
      assert.equal(entityKey(unlinked), 'PERSON:ana perez');
    });

    it('groups an article’s mentions by entity in order of appearance', () => {
      assert.deepEqual(
        entitiesOfArticle(story, A).map((g) => [g.entity?.name, g.mentions.length]),
        [
          ['Ana Pérez', 2],
          ['Oxfam', 1],
        ],
      );
    });

    it('searches entities by name or alias, ignoring case and accents', () => {
      assert.deepEqual(
        searchEntities(story, 'perez').map((e) => e.id),
        ['e1'],
      );
    });
  });

  describe('counterparts', () => {
    it('matches a figure with the same kind and unit measuring the same thing', () => {
      const [match, ...rest] = figureCounterparts(story, A, story.articles[0].figures[0]);
      assert.deepEqual([match?.uri, match?.item.text, rest.length], [B, '1,500', 0]);
    });

    it('matches a quotation by shared words, not by a different speaker’s words', () => {
      const matches = quoteCounterparts(story, A, story.articles[0].quotes[0]);
      assert.deepEqual(
        matches.map((m) => m.item.text),
        ['we will rebuild every bridge'],
      );
    });
  });

  it('finds findings touching a range', () => {
    assert.deepEqual(
      findingsIn(story, B, 12, 12).map((f) => f.id),
      ['f1'],
    );
  });

  it('names a source by title, else by its decoded file name', () => {
    assert.deepEqual(
      story.articles.map((a) => sourceName(a)),
      ['a.txt', 'Wire report', 'c.md'],
    );
    assert.equal(sourceName({ uri: B, title: null }), 'b wire.txt');
  });

  it('folds names for comparison', () => {
    assert.equal(foldName('  O’Brien\u00a0Ñúñez '), "o'brien nunez");
  });
});
