import * as assert from 'node:assert/strict';
import { listMarkerEnd } from '../../src/core/extract/figures/furniture';
import { findDatelineDay } from '../../src/core/text/published';
import { splitLines } from '../../src/core/text/boilerplate';
import { check, figuresOf, findings } from './figures-helpers';

describe('extractFigures: race times, shillings, decimal commas', () => {
  it('reads a race time as a duration in seconds, and a time of day with "at" or a zone as a time', () => {
    check('She won the women’s race in 2:21:09 on a cold morning.', '2:21:09', {
      kind: 'duration',
      value: 8469,
      unit: 'seconds',
    });
    check('The miler ran 3:51.40 to break the record.', '3:51.40', { kind: 'duration', value: 231.4 });
    check('The first alert came at 10:12:30 on Friday.', '10:12:30', { kind: 'time', value: '10:12' });
    check('The quake struck at 4:17 GMT.', '4:17 GMT', { kind: 'time', value: '04:17' });
  });

  it('reads East African shillings written "Sh" or "KSh", glued or spaced, and "shillings"', () => {
    check('The county spent Sh48.5 million on the stadium.', 'Sh48.5 million', {
      kind: 'money',
      value: 48.5e6,
      unit: 'KES',
    });
    check('A fine of KSh 200,000 was imposed.', 'KSh 200,000', { kind: 'money', value: 2e5, unit: 'KES' });
    check('Farmers were owed 30 million shillings.', '30 million shillings', { kind: 'money', unit: 'KES' });
  });

  it('reads a decimal comma before a scale word or a percent sign, with Portuguese scale words', () => {
    check('The bridge cost R$ 3,4 bilhões to build.', 'R$ 3,4 bilhões', {
      kind: 'money',
      value: 3.4e9,
      unit: 'BRL',
    });
    check('Sales rose 6,5% in the quarter.', '6,5%', { kind: 'percent', value: 6.5 });
    check('The fund holds 2,7 billion euros.', '2,7 billion euros', { kind: 'money', value: 2.7e9 });
    // A comma between numbers of a list is not a decimal comma.
    assert.ok(!figuresOf('Rooms 4,5 and 6 were closed.').some((f) => f.value === 4.5));
  });
});

describe('extractFigures: which way a weekday points', () => {
  it('reads a weekday after "would" as ahead of publication, and after "would have" as before it', () => {
    // 2026-03-10 is a Tuesday.
    check('He said the crew would return on Friday.', 'Friday', { value: '2026-03-13' }, '2026-03-10');
    check('He said the crew would have returned on Friday.', 'Friday', { value: '2026-03-06' }, '2026-03-10');
  });

  it('dates a wire dateline by the nearest such day, whatever the tense of its clause', () => {
    check(
      'OSLO, Nov 3 (ABC) - The bank would raise rates, it said.',
      'Nov 3',
      { value: '2025-11-03' },
      '2025-11-04',
    );
  });
});

describe('findDatelineDay: joint datelines', () => {
  it('finds a dateline of two cities joined by a slash', () => {
    const text = [
      'Ferry sinks off coast',
      '',
      'By A Writer',
      '',
      'ATHENS/ANKARA, May 4 (ABC) - A ferry sank.',
    ].join('\n');
    assert.equal(findDatelineDay(splitLines(text)), '--05-04');
  });
});

describe('compareFigures: birth years against ages', () => {
  it('flags a year of birth that opens a sentence against the age two other sources give', () => {
    const out = findings(
      'LIMA, May 4, 2026 - Rosa Quispe, 44, was named minister on Monday.',
      'LIMA, May 4, 2026 - Rosa Quispe, 44, a former judge, was named minister on Monday.',
      'LIMA, May 5, 2026 - Born in Cusco in 1971, Rosa Quispe was named minister on Monday.',
    );
    assert.deepEqual(
      out.filter((f) => f[1] !== 'info'),
      [['3.txt', 'warning', '1971']],
    );
  });

  it('accepts a year of birth one year before the age counted back, as ages count whole years', () => {
    // 44 in May 2026: born between May 1981 and May 1982.
    const out = findings(
      'LIMA, May 4, 2026 - Rosa Quispe, 44, was named minister on Monday.',
      'LIMA, May 5, 2026 - Born in Cusco in 1981, Rosa Quispe was named minister on Monday.',
    );
    assert.deepEqual(out, []);
  });
});

describe('compareFigures: tonnes and kilograms', () => {
  it('flags the same number of kilograms where the other sources give tonnes', () => {
    const out = findings(
      'HANOI, June 2, 2026 - The mine shipped 730 tonnes of tungsten ore last year, officials said.',
      'HANOI, June 2, 2026 - The mine shipped 730 tonnes of tungsten ore last year, the ministry said.',
      'HANOI, June 3, 2026 - Last year the mine shipped 730 kilograms of tungsten ore.',
    );
    assert.deepEqual(out, [['3.txt', 'warning', '730 kilograms']]);
  });
});

