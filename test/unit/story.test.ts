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
