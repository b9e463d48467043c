import * as assert from 'node:assert/strict';
import { Story } from '../../src/core';

describe('Story', () => {
  it('re-extracts only the article that changed', () => {
    const story = new Story();
    story.upsert({ uri: 'a.txt', text: 'One article.' });
    story.upsert({ uri: 'b.txt', text: 'Another article.' });
    story.analyze();
    const before = story.extractions;
    story.upsert({ uri: 'a.txt', text: 'One article, edited.' });
    story.upsert({ uri: 'b.txt', text: 'Another article.' });
    const result = story.analyze();
    assert.equal(story.extractions - before, 1);
    assert.deepEqual(
      result.articles.map((a) => a.uri),
      ['a.txt', 'b.txt'],
    );
  });
});

describe('Story: a dateline without a year', () => {
  const wire =
    'LISBON, May 4 (XPR) - The ferry operator said on Tuesday it would resume\nsailings next week, the company said.\n';
  const paper =
    'Published May 5, 2026\n\nFerry sailings resume\n\nThe operator said on Tuesday it would resume sailings.\n';

  it('takes the year from the other sources and resolves relative dates against it', () => {
    const story = new Story();
    story.upsert({ uri: 'wire.txt', text: wire });
    story.upsert({ uri: 'paper.txt', text: paper });
    const result = story.analyze();
    const a = result.articles.find((x) => x.uri === 'wire.txt')!;
    assert.equal(a.published, '2026-05-04');
    assert.equal(a.publishedInferred, true);
    const tuesday = a.figures.find((f) => f.text === 'Tuesday');
    assert.equal(tuesday?.value, '2026-04-28', 'the Tuesday before Monday, May 4');
  });

  it('leaves the date unknown when no other source is dated near that day', () => {
    const alone = new Story();
    alone.upsert({ uri: 'wire.txt', text: wire });
    assert.equal(alone.analyze().articles[0].published, null);
    const far = new Story();
    far.upsert({ uri: 'wire.txt', text: wire });
    far.upsert({ uri: 'paper.txt', text: paper.replace('May 5', 'September 30') });
    assert.equal(far.analyze().articles.find((x) => x.uri === 'wire.txt')!.published, null);
  });

  it('redoes the dated figures when the other sources change, without re-reading the article', () => {
    const story = new Story();
    story.upsert({ uri: 'wire.txt', text: wire });
    story.upsert({ uri: 'paper.txt', text: paper });
    story.analyze();
    story.upsert({ uri: 'paper.txt', text: paper.replace('2026', '2027') });
    const a = story.analyze().articles.find((x) => x.uri === 'wire.txt')!;
    assert.equal(a.published, '2027-05-04');
    assert.equal(
      a.figures.find((f) => f.text === 'Tuesday')?.value,
      '2027-05-04',
      'May 4, 2027 is a Tuesday',
    );
  });
});
