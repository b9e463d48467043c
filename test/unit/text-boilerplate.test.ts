import * as assert from 'node:assert/strict';
import type { Span } from '../../src/core/model';
import { findBoilerplate, mergeSpans, splitLines } from '../../src/core/text/boilerplate';
import { lineStarts, offsetToPosition, positionToOffset } from '../../src/core/text/lines';
import { editDistance, similarity } from '../../src/core/text/similarity';

/** The text under each span, after checking the spans are sorted, disjoint and inside the text. */
function slices(text: string, spans: readonly Span[]): string[] {
  let prev = -1;
  for (const s of spans) {
    assert.ok(s.start > prev && s.end > s.start && s.end <= text.length, `bad span ${JSON.stringify(s)}`);
    prev = s.end;
  }
  return spans.map((s) => text.slice(s.start, s.end));
}

const boiler = (text: string, extra?: string[]) => slices(text, findBoilerplate(text, extra));

/** A news paragraph of about `n` characters, ending with a period. */
function paragraph(lead: string, n: number): string {
  const filler =
    ' said the port authority had spent the winter inspecting the old timber pier, and that the work would run until autumn.';
  let s = lead;
  while (s.length < n) s += filler;
  return s;
}

describe('splitLines', () => {
  it('splits on \\r\\n, \\n and \\r with offsets that slice the line text', () => {
    const text = 'Alpha\r\nBeta\nGamma\rDelta';
    const lines = splitLines(text);
    assert.deepEqual(
      lines.map((l) => l.text),
      ['Alpha', 'Beta', 'Gamma', 'Delta'],
    );
    for (const l of lines) assert.equal(text.slice(l.start, l.end), l.text);
    assert.deepEqual(
      lines.map((l) => l.start),
      [0, 7, 12, 18],
    );
  });

  it('keeps a final empty line after a trailing break', () => {
    const lines = splitLines('one\n');
    assert.deepEqual(lines, [
      { start: 0, end: 3, text: 'one' },
      { start: 4, end: 4, text: '' },
    ]);
  });

  it('agrees with lineStarts from lines.ts', () => {
    const text = 'a\r\n\r\nbb\rccc\n';
    assert.deepEqual(
      splitLines(text).map((l) => l.start),
      lineStarts(text),
    );
  });
});

describe('lines.ts positions', () => {
  const text = 'first\r\nsecond\nthird';
  const starts = lineStarts(text);

  it('maps offsets to zero-based line and character', () => {
    assert.deepEqual(starts, [0, 7, 14]);
    assert.deepEqual(offsetToPosition(starts, 0), { line: 0, character: 0 });
    assert.deepEqual(offsetToPosition(starts, 9), { line: 1, character: 2 });
    assert.deepEqual(offsetToPosition(starts, text.length), { line: 2, character: 5 });
  });

  it('round-trips every offset', () => {
    for (let o = 0; o <= text.length; o++)
      assert.equal(positionToOffset(starts, offsetToPosition(starts, o)), o);
  });

  it('clamps a line past the end to the last line', () => {
    assert.equal(positionToOffset(starts, { line: 99, character: 1 }), 15);
  });
});