describe('extractFigures: ranges, numeric dates, metres, hedges', () => {
  it('reads two close numbers joined by "or" as a range, and "between X% and Y%"', () => {
    check('Repairs will take six or seven weeks.', 'six or seven weeks', {
      kind: 'duration',
      value: [42, 49],
    });
    check('Fees of between 2% and 3% apply.', '2% and 3%', { kind: 'percent', value: [2, 3] });
    // Far apart, "or" joins two alternatives, not a range.
    assert.ok(figuresOf('Buy 2 or 50 shares.').some((f) => f.text === '2' && f.value === 2));
  });

  it('reads a full numeric date, day first unless only the other reading is a date or is nearer publication', () => {
    check('The decree of 14/10/2026 was annulled.', '14/10/2026', { kind: 'date', value: '2026-10-14' });
    check('The decree of 10/14/2026 was annulled.', '10/14/2026', { kind: 'date', value: '2026-10-14' });
    check('The decree of 03/04/2026 was annulled.', '03/04/2026', { value: '2026-04-03' }, '2026-04-05');
    check('The decree of 03/04/2026 was annulled.', '03/04/2026', { value: '2026-03-04' }, '2026-03-06');
    // A slash between short numbers is still no date.
    assert.deepEqual(
      figuresOf('The line runs 24/7.').map((f) => f.text),
      [],
    );
  });

  it('reads a bare "m" as metres before a conversion to feet or a rate per day', () => {
    check('The shaft is ~300 m (980 ft) deep.', '300 m', {
      kind: 'distance',
      value: 0.3,
      qualifier: 'about',
    });
    check('Crews dig 12 m a day.', '12 m', { kind: 'distance', value: 0.012 });
  });

  it('reads "Round" opening a sentence as "about", and not "round" of a contest', () => {
    check('Round 300 volunteers joined the search.', '300', { qualifier: 'about' });
    check('He lost in round 3 to a rival.', '3', { qualifier: 'exact' });
  });
});

describe('extractFigures: the year of a day named without one', () => {
  it('reads a deadline a week after publication in a past-tense clause as that coming day', () => {
    check('The agency said she had until Dec. 3 to appeal.', 'Dec. 3', { value: '2026-12-03' }, '2026-11-26');
    // Far from publication, the tense still decides.
    check('The agency said she appealed on June 3.', 'June 3', { value: '2026-06-03' }, '2026-11-26');
  });
});

describe('compareFigures: both ends of a span', () => {
  it('does not set the two ends of "between March and June" against each other across sources', () => {
    const out = findings(
      'QUITO, July 9, 2026 - The plant was inspected eight times between March and June, the regulator said.',
      'QUITO, July 9, 2026 - The plant was inspected eight times between March and June, said the regulator.',
    );
    assert.deepEqual(out, []);
  });
});

describe('compareFigures: hedged shares', () => {
  it('flags "roughly 40%" against "about 60%" of one thing, even when the outlets told differ', () => {
    const out = findings(
      'OSLO, May 4, 2026 - Norrfisk buys about 60% of its salmon feed from Chile, its chief executive, Ola Berg, told Nordic Wire.',
      'OSLO, May 4, 2026 - Norrfisk buys about 60% of its salmon feed from Chile, chief executive Ola Berg told the Fish Post.',
      'OSLO, May 5, 2026 - Chief executive Ola Berg told Baltic Press that Norrfisk buys roughly 40% of its salmon feed from Chile. Farmed salmon makes up roughly 70% of the catch.',
    );
    assert.deepEqual(
      out.filter((f) => f[1] !== 'info'),
      [['3.txt', 'warning', '40%']],
    );
  });

  it('still reads "about 2,000" and "2,400" as one count', () => {
    const out = findings(
      'OSLO, May 4, 2026 - About 2,000 people were evacuated from the valley, police said.',
      'OSLO, May 4, 2026 - Police said 2,400 people were evacuated from the valley.',
    );
    assert.deepEqual(out, []);
  });
});

describe('extractFigures: ordered lists', () => {
  it('does not read the number of an ordered-list item, but keeps a date wrapped onto a line that starts "12."', () => {
    const list =
      'What to watch:\n\n1. **Prices.** Copper rose 3%.\n2. **Jobs.** About 400 workers were laid off.';
    assert.deepEqual(
      figuresOf(list).map((f) => f.text),
      ['3%', '400'],
    );
    const wrapped = 'The first cases were confirmed on Jan.\n12. The rate stood at 1.8 pct.';
    assert.equal(listMarkerEnd(wrapped, wrapped.indexOf('12.')), 0);
    assert.equal(listMarkerEnd(list, list.indexOf('2. ')), 2);
  });
});

describe('compareFigures: clauses joined by a semicolon', () => {
  it('compares a count of people arrested whatever the entities of another clause of its sentence', () => {
    const out = findings(
      'ACCRA, May 4, 2026 - The High Court approved the searches; three people were arrested.',
      'ACCRA, May 4, 2026 - Police served 12 warrants and five people were arrested, among them Kofi Mensah.',
    );
    assert.equal(out.length, 2, JSON.stringify(out));
  });
});
