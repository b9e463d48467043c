import * as assert from 'node:assert/strict';
import { extractQuotes } from '../../src/core/extract/quotes';
import { isMarkedTranslated } from '../../src/core/extract/quotes/translation';
import type { Mention } from '../../src/core/model';
import { ctx, mention, speakers } from './quote-helpers';

// More patterns of news English for speaker attribution, on sentences written for these tests.
// Mentions are made by hand so that the cases do not lean on the entity extractor.

/** A hand-made person mention with the title the extractor would have read before it. */
function titled(text: string, name: string, title: string): Mention {
  const m = mention(text, name);
  return { ...m, title, titleStart: m.start - title.length - 1 };
}

describe('quotation speakers, more layouts', () => {
  it('reads a long description in apposition between the name and "said"', () => {
    const text =
      '“The accounts were invented from the first day,” District Attorney Hal Brenner, the chief prosecutor for the northern counties, said in a statement.';
    assert.deepEqual(speakers(text, [mention(text, 'Hal Brenner')]), ['Hal Brenner']);
  });

  it('takes "testified" for a speech verb', () => {
    const text = '“She asked me to delete the invoices,” Mira Olsen testified on Tuesday.';
    assert.deepEqual(speakers(text, [mention(text, 'Mira Olsen')]), ['Mira Olsen']);
  });

  it('does not take a firm named inside a person’s title for the speaker', () => {
    const text = '“Every passenger will be refunded,” Corvane chairman Tomas Lind said.';
    const mentions = [mention(text, 'Corvane', 'PERSON'), titled(text, 'Tomas Lind', 'Corvane chairman')];
    assert.deepEqual(speakers(text, mentions), ['Tomas Lind']);
  });

  it('reads a family name used alone as the person introduced with it first', () => {
    const text = [
      'Board chairman Park Ji-hoon resigned on Monday.',
      '',
      '“I failed our shareholders,” Park said.',
    ].join('\n');
    const mentions = [mention(text, 'Park Ji-hoon'), mention(text, 'Park', 'PERSON', 1)];
    assert.deepEqual(speakers(text, mentions), ['Park Ji-hoon']);
  });

  it('leaves a surname alone when an earlier name ends with it', () => {
    const text = [
      'Linda Park, the mayor, met Park Ji-hoon on Monday.',
      '',
      '“We agreed on nothing,” Park said.',
    ].join('\n');
    const mentions = [
      mention(text, 'Linda Park'),
      mention(text, 'Park Ji-hoon'),
      mention(text, 'Park', 'PERSON', 2),
    ];
    assert.deepEqual(speakers(text, mentions), ['Park']);
  });

  it('resolves "she" to the one person the sentence before names, even as its object', () => {
    const text = [
      'Carla Menzies, the camp manager, said supplies were short.',
      '',
      'The sharpest warning came from Amara Osei, a virologist at the field hospital. She told a local radio station: “The next two weeks decide everything.”',
    ].join('\n');
    const mentions = [mention(text, 'Carla Menzies'), mention(text, 'Amara Osei')];
    assert.deepEqual(speakers(text, mentions), ['Amara Osei']);
  });

  it('resolves "he" in a live entry to the man the paragraph before opened with after an adjunct', () => {
    const text = [
      '4:10 p.m. — Club says it will appeal',
      '',
      'Speaking outside the stadium after the hearing, club captain Leo Varga kept his answers short.',
      '',
      '“We do not accept the ban and we will fight it,” he said.',
    ].join('\n');
    const mentions = [mention(text, 'Leo Varga')];
    assert.deepEqual(speakers(text, mentions), ['Leo Varga']);
  });

  it('reads "Her answer:" as the woman named before, and a plea is no speech', () => {
    const text = [
      'The case hinged on Lena Ortiz, a former accountant at the firm, who pleaded guilty in March.',
      'Her best-known line from the hearings: “I only moved the numbers where I was told.”',
    ].join('\n\n');
    assert.deepEqual(speakers(text, [mention(text, 'Lena Ortiz')]), ['Lena Ortiz']);
  });

  it('reads the clause after a colon as the subject of a partial quotation', () => {
    const text = [
      'Chief executive Naomi Haldane spoke for ten minutes.',
      '',
      'The line that led every bulletin: she wanted to “start again from zero,” as she put it.',
    ].join('\n');
    assert.deepEqual(speakers(text, [mention(text, 'Naomi Haldane')]), ['Naomi Haldane']);
  });

  it('finds the holder of a title written as initials ("the chief executive" → CEO)', () => {
    const text = 'CEO Mara Quist opened the meeting. “We will grow again,” the chief executive said.';
    assert.deepEqual(speakers(text, [titled(text, 'Mara Quist', 'CEO')]), ['Mara Quist']);
  });

  it('reads an epithet with a relative clause or an age as the person just named', () => {
    const text = [
      'The Minister of Water, Paulo Mendes, promised new pumps on Monday.',
      '',
      '“No village will wait more than a week,” declared the governor-elect, who was speaking at the harbour.',
      '',
      'Joana Reis, a fisherwoman, lost her boat. “I have nothing left,” said the 58-year-old.',
    ].join('\n');
    const mentions = [mention(text, 'Paulo Mendes'), mention(text, 'Joana Reis')];
    assert.deepEqual(speakers(text, mentions), ['Paulo Mendes', 'Joana Reis']);
  });

  it('keeps a known role after "the" as a description', () => {
    const text =
      'Paulo Mendes visited the site. “The pumps are late,” said the spokesman, who declined to be named.';
    assert.deepEqual(speakers(text, [mention(text, 'Paulo Mendes')]), ['the spokesman']);
  });

  it('does not take a nickname introduced by "known … as" for a quotation or a speaker', () => {
    const text =
      'Ferryman Joseph Okafor – known to everyone on the river as ‘Captain’ – said he had made 40 crossings. “The current was brutal,” he said.';
    const quotes = extractQuotes(ctx(text), [mention(text, 'Joseph Okafor'), mention(text, 'Captain')]);
    assert.deepEqual(
      quotes.map((q) => q.text),
      ['The current was brutal,'.replace(/,$/, '')],
    );
    assert.deepEqual(speakers(text, [mention(text, 'Joseph Okafor'), mention(text, 'Captain')]), [
      'Joseph Okafor',
    ]);
  });
});

describe('quotations the article says it translated', () => {
  const marked = (text: string) => extractQuotes(ctx(text), []).map(isMarkedTranslated);

  it('marks a quotation said "speaking in" a language, or through an interpreter', () => {
    assert.deepEqual(marked('“We will rebuild the bridge,” the mayor said, speaking in Japanese.'), [true]);
    assert.deepEqual(marked('The coach told reporters in Turkish: “We deserved the point.”'), [true]);
    assert.deepEqual(marked('“The water came at night,” she said through an interpreter.'), [true]);
  });

  it('marks every quotation of an article with a translator’s note', () => {
    const text = [
      '“We will rebuild the bridge,” the mayor said.',
      '',
      'Translated from the Greek original by the foreign desk.',
    ].join('\n');
    assert.deepEqual(marked(text), [true]);
  });

  it('does not mark a quotation said in a place, or a translation someone speaks of', () => {
    assert.deepEqual(marked('“We will rebuild the bridge,” the mayor said in Athens.'), [false]);
    assert.deepEqual(marked('“Nobody checked the translation of the contract,” the mayor said.'), [false]);
  });
});
