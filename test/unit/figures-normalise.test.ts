import * as assert from 'node:assert/strict';
import type { Figure } from '../../src/core/model';
import { extractFigures } from '../../src/core/extract/figures';
import { contextOf } from './figures-helpers';

/** One sentence over the whole text, as the engine's splitter makes of hard-wrapped copy. */
function oneSentence(text: string): Figure[] {
  return extractFigures({
    text,
    sentences: [{ start: 0, end: text.length }],
    boilerplate: [],
    published: null,
  });
}

function figuresOf(text: string, published: string | null = null): Figure[] {
  return extractFigures(contextOf(text, published));
}

function check(text: string, snippet: string, expected: Partial<Figure>, published: string | null = null) {
  const all = figuresOf(text, published);
  const f = all.find((x) => x.text === snippet);
  assert.ok(f, `no figure "${snippet}" in ${JSON.stringify(all.map((x) => x.text))}`);
  for (const [key, value] of Object.entries(expected))
    assert.deepEqual(f[key as keyof Figure], value, `${snippet}: ${key}`);
  return f;
}

const texts = (text: string, published: string | null = null) =>
  figuresOf(text, published).map((f) => f.text);

describe('extractFigures: wire copy and normalisation', () => {
  describe('money', () => {
    it('reads wire scale abbreviations written after a space', () => {
      check('The utility raised $4.7 bln from the bond sale.', '$4.7 bln', { value: 4.7e9, unit: 'USD' });
      check('Exports were worth 2.3 bln pounds last year.', '2.3 bln pounds', { value: 2.3e9, unit: 'GBP' });
      check('The bank set aside 640 mln stg for claims.', '640 mln stg', { value: 6.4e8, unit: 'GBP' });
      check('Lenders offered up to R$3 bln in loans.', 'R$3 bln', { value: 3e9, unit: 'BRL' });
    });

    it('reads a scale on the next line of hard-wrapped copy with CRLF line ends', () => {
      const text = 'The regulator imposed a penalty of 12.6\r\nbln euros, or up to 9\r\npct of turnover.';
      const [money, pct] = oneSentence(text);
      assert.deepEqual([money.text, money.value, money.unit], ['12.6\r\nbln euros', 1.26e10, 'EUR']);
      assert.deepEqual([pct.text, pct.value, pct.unit], ['9\r\npct', 9, 'percent']);
    });

    it('reads half and a quarter of a scale word', () => {
      check('The stake is worth more than half a billion dollars.', 'half a billion dollars', {
        value: 5e8,
        unit: 'USD',
        qualifier: 'more than',
      });
      check('A quarter of a million people signed the petition.', 'A quarter of a million', {
        value: 250000,
      });
    });

    it('reads pounds as money when the clause is about pay or a conversion follows', () => {
      check('A nurse earns about 31,200 pounds a year.', '31,200 pounds', { kind: 'money', unit: 'GBP' });
      check('The ticket was 45 pounds ($57) at the door.', '45 pounds', { kind: 'money', value: 45 });
      check('The catch weighed 30 pounds.', '30 pounds', { kind: 'other', unit: 'kg' });
    });
  });

  describe('clock times', () => {
    it('reads wire times of four digits with a zone', () => {
      check('Polls opened at 0600 GMT on Sunday.', '0600 GMT', { kind: 'time', value: '06:00', unit: 'GMT' });
      check('The ceasefire took hold at 2330 UTC.', '2330 UTC', { value: '23:30', unit: 'UTC' });
      check('The agency received 1430 complaints.', '1430', { kind: 'count' });
    });

    it('reads noon, midday and midnight used as times of day', () => {
      check('The march set off at noon and ended by midnight.', 'noon', { kind: 'time', value: '12:00' });
      check('The march set off at noon and ended by midnight.', 'midnight', { value: '00:00' });
      check('About 500 people had gathered by midday.', 'midday', { value: '12:00' });
      assert.deepEqual(texts('They ate a midday meal.'), []);
    });
  });

  describe('months and weekdays without a year', () => {
    it('reads the tense of the clause', () => {
      const pub = '2030-05-14';
      check('The new line will open in August.', 'August', { value: '2030-08' }, pub);
      check('The old line closed in August.', 'August', { value: '2029-08' }, pub);
      check('Ratification is expected before the recess in July.', 'July', { value: '2030-07' }, pub);
      check('The council met in January.', 'January', { value: '2030-01' }, pub);
    });

    it('takes the nearest month when the clause has no tense', () => {
      check('Staff were offered a pay rise from April.', 'April', { value: '2030-04' }, '2030-01-12');
      check('The deadline is 3 December.', '3 December', { value: '2030-12-03' }, '2030-10-20');
      check(
        'Her son, who turns ten in March, was due to have surgery.',
        'March',
        { value: '2030-03' },
        '2030-01-12',
      );
    });

    it('reads a weekday closing a running span as the coming one', () => {
      const pub = '2030-05-14'; // a Tuesday
      check('The stoppage runs until 8 a.m. on Saturday.', 'Saturday', { value: '2030-05-18' }, pub);
      check(
        'The walkout runs from 0600 GMT Tuesday to 0600 GMT Saturday.',
        'Saturday',
        { value: '2030-05-18' },
        pub,
      );
      check('The stoppage lasted until Saturday.', 'Saturday', { value: '2030-05-11' }, pub);
    });

    it('does not read a causal "due to" as a plan', () => {
      check('The closure was due to the floods on Friday.', 'Friday', { value: '2030-05-10' }, '2030-05-14');
    });
  });

  describe('periods', () => {
    it('reads halves and quarters of a year as ranges of months', () => {
      check('Output should start in the second half of 2031.', 'second half of 2031', {
        kind: 'date',
        value: ['2031-07', '2031-12'],
      });
      check('Sales fell in the first quarter of 2029.', 'first quarter of 2029', {
        value: ['2029-01', '2029-03'],
      });
      check('Margins improved in Q3 2029.', 'Q3 2029', { value: ['2029-07', '2029-09'] });
    });

    it('reads seasons used as dates', () => {
      check('He has been waiting since the summer.', 'the summer', { value: '2029' }, '2030-01-20');
      check('The bridge will reopen next spring.', 'next spring', { value: '2031' }, '2030-10-01');
      check('They first met in the summer of 2027.', 'the summer of 2027', { value: '2027' });
      assert.deepEqual(texts('Lawmakers left before the winter recess.', '2030-01-20'), []);
      assert.deepEqual(texts('Tourism recovered after the fall of the regime.', '2030-01-20'), []);
    });

    it('dates "a year earlier" from the date the sentence gives', () => {
      const text = 'A poll published last month found 40% support, down from 47% a year earlier.';
      check(text, 'a year earlier', { kind: 'date', value: '2029-05' }, '2030-06-10');
      check('Two days later the talks resumed.', 'Two days later', { kind: 'date', value: null });
    });

    it('reads a year and a half', () => {
      check('Talks lasted a year and a half.', 'a year and a half', {
        kind: 'duration',
        value: 1.5,
        unit: 'years',
      });
    });
  });

  describe('relative days', () => {
    it('reads the parts of a day and keeps names that end in "Today"', () => {
      check('Officials met this morning.', 'this morning', { value: '2030-05-14' }, '2030-05-14');
      check(
        'Pickets gathered yesterday morning.',
        'yesterday morning',
        { value: '2030-05-13' },
        '2030-05-14',
      );
      check(
        'Pickets gathered outside City Hall yesterday.',
        'yesterday',
        { value: '2030-05-13' },
        '2030-05-14',
      );
      assert.deepEqual(texts('Psychology Today ran the story.', '2030-05-14'), []);
    });
  });

  describe('vague amounts of time', () => {
    it('reads time told without a number as vague', () => {
      check('Hospitals are bracing for weeks of disruption.', 'weeks', {
        kind: 'duration',
        value: null,
        vague: true,
      });
      check('The union said it would reply within hours.', 'hours', { vague: true, unit: 'days' });
      check('It will take us years to recover.', 'years', { vague: true, unit: 'years' });
      check('We planned for this months ago.', 'months ago', { kind: 'date', value: null, vague: true });
      assert.deepEqual(texts('Prices have eased in recent weeks.'), []);
    });
  });

  describe('fractions, percentages and years', () => {
    it('reads hedged fractions and "seven in ten" as percentages', () => {
      check('Nurses are paid around a third less than in 2010.', 'a third', {
        kind: 'percent',
        value: 33.33,
      });
      check('Seven in ten voters backed the plan.', 'Seven in ten', { kind: 'percent', value: 70 });
      check('She is seeking a third term.', 'third', { kind: 'ordinal', value: 3 });
      assert.ok(!texts('A quarter of an hour passed.').includes('A quarter'));
    });

    it('reads a percentage range with the unit written twice, but not a change', () => {
      check('Surcharges of 8% to 12% applied.', '8% to 12%', { value: [8, 12] });
      check('Turnout rose from 40% to 55%.', '40%', { value: 40 });
    });

    it('reads a year after a possessive as a date', () => {
      check("The fine is 2% of the group's 2029 revenue.", '2029', { kind: 'date', value: '2029' });
    });
  });

  describe('temperatures', () => {
    it('reads degrees in Celsius, converting Fahrenheit', () => {
      check('Temperatures fell to -7C overnight.', '-7C', { kind: 'other', value: -7, unit: '°C' });
      check('It reached 95°F in the shade.', '95°F', { value: 35 });
      check('Forecasters expect minus 4 degrees Celsius.', 'minus 4 degrees Celsius', { value: -4 });
      assert.deepEqual(texts('The plan was filed under Grade 2C rules.'), []);
    });
  });

  describe('ordinals', () => {
    it('skips "first" meaning initial and compounds that rank nothing', () => {
      assert.deepEqual(texts('The plant expects first output soon.'), []);
      assert.deepEqual(texts('A third-party audit was ordered.'), []);
      assert.deepEqual(texts('First, the panel heard the evidence.'), []);
      check('Council rejects plan for second time', 'second', { kind: 'ordinal', value: 2 });
      check('The third walkout began.', 'third', { value: 3 });
    });
  });

  describe('page furniture', () => {
    it('skips the masthead date and weather, reading times, counters and wire version tags', () => {
      assert.deepEqual(texts('Monday, 3 June 2030 | Leeds 14°C Sunny', '2030-06-02'), []);
      assert.deepEqual(texts('Published 2 June 2030 · 4 min read'), ['2 June 2030']);
      assert.deepEqual(texts('UPDATE 3-Port strike spreads to second city'), []);
      assert.deepEqual(texts('Posted by editor | Business | 12 Comments'), []);
    });
  });
});

describe('extractFigures: a year before a name', () => {
  it('reads a year after a determiner as a date, also before a capitalised name, but not before a plural', () => {
    check('It was larger than the 2017 Elephant Hill fire.', '2017', { kind: 'date', value: '2017' });
    check('Its 2023 season was the worst on record.', '2023', { kind: 'date', value: '2023' });
    check('The 1500 residents were moved.', '1500', { kind: 'count' });
  });
});
