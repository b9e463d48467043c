import * as assert from 'node:assert/strict';
import { analyzeStory } from '../../src/core';
import type { ArticleAnalysis, Claim, Finding, StoryAnalysis } from '../../src/core';
import { alignClaims } from '../../src/core/compare/claims';
import { articleWith } from './article-helpers';

// Three invented reports of one harbour fire. The fire sentence is told by all three; the emergency
// funds differ between the first two ($2 million against $5 million); the museum and the insurers'
// estimate are told by one source each.
const HARBOUR = `Harbour fire destroys warehouses in Port Calder

The fire broke out at the Port Calder docks on Tuesday night and destroyed four warehouses, the fire department said.

Firefighters battled the blaze for nine hours before bringing it under control.

The city council approved $2 million in emergency funds for the dock workers on Wednesday.
`;
const BLAZE = `Blaze at Port Calder docks

Four warehouses were destroyed when fire broke out at the Port Calder docks on Tuesday night, according to the fire department.

The city council approved $5 million in emergency funds for dock workers on Wednesday.

Separately, the regional museum in Lindholm opened an exhibition of 40 maritime paintings on Thursday.
`;
const DOCKS = `Docks fire in Port Calder

The fire department said the fire that broke out at the Port Calder docks on Tuesday night destroyed four warehouses.

Insurers estimate the damage at 12 million euros, the chamber of commerce said on Thursday.
`;

function claimOf(analysis: StoryAnalysis, uri: string, words: RegExp): Claim {
  const claim = analysis.articles.find((a) => a.uri === uri)?.claims.find((c) => words.test(c.text));
  assert.ok(claim, `no claim matching ${words} in ${uri}`);
  return claim;
}

describe('alignClaims: what is not a contradiction', () => {
  it('does not count an update of a count by a later report as contradicting the claim', () => {
    const analysis = analyzeStory([
      {
        uri: 'tue.txt',
        text: 'Published March 3, 2026\n\nRescuers said 35 people were killed in the collapse of the market roof.\n',
      },
      {
        uri: 'wed.txt',
        text: 'Published March 4, 2026\n\nRescuers said 41 people were killed in the collapse of the market roof.\n',
      },
    ]);
    const update = analysis.findings.find((f) => f.kind === 'numeric');
    assert.match(update?.message ?? '', /^Figure updated/);
    const claim = claimOf(analysis, 'tue.txt', /35 people/);
    assert.equal(claim.contradictedBy, undefined);
  });
});

describe('alignClaims on a story', () => {
  const texts: Record<string, string> = { 'harbour.txt': HARBOUR, 'blaze.txt': BLAZE, 'docks.txt': DOCKS };
  const analysis = analyzeStory(Object.entries(texts).map(([uri, text]) => ({ uri, text })));

  it('finds the same claim in the two other sources, with spans that match their text', () => {
    const fire = claimOf(analysis, 'harbour.txt', /destroyed four warehouses/);
    assert.deepEqual(
      fire.reportedBy?.map((r) => r.uri),
      ['blaze.txt', 'docks.txt'],
    );
    for (const r of fire.reportedBy ?? []) assert.equal(texts[r.uri].slice(r.start, r.end), r.text);
  });

  it('marks a claim whose figure conflicts as contradicted, naming the numeric finding', () => {
    const funds = claimOf(analysis, 'harbour.txt', /\$2 million/);
    assert.equal(funds.reportedBy, undefined);
    assert.deepEqual(
      funds.contradictedBy?.map((c) => c.uri),
      ['blaze.txt'],
    );
    const finding = analysis.findings.find((f) => f.id === funds.contradictedBy?.[0].finding);
    assert.equal(finding?.kind, 'numeric');
    assert.equal(finding?.uri, 'harbour.txt');
  });

  it('leaves claims that no other source states without sources', () => {
    for (const [uri, words] of [
      ['blaze.txt', /museum/],
      ['docks.txt', /Insurers/],
    ] as const) {
      const claim = claimOf(analysis, uri, words);
      assert.equal(claim.reportedBy, undefined, claim.text);
      assert.equal(claim.contradictedBy, undefined, claim.text);
    }
  });
});

/** An article whose every sentence is a claim; no entities or figures, so only the words decide. */
function article(uri: string, sentences: string[]): ArticleAnalysis {
  const text = sentences.join(' ');
  let at = 0;
  const claims: Claim[] = sentences.map((s) => {
    const start = text.indexOf(s, at);
    at = start + s.length;
    return { id: `c${start}`, start, end: at, text: s };
  });
  return articleWith(uri, {
    version: 1,
    sentences: claims.map(({ start, end }) => ({ start, end })),
    claims,
  });
}

describe('alignClaims on hand-made articles', () => {
  const a = article('a.txt', [
    'The orchestra cancelled its autumn tour after the conductor broke his wrist during rehearsal.',
    'Ticket holders will receive refunds through the box office.',
  ]);
  const b = article('b.txt', [
    'A broken wrist suffered by the conductor during rehearsal forced the orchestra to cancel its autumn tour.',
    'The city library extended its opening hours for the summer holidays.',
  ]);

  it('does not change its input', () => {
    const before = JSON.stringify([a, b]);
    alignClaims([a, b], []);
    assert.equal(JSON.stringify([a, b]), before);
  });

  it('aligns reworded sentences both ways, and nothing else', () => {
    const [ra, rb] = alignClaims([a, b], []);
    assert.deepEqual(
      ra.claims.map((c) => c.reportedBy?.map((r) => r.uri) ?? []),
      [['b.txt'], []],
    );
    assert.deepEqual(
      rb.claims.map((c) => c.reportedBy?.map((r) => r.start) ?? []),
      [[a.claims[0].start], []],
    );
  });

  it('does not take a misspelt name for a contradiction', () => {
    const spelling: Finding = {
      id: 'name_spelling:a.txt:10',
      kind: 'name_spelling',
      severity: 'warning',
      message: 'spelled differently',
      uri: 'a.txt',
      start: 10,
      end: 19,
      text: 'orchestra',
      related: [{ uri: 'b.txt', start: 60, end: 69, text: 'orchestra', message: '' }],
    };
    const [ra] = alignClaims([a, b], [spelling]);
    assert.equal(ra.claims[0].contradictedBy, undefined);
    assert.equal(ra.claims[0].reportedBy?.length, 1);
  });
});
