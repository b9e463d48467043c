import * as assert from 'node:assert/strict';
import { analyzeStory } from '../../src/core';
import { findDatelineDay } from '../../src/core/text/published';
import { splitLines } from '../../src/core/text/boilerplate';
import { check, figuresOf, findings } from './figures-helpers';

describe('extractFigures: more notations', () => {
  it('reads lakh and crore, and rupees written with or without a space', () => {
    check('The province paid Rs 3 lakh to each family.', 'Rs 3 lakh', { value: 3e5, kind: 'money' });
    check('The board released Rs 20 crore for repairs.', 'Rs 20 crore', { value: 2e8 });
    check('Over 2.5 lakh people were moved to camps.', '2.5 lakh', { value: 2.5e5, unit: 'people' });
    check('The state approved a Rs8bn loan.', 'Rs8bn', { value: 8e9, kind: 'money' });
    check('Each farmer gets Rs40,000 in cash.', 'Rs40,000', { value: 40000, kind: 'money' });
  });

  it('reads capitalised scale words and capital scale letters glued to an amount', () => {
    check('Data Of More Than 4 Million Customers Leaked', '4 Million', {
      value: 4e6,
      qualifier: 'more than',
    });
    check('The insurer covers 12.7M policyholders.', '12.7M', { value: 1.27e7, unit: 'policyholders' });
    check('The fine was ~$4.1M in the end.', '$4.1M', { value: 4.1e6, unit: 'USD', qualifier: 'about' });
  });

  it('reads more currencies: won, meticais, naira and ISO codes glued to the amount', () => {
    check('The network spent ₩21.5bn on upgrades.', '₩21.5bn', { value: 2.15e10, unit: 'KRW' });
    check('Shares closed at 52,300 won on Monday.', '52,300 won', { value: 52300, unit: 'KRW' });
    check('The fund holds 80 million meticais for wells.', '80 million meticais', { unit: 'MZN' });
    check('Teachers earn MZN9,000 a month.', 'MZN9,000', { value: 9000, unit: 'MZN' });
    assert.ok(!figuresOf('The home side 2 won the cup.').some((f) => f.kind === 'money'));
  });

  it('reads a year before the plural of an event or after a determiner and an adjective', () => {
    check('Farmers are still recovering from the 2019 floods.', '2019', { kind: 'date', value: '2019' });
    check('It was the worst since the country’s record 2021 season.', '2021', { kind: 'date' });
    check('The start-up raised money in a 2022 Series B round.', '2022', { kind: 'date' });
    check('The 2000 residents of the valley were told to leave.', '2000', { kind: 'count' });
  });

  it('does not read a capitalised unit before a capitalised word, which names a place', () => {
    assert.deepEqual(
      figuresOf('Crews staged at 40 Mile Ranch, 12 km from the fire.').map((f) => f.text),
      ['12 km'],
    );
  });

  it('reads an age in apposition as a duration about the person before it', () => {
    check('Ana Ruiz, 46, said the plant would close.', '46', {
      kind: 'duration',
      value: 46,
      unit: 'years',
      about: 'age of ana ruiz',
    });
    check('Tomas Berg (71) watched from the bank.', '71', { kind: 'duration', value: 71 });
    assert.ok(!figuresOf('On Monday, 40 people fled.').some((f) => f.kind === 'duration'));
    assert.ok(!figuresOf('The delta, 1,500 km away, flooded.').some((f) => f.kind === 'duration'));
  });

  it('reads figures inside Markdown emphasis with the noun after them', () => {
    check('Thieves copied the records of **3.2 million** patients.', '3.2 million', {
      value: 3.2e6,
      unit: 'patients',
    });
  });

  it('reads hour-letter clock times, fourths, and a hearing "set for" a day as ahead', () => {
    check('The flight landed at 16h45 local time.', '16h45', { kind: 'time', value: '16:45' });
    check('Almost a fourth of the wells were dry.', 'a fourth', { kind: 'percent', value: 25 });
    check('The judge set a hearing for Feb. 3.', 'Feb. 3', { value: '2027-02-03' }, '2026-10-20');
  });
});

describe('findDatelineDay below a wire summary', () => {
  it('finds a dateline closed by the agency tag after bullets and a byline', () => {
    const head = ['Miners strike over pay', '', '* Talks stall', '* Output halved', '* Union warns', ''];
    const text = [
      ...head,
      '(Adds detail)',
      '',
      'By A Writer',
      '',
      'PERTH, July 9 (ABC) - Miners walked out.',
    ].join('\n');
    assert.equal(findDatelineDay(splitLines(text)), '--07-09');
  });
});

