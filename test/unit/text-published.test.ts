import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseLensConfig } from '../../src/core/config';
import type { Span } from '../../src/core/model';
import { splitLines } from '../../src/core/text/boilerplate';
import { findDatelineDay, findPublished, parseFullDate } from '../../src/core/text/published';
import { prepareArticle } from '../../src/core/text/prepare';

const published = (text: string, frontMatter: string | null = null) =>
  findPublished(frontMatter, splitLines(text));
const slices = (text: string, spans: readonly Span[]) => spans.map((s) => text.slice(s.start, s.end));

describe('parseFullDate', () => {
  it('reads month-day-year, day-month-year and ISO dates', () => {
    assert.equal(parseFullDate('March 14, 2025'), '2025-03-14');
    assert.equal(parseFullDate('on Mar. 4 2025 at noon'), '2025-03-04');
    assert.equal(parseFullDate('Sept. 30, 2024'), '2024-09-30');
    assert.equal(parseFullDate('14th March 2025'), '2025-03-14');
    assert.equal(parseFullDate('1 June, 2023'), '2023-06-01');
    assert.equal(parseFullDate('Filed 2025-03-14'), '2025-03-14');
  });

  it('reads an ISO date followed by a time (fixed bug)', () => {
    assert.equal(parseFullDate('2025-03-14T09:30:00Z'), '2025-03-14');
    assert.equal(parseFullDate('2025-03-14 09:30'), '2025-03-14');
  });

  it('rejects days that the month does not have (fixed bug)', () => {
    assert.equal(parseFullDate('February 30, 2025'), null);
    assert.equal(parseFullDate('April 31, 2025'), null);
    assert.equal(parseFullDate('2025-02-29'), null);
    assert.equal(parseFullDate('2024-02-29'), '2024-02-29');
  });

  it('rejects dates without a year, impossible months and far-off years', () => {
    assert.equal(parseFullDate('March 14'), null);
    assert.equal(parseFullDate('2025-13-01'), null);
    assert.equal(parseFullDate('March 14, 1650'), null);
    assert.equal(parseFullDate('no date here'), null);
  });
});

