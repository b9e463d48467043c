import * as assert from 'node:assert/strict';
import { extractQuotes } from '../../src/core/extract/quotes';
import { ctx, mention, speakers } from './quote-helpers';

// Speaker attribution on sentences written for these tests, one pattern of news English each.
// Mentions are made by hand so that the cases do not lean on the entity extractor; where it
// matters, an organisation is typed PERSON on purpose, the way a rule-based extractor can err.

describe('quotation speakers', () => {
  it('takes the name in apposition to a description after the verb', () => {
    const text = '“The dam is safe,” said the agency’s chief engineer, Tomasz Wierzba.';
    assert.deepEqual(speakers(text, [mention(text, 'Tomasz Wierzba')]), ['Tomasz Wierzba']);
  });

  it('prefers the person to the organisation named beside them', () => {
    const text = [
      '“Prices will fall by spring,” said Ana Ruiz of Cordillera Advisory.',
      '',
      'Lena Ortiz, an economist at Halden Capital, said demand was weak. “Nobody is buying,” she said.',
    ].join('\n');
    const mentions = [
      mention(text, 'Ana Ruiz'),
      mention(text, 'Cordillera Advisory', 'PERSON'),
      mention(text, 'Lena Ortiz'),
      mention(text, 'Halden Capital', 'PERSON'),
    ];
    assert.deepEqual(speakers(text, mentions), ['Ana Ruiz', 'Lena Ortiz']);
  });

  it('reads "X, a title at Y, who …, said" as X, with a partial quotation', () => {
    const text =
      'Pablo Serra, the region’s water commissioner, who was not at the meeting, said the plant had held "nine" hearings.';
    assert.deepEqual(speakers(text, [mention(text, 'Pablo Serra')]), ['Pablo Serra']);
  });

  it('does not take the subject of a reported clause for the speaker', () => {
    const text = [
      'Maria Keane, 38, said her son Jack had waited a year for the operation.',
      '',
      '“It has been a nightmare,” she said.',
    ].join('\n');
    const mentions = [mention(text, 'Maria Keane'), mention(text, 'Jack')];
    assert.deepEqual(speakers(text, mentions), ['Maria Keane']);
  });

  it('resolves "she" past a man, a name inside a quotation and a place after a preposition', () => {
    const text = [
      'Nurse Ruth Adler has worked at the clinic for a decade. Her husband, Tom Adler, drives the ambulance.',
      '',
      'She joined a protest outside Mercy General on Friday. “Dr Kemp never answered our letters,” she said.',
    ].join('\n');
    const mentions = [
      mention(text, 'Ruth Adler'),
      mention(text, 'Tom Adler'),
      mention(text, 'Mercy General', 'PERSON'),
      mention(text, 'Kemp'),
    ];
    assert.deepEqual(speakers(text, mentions), ['Ruth Adler']);
  });

  it('resolves a pronoun to the subject of a sentence before the object named after it', () => {
    const text =
      'Rosa Ibarra, who chairs the board, met investor Colm Reidy on Monday. “It went well,” she said.';
    assert.deepEqual(speakers(text, [mention(text, 'Rosa Ibarra'), mention(text, 'Colm Reidy')]), [
      'Rosa Ibarra',
    ]);
  });

  it('gives "the minister" to the person who last held that title', () => {
    const text = [
      'Finance Minister Oskar Lind presented the budget. Opposition leader Eva Brandt attacked it.',
      '',
      '“The numbers add up,” the minister said.',
    ].join('\n');
    const mentions = [mention(text, 'Oskar Lind'), mention(text, 'Eva Brandt')];
    mentions[0].title = 'Finance Minister';
    mentions[0].titleStart = 0;
    assert.deepEqual(speakers(text, mentions), ['Oskar Lind']);
  });

  it('prefers the holder whose role has all the words of the description', () => {
    const text = [
      'Health Secretary Ines Mota opened the ward. Home Secretary Paul Dunne was also there.',
      '',
      '“Waiting lists are falling,” the health secretary said.',
    ].join('\n');
    const mentions = [mention(text, 'Ines Mota'), mention(text, 'Paul Dunne')];
    mentions[0].title = 'Health Secretary';
    mentions[0].titleStart = 0;
    mentions[1].title = 'Home Secretary';
    mentions[1].titleStart = text.indexOf('Home');
    assert.deepEqual(speakers(text, mentions), ['Ines Mota']);
  });

  it('takes the subject of the clause a colon ends, and of a partial quotation', () => {
    const text = [
      'Mayor Carla Vidal was blunt about who should pay: “The operator will cover every cent.”',
      '',
      'Rina Patel of the tenants’ union: “We want it in writing.”',
      '',
      'The council leader, Sam Hollis, called the deal “a good start for the town”.',
    ].join('\n');
    const mentions = [mention(text, 'Carla Vidal'), mention(text, 'Rina Patel'), mention(text, 'Sam Hollis')];
    assert.deepEqual(speakers(text, mentions), ['Carla Vidal', 'Rina Patel', 'Sam Hollis']);
  });

  it('does not give a quotation to two people joined by "and"', () => {
    const text = 'Kato and Reyes sign the accord: “A new chapter begins”';
    assert.deepEqual(speakers(text, [mention(text, 'Kato'), mention(text, 'Reyes')]), [null]);
  });

  it('keeps an anonymous source anonymous, even next to a named person', () => {
    const text = [
      'The talks were led by envoy Marta Sole.',
      '',
      'A diplomat, who asked not to be named because the talks were private, said Lisbon had insisted on the clause. “Without it there was no deal,” the diplomat said.',
    ].join('\n');
    const quotes = extractQuotes(ctx(text), [mention(text, 'Marta Sole'), mention(text, 'Lisbon', 'PERSON')]);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].speakerSpan, null);
    assert.equal(quotes[0].speakerLabel, 'A diplomat');
  });

  it('does not take a possessive name or a listener for the speaker', () => {
    const text = [
      'Okafor’s spokesman said: “He has done nothing wrong.”',
      '',
      'The families were told on Monday that “nothing could be done”.',
    ].join('\n');
    const quotes = extractQuotes(ctx(text), [mention(text, 'Okafor')]);
    assert.deepEqual(
      quotes.map((q) => [q.speakerSpan, q.speakerLabel]),
      [
        [null, 'Okafor’s spokesman'],
        [null, null],
      ],
    );
  });

  it('takes the subject of the clause that holds the verb, not of the sentence', () => {
    const text =
      'Kirsten Vogel, who led the team for a decade, said her manager once told her that “results are all that count”.';
    assert.deepEqual(speakers(text, [mention(text, 'Kirsten Vogel')]), ['her manager']);
  });

  it('takes the name after a description it stands in apposition to', () => {
    const text = [
      'Vogel’s lawyer, Ramon Quiroga, said his client felt vindicated. “She was right all along,” he said.',
    ].join('\n');
    const mentions = [mention(text, 'Vogel'), mention(text, 'Ramon Quiroga')];
    assert.deepEqual(speakers(text, mentions), ['Ramon Quiroga']);
  });

  it('does not let "she" mean a document that "said" something', () => {
    const text =
      'Judge Ana Ferro heard the case. The ruling, published on Friday, said the merger was unlawful. “The law is clear,” she said.';
    assert.deepEqual(speakers(text, [mention(text, 'Ana Ferro')]), ['Ana Ferro']);
  });
});
