import * as assert from 'node:assert/strict';
import type { ArticleAnalysis, Finding } from '../../src/core/model';
import { compareFigures } from '../../src/core/compare/figures';
import { analyzeStory } from '../../src/core';
import { analysisOf } from './figures-helpers';

function compare(...texts: string[]): Finding[] {
  const articles: ArticleAnalysis[] = texts.map((t, k) =>
    analysisOf(`file:///news/source-${k + 1}.txt`, t, '2021-10-08'),
  );
  return compareFigures(articles);
}

const CONSISTENT: [string, string, string][] = [
  [
    'a figure and its rounding',
    'The festival cost $4.2 million to stage.',
    'The festival cost about $4 million to stage.',
  ],
  [
    'miles and kilometres',
    'The new road runs 3 miles through the forest.',
    'The new road runs 4.8 km through the forest.',
  ],
  [
    'a hedge that allows the other value',
    'More than 300 people were rescued from the flood.',
    'Rescuers said 320 people were rescued from the flood.',
  ],
  [
    'a vague figure and a precise one',
    'Thousands of people were rescued from the flood.',
    'Exactly 3,200 people were rescued from the flood.',
  ],
  [
    'the same amount in two notations',
    'The city borrowed US$3 billion for the tunnel.',
    'The city borrowed 3bn dollars for the tunnel.',
  ],
  [
    'different things that look alike',
    'About 200 people were injured in the blast.',
    'Some 900 people were evacuated after the blast.',
  ],
  [
    'different currencies',
    'The club paid €5 million for the striker.',
    'The club paid $9 million for the striker.',
  ],
  ['a rate and a total', 'The virus kills 40,000 people each year.', 'The virus has killed 900,000 people.'],
  [
    'a change over time',
    'Unemployment rose to 7% from 5% last year.',
    'Unemployment stood at 5% in the region.',
  ],
  [
    'nearly and the round number',
    'The pipeline is nearly 2,000 miles long.',
    'The pipeline is 1,950 miles long.',
  ],
  [
    'an age and a duration that agree',
    'The 13-year-old treaty will be renegotiated.',
    'The treaty has been in force for 13 years.',
  ],
  [
    'a term and an age',
    'The treaty has been in force for 13 years.',
    'The treaty created a 200-year partnership.',
  ],
  [
    'a percentage and a fraction',
    'Two-thirds of the voters backed the plan.',
    'About 67% of the voters backed the plan.',
  ],
  [
    'dates of different events',
    'The dam was built in 1998 by the state.',
    'The dam burst in 2021 after heavy rain.',
  ],
  [
    'at least and more',
    'At least 12 miners were trapped in the shaft.',
    'Rescuers said 14 miners were trapped in the shaft.',
  ],
  [
    'same weekday resolved',
    'The mayor opened the bridge on Friday.',
    'The mayor opened the bridge on October 8.',
  ],
];

const CONTRADICTORY: [string, string, string, string][] = [
  [
    'different counts',
    'The fire displaced 1,200 residents of the valley.',
    'The fire displaced 2,100 residents of the valley.',
    'warning',
  ],
  [
    'an order of magnitude apart',
    'The city spent $3 million on the stadium.',
    'The city spent $30 million on the stadium.',
    'warning',
  ],
  [
    'more than vs less',
    'More than 500 homes were destroyed by the storm.',
    'The storm destroyed 350 homes across the coast.',
    'warning',
  ],
  [
    'distances in different units',
    'The wall stretches 10 miles along the river.',
    'The wall stretches 30 km along the river.',
    'warning',
  ],
  [
    'percentages',
    'About 70% of the seized rifles came from abroad.',
    'Only 40% of the seized rifles came from abroad.',
    'warning',
  ],
  [
    'years of the same event',
    'The treaty was signed in 2008 by both leaders.',
    'The treaty was signed in 2011 by both leaders.',
    'warning',
  ],
  [
    'a small difference beyond rounding',
    'The museum holds 1,240 paintings in its collection.',
    'The museum holds 1,310 paintings in its collection.',
    'info',
  ],
];