describe('compareFigures: more patterns', () => {
  it('flags the same number in another unit when the sentences share a word about it', () => {
    const warnings = (...texts: string[]) => findings(...texts).filter((f) => f[1] !== 'info');
    assert.deepEqual(
      warnings(
        'The dam wall cracked, and water poured through a gap nearly 150 feet wide.',
        'The dam wall cracked, and water poured through a gap nearly 150 feet wide, crews said.',
        'Water poured through the 150-metre gap all night.',
      ),
      [['3.txt', 'warning', '150-metre']],
    );
    assert.deepEqual(
      warnings(
        'The panel deliberated for about five hours before the verdict.',
        'The panel deliberated for about five hours, lawyers said.',
        'The panel had deliberated for about five days.',
      ),
      [['3.txt', 'warning', 'five days']],
    );
  });

  it('dates a relative clause by the noun it hangs on', () => {
    const out = findings(
      'MAPUTO, March 4, 2026 (XNA) - The measles drive, which began on Monday, aims to reach 900,000 children.',
      'MAPUTO, March 4, 2026 - The measles drive, which started on Tuesday, wants to reach 900,000 children.',
    );
    assert.deepEqual(
      out.map((f) => f[2]),
      ['Monday', 'Tuesday'],
    );
  });

  it('does not compare a tally "as of" one day with one given for another day', () => {
    assert.deepEqual(
      findings(
        'LIMA, May 6, 2026 - Officials counted 2,140 suspected cases on Tuesday in the two provinces.',
        'LIMA, May 7, 2026 - As of Wednesday, officials had counted 2,410 suspected cases in the two provinces.',
      ),
      [],
    );
  });

  it('keeps the warning on the outlier and informs the majority', () => {
    const out = findings(
      'The mayor said: "The next 36 hours will decide everything."',
      'The mayor said: "The next 36 hours will decide everything."',
      'The mayor said: "The next 36 hours will decide everything," in a briefing.',
      'The mayor said: "The next 24 hours will decide everything."',
    );
    assert.deepEqual(
      out.filter((f) => f[1] === 'warning').map((f) => f[0]),
      ['4.txt'],
    );
  });

  it('flags a birth year against an age in apposition, across sources naming the person differently', () => {
    const out = findings(
      'SEOUL, March 5, 2026 - Park Min-seo, 52, who has run the lender since 2020, resigned.',
      'SEOUL, March 6, 2026 - Park, who was born in 1961 and has run the lender since 2020, resigned.',
    );
    assert.ok(out.some((f) => f[0] === '2.txt' && f[2] === '1961'));
  });

  it('does not read digits in another order as an update from a later report', () => {
    const out = findings(
      'OSLO, June 2, 2026 - The leak exposed the bank account numbers of 4.7 million customers, the lender said.',
      'OSLO, June 2, 2026 - The leak exposed the bank account numbers of about 4.7 million customers.',
      'OSLO, June 5, 2026 - The leak exposed the bank account numbers of 7.4 million customers.',
    );
    assert.ok(out.some((f) => f[0] === '3.txt' && f[1] === 'warning'));
  });

  it('does not compare "today" in reports of different days', () => {
    assert.deepEqual(
      findings(
        'LEEDS, May 4, 2026 - Nurses strike today across the region, the union said.',
        'LEEDS, May 5, 2026 - Nurses strike today across the region, the union said.',
      ),
      [],
    );
  });
});

describe('figures: currency of the country, numeric publication dates, close counts', () => {
  it('reads pesos as the currency of the country the article names, and a code before a dollar sign', () => {
    const text = 'SANTIAGO - Chile will spend 4.5 bln pesos, or CLP$4,500 million, on the Chilean rescue.';
    check(text, '4.5 bln pesos', { unit: 'CLP' });
    check(text, 'CLP$4,500 million', { unit: 'CLP' });
    check('The Mexican fund paid 200 mln pesos.', '200 mln pesos', { unit: 'MXN' });
  });

  it('reads a numeric publication date, day first unless the day cannot be first', () => {
    const at = (line: string) =>
      analyzeStory([
        {
          uri: 'file:///a.txt',
          text: `Rescue drill passes halfway mark\n\n${line}\n\nThe drill advanced on Saturday.`,
        },
      ]).articles[0].published;
    assert.equal(at('Published: 13/06/2026 11:42 | Updated: 13/06/2026 14:05'), '2026-06-13');
    assert.equal(at('Published: 06/13/2026'), '2026-06-13');
    assert.equal(at('Published: 05.06.2026'), '2026-06-05');
  });

  it('tells eight from nine, and counts workers and miners in one plight as one count', () => {
    assert.deepEqual(
      findings(
        'TIERRA AMARILLA - The drill is boring toward the nine miners trapped at the Cerro Alto copper mine.',
        'Eight workers remain trapped at the mine, the company said.',
      ),
      [
        ['1.txt', 'info', 'nine'],
        ['2.txt', 'info', 'Eight'],
      ],
    );
  });
});
