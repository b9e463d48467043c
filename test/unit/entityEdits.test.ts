import * as assert from 'node:assert/strict';
import type { Finding, Mention, StoryAnalysis } from '../../src/core';
import { distinctPair, renameEdits, substituteWords, wordSubstitutions } from '../../src/vscode/entityEdits';
import { articleWith } from './article-helpers';

const person = 'person:adrian-kowalczyk';

/** A mention of `text` at `start`, linked to the entity `entity`. */
const mention = (text: string, start: number, entity = person): Mention => ({
  entity,
  type: 'PERSON',
  text,
  start,
  end: start + text.length,
});

/** A story of two articles that write one person three ways, and another person with a like name. */
function story(): StoryAnalysis {
  const article = (uri: string, mentions: Mention[]) => articleWith(uri, { mentions });
  return {
    articles: [
      article('a', [
        mention('Adrian Kowalcyzk', 10),
        mention('Kowalcyzk', 50),
        mention('KOWALCYZK', 80),
        mention('Kowalczyk', 100),
      ]),
      article('b', [
        mention('Adrian\nKowalcyzk', 0),
        mention('Adrian Kowalczyk', 40),
        mention('Kowalcyzk', 70, 'person:other'),
      ]),
    ],
    entities: [
      { id: person, name: 'Adrian Kowalczyk', type: 'PERSON', aliases: ['Adrian Kowalcyzk', 'Kowalcyzk'] },
      { id: 'person:other', name: 'Kowalcyzk', type: 'PERSON', aliases: [] },
    ],
    findings: [],
  };
}

const spelling = (text: string, start: number, uri = 'a'): Finding => ({
  id: `name_spelling:${uri}:${start}`,
  kind: 'name_spelling',
  severity: 'warning',
  message: '',
  uri,
  start,
  end: start + text.length,
  text,
  related: [],
  entity: person,
});

/** The edits as "uri@start:original→text". */
const summary = (analysis: StoryAnalysis, at: Mention, name: string): string[] =>
  renameEdits(analysis, at, name).map((e) => `${e.uri}@${e.start}:${e.original}→${e.text}`);

describe('wordSubstitutions', () => {
  it('maps the changed words of two names with as many words', () => {
    assert.deepEqual(
      [...wordSubstitutions('Adrian Kowalcyzk', 'Adrian  Kowalczyk')!],
      [['Kowalcyzk', 'Kowalczyk']],
    );
  });

  it('gives none when the number of words changes', () => {
    assert.equal(wordSubstitutions('Kowalcyzk', 'Adrian Kowalczyk'), undefined);
  });

  it('gives none when one word would become two different words', () => {
    assert.equal(wordSubstitutions('Ana Ana', 'Ana Bea'), undefined);
  });
});

describe('substituteWords', () => {
  it('replaces whole words only, keeping line breaks and possessives', () => {
    const subs = new Map([['Reyes', 'Reies']]);
    assert.deepEqual(substituteWords("Dan\nReyes's", subs), [{ start: 4, end: 9, text: 'Reies' }]);
    assert.deepEqual(substituteWords('Reyesville', subs), []);
  });

  it('keeps a headline in capitals', () => {
    assert.deepEqual(substituteWords('KOWALCYZK', new Map([['Kowalcyzk', 'Kowalczyk']])), [
      { start: 0, end: 9, text: 'KOWALCZYK' },
    ]);
  });
});

describe('renameEdits', () => {
  it('renames a surname inside every form of the entity written that way, in every article', () => {
    const analysis = story();
    assert.deepEqual(summary(analysis, analysis.articles[0].mentions[1], 'Kowalczyk'), [
      'a@17:Kowalcyzk→Kowalczyk',
      'a@50:Kowalcyzk→Kowalczyk',
      'a@80:KOWALCYZK→KOWALCZYK',
      'b@7:Kowalcyzk→Kowalczyk',
    ]);
  });

  it('renames from a full name the same way, leaving another person with the surname alone', () => {
    const analysis = story();
    const edits = summary(analysis, analysis.articles[0].mentions[0], 'Adrian Kowalczyk');
    assert.ok(edits.includes('a@50:Kowalcyzk→Kowalczyk'));
    assert.ok(!edits.some((e) => e.startsWith('b@70')), edits.join(', '));
  });

  it('replaces only the forms written exactly so when the number of words changes', () => {
    const analysis = story();
    assert.deepEqual(summary(analysis, analysis.articles[0].mentions[0], 'Adrian K. Kowalczyk'), [
      'a@10:Adrian Kowalcyzk→Adrian K. Kowalczyk',
      'b@0:Adrian\nKowalcyzk→Adrian K. Kowalczyk',
    ]);
  });

  it('changes nothing for the same name', () => {
    const analysis = story();
    assert.deepEqual(renameEdits(analysis, analysis.articles[0].mentions[1], ' Kowalcyzk '), []);
  });
});

describe('distinctPair', () => {
  it('pairs a misspelt full name with the canonical name', () => {
    assert.deepEqual(distinctPair(story(), spelling('Adrian Kowalcyzk', 10)), [
      'Adrian Kowalcyzk',
      'Adrian Kowalczyk',
    ]);
  });

  it('completes a surname alone from the full name its article gives', () => {
    assert.deepEqual(distinctPair(story(), spelling('Kowalcyzk', 50)), [
      'Adrian Kowalcyzk',
      'Adrian Kowalczyk',
    ]);
  });

  it('records the surname itself when its article never completes it', () => {
    const analysis = story();
    analysis.articles[0].mentions = analysis.articles[0].mentions.slice(1);
    assert.deepEqual(distinctPair(analysis, spelling('Kowalcyzk', 50)), ['Kowalcyzk', 'Adrian Kowalczyk']);
  });
});
