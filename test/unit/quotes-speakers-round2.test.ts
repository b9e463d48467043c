import * as assert from 'node:assert/strict';
import type { Mention } from '../../src/core/model';
import { mention, speakers } from './quote-helpers';

// Speaker attribution, round two: descriptions that refer back to a titled name, statements of a
// company, participial and possessive attributions, anonymous sources. Sentences written for these
// tests; mentions made by hand so that the cases do not lean on the entity extractor.

function titled(text: string, name: string, title: string): Mention {
  const m = mention(text, name);
  return { ...m, title, titleStart: m.start - title.length - 1 };
}

describe('quotation speakers, round two', () => {
  it('reads "the governor" as the holder of an abbreviated title, not an aide in his office', () => {
    const text = [
      'Agents searched the offices of aides to Gov. Paul Renner on Monday. Among those questioned was Lia Moss, a senior adviser in the governor’s office.',
      '',
      '“Nobody on my staff is above the law,” the governor said.',
    ].join('\n');
    const mentions = [titled(text, 'Paul Renner', 'Gov.'), mention(text, 'Lia Moss')];
    assert.deepEqual(speakers(text, mentions), ['Paul Renner']);
  });

  it('does not take the possessive in a chief of staff’s title for the role', () => {
    const text = [
      'Police arrested the mayor’s chief of staff, Ted Ortiz, and questioned Mayor Ruth Hale.',
      '',
      '“I knew nothing of it,” the mayor said.',
    ].join('\n');
    const mentions = [mention(text, 'Ted Ortiz'), titled(text, 'Ruth Hale', 'Mayor')];
    assert.deepEqual(speakers(text, mentions), ['Ruth Hale']);
  });

  it('finds the holder of a role placed "in" somewhere before the name', () => {
    const text = [
      '“The money went missing in plain sight,” said the police superintendent in Northvale, Alan Pryce, at a briefing.',
      '',
      'The superintendent said the inquiry would take months.',
      '',
      '“We have only just begun,” the superintendent said.',
    ].join('\n');
    assert.deepEqual(speakers(text, [mention(text, 'Alan Pryce')]), ['Alan Pryce', 'Alan Pryce']);
  });

  it('reads "the company said" as the company the story was just talking about', () => {
    const text = [
      'In a filing to the exchange, Brightwell, which runs the toll roads, said it had opened an internal review.',
      '',
      '“Brightwell has not been told of any charge against its managers,” the company said.',
    ].join('\n');
    const mentions = [mention(text, 'Brightwell', 'ORG'), mention(text, 'Brightwell', 'ORG', 1)];
    assert.deepEqual(speakers(text, mentions), ['Brightwell']);
  });

  it('leaves "the company" a label when no company was named before it', () => {
    const text = 'Shares fell sharply. “We are cooperating fully,” the company said.';
    assert.deepEqual(speakers(text, []), ['the company']);
  });

  it('takes the subject of the sentence for a quotation after “…, insisting she”', () => {
    const text =
      'Maria Lund has gone on the attack on social media, insisting she “will not resign before the facts are known.”';
    assert.deepEqual(speakers(text, [mention(text, 'Maria Lund')]), ['Maria Lund']);
  });

  it('leaves the attribution of the next quotation to it, after a quotation that ends its sentence', () => {
    const text =
      'Maria Lund went on the attack, insisting she “will not resign before the facts are known.” Corvane, for its part, says it “stands fully behind the inquiry” and has hired auditors.';
    const mentions = [mention(text, 'Maria Lund'), mention(text, 'Corvane', 'ORG')];
    assert.deepEqual(speakers(text, mentions), ['Maria Lund', 'Corvane']);
  });

  it('reads "X’s caveat:" as X speaking', () => {
    const text = [
      'Ben Okafor, who runs a fund in Lagos, was calmer.',
      '',
      'Okafor’s caveat: if the inquiry reaches the president, “every bet we made is off.”',
    ].join('\n');
    const mentions = [mention(text, 'Ben Okafor'), mention(text, 'Okafor', 'PERSON', 1)];
    assert.deepEqual(speakers(text, mentions), ['Okafor']);
  });

  it('takes the person a statement was "delivered by" or a defence is "led by"', () => {
    const text = [
      'The league’s position, delivered by spokeswoman Ines Moreau, is that the ban “says nothing about guilt.”',
      '',
      'The defence of Carl Weiss, led by lawyer Anton Berg, said in a note: “The arrest is out of all proportion.”',
    ].join('\n');
    const mentions = [mention(text, 'Ines Moreau'), mention(text, 'Carl Weiss'), mention(text, 'Anton Berg')];
    assert.deepEqual(speakers(text, mentions), ['Ines Moreau', 'Anton Berg']);
  });

  it('keeps "the source, who declined to be named" anonymous', () => {
    const text = [
      'Premiums are likely to rise, said Omar Kaya, a broker in the city.',
      '',
      '“Nobody will quote last week’s rate,” said the source, who declined to be named because the talks were private.',
    ].join('\n');
    assert.deepEqual(speakers(text, [mention(text, 'Omar Kaya')]), ['the source']);
  });

  it('keeps a source no role list knows anonymous when it "declined to be named"', () => {
    const text = [
      'Rates will rise, Omar Kaya, a broker in the city, said on Monday.',
      '',
      '“Nobody will quote last week’s rate,” said the contact, who declined to be identified because the talks were private.',
    ].join('\n');
    assert.deepEqual(speakers(text, [mention(text, 'Omar Kaya')]), ['the contact']);
  });

  it('does not take a language named as the subject of a speech verb for a later "he"', () => {
    const text = [
      'Kamau, a former teacher nicknamed “Mwenzetu” - Kikuyu for comrade - denied any wrongdoing.',
      '',
      '“I have never taken a banned drug in my life,” he told reporters in Kikuyu.',
    ].join('\n');
    const mentions = [
      mention(text, 'Kamau'),
      mention(text, 'Kikuyu', 'NORP'),
      mention(text, 'Kikuyu', 'NORP', 1),
    ];
    assert.deepEqual(speakers(text, mentions), ['Kamau']);
  });

  it('does not take the owner in “X’s Spanish agent, Y, …, said” for the speaker', () => {
    const text =
      'Ruiz’s Spanish agent, Carla Dias, who has managed her since 2019, said the family was “shattered” by the news.';
    const mentions = [mention(text, 'Ruiz'), mention(text, 'Carla Dias')];
    assert.deepEqual(speakers(text, mentions), ['Carla Dias']);
  });

  it('takes the subject of the sentence before "In our translation:"', () => {
    const text = [
      'Speaking to reporters outside his home, Peter Otieno was unequivocal. In our translation: “I have never cheated in my life.”',
    ].join('\n');
    assert.deepEqual(speakers(text, [mention(text, 'Peter Otieno')]), ['Peter Otieno']);
  });

  it('takes the subject of "X summed it up:" when the quotation sits in the clause after the colon', () => {
    const text = 'Lena Voss of Harbour Research summed it up: the market is “pricing fear, not shortage”.';
    const mentions = [mention(text, 'Lena Voss'), mention(text, 'Harbour Research', 'ORG')];
    assert.deepEqual(speakers(text, mentions), ['Lena Voss']);
  });
});