describe('compareFigures', () => {
  describe('consistent pairs', () => {
    for (const [name, a, b] of CONSISTENT) {
      it(`does not flag ${name}`, () => {
        const findings = compare(a, b);
        assert.deepEqual(
          findings.map((f) => f.message),
          [],
        );
      });
    }
  });

  describe('contradictory pairs', () => {
    for (const [name, a, b, severity] of CONTRADICTORY) {
      it(`flags ${name}`, () => {
        const findings = compare(a, b);
        assert.equal(findings.length, 2, JSON.stringify(findings.map((f) => f.message)));
        assert.deepEqual(
          findings.map((f) => f.severity),
          [severity, severity],
        );
      });
    }
  });

  it('reports at each place with related locations and stable ids', () => {
    const findings = compare(
      'The fire displaced 1,200 residents of the valley.',
      'The fire displaced 2,100 residents of the valley.',
    );
    const [here, there] = findings;
    assert.equal(here.kind, 'numeric');
    assert.equal(here.uri, 'file:///news/source-1.txt');
    assert.equal(here.text, '1,200');
    assert.equal(here.id, `numeric:file:///news/source-1.txt:${here.start}`);
    assert.equal(
      here.message,
      'Figure differs from other sources: 1,200 residents here, 2,100 residents in source-2.txt',
    );
    assert.equal(here.related.length, 1);
    assert.equal(here.related[0].uri, 'file:///news/source-2.txt');
    assert.equal(here.related[0].text, '2,100');
    assert.equal(there.related[0].text, '1,200');
  });

  it('flags an age and a duration of the same thing within one article', () => {
    const findings = compare(
      'The 13-year-old accord is being renegotiated. The accord has been on the books for 15 years.',
    );
    assert.equal(findings.length, 2);
    assert.ok(findings[0].message.startsWith('Figure differs within this article'), findings[0].message);
  });

  it('flags an age against the date its thing began, as a numeric finding that says the year', () => {
    const findings = compare(
      'Workers at the 12-year-old mill walked out. The company opened the mill 15 years ago, after a long fight.',
    );
    assert.deepEqual(
      findings.map((f) => [f.kind, f.text]),
      [
        ['numeric', '12-year-old'],
        ['numeric', '15 years ago'],
      ],
    );
    assert.match(findings[0].message, /12-year-old \(so begun in 2008–2009\) here, 15 years ago \(2006\)/);
  });

  it('accepts an age that matches the year something began, and ignores other dates', () => {
    assert.deepEqual(
      compare(
        'Workers at the 12-year-old mill walked out on Monday.',
        'The company opened the mill in 2009. The strike at the mill began on October 4.',
      ).map((f) => f.message),
      [],
    );
  });

  describe('figures of one story that are different facts', () => {
    it('does not compare a total and a part that both sources give', () => {
      assert.deepEqual(
        compare(
          'The partners will invest $2.5 billion, including $600 million for the refinery.',
          'The $600 million refinery is part of a $2.5 billion investment by the partners.',
        ).map((f) => f.message),
        [],
      );
    });

    it('does not compare an amount of an explicitly earlier year with the story’s own', () => {
      assert.deepEqual(
        compare(
          'Regulators fined the company €1.84 billion for abusing its position.',
          'In 2023 regulators fined the company €561 million for abusing its position.',
        ).map((f) => f.message),
        [],
      );
    });

    it('gives each count of a sentence the organisation written nearest to it', () => {
      const numeric = (a: string, b: string) =>
        analyzeStory([
          { uri: 'a.txt', text: a },
          { uri: 'b.txt', text: b },
        ]).findings.filter((f) => f.kind === 'numeric');
      const a =
        'Northgate Health Trust postponed 2,300 appointments, while Eastfield Health Trust postponed 1,240 appointments.';
      assert.deepEqual(numeric(a, 'Eastfield Health Trust postponed 1,240 appointments on Tuesday.'), []);
      // The same sentence with Eastfield's own count changed is a clash, at Eastfield's count.
      assert.deepEqual(
        numeric(a, 'Eastfield Health Trust postponed 1,900 appointments on Tuesday.').map((f) => [
          f.uri,
          f.text,
        ]),
        [
          ['a.txt', '1,240'],
          ['b.txt', '1,900'],
        ],
      );
    });

    it('takes two counts of one article as two facts unless told in nearly the same words', () => {
      assert.deepEqual(
        compare(
          'Orders cover 1,580 properties, and another 3,400 properties remain on alert. In Tarn Valley, an evacuation alert for 480 properties remains in effect.',
        ).map((f) => f.message),
        [],
      );
    });

    it('does not read a round number as any number it could be rounded from', () => {
      const findings = compare(
        'The plant will turn out 40,000 tonnes of lithium carbonate a year.',
        'The plant will turn out 45,000 tonnes of lithium carbonate a year.',
      );
      assert.equal(findings.length, 2, JSON.stringify(findings.map((f) => f.message)));
    });
  });

  it('flags the same amount of one thing given in another currency, at the minority currency', () => {
    const findings = compare(
      'State lenders will extend up to R$6 billion in credit lines to the project.',
      'State lenders will extend as much as $6 billion in credit lines to the project.',
      'State lenders will extend R$6 billion in credit lines to the project.',
    );
    assert.deepEqual(
      findings.map((f) => [f.uri, f.text, f.severity]),
      [['file:///news/source-2.txt', '$6 billion', 'warning']],
    );
    assert.match(findings[0].message, /^Same amount in another currency: .*\(USD\) here, .*\(BRL\)/);
  });

  it('flags the same number of one thing written in another unit, at the minority unit', () => {
    const findings = compare(
      'Winds gusting to 70 km/h pushed the fire east overnight.',
      'Winds gusting up to 70 mph pushed the fire east overnight.',
      'Winds gusting to 70 km/h pushed the fire east overnight, crews said.',
    );
    assert.deepEqual(
      findings.map((f) => [f.uri, f.text]),
      [['file:///news/source-2.txt', '70 mph']],
    );
    assert.match(findings[0].message, /^Same number in another unit/);
  });

  it('does not flag a distance given in two units with both numbers', () => {
    assert.deepEqual(
      compare('The quake struck 10.8 km (6.7 miles) deep.', 'The quake struck 10.8 kilometres deep.').map(
        (f) => f.message,
      ),
      [],
    );
  });

  it('compares shares of a turnover however the turnover is dated, and a bound gives no value', () => {
    // The whole engine: whether "2025" qualifies "turnover" is read from the sentence.
    const findings = analyzeStory([
      {
        uri: 'a.txt',
        text: 'Fines may reach up to 5% of turnover. The fine amounts to roughly 3.4% of the group’s worldwide annual turnover.',
      },
      {
        uri: 'b.txt',
        text: 'Fines may reach up to 5% of turnover. The fine is 4.3% of the group’s 2025 global turnover.',
      },
    ]).findings.filter((f) => f.kind === 'numeric');
    assert.deepEqual(
      findings.map((f) => f.text),
      ['3.4%', '4.3%'],
    );
  });

  describe('a count updated by a later report', () => {
    const dated = (...pairs: [string, string][]) =>
      compareFigures(pairs.map(([day, t], k) => analysisOf(`file:///news/source-${k + 1}.txt`, t, day)));

    it('says what changed, as information, when no recent source keeps the old value', () => {
      const findings = dated(
        ['2026-02-06', 'Rescuers said 35 people were killed in the collapse.'],
        ['2026-02-07', 'Rescuers said 41 people were killed in the collapse.'],
      );
      assert.deepEqual(
        findings.map((f) => [f.severity, f.message]),
        [
          [
            'info',
            'Figure updated by a later report: 35 people here (2026-02-06), 41 people in source-2.txt (2026-02-07)',
          ],
          [
            'info',
            'Figure updated since an earlier report: 41 people here (2026-02-07), 35 people in source-1.txt (2026-02-06)',
          ],
        ],
      );
    });

    it('is a contradiction when a source of the later day still gives the old value', () => {
      const findings = dated(
        ['2026-02-06', 'Rescuers said 35 people were killed in the collapse.'],
        ['2026-02-07', 'Rescuers said 41 people were killed in the collapse.'],
        ['2026-02-07', 'Officials said 35 people were killed in the collapse.'],
      );
      assert.equal(findings.length, 3);
      assert.ok(
        findings.every((f) => f.message.startsWith('Figure differs from other sources')),
        JSON.stringify(findings.map((f) => f.message)),
      );
    });

    it('is a contradiction between sources of the same day, and for amounts', () => {
      assert.match(
        dated(
          ['2026-02-07', 'Rescuers said 35 people were killed in the collapse.'],
          ['2026-02-07', 'Rescuers said 41 people were killed in the collapse.'],
        )[0]?.message ?? '',
        /^Figure differs from other sources/,
      );
      assert.match(
        dated(
          ['2026-02-06', 'The ministry pledged $3 million for the rebuilding.'],
          ['2026-02-07', 'The ministry pledged $5 million for the rebuilding.'],
        )[0]?.message ?? '',
        /^Figure differs from other sources/,
      );
    });
  });

  it('compares counts of people whatever noun counts them', () => {
    const findings = compare(
      'About 1,200 residents were forced from their homes by the fire.',
      'The fire forced 2,100 people from their homes.',
    );
    assert.equal(findings.length, 2, JSON.stringify(findings.map((f) => f.message)));
  });

  it('uses the date kind for dates', () => {
    const findings = compare(
      'The treaty was signed in 2008 by both leaders.',
      'The treaty was signed in 2011 by both leaders.',
    );
    assert.deepEqual(
      findings.map((f) => f.kind),
      ['date', 'date'],
    );
  });

  it('needs shared entities when mentions are known', () => {
    const [a, b] = [
      analysisOf('a.txt', 'The river flooded 1,200 homes in Alton.'),
      analysisOf('b.txt', 'The river flooded 2,100 homes in Brixby.'),
    ];
    const mention = (art: ArticleAnalysis, name: string) => {
      const start =
        a === art ? 'The river flooded 1,200 homes in '.length : 'The river flooded 2,100 homes in '.length;
      art.mentions.push({
        start,
        end: start + name.length,
        entity: name.toLowerCase(),
        type: 'GPE',
        text: name,
      });
    };
    mention(a, 'Alton');
    mention(b, 'Brixby');
    assert.deepEqual(compareFigures([a, b]), []);
  });

  it('compares one fact told with different actors when the sentences share enough words', () => {
    const ta = 'Ministers reached the deal after 14 hours of talks in Luxembourg.';
    const tb = 'The union reached the deal after 12 hours of talks, officials said.';
    const [a, b] = [analysisOf('a.txt', ta), analysisOf('b.txt', tb)];
    a.mentions.push({
      start: ta.indexOf('Luxembourg'),
      end: ta.indexOf('Luxembourg') + 10,
      entity: 'gpe:lux',
      type: 'GPE',
      text: 'Luxembourg',
    });
    b.mentions.push({ start: 0, end: 9, entity: 'org:union', type: 'ORG', text: 'The union' });
    const found = compareFigures([a, b]);
    assert.deepEqual(
      found.map((f) => [f.uri, f.text]),
      [
        ['a.txt', '14 hours'],
        ['b.txt', '12 hours'],
      ],
    );
  });

  describe('days of one event told in other words', () => {
    const dates = (...texts: string[]) =>
      analyzeStory(texts.map((text, k) => ({ uri: `file:///news/${k + 1}.txt`, text })))
        .findings.filter((f) => f.kind === 'date')
        .map((f) => [f.uri.slice(-5), f.severity, f.text]);

    it('flags the other day, as information (a day apart may be two events)', () => {
      assert.deepEqual(
        dates(
          'LISBON, March 10, 2026 (XPR) - The Civil Aviation Board on Tuesday fined Brightwing Air over lost bags and late refunds, officials said.',
          'LISBON, March 11, 2026 - On Wednesday, the Civil Aviation Board finally landed its fine on Brightwing Air over lost bags and refunds.',
        ),
        [
          ['1.txt', 'info', 'Tuesday'],
          ['2.txt', 'info', 'Wednesday'],
        ],
      );
    });

    it('does not date the event that follows "after"', () => {
      assert.deepEqual(
        dates(
          'LISBON, March 11, 2026 (XPR) - The Civil Aviation Board closed the Brightwing Air terminal on Tuesday after a fire tore through a warehouse.',
          'LISBON, March 11, 2026 - Smoke rose over the Brightwing Air terminal of the Civil Aviation Board on Monday as a warehouse burned.',
        ),
        [],
      );
    });

    it('takes the same weekday named by two sources as agreeing, however each was resolved', () => {
      assert.deepEqual(
        dates(
          'LISBON, Aug 13, 2026 (XPR) - Forecasters at the Civil Aviation Board predict highs of 38 C at Brightwing Air hubs on Friday.',
          'LISBON, Aug 13, 2026 - Highs of 38 C were seen at Brightwing Air hubs on Friday, the Civil Aviation Board said.',
        ),
        [],
      );
    });
  });

  describe('a bracketed conversion', () => {
    const slips = (text: string) =>
      analyzeStory([{ uri: 'file:///news/1.txt', text }])
        .findings.filter((f) => f.message.startsWith('Conversion'))
        .map((f) => [f.text, f.severity, f.message]);

    it('is flagged when it does not convert the figure before it', () => {
      assert.deepEqual(slips('The chamber lies some 420 metres (1,260 feet) below the surface.'), [
        [
          '1,260 feet',
          'warning',
          'Conversion does not match: 420 metres is about 1,378 feet, not 1,260 feet',
        ],
      ]);
    });

    it('is rounded as finely as it is written', () => {
      assert.deepEqual(
        slips(
          'The road runs 1.5 km (1 mile) to the dam, 20 km (12 miles) to town and 420 metres (1,380 feet) up.',
        ),
        [],
      );
    });
  });

  it('does not compare figures of one sentence', () => {
    assert.deepEqual(compare('Between 2019 and 2021 the plant cut 300 jobs and then 500 jobs.'), []);
  });
});

describe('a sentence of two days', () => {
  it('pairs each day with its own words, not the announcement with the start', () => {
    const found = analyzeStory([
      {
        uri: 'file:///news/1.txt',
        text: 'BEIJING, Feb 12, 2026 (XPR) - China on Thursday announced export curbs on indium, effective April 1, the Ministry of Commerce said.',
      },
      {
        uri: 'file:///news/2.txt',
        text: 'BEIJING, Feb 13, 2026 - China on Thursday unveiled export curbs on indium, which take effect April 1, the Ministry of Commerce said.',
      },
    ]).findings.filter((f) => f.kind === 'date');
    assert.deepEqual(found, []);
  });
});
