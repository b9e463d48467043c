import * as assert from 'node:assert/strict';
import type { Figure } from '../../src/core/model';
import { extractFigures } from '../../src/core/extract/figures';
import { contextOf } from './figures-helpers';

function figuresOf(text: string, published: string | null = null): Figure[] {
  return extractFigures(contextOf(text, published));
}

/** The figure whose text is exactly `snippet`; fails listing what was found otherwise. */
function find(text: string, snippet: string, published: string | null = null): Figure {
  const all = figuresOf(text, published);
  const hit = all.find((f) => f.text === snippet);
  assert.ok(hit, `no figure "${snippet}" in ${JSON.stringify(all.map((f) => f.text))}`);
  return hit;
}

function check(text: string, snippet: string, expected: Partial<Figure>, published: string | null = null) {
  const f = find(text, snippet, published);
  for (const [key, value] of Object.entries(expected)) {
    assert.deepEqual(f[key as keyof Figure], value, `${snippet}: ${key}`);
  }
  return f;
}

describe('extractFigures', () => {
  describe('money', () => {
    it('reads symbols, codes, scales and currency words', () => {
      check('The council approved $3 billion for bridges.', '$3 billion', {
        kind: 'money',
        value: 3e9,
        unit: 'USD',
      });
      check('Donors pledged US$3 billion to the fund.', 'US$3 billion', { value: 3e9, unit: 'USD' });
      check('The port cost 3bn dollars to build.', '3bn dollars', { value: 3e9, unit: 'USD' });
      check('Trade reached 20 billion U.S. dollars last quarter.', '20 billion U.S. dollars', {
        value: 2e10,
        unit: 'USD',
      });
      check('The club paid €5m for the striker.', '€5m', { value: 5e6, unit: 'EUR' });
      check('The charity raised £1.2 million in a week.', '£1.2 million', { value: 1.2e6, unit: 'GBP' });
      check('Fares rose by 40 million euros overall.', '40 million euros', { value: 4e7, unit: 'EUR' });
      check('He sold it for C$450,000 in cash.', 'C$450,000', { value: 450000, unit: 'CAD' });
    });

    it('marks vague amounts', () => {
      check('A multimillion-dollar contract was signed.', 'multimillion-dollar', {
        kind: 'money',
        vague: true,
        qualifier: null,
      });
      check('Billions of dollars were wasted on the scheme.', 'Billions', {
        kind: 'money',
        unit: 'USD',
        vague: true,
      });
    });

    it('reads money ranges', () => {
      check('Repairs will cost $3-4 billion.', '$3-4 billion', { value: [3e9, 4e9], unit: 'USD' });
    });

    it('does not read pounds of weight as money', () => {
      check('Officers seized 300 pounds of cocaine.', '300 pounds', { kind: 'other', unit: 'kg' });
    });
  });

  describe('counts', () => {
    it('reads what is counted', () => {
      check('More than 1,500 people were evacuated.', '1,500', {
        kind: 'count',
        value: 1500,
        unit: 'people',
        qualifier: 'more than',
      });
      check('Police detained 45 protesters overnight.', '45', { unit: 'protesters', qualifier: 'exact' });
      check('Twenty-five miners were rescued on Sunday.', 'Twenty-five', { value: 25, unit: 'miners' });
      check('The storm left a million homes without power.', 'a million', { value: 1e6, unit: 'homes' });
      check('Three hundred thousand fans attended.', 'Three hundred thousand', {
        value: 300000,
        unit: 'fans',
      });
    });

    it('marks vague counts', () => {
      check('Thousands of workers marched in the capital.', 'Thousands', { vague: true, qualifier: null });
      check('Dozens were injured in the crush.', 'Dozens', { vague: true });
      check('Hundreds of thousands fled the fighting.', 'Hundreds of thousands', {
        vague: true,
        value: [1e5, 999000],
      });
    });

    it('reads ranges', () => {
      check('Between 10 and 12 boats capsized.', '10 and 12', { value: [10, 12] });
      check('Officials expect 10 to 12 new schools.', '10 to 12', { value: [10, 12] });
      check('Another 10-12 houses burned.', '10-12', { value: [10, 12] });
    });

    it('reads hedges into the qualifier, not the span', () => {
      const cases: [string, string, string][] = [
        ['About 400 volunteers joined.', '400', 'about'],
        ['Around 400 volunteers joined.', '400', 'about'],
        ['Roughly 400 volunteers joined.', '400', 'about'],
        ['Some 400 volunteers joined.', '400', 'about'],
        ['Approximately 400 volunteers joined.', '400', 'about'],
        ['Nearly 400 volunteers joined.', '400', 'nearly'],
        ['Almost 400 volunteers joined.', '400', 'nearly'],
        ['Close to 400 volunteers joined.', '400', 'nearly'],
        ['Over 400 volunteers joined.', '400', 'more than'],
        ['Upwards of 400 volunteers joined.', '400', 'more than'],
        ['At least 400 volunteers joined.', '400', 'at least'],
        ['Up to 400 volunteers joined.', '400', 'at most'],
        ['Fewer than 400 volunteers joined.', '400', 'at most'],
        ['Less than 400 volunteers joined.', '400', 'at most'],
        ['At most 400 volunteers joined.', '400', 'at most'],
        ['Exactly 400 volunteers joined.', '400', 'exact'],
      ];
      for (const [text, snippet, qualifier] of cases)
        check(text, snippet, { qualifier: qualifier as Figure['qualifier'] });
    });
  });

  describe('percentages and fractions', () => {
    it('reads percent in its spellings', () => {
      check('Turnout was 70% this time.', '70%', { kind: 'percent', value: 70, unit: 'percent' });
      check('Turnout was 70 percent this time.', '70 percent', { value: 70 });
      check('Turnout was 70 per cent this time.', '70 per cent', { value: 70 });
      check('About 62.5% of voters agreed.', '62.5%', { value: 62.5, qualifier: 'about' });
      check('Support fell 3 percentage points.', '3 percentage points', { unit: 'percentage points' });
    });

    it('reads fractions as percentages', () => {
      check('Two-thirds of the members voted yes.', 'Two-thirds', { kind: 'percent', value: 66.67 });
      check('Nearly half of the staff left.', 'half', { value: 50, qualifier: 'nearly' });
      check('A quarter of the budget went to roads.', 'A quarter', { value: 25 });
      check('One in five adults smokes.', 'One in five', { value: 20 });
    });
  });

  describe('measures', () => {
    it('normalises distances to km', () => {
      check('The pipeline runs 2,000 miles.', '2,000 miles', {
        kind: 'distance',
        value: 3218.688,
        unit: 'km',
      });
      check('The trail is 12 kilometres long.', '12 kilometres', { value: 12, unit: 'km' });
      check('It rose 500 feet above the valley.', '500 feet', { value: 0.1524 });
      check('The wall is 8 metres high.', '8 metres', { value: 0.008 });
      check('A 30-mile stretch was closed.', '30-mile', { value: 48.28032 });
      check('The lake is 5 km wide.', '5 km', { value: 5 });
    });

    it('reads clock times with zones', () => {
      check('The quake struck at 8:38 p.m. EDT on Monday.', '8:38 p.m. EDT', {
        kind: 'time',
        value: '20:38',
        unit: 'EDT',
      });
      check('Polls close at 21:00 GMT tonight.', '21:00 GMT', { value: '21:00', unit: 'GMT' });
    });

    it('reads ordinals', () => {
      check('It was the 21st meeting of the panel.', '21st', { kind: 'ordinal', value: 21 });
      check('She finished third in the race.', 'third', { kind: 'ordinal', value: 3 });
    });
  });

  describe('durations and ages', () => {
    it('reads ages as durations', () => {
      check('The 13-year-old treaty is under review.', '13-year-old', {
        kind: 'duration',
        value: 13,
        unit: 'years',
        about: 'age of treaty review',
      });
      check('A six-month-old program was cut.', 'six-month-old', { value: 0.5, unit: 'years' });
    });

    it('reads lengths of time with their hedges', () => {
      check('The rule has existed for 13 years.', '13 years', {
        value: 13,
        unit: 'years',
        qualifier: 'exact',
      });
      check('The club has been open some 15 years now.', '15 years', { qualifier: 'about' });
      check('The dispute lasted over a decade.', 'a decade', { value: 10, qualifier: 'more than' });
      check('The minister made a one-day trip.', 'one-day', {
        value: 1,
        unit: 'days',
        about: 'term of trip',
      });
      check('The plant has run for 13 years now.', '13 years', { value: 13 });
      check('They signed a three-year contract.', 'three-year', { value: 3, unit: 'years' });
      check('Talks took 36 hours.', '36 hours', { value: 1.5, unit: 'days' });
    });
  });

  describe('dates', () => {
    it('reads absolute dates as precisely as written', () => {
      check('The law passed on Oct. 8, 2021, after a vote.', 'Oct. 8, 2021', {
        kind: 'date',
        value: '2021-10-08',
      });
      check('It opened on 8 October 2021 in the rain.', '8 October 2021', { value: '2021-10-08' });
      check('The bridge reopened in March 2019.', 'March 2019', { value: '2019-03' });
      check('A report is due by the end of January 2022.', 'end of January 2022', { value: '2022-01' });
      check('The firm was founded in 2008.', '2008', { value: '2008' });
      check('The agency has grown since 2008.', '2008', { value: '2008' });
      check('They revised a 2008 treaty.', '2008', { value: '2008' });
    });

    it('resolves dates without a year against publication', () => {
      const pub = '2021-10-08';
      check('The board met on August 21 to vote.', 'August 21', { value: '2021-08-21' }, pub);
      check('Fees rose in June after the vote.', 'June', { value: '2021-06' }, pub);
      check('Fees rose in November after the vote.', 'November', { value: '2020-11' }, pub);
      check('A deal is due by January 30 next year.', 'January 30 next year', { value: '2022-01-30' }, pub);
      check('A deal was struck in October last year.', 'October last year', { value: '2020-10' }, pub);
    });

    it('resolves relative dates against publication', () => {
      const pub = '2021-10-08';
      check('The mayor spoke on Thursday about parks.', 'Thursday', { value: '2021-10-07' }, pub);
      check('The mayor spoke Tuesday about parks.', 'Tuesday', { value: '2021-10-05' }, pub);
      check('The mayor visited the plant on Friday.', 'Friday', { value: '2021-10-08' }, pub);
      check('The mayor will visit the plant on Monday.', 'Monday', { value: '2021-10-11' }, pub);
      check('The mayor said Thursday that she will visit.', 'Thursday', { value: '2021-10-07' }, pub);
      check('Sales fell last year in the region.', 'last year', { value: '2020' }, pub);
      check('Elections are due next year in the region.', 'next year', { value: '2022' }, pub);
      check('The panel met this week in private.', 'this week', { value: ['2021-10-04', '2021-10-10'] }, pub);
      check('The fund was set up two years ago.', 'two years ago', { value: '2019' }, pub);
    });

    it('keeps unresolved relative dates with a null value', () => {
      check('The mayor spoke on Thursday about parks.', 'Thursday', { kind: 'date', value: null });
      check('Fees rose in June after the vote.', 'June', { value: null });
    });
  });

  describe('noise', () => {
    it('skips numbers inside names, codes and identifiers', () => {
      const text =
        'Covid-19 slowed the G7 talks, and an F-16 flew over Route 66 while the hotline ran 24/7. ' +
        'Call 555-123-4567 or quote reference 88412907. Visit 1600 Pennsylvania Avenue.';
      assert.deepEqual(
        figuresOf(text).map((f) => f.text),
        [],
      );
    });

    it('does not read a bare year-like number as a count', () => {
      assert.deepEqual(
        figuresOf('Agenda 2030 was discussed.').map((f) => f.text),
        [],
      );
    });

    it('keeps spans equal to the text and inside sentences', () => {
      const text =
        'Officials said 300 homes burned. About $4.2 million was raised.\nNearly half of it came from abroad.';
      const ctx = contextOf(text);
      for (const f of extractFigures(ctx)) {
        assert.equal(f.text, text.slice(f.start, f.end));
        assert.ok(ctx.sentences.some((s) => f.start >= s.start && f.end <= s.end));
      }
    });

    it('ignores boilerplate', () => {
      const text = 'Subscribe for $1 a month.\nThe town spent $5 million on roads.';
      const ctx = contextOf(text);
      ctx.boilerplate = [{ start: 0, end: 25 }];
      assert.deepEqual(
        extractFigures(ctx).map((f) => f.text),
        ['$5 million'],
      );
    });
  });

  describe('about', () => {
    it('names the counted noun and its verb', () => {
      const f = find('More than 300 people were killed in the floods.', '300');
      assert.ok(f.about?.startsWith('people killed'), String(f.about));
    });

    it('describes money by its context', () => {
      const f = find('The state has given the city $2 million for the new library.', '$2 million');
      assert.ok(f.about?.includes('library'), String(f.about));
      assert.ok(f.about?.includes('given'), String(f.about));
    });

    it('notes rates', () => {
      const f = find('The disease kills 4,000 people each year.', '4,000');
      assert.ok(f.about?.includes('per year'), String(f.about));
    });
  });
});
