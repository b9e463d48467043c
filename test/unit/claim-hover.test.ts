import * as assert from 'node:assert/strict';
import type { ArticleAnalysis, Claim, StoryAnalysis } from '../../src/core';
import { claimAt, itemAt } from '../../src/core';
import { claimHoverMarkdown } from '../../src/vscode/hoverContent';
import { escapeMarkdown } from '../../src/vscode/markdown';

/** Markdown link or autolink syntax left in a string after escaping. */
const LINK = /(?<!\\)\[[^\]]*(?<!\\)\]\(|<[a-z]+:|(?<!\\)https?:\/\//i;
const SAFE = 'command:articleLens.openLocation?SAFE';

describe('claim hovers', () => {
  const evil = '[pwn](command:workbench.action.terminal.new) <b>x</b>';
  const article = (uri: string, title: string | null, claim: Claim): ArticleAnalysis => ({
    uri,
    version: undefined,
    title,
    published: null,
    boilerplate: [],
    sentences: [{ start: claim.start, end: claim.end }],
    mentions: [{ start: 0, end: 3, entity: 'e1', type: 'PERSON', text: 'Ana' }],
    figures: [],
    quotes: [],
    claims: [claim],
  });
  const sentence = (uri: string) => ({ uri, start: 0, end: 40, text: `${evil} said so` });
  const here: Claim = {
    id: 'c0',
    start: 0,
    end: 40,
    text: 'Ana said the bridge closed on Monday.',
    reportedBy: [sentence('file:///b.txt')],
    contradictedBy: [{ ...sentence('file:///c.txt'), finding: 'numeric:file:///a.txt:5' }],
  };
  const analysis: StoryAnalysis = {
    articles: [
      article('file:///a.txt', null, here),
      article('file:///b.txt', evil, { id: 'c0', start: 0, end: 40, text: evil }),
      article('file:///c.txt', 'Gazette', { id: 'c0', start: 0, end: 40, text: evil }),
      article('file:///d.txt', 'Courier', { id: 'c0', start: 0, end: 40, text: 'Other.' }),
    ],
    entities: [{ id: 'e1', name: 'Ana', type: 'PERSON', aliases: [] }],
    findings: [
      {
        id: 'numeric:file:///a.txt:5',
        kind: 'numeric',
        severity: 'warning',
        message: `Figure differs: ${evil}`,
        uri: 'file:///a.txt',
        start: 5,
        end: 9,
        text: 'said',
        related: [],
      },
    ],
  };
  const md = claimHoverMarkdown(analysis, analysis.articles[0], here, () => SAFE);

  it('counts the sources that report the claim, this one included', () => {
    assert.match(md, /Reported by 2 of 4 sources/);
  });

  it('names the finding of each contradicting source', () => {
    assert.match(
      md,
      /Contradicted in \[Gazette\]\(command:articleLens\.openLocation\?SAFE\): Figure differs/,
    );
  });

  it('links only through the link builder, even when titles, sentences and messages look like links', () => {
    const targets = [...md.matchAll(/(?<!\\)\]\(([^)\s]*)/g)].map((m) => m[1]);
    assert.deepEqual(targets, [SAFE, SAFE]);
    assert.ok(md.includes(escapeMarkdown(evil)));
    assert.doesNotMatch(escapeMarkdown(evil), LINK);
    assert.doesNotMatch(md, /<b>/);
  });

  it('is offered only where no mention, figure or quote is', () => {
    assert.equal(itemAt(analysis, 'file:///a.txt', 1)?.kind, 'mention');
    assert.equal(claimAt(analysis, 'file:///a.txt', 10)?.claim, here);
    assert.equal(claimAt(analysis, 'file:///a.txt', 45), undefined);
  });
});
