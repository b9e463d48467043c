import * as assert from 'node:assert/strict';
import type { Span } from '../../src/core/model';
import { findBoilerplate } from '../../src/core/text/boilerplate';
import { paragraphs, splitSentences } from '../../src/core/text/sentences';

/** The text under each span, after checking the spans are ordered, trimmed and inside the text. */
function slices(text: string, spans: readonly Span[]): string[] {
  let prev = 0;
  for (const s of spans) {
    assert.ok(s.start >= prev && s.end > s.start && s.end <= text.length, `bad span ${JSON.stringify(s)}`);
    const t = text.slice(s.start, s.end);
    assert.equal(t, t.trim(), `span not trimmed: ${JSON.stringify(t)}`);
    prev = s.end;
  }
  return spans.map((s) => text.slice(s.start, s.end));
}

const sentences = (text: string, excluded: Span[] = []) => slices(text, splitSentences(text, excluded));

describe('splitSentences', () => {
  it('splits plain sentences and gives exact offsets', () => {
    const text = '  The dam held. Water levels fell overnight!  Will it rain again?';
    const spans = splitSentences(text, []);
    assert.deepEqual(slices(text, spans), [
      'The dam held.',
      'Water levels fell overnight!',
      'Will it rain again?',
    ]);
    assert.deepEqual(spans[0], { start: 2, end: 15 });
  });

  it('does not split after titles and other abbreviations', () => {
    const text =
      'Mr. Halloran met Gen. Ostrova and Atty. Gen. Pike in St. Aldric on Jan. 9 to sign the deal. Dr. Vance was absent.';
    assert.deepEqual(sentences(text), [
      'Mr. Halloran met Gen. Ostrova and Atty. Gen. Pike in St. Aldric on Jan. 9 to sign the deal.',
      'Dr. Vance was absent.',
    ]);
  });

  it('does not split after an initial', () => {
    const text = 'Antony J. Blinken arrived on Monday. Mara T. Quill met him.';
    assert.deepEqual(sentences(text), ['Antony J. Blinken arrived on Monday.', 'Mara T. Quill met him.']);
  });

  it('treats U.S. as part of the sentence unless a sentence opener follows', () => {
    const text =
      'U.S. officials said the U.S. Senate would vote. The aid will go to the U.S. The vote is set for Friday.';
    assert.deepEqual(sentences(text), [
      'U.S. officials said the U.S. Senate would vote.',
      'The aid will go to the U.S.',
      'The vote is set for Friday.',
    ]);
  });

  it('handles a.m. and p.m. both inside and at the end of a sentence', () => {
    const text = 'The polls open at 7 a.m. Saturday and close at 9 p.m. Police will guard each station.';
    assert.deepEqual(sentences(text), [
      'The polls open at 7 a.m. Saturday and close at 9 p.m.',
      'Police will guard each station.',
    ]);
  });

  it('keeps closing quotation marks with the sentence they close', () => {
    const text =
      '"We are not leaving." The crowd cheered. He said: “It is over.” Then he left. \'Fine.\' She nodded.';
    assert.deepEqual(sentences(text), [
      '"We are not leaving."',
      'The crowd cheered.',
      'He said: “It is over.”',
      'Then he left.',
      "'Fine.'",
      'She nodded.',
    ]);
  });

  it('does not split inside a quoted question or exclamation followed by attribution (fixed bug)', () => {
    const text = '"Why now?" she asked. "Stop!" he shouted, and the truck halted.';
    assert.deepEqual(sentences(text), ['"Why now?" she asked.', '"Stop!" he shouted, and the truck halted.']);
  });

  it('ends a sentence after an abbreviation that is also a plain word in lower case (fixed bug)', () => {
    const text =
      'She said no. The board voted anyway. He felt ill. Doctors came. It ranked No. 4 in the league.';
    assert.deepEqual(sentences(text), [
      'She said no.',
      'The board voted anyway.',
      'He felt ill.',
      'Doctors came.',
      'It ranked No. 4 in the league.',
    ]);
  });

  it('does not split before a lower-case word, a comma or a digit after an abbreviation', () => {
    const text = 'The firm, Dunlow Bros. and Co., paid approx. 40 percent. Sales rose.';
    assert.deepEqual(sentences(text), [
      'The firm, Dunlow Bros. and Co., paid approx. 40 percent.',
      'Sales rose.',
    ]);
  });

  const wireLines = [
    'Officials in the coastal province said on Tuesday that the',
    'evacuation order would stay in place until the river fell',
    'below the flood mark. Gov. Ortega told reporters that 1,200',
    'people were still in shelters. "We will not rush this," he',
    'said. Crews worked through the night to shore up the levee',
    'near the town of San Telmo, the agency said.',
  ];
  const wireSentences = (nl: string) => [
    `Officials in the coastal province said on Tuesday that the${nl}evacuation order would stay in place until the river fell${nl}below the flood mark.`,
    `Gov. Ortega told reporters that 1,200${nl}people were still in shelters.`,
    `"We will not rush this," he${nl}said.`,
    `Crews worked through the night to shore up the levee${nl}near the town of San Telmo, the agency said.`,
  ];

  for (const [name, nl] of [
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ] as const) {
    it(`lets sentences span the line breaks of hard-wrapped wire copy (${name})`, () => {
      const text = `Flood order stays in place\r\n\r\n${wireLines.join(nl)}${nl}`.replace(/\r\n/g, nl);
      const got = sentences(text);
      assert.deepEqual(got, ['Flood order stays in place', ...wireSentences(nl)]);
      // No sentence ends at a line break unless its text ends there.
      for (const s of got.slice(1)) assert.match(s, /[.!?]["”]?$/);
    });
  }

  it('joins a short hard-wrapped paragraph when a line stops mid-sentence (fixed bug)', () => {
    const text =
      'The council voted on Tuesday to close the\nlibrary on Main Street by June, a spokesman\nsaid. Residents plan a protest.\n';
    assert.deepEqual(sentences(text), [
      'The council voted on Tuesday to close the\nlibrary on Main Street by June, a spokesman\nsaid.',
      'Residents plan a protest.',
    ]);
  });

  it('keeps one-paragraph-per-line scrapes apart even without blank lines', () => {
    const lines = [
      'The ferry operator said on Monday that fares between Aldmoor and the outer islands would rise by 8 percent in April, blaming fuel costs.',
      'Passenger groups said the rise was the third in two years and that they would appeal to the regional council.',
      'A council spokeswoman said the appeal would be heard in March',
      'The operator carries about 400,000 passengers a year on four routes, most of them in the summer months.',
      'Fuel accounts for nearly a third of its costs, according to its latest annual report, published in October.',
      'Its chief executive, Ruth Anand, said the company had delayed the rise for as long as it could.',
    ];
    const text = lines.join('\n');
    assert.deepEqual(sentences(text), lines);
    assert.deepEqual(slices(text, paragraphs(text, [])), lines);
  });

  it('keeps a headline without a period apart from the text under it', () => {
    const text = 'Ferry fares to rise in spring\n\nFares will rise by 8 percent. Groups will appeal.';
    assert.deepEqual(sentences(text), [
      'Ferry fares to rise in spring',
      'Fares will rise by 8 percent.',
      'Groups will appeal.',
    ]);
  });

  it('keeps bullet items apart inside hard-wrapped copy, and the text after them (fixed bug)', () => {
    const text = [
      'The council approved three measures on Thursday after a long',
      'debate that ran late into the evening, officials said, and',
      'the measures will take effect in the new year:',
      '- a new bus lane along Quay Road from the station',
      '- longer opening hours at the central library',
      '- a freeze on parking fees in the old town',
      'Opponents said the measures would cost more than the budget',
      'allowed and vowed to challenge them at the next meeting.',
    ].join('\n');
    assert.deepEqual(sentences(text), [
      'The council approved three measures on Thursday after a long\ndebate that ran late into the evening, officials said, and\nthe measures will take effect in the new year:',
      '- a new bus lane along Quay Road from the station',
      '- longer opening hours at the central library',
      '- a freeze on parking fees in the old town',
      'Opponents said the measures would cost more than the budget\nallowed and vowed to challenge them at the next meeting.',
    ]);
  });

  it('joins a wrapped bullet item with its lower-case continuation line', () => {
    const text = [
      'The board listed the work it will do on the pier this year, and',
      'said the cost would be shared with the county and the state:',
      '- replacing the rotten timber piles under the',
      'north end of the pier',
      '- new lighting along the whole of the walkway',
      'Work starts in May, the board said in a statement on Monday.',
    ].join('\n');
    assert.deepEqual(sentences(text), [
      'The board listed the work it will do on the pier this year, and\nsaid the cost would be shared with the county and the state:',
      '- replacing the rotten timber piles under the\nnorth end of the pier',
      '- new lighting along the whole of the walkway',
      'Work starts in May, the board said in a statement on Monday.',
    ]);
  });

  it('skips excluded spans and breaks paragraphs at them', () => {
    const text = 'The dam held on Monday.\nAdvertisement\nWater levels fell. Crews stayed.';
    const excluded = findBoilerplate(text);
    assert.deepEqual(slices(text, excluded), ['Advertisement']);
    assert.deepEqual(sentences(text, excluded), [
      'The dam held on Monday.',
      'Water levels fell.',
      'Crews stayed.',
    ]);
  });

  it('clips a sentence at an excluded span at the start of a line', () => {
    const text = '<p>The dam held.</p>';
    assert.deepEqual(sentences(text, findBoilerplate(text)), ['The dam held.']);
  });

  it('returns nothing for empty or fully excluded text', () => {
    assert.deepEqual(splitSentences('', []), []);
    assert.deepEqual(splitSentences('  \n\n ', []), []);
    assert.deepEqual(splitSentences('Share', [{ start: 0, end: 5 }]), []);
  });
});

describe('paragraphs', () => {
  it('splits at blank lines (also blank lines with spaces and CRLF)', () => {
    const text = 'First one.\r\n  \r\nSecond one.\n\nThird one.';
    assert.deepEqual(slices(text, paragraphs(text, [])), ['First one.', 'Second one.', 'Third one.']);
  });

  it('keeps Markdown headings apart from the hard-wrapped text under them (fixed bug)', () => {
    const body = [
      'The harbour board met on Monday and agreed to close the old',
      'pier for repairs that are expected to take most of the year',
      'and cost about 2 million euros, according to the board.',
      'Fishing boats will use the north quay while work goes on and',
      'the ferry will move to a temporary berth near the lifeboat',
    ];
    const text = ['## Pier to close', ...body].join('\n');
    assert.deepEqual(slices(text, paragraphs(text, [])), ['## Pier to close', body.join('\n')]);
  });
});
