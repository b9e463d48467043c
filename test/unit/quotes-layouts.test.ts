import * as assert from 'node:assert/strict';
import { extractQuotes } from '../../src/core/extract/quotes';
import { ctx, mention, speakers } from './quote-helpers';

// Speaker attribution across the layouts of news pages: headlines, live pages, wire copy, pull
// quotes, paragraphs that continue a quotation. Sentences written for these tests.
// Mentions are made by hand so that the cases do not lean on the entity extractor; where it
// matters, an organisation is typed PERSON on purpose, the way a rule-based extractor can err.

describe('quotation speakers in page layouts', () => {
  it('does not take the byline of a live page for what a pronoun means', () => {
    const text = [
      'Greta Holm',
      'Reporting from Malmo',
      '',
      'Ferry crossings were cancelled all day. “Nobody has told us anything,” she said.',
    ].join('\n');
    assert.deepEqual(speakers(text, [mention(text, 'Greta Holm')]), [null]);
  });

  it('lets a bare title in a headline name the holder the story introduces', () => {
    const text = [
      'Rail strike: Transport Secretary says ‘the offer stands’',
      '',
      'Transport Secretary Hugo Marsh told MPs on Monday that the offer stands and would not be improved.',
    ].join('\n');
    const m = mention(text, 'Hugo Marsh');
    m.title = 'Transport Secretary';
    m.titleStart = text.indexOf('Transport Secretary Hugo');
    assert.deepEqual(speakers(text, [m]), ['Hugo Marsh']);
  });

  it('lets a paragraph ending in a colon introduce the quotation below it', () => {
    const text = [
      'At a briefing, general counsel Irene Bauer argued that the firm had complied:',
      '',
      '“We changed forty products and we told the regulator about each one.',
      '',
      '“What we cannot accept is a fine for a discount.”',
    ].join('\n');
    assert.deepEqual(speakers(text, [mention(text, 'Irene Bauer')]), ['Irene Bauer', 'Irene Bauer']);
  });

  it('continues the speaker into a paragraph of nothing but quotation, but not into a heading', () => {
    const text = [
      '“We were packed and ready,” said Leona Fisk.',
      '',
      '“Then the phone rang and it was all off.”',
      '',
      '‘Very upsetting’',
      '',
      'The hospital apologised.',
    ].join('\n');
    assert.deepEqual(speakers(text, [mention(text, 'Leona Fisk')]), ['Leona Fisk', 'Leona Fisk', null]);
  });

  it('gives a headline quotation the speaker of the line it repeats', () => {
    const text = [
      'Port boss: ‘We will not back down’',
      '',
      '“We will not back down, whatever the union says,” said harbour master Jonas Berg.',
    ].join('\n');
    assert.deepEqual(speakers(text, [mention(text, 'Jonas Berg')]), ['Jonas Berg', 'Jonas Berg']);
  });

  it('names the person of a delayed lede from the paragraph that introduces them', () => {
    const text = [
      'A retired teacher whose home was flooded twice in a year says she feels “completely abandoned” by the council.',
      '',
      'Glenda Hare, 67, said the water reached her kitchen on Sunday night.',
    ].join('\n');
    assert.deepEqual(speakers(text, [mention(text, 'Glenda Hare')]), ['Glenda Hare']);
  });

  it('finds a short sentence quoted after an attribution in the same paragraph', () => {
    const text = '“We are not moving,” said Ivo Kranj, adding that the site was safe. “Nobody is hurt.”';
    assert.deepEqual(speakers(text, [mention(text, 'Ivo Kranj')]), ['Ivo Kranj', 'Ivo Kranj']);
  });

  it('keeps a wrapped wire paragraph whole when a line ends inside a quotation', () => {
    const text = [
      '    "The border stays open,"',
      'Nadia Rahimi said. "We have checked every',
      'lorry since Monday."',
    ].join('\n');
    assert.deepEqual(speakers(text, [mention(text, 'Nadia Rahimi')]), ['Nadia Rahimi', 'Nadia Rahimi']);
  });

  it('does not end the sentence at a title’s period', () => {
    const text = 'Dr. Lena Moss of the institute thinks the market is right: "The fine is small."';
    assert.deepEqual(speakers(text, [mention(text, 'Lena Moss')]), ['Lena Moss']);
  });

  it('reads a quotation signed with a dash, by name or by role', () => {
    const text = [
      '‘We are ready for the vote’ - party chair',
      '',
      'Party chair Lydia Moreno said the campaign had ended well.',
      '',
      '“Nobody expected this much water.” – Pedro Gil, farmer',
    ].join('\n');
    const mentions = [mention(text, 'Lydia Moreno'), mention(text, 'Pedro Gil')];
    mentions[0].title = 'Party chair';
    mentions[0].titleStart = text.indexOf('Party chair');
    assert.deepEqual(speakers(text, mentions), ['Lydia Moreno', 'Pedro Gil']);
  });
});

describe('quotations in scraped pages with markup', () => {
  it('reads a quotation that runs on into the next <p> paragraph, with nothing between the lines', () => {
    const text = [
      'Skip to content',
      'News | Sport | Weather',
      '<p>“We had a hard night,” the chief said. “The next two days are critical. If the wind turns, we lose the ridge.</p>',
      '<p>“We have crews from four provinces on the line. Everybody is working.”</p>',
      '<p>Roads stayed closed.</p>',
    ].join('\n');
    const quotes = extractQuotes(ctx(text), []).map((q) => q.text);
    assert.ok(
      quotes.some((q) => q.startsWith('The next two days are critical')),
      JSON.stringify(quotes),
    );
    assert.ok(
      quotes.some((q) => q.startsWith('We have crews from four provinces')),
      JSON.stringify(quotes),
    );
  });
});

describe('a colon clause whose subject has an organisation in the title', () => {
  it('gives the quotation to the person, not to the organisation inside the title', () => {
    const text =
      'Mining Ministry Minister Ana Ruiz had a blunt message for residents: "Do not wait for the order. Pack tonight."';
    const ministry = mention(text, 'Mining Ministry', 'ORG');
    const ruiz = { ...mention(text, 'Ana Ruiz'), title: 'Mining Ministry Minister', titleStart: 0 };
    assert.deepEqual(speakers(text, [ministry, ruiz]), ['Ana Ruiz']);
  });
});
