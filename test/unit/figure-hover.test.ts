import * as assert from 'node:assert/strict';
import { analyzeStory, itemAt } from '../../src/core';
import { hoverMarkdown } from '../../src/vscode/hoverContent';

// The figure hover says, per other source, whether its figure agrees with this one.

const link = () => 'command:articleLens.openLocation?x';

function hoverAt(texts: Record<string, string>, uri: string, at: string): string {
  const analysis = analyzeStory(Object.entries(texts).map(([u, text]) => ({ uri: u, text })));
  const item = itemAt(analysis, uri, texts[uri].indexOf(at) + 1);
  assert.ok(item && item.kind === 'figure', `no figure at ${at}`);
  return hoverMarkdown(analysis, item, link);
}

describe('figure hovers', () => {
  const texts = {
    'a.txt': 'The fire displaced about 1,200 residents of the valley, officials said.',
    'b.txt': 'The fire displaced roughly 1,200 residents of the valley, officials said.',
    'c.txt': 'The fire displaced 2,100 residents of the valley, officials said.',
    'd.txt': 'The fire displaced more than 1,000 residents of the valley, officials said.',
  };

  it('says which sources agree, within rounding and hedges, and which disagree', () => {
    const md = hoverAt(texts, 'a.txt', '1,200');
    assert.match(md, /b\\\.txt.*agrees: same value/);
    assert.match(md, /c\\\.txt.*\*\*disagrees\*\*, see Problems/);
    assert.match(md, /d\\\.txt.*agrees within rounding and hedges/);
  });
});