describe('findPublished', () => {
  it('prefers the front-matter date', () => {
    assert.equal(
      published('Published March 14, 2025', 'title: Pier closes\ndate: "2025-02-01"'),
      '2025-02-01',
    );
    assert.equal(published('', 'title: Pier closes\npubDate = 2025-02-01T08:00:00+01:00'), '2025-02-01');
  });

  it('reads a "Published …" line', () => {
    const text = 'Pier to close for repairs\nPublished March 14, 2025\n\nThe old pier will close on Monday.';
    assert.equal(published(text), '2025-03-14');
  });

  it('reads a byline with a date', () => {
    const text =
      'Pier to close for repairs\nBy Jane Okafor - March 12, 2025\n\nThe old pier will close on Monday.';
    assert.equal(published(text), '2025-03-12');
  });

  it('reads an ISO date line near the headline', () => {
    assert.equal(
      published('Pier to close for repairs\n2025-03-10\n\nThe old pier will close.'),
      '2025-03-10',
    );
  });

  it('reads a labelled date further down the page', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the article about the pier.`);
    const text = ['Pier to close for repairs', ...filler, 'Last updated: 2025-03-20 10:15'].join('\n');
    assert.equal(published(text), '2025-03-20');
  });

  it('reads a dateline with a year', () => {
    const text =
      'Pier to close for repairs\n\nPORT LENNING, Kerr., March 3, 2025 — The old pier will close on Monday for repairs that could take a year, the harbour board said in a statement.';
    assert.equal(published(text), '2025-03-03');
  });

  it('prefers a "Published" line to a date named in the headline (fixed bug)', () => {
    const text =
      'Ten years after the March 11, 2015 flood\nPublished March 11, 2025\n\nSurvivors met on Tuesday.';
    assert.equal(published(text), '2025-03-11');
  });

  it('returns null when there is no full date', () => {
    assert.equal(
      published('Pier to close\n\nThe pier will close on March 3, officials said on Monday.'),
      null,
    );
  });

  it('does not lend a dateline without a year any other year of the paragraph', () => {
    const text =
      'TORVIK, March 12 (Wire) - The port will review its 2019 tariff rules, officials said on Wednesday, after a year of complaints.';
    assert.equal(published(text), null);
  });
});

describe('prepareArticle', () => {
  it('does not take the date of a weather widget, and finds the headline after it', () => {
    const text = [
      'Friday, March 7, 2025',
      'Port Lenning',
      '9°C',
      'Harbour board votes to close the old pier',
      'By Jane Okafor',
      '',
      'The harbour board voted on Thursday to close the old pier for repairs, the chairman said.',
    ].join('\n');
    const { ctx, title } = prepareArticle(text, DEFAULT_CONFIG);
    assert.deepEqual(slices(text, ctx.boilerplate), ['Friday, March 7, 2025', 'Port Lenning', '9°C']);
    assert.equal(ctx.published, null);
    assert.equal(title, 'Harbour board votes to close the old pier');
    assert.equal(ctx.text, text);
    assert.deepEqual(slices(text, ctx.sentences), [
      'Harbour board votes to close the old pier',
      'By Jane Okafor',
      'The harbour board voted on Thursday to close the old pier for repairs, the chairman said.',
    ]);
  });

  it('takes the "Published" line below a weather widget', () => {
    const text = [
      'Friday, March 7, 2025',
      '48°F',
      'Harbour board votes to close the old pier',
      'Published March 6, 2025',
      '',
      'The harbour board voted on Thursday to close the old pier.',
    ].join('\n');
    const { ctx } = prepareArticle(text, DEFAULT_CONFIG);
    assert.equal(ctx.published, '2025-03-06');
  });

  it('reads title and date from Markdown front matter and keeps it out of the sentences', () => {
    const text = [
      '---',
      'title: "Bridge reopens after storm"',
      'date: 2025-03-14T08:00:00Z',
      '---',
      '',
      '![Bridge](bridge.jpg)',
      '',
      'The Kelby bridge reopened on Friday. Traffic was light.',
    ].join('\n');
    const { ctx, title } = prepareArticle(text, DEFAULT_CONFIG);
    assert.equal(title, 'Bridge reopens after storm');
    assert.equal(ctx.published, '2025-03-14');
    assert.deepEqual(slices(text, ctx.sentences), [
      'The Kelby bridge reopened on Friday.',
      'Traffic was light.',
    ]);
  });

  it('takes a Markdown heading as the title', () => {
    const { title } = prepareArticle('## Bridge reopens after storm\n\nThe bridge reopened.', DEFAULT_CONFIG);
    assert.equal(title, 'Bridge reopens after storm');
  });

  it('applies the boilerplate patterns of the configuration', () => {
    const { config } = parseLensConfig({ boilerplate: ['^Lenning Daily app'] });
    const text = 'Bridge reopens after storm\nLenning Daily app: get alerts\n\nThe bridge reopened.';
    const { ctx } = prepareArticle(text, config);
    assert.deepEqual(slices(text, ctx.boilerplate), ['Lenning Daily app: get alerts']);
    assert.deepEqual(slices(text, ctx.sentences), ['Bridge reopens after storm', 'The bridge reopened.']);
  });
});

describe('prepareArticle title of wire copy', () => {
  it('drops the version prefix of a wire headline', () => {
    const { title } = prepareArticle(
      'UPDATE 2-Ferry strike ends after three days\n\nThe strike ended.\n',
      DEFAULT_CONFIG,
    );
    assert.equal(title, 'Ferry strike ends after three days');
  });
});

describe('findPublished: a line of dates and times', () => {
  it('reads the first date of a line made only of dates, times, zones and labels', () => {
    const head = 'Ferry fares rise again\n\nBy Ana Costa\nTransport Reporter\n';
    assert.equal(
      published(`${head}06:00, Wed 14 Jan 2026 | Updated 09:41, Wed 14 Jan 2026\n\nFares rose on Monday.\n`),
      '2026-01-14',
    );
    assert.equal(
      published(`${head}13 October 2026, 16:52 IST · Updated 14 October 2026, 09:10 IST\n\nFares rose.\n`),
      '2026-10-13',
    );
  });

  it('does not read a date out of a line with other words', () => {
    assert.equal(
      published(
        'Ferry fares rise again\n\nBy Ana Costa, who covered the 14 Jan 2026 strike for this paper and others\n\nFares rose.\n',
      ),
      null,
    );
  });
});

describe('findDatelineDay', () => {
  it('reads a dateline whose region has two words', () => {
    const text =
      'UPDATE 1-Fire grows\n\nBy Ana Costa\n\nCLINTON, British Columbia, Aug 13 (NSP) - A fire grew.\n';
    assert.equal(findDatelineDay(splitLines(text)), '--08-13');
  });
});
