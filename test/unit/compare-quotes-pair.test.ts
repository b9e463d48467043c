import * as assert from 'node:assert/strict';
import { analyzeQuotePair } from '../../src/core/compare/quotes';
import { isForeignLanguage } from '../../src/core/compare/quotePair';
import { diffKeys } from '../../src/core/compare/wordDiff';

const changes = (a: string, b: string) => analyzeQuotePair(a, b).hunks.map((h) => [h.a, h.b, h.change]);

describe('analyzeQuotePair on reworded quotations', () => {
  it('aligns a synonym-swapped rewording by its sentence skeleton', () => {
    const pair = analyzeQuotePair(
      'The committee has finally approved the budget for the new library',
      'The panel has eventually authorised the funds for the new library',
    );
    assert.equal(pair.relation, 'altered');
    assert.equal(pair.basis, 'skeleton');
    assert.deepEqual(
      pair.hunks.map((h) => [h.a, h.b]),
      [
        ['committee', 'panel'],
        ['finally approved', 'eventually authorised'],
        ['budget', 'funds'],
      ],
    );
  });

  it('does not align two sentences that share only their function words', () => {
    assert.equal(
      analyzeQuotePair(
        'We will open the new bridge in the spring',
        'We will close the old school in the autumn',
      ).relation,
      'different',
    );
    assert.equal(analyzeQuotePair('It is what it is', 'It is not what it was').basis, 'words');
  });

  it('reads a negation, "not only" and a number as changes of meaning', () => {
    assert.deepEqual(
      changes('The museum will reopen its north wing', 'The museum will not reopen its north wing'),
      [['', 'not', 'negation']],
    );
    assert.deepEqual(changes('This is not a museum for tourists', 'This is not only a museum for tourists'), [
      ['not', 'not only', 'negation'],
    ]);
    assert.deepEqual(
      changes('We expect to hire twelve wardens by the summer', 'We expect to hire 20 wardens by the summer'),
      [['twelve', '20', 'number']],
    );
  });

  it('reads a number written in words or digits as the same number', () => {
    assert.equal(
      analyzeQuotePair('We hired forty nurses this winter', 'We hired 40 nurses this winter').relation,
      'verbatim',
    );
  });

  it('reads an ordinal replaced by another word, or a long rewritten stretch, as a change of word', () => {
    assert.deepEqual(
      changes(
        'For the first time the orchard has paid for itself',
        'For the primary time the orchard has paid for itself',
      ),
      [['first', 'primary', 'word']],
    );
    const long = changes(
      'We want the dunes protected and the path rebuilt before the storms of the last twelve winters return',
      'We want the dunes protected and the path rebuilt before winter',
    );
    assert.ok(
      long.every(([, , change]) => change !== 'number'),
      JSON.stringify(long),
    );
  });

  it('does not count spelling conventions or a compound written apart as changes', () => {
    for (const [a, b] of [
      [
        'The ferry service will organise extra sailings after the clean-up',
        'The ferry service will organize extra sailings after the cleanup',
      ],
      ['Our neighbours travelled to the centre of town', 'Our neighbors traveled to the center of town'],
    ]) {
      const pair = analyzeQuotePair(a, b);
      assert.ok(['verbatim', 'trimmed'].includes(pair.relation), `${a}: ${pair.relation}`);
      assert.deepEqual(pair.hunks, []);
    }
  });

  it('sees a change of form only as paraphrased', () => {
    const pair = analyzeQuotePair(
      'Nobody here is going to forget this winter quickly',
      'Nobody here will forget this winter quickly',
    );
    assert.equal(pair.relation, 'paraphrased');
    assert.deepEqual(
      pair.hunks.map((h) => h.change),
      ['form'],
    );
  });

  it('pairs the replaced words of a repeated pattern one for one', () => {
    assert.deepEqual(
      changes(
        'This is a contract for bakeries, for farms, for a flour trade that belongs to the valley',
        'This is a deal for ovens, for fields, for a flour business that is owned by the valley',
      ).map(([a, b]) => [a, b]),
      [
        ['contract', 'deal'],
        ['bakeries', 'ovens'],
        ['farms', 'fields'],
        ['trade', 'business'],
        ['belongs to', 'is owned by'],
      ],
    );
  });
});

describe('diffKeys', () => {
  it('lines a replaced word up with its replacement rather than with a repeated word further on', () => {
    const ops = diffKeys('for cats for dogs'.split(' '), 'for mice for owls for bats'.split(' '));
    assert.deepEqual(
      ops.map((o) => o.op),
      ['equal', 'delete', 'insert', 'equal', 'delete', 'insert', 'insert', 'insert'],
    );
  });
});

describe('isForeignLanguage', () => {
  it('tells a quotation in another language from an English one', () => {
    assert.equal(isForeignLanguage('No vamos a cerrar la escuela del pueblo este invierno'), true);
    assert.equal(isForeignLanguage('Nous ne fermerons pas cette usine cette année'), true);
    assert.equal(isForeignLanguage('We are not going to close the village school this winter'), false);
    assert.equal(
      isForeignLanguage('The brine evaporation ponds need far more water than the permit allows'),
      false,
    );
    assert.equal(isForeignLanguage('Salud'), false);
  });
});
