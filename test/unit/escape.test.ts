import * as assert from 'node:assert/strict';
import type { ArticleAnalysis, StoryAnalysis } from '../../src/core';
import { itemAt } from '../../src/core';
import { commandUri, escapeMarkdown, markdownLink, truncate } from '../../src/vscode/markdown';
import { describeFigure, hoverMarkdown } from '../../src/vscode/hoverContent';

/** Markdown link or autolink syntax left in a string after escaping. */
const LINK = /(?<!\\)\[[^\]]*(?<!\\)\]\(|<[a-z]+:|(?<!\\)https?:\/\//i;

describe('escapeMarkdown', () => {
  it('leaves plain words alone', () => {
    assert.equal(escapeMarkdown('Ana Perez said'), 'Ana Perez said');
  });

  it('backslash-escapes markdown specials', () => {
    assert.equal(
      escapeMarkdown('*bold* _x_ # [a] (b) `c` |'),
      '\\*bold\\* \\_x\\_ \\# \\[a\\] \\(b\\) \\`c\\` \\|',
    );
  });

  it('turns & and < into entities, so no HTML survives', () => {
    assert.equal(escapeMarkdown('<img src=x> & co'), '&lt;img src\\=x\\> &amp; co');
  });

  it('never lets a link or command URI form', () => {
    const attacks = [
      '[click](command:workbench.action.terminal.new)',
      '<command:articleLens.openLocation>',
      '[x]: https://evil.example',
      'see https://evil.example/path',
      '![img](https://evil.example/a.png)',
      'www.evil.example',
    ];
    for (const attack of attacks) assert.doesNotMatch(escapeMarkdown(attack), LINK, attack);
  });

  it('breaks bare URLs and e-mail addresses so they are not autolinked', () => {
    assert.equal(escapeMarkdown('www.x.org a@b.com'), 'www\\.x\\.org a\\@b\\.com');
  });

  it('collapses line breaks so text cannot start a heading or list', () => {
    assert.equal(escapeMarkdown('one\n# two\n- three'), 'one \\# two \\- three');
  });

  it('drops bidirectional override characters', () => {
    assert.equal(escapeMarkdown('abc\u202edef'), 'abcdef');
  });
});

describe('markdown links', () => {
  it('percent-encodes command arguments, parentheses included', () => {
    const uri = commandUri('articleLens.openLocation', { uri: 'file:///a (1).txt', start: 1, end: 2 });
    assert.match(uri, /^command:articleLens\.openLocation\?[A-Za-z0-9%._~-]+$/);
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.split('?')[1])), [
      { uri: 'file:///a (1).txt', start: 1, end: 2 },
    ]);
  });

  it('escapes the label of a link', () => {
    assert.equal(markdownLink('a](x', 'command:c'), '[a\\]\\(x](command:c)');
  });

  it('truncates with an ellipsis', () => {
    assert.equal(truncate('abcdefghij', 5), 'abcd…');
  });
});

describe('hoverMarkdown', () => {
  const evil = '[pwn](command:workbench.action.terminal.new)';
  const article = (uri: string, text: string, title: string | null): ArticleAnalysis => ({
    uri,
    version: undefined,
    title,
    published: null,
    boilerplate: [],
    sentences: [],
    mentions: [{ start: 0, end: text.length, entity: 'e1', type: 'PERSON', text, title: evil }],
    figures: [],
    quotes: [],
    claims: [],
  });
  const analysis: StoryAnalysis = {
    articles: [article('file:///a.txt', 'Ana Perez', null), article('file:///b.txt', evil, evil)],
    entities: [{ id: 'e1', name: evil, type: 'PERSON', aliases: [] }],
    findings: [],
  };

  it('links only through the link builder, even when article text looks like a link', () => {
    const item = itemAt(analysis, 'file:///a.txt', 1);
    assert.ok(item);
    const md = hoverMarkdown(analysis, item, () => 'command:articleLens.openLocation?SAFE');
    const targets = [...md.matchAll(/(?<!\\)\]\(([^)\s]*)/g)].map((m) => m[1]);
    assert.deepEqual(targets, ['command:articleLens.openLocation?SAFE']);
  });

  it('describes a hedged range with its unit', () => {
    assert.equal(
      describeFigure({ value: [1200, 1500], unit: 'people', qualifier: 'about' }),
      'about 1,200–1,500 people',
    );
  });
});
