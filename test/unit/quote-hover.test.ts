import * as assert from 'node:assert/strict';
import { analyzeStory, itemAt } from '../../src/core';
import { hoverMarkdown } from '../../src/vscode/hoverContent';

// The quotation hover shows each other source's version as a word diff, with what kind of change it is.

const link = () => 'command:articleLens.openLocation?x';

describe('quotation hovers', () => {
  const texts: Record<string, string> = {
    'a.txt': 'Fire chief Ana Ruiz said: "The air monitors are not showing levels that would harm people."',
    'b.txt': 'Fire chief Ana Ruiz said: "The air monitors are showing levels that would harm people."',
    'c.txt': 'Fire chief Ana Ruiz said: "The air monitors are not showing levels that would harm people."',
  };
  const analysis = analyzeStory(Object.entries(texts).map(([uri, text]) => ({ uri, text })));

  it('shows another version as a word diff and names the change', () => {
    const item = itemAt(analysis, 'a.txt', texts['a.txt'].indexOf('air monitors'));
    assert.ok(item && item.kind === 'quote');
    const md = hoverMarkdown(analysis, item, link);
    assert.match(md, /Ana Ruiz/);
    assert.match(
      md,
      /\(words that change the meaning, \d+% of words shared\): “The air monitors are ~~not~~ showing/,
    );
    assert.match(md, /\(identical\): “The air monitors are not showing/);
  });
});