describe('similarity', () => {
  it('computes the Levenshtein distance', () => {
    assert.equal(editDistance('Kowalczyk', 'Kowalczik'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('same', 'same'), 0);
  });

  it('scales to 0..1 by the longer length', () => {
    assert.equal(similarity('', ''), 1);
    assert.equal(similarity('abcd', 'abce'), 0.75);
    assert.equal(similarity('abc', 'xyz'), 0);
  });
});

describe('mergeSpans', () => {
  it('sorts, merges overlapping and touching spans, keeps gaps', () => {
    const input = [
      { start: 10, end: 12 },
      { start: 0, end: 4 },
      { start: 3, end: 6 },
      { start: 6, end: 8 },
      { start: 11, end: 11 },
    ];
    assert.deepEqual(mergeSpans(input), [
      { start: 0, end: 8 },
      { start: 10, end: 12 },
    ]);
  });

  it('does not mutate its input', () => {
    const input = [
      { start: 0, end: 5 },
      { start: 2, end: 9 },
    ];
    mergeSpans(input);
    assert.deepEqual(input, [
      { start: 0, end: 5 },
      { start: 2, end: 9 },
    ]);
  });
});

describe('findBoilerplate', () => {
  it('finds nothing in a clean article', () => {
    const text =
      'Harbour pier to close for repairs\n\nThe old pier at Port Lenning will close on Monday for repairs, officials said.\n';
    assert.deepEqual(findBoilerplate(text), []);
  });

  it('flags ad markers between paragraphs but not the paragraphs', () => {
    const text = [
      'Ferry fares to rise in spring',
      '',
      'Ferry fares between Aldmoor and the islands will rise by 8 percent in April, the operator said.',
      'Advertisement',
      'The operator blamed fuel costs and a new crew agreement.',
      '- Advertisement -',
      'Passenger groups said they would appeal to the regional council.',
      '  ADVERTISEMENTS  ',
      '[ad_2]',
      'Sponsored content',
      'spot_img',
    ].join('\n');
    assert.deepEqual(boiler(text), [
      'Advertisement',
      '- Advertisement -',
      'ADVERTISEMENTS',
      '[ad_2]',
      'Sponsored content',
      'spot_img',
    ]);
  });

  it('flags a weather/date widget cluster at the top but not the headline under it', () => {
    const text = [
      'Tuesday, April 8, 2025',
      'Dunmore',
      '14°C',
      'Ferry strike ends after two weeks of talks',
      '',
      'The ferry strike ended on Tuesday after two weeks of talks, the union said.',
    ].join('\n');
    assert.deepEqual(boiler(text), ['Tuesday, April 8, 2025', 'Dunmore', '14°C']);
  });

  it('leaves short place-like lines alone when no widget line is near them', () => {
    const text = 'Dunmore\nTuesday, April 8, 2025\n\nThe ferry strike ended on Tuesday, the union said.\n';
    assert.deepEqual(findBoilerplate(text), []);
  });

  it('keeps a three-word Title Case headline next to a weather widget', () => {
    const text =
      'Sunny\n14°C\nDunmore\nFerry Strike Ends\n\nThe ferry strike ended on Tuesday, the union said.\n';
    assert.deepEqual(boiler(text), ['Sunny', '14°C', 'Dunmore']);
  });

  it('flags the "Source link" footer and whatever teasers follow it', () => {
    const body = paragraph('A spokesman for the port', 300);
    const text = [
      'Pier repairs to start in May',
      '',
      body,
      '',
      body.replace('A spokesman', 'The mayor'),
      '',
      'Source link',
      'Ferry fares to rise in spring',
      'Council approves new bus lanes',
    ].join('\n');
    assert.deepEqual(boiler(text), [
      'Source link',
      'Ferry fares to rise in spring',
      'Council approves new bus lanes',
    ]);
  });

  it('flags "The post … appeared first on …" and a "Source: …" line', () => {
    const text = [
      'Pier repairs to start in May',
      '',
      paragraph('A spokesman for the port', 250),
      'Source: Port Lenning Gazette',
      'The post Pier repairs to start in May appeared first on Lenning Daily.',
    ].join('\n');
    assert.deepEqual(boiler(text), [
      'Source: Port Lenning Gazette',
      'The post Pier repairs to start in May appeared first on Lenning Daily.',
    ]);
  });

  it('flags comment forms and share widgets', () => {
    const p1 = 'The council approved the bus lanes on Thursday by nine votes to four.';
    const p2 = 'Work on the first lane, along Quay Road, will begin in June.';
    const text = [
      'Council approves new bus lanes on Quay Road',
      'Share',
      'Tweet',
      'Share on Facebook',
      'Copy link',
      '',
      p1,
      p2,
      '',
      '3 Comments',
      'Leave a Reply',
      'Please enter your comment!',
      'Please enter your name here',
    ].join('\n');
    const found = boiler(text);
    assert.deepEqual(found, [
      'Share',
      'Tweet',
      'Share on Facebook',
      'Copy link',
      '3 Comments',
      'Leave a Reply',
      'Please enter your comment!',
      'Please enter your name here',
    ]);
  });

  it('flags a "More like this" teaser tail at the end of the page', () => {
    const text = [
      'Lighthouse keeper retires after 40 years',
      '',
      paragraph('Edna Marsh, the last keeper of the Skerrow light,', 350),
      '',
      paragraph('Her successor, an automated lamp,', 350),
      '',
      'More like this',
      'Island school gets new roof before winter',
      'Fishing quotas cut for the third year',
      'Read more: how the coastguard trains its volunteers',
    ].join('\n');
    assert.deepEqual(boiler(text), [
      'More like this',
      'Island school gets new roof before winter',
      'Fishing quotas cut for the third year',
      'Read more: how the coastguard trains its volunteers',
    ]);
  });

  it('keeps long paragraphs after a mid-article "Related" heading', () => {
    const long = [
      paragraph('The inspector', 450),
      paragraph('A second inspector', 450),
      paragraph('The port engineer', 450),
    ];
    const text = [
      'Pier inspection finds rot in timber piles',
      '',
      paragraph('The harbour master', 300),
      '',
      'Related',
      '',
      long.join('\n\n'),
    ].join('\n');
    const spans = findBoilerplate(text);
    // Only the heading itself (a teaser heading) may be boilerplate; every paragraph after it is article.
    assert.deepEqual(slices(text, spans), ['Related']);
    for (const p of long) assert.ok(text.includes(p));
  });

  it('does not start a tail at a "Related" heading in the first half of the page', () => {
    const text = [
      'Pier inspection finds rot in timber piles',
      'Related',
      paragraph('The harbour master', 200),
      paragraph('The inspector', 200),
      paragraph('The port engineer', 200),
    ].join('\n\n');
    assert.deepEqual(boiler(text), ['Related']);
  });

  it('keeps ordinary ~250-character paragraphs after a "Related" heading past mid-page', () => {
    const text = [
      'Pier inspection finds rot in timber piles',
      paragraph('The harbour master', 250),
      paragraph('The inspector', 250),
      paragraph('The diver', 250),
      paragraph('A boat owner', 250),
      'Related',
      paragraph('A second inspector', 250),
      paragraph('The port engineer', 250),
      paragraph('A fisher', 250),
    ].join('\n\n');
    assert.deepEqual(boiler(text), ['Related']);
  });

  it('flags markup lines whole and inline tags exactly', () => {
    const text = [
      '<div class="article-body">',
      '<!-- main story -->',
      'Ferry fares will <b>rise</b> by 8 percent, the <a href="https://example.org/op">operator</a> said.',
      '</div>',
    ].join('\n');
    assert.deepEqual(boiler(text), [
      '<div class="article-body">',
      '<!-- main story -->',
      '<b>',
      '</b>',
      '<a href="https://example.org/op">',
      '</a>',
      '</div>',
    ]);
  });

  it('flags Markdown front matter, image lines, link definitions and rules', () => {
    const text = [
      '---',
      'title: Bridge reopens after storm',
      'date: 2025-03-14',
      '---',
      '',
      '# Bridge reopens after storm',
      '',
      '![The bridge at dawn](images/bridge.jpg)',
      '',
      'The Kelby bridge reopened on Friday after engineers checked the piers.',
      '',
      '* * *',
      '',
      '[1]: https://example.org/kelby',
    ].join('\n');
    assert.deepEqual(boiler(text), [
      '---\ntitle: Bridge reopens after storm\ndate: 2025-03-14\n---',
      '![The bridge at dawn](images/bridge.jpg)',
      '* * *',
      '[1]: https://example.org/kelby',
    ]);
  });

  it('flags the headline repeated at the bottom, not the headline itself', () => {
    const title = 'Lighthouse keeper retires after 40 years';
    const text = [title, '', 'Edna Marsh lit the lamp for the last time on Sunday.', '', title, ''].join(
      '\n',
    );
    const spans = findBoilerplate(text);
    assert.deepEqual(slices(text, spans), [title]);
    assert.equal(spans[0].start, text.lastIndexOf(title));
  });

  it('flags a repeated headline after front matter too (fixed bug: front matter hid the headline)', () => {
    const text = [
      '---',
      'title: Bridge reopens after storm',
      '---',
      '# Bridge reopens after storm',
      '',
      'The Kelby bridge reopened on Friday after engineers checked the piers.',
      '',
      'Bridge reopens after storm',
    ].join('\n');
    assert.deepEqual(boiler(text), [
      '---\ntitle: Bridge reopens after storm\n---',
      'Bridge reopens after storm',
    ]);
  });

  it('flags wire credit lines and "contributed to this report"', () => {
    const text = [
      'Grain barges stuck as river level falls',
      '',
      'Dozens of grain barges were stranded on the Vell river on Monday.',
      '',
      'Tomas Reyes contributed reporting to this story.',
      '(Reporting by Ines Kavanagh; Editing by Paul Obi)',
      'Additional reporting by Mara Lind',
    ].join('\n');
    assert.deepEqual(boiler(text), [
      'Tomas Reyes contributed reporting to this story.',
      '(Reporting by Ines Kavanagh; Editing by Paul Obi)',
      'Additional reporting by Mara Lind',
    ]);
  });

  it('flags copyright notices but not a headline that starts with "Copyright" (fixed bug)', () => {
    const text = [
      'Copyright holders win ruling against music app',
      '',
      'A court in Vessen ruled on Tuesday that the app had infringed the rights of 40 labels.',
      '',
      '© 2025 Vessen Courier',
      'Copyright 2025 Vessen Courier Ltd.',
      'Copyright Vessen Courier. All rights reserved.',
    ].join('\n');
    assert.deepEqual(boiler(text), [
      '© 2025 Vessen Courier',
      'Copyright 2025 Vessen Courier Ltd.',
      'Copyright Vessen Courier. All rights reserved.',
    ]);
  });

  it('keeps a sentence that starts with "Register"', () => {
    const text = 'Register offices will open an hour early on Monday, the council said.\n';
    assert.deepEqual(findBoilerplate(text), []);
  });

  it('applies user-supplied patterns per line, case-insensitively, and ignores invalid ones', () => {
    const text = [
      'Bus lanes approved',
      'READ THE LENNING DAILY ON YOUR PHONE',
      'The council approved the lanes on Thursday.',
      'Lenning Daily newsletter: every morning at 7',
    ].join('\n');
    const patterns = ['^read the lenning daily', '(', 'newsletter: every'];
    assert.deepEqual(boiler(text, patterns), [
      'READ THE LENNING DAILY ON YOUR PHONE',
      'Lenning Daily newsletter: every morning at 7',
    ]);
    assert.deepEqual(findBoilerplate(text), []);
  });

  it('gives exact offsets in CRLF text and trims the line ends', () => {
    const text =
      'Bus lanes approved for Quay Road\r\n  Advertisement  \r\nThe council approved the lanes.\r\nShare\r\n';
    const spans = findBoilerplate(text);
    assert.deepEqual(slices(text, spans), ['Advertisement', 'Share']);
    assert.deepEqual(spans[0], { start: 36, end: 49 });
  });
});

describe('findBoilerplate with markup around furniture', () => {
  it('treats a credit line wrapped in paragraph tags as boilerplate', () => {
    const text =
      '<p>The ferry resumed service on Monday.</p>\n<p>(Reporting by Ana Lind; Editing by Tom Wade)</p>\n';
    const spans = findBoilerplate(text);
    const at = text.indexOf('<p>(Reporting');
    assert.ok(spans.some((s) => s.start <= at && s.end >= text.indexOf('Wade)</p>') + 'Wade)</p>'.length));
    assert.ok(!spans.some((s) => s.start <= text.indexOf('The ferry') && s.end > text.indexOf('The ferry')));
  });
});

describe('findBoilerplate: menus, breadcrumbs and mastheads', () => {
  const story = paragraph('The ferry operator', 300);

  it('flags navigation and share bars, breadcrumbs and a date-and-weather strip', () => {
    const text = [
      'Home | News | Flood Updates | Road Reports | Sport',
      'Home › News › Health',
      'Monday, 3 March 2026 | Leeds 4°C Light rain',
      'Share on Facebook | Share on X | Email | Print',
      story,
    ].join('\n');
    assert.deepEqual(boiler(text), text.split('\n').slice(0, 4));
  });

  it('flags a share bar written without separators', () => {
    const text = `Facebook Twitter KakaoTalk Copy link\nShare Tweet LinkedIn Email\n${story}`;
    assert.deepEqual(boiler(text), ['Facebook Twitter KakaoTalk Copy link', 'Share Tweet LinkedIn Email']);
  });

  it('keeps a byline with its date, a headline with its outlet and a line of figures', () => {
    const lines = [
      'By Ana Ruiz · Lima Weekly · Friday 16 October 2026',
      'Ferry sinks off the coast | Lima Weekly',
      'Votes: APC 366,781 | PDP 117,845 | LP 2,112',
      story,
    ];
    assert.deepEqual(boiler(lines.join('\n')), []);
  });

  it('flags the outlet name above the article when the copyright line names it', () => {
    const text = `The Harbour Gazette\nFerry sinks off the coast\n${story}\n© 2026 Harbour Gazette Media Ltd. All rights reserved.`;
    assert.deepEqual(boiler(text), [
      'The Harbour Gazette',
      '© 2026 Harbour Gazette Media Ltd. All rights reserved.',
    ]);
    // Without a copyright line naming it, the first line may be the headline.
    assert.deepEqual(boiler(`The Harbour Gazette\n${story}`), []);
  });
});
