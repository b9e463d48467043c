import * as assert from 'node:assert/strict';
import { classifyQuotePair, compareQuotes } from '../../src/core/compare/quotes';
import type { ArticleAnalysis, Quote } from '../../src/core/model';
import { articleWith } from './article-helpers';

function article(
  uri: string,
  quotes: { text: string; speaker?: string | null; label?: string }[],
): ArticleAnalysis {
  let offset = 0;
  const qs: Quote[] = quotes.map((q) => {
    const start = offset;
    offset += q.text.length + 10;
    return {
      id: `q${start}`,
      start,
      end: start + q.text.length,
      text: q.text,
      speaker: q.speaker ?? null,
      speakerLabel: q.label ?? null,
    };
  });
  return articleWith(uri, { version: 1, quotes: qs });
}

describe('classifyQuotePair', () => {
  it('sees the same words as verbatim, ignoring case, punctuation and contractions', () => {
    assert.equal(classifyQuotePair('We are ready to talk.', 'we are ready to talk'), 'verbatim');
    assert.equal(classifyQuotePair("We're not ready", 'We are not ready'), 'verbatim');
  });

  it('sees a contiguous part as trimmed', () => {
    assert.equal(
      classifyQuotePair(
        'the harbour will stay closed',
        'After the storm, the harbour will stay closed until further notice.',
      ),
      'trimmed',
    );
  });

  it('sees a changed verb, number, negation or name as altered', () => {
    assert.equal(
      classifyQuotePair(
        'The council will review the zoning rules this spring',
        'The council will scrap the zoning rules this spring',
      ),
      'altered',
    );
    assert.equal(
      classifyQuotePair('We hired 40 new nurses last winter', 'We hired 14 new nurses last winter'),
      'altered',
    );
    assert.equal(
      classifyQuotePair('The museum will reopen its north wing', 'The museum will not reopen its north wing'),
      'altered',
    );
    assert.equal(
      classifyQuotePair(
        'We spoke with Keller about the library budget',
        'We spoke with Moreau about the library budget',
      ),
      'altered',
    );
  });

  it('sees changes of small words or inflection only as paraphrased', () => {
    assert.equal(
      classifyQuotePair(
        'the orchards were flooded by the river',
        'the orchards had been flooded by that river',
      ),
      'paraphrased',
    );
  });

  it('sees unrelated quotations as different', () => {
    assert.equal(
      classifyQuotePair('The bakery opens at dawn', 'Our volunteers cleaned the whole beach'),
      'different',
    );
    assert.equal(classifyQuotePair('', 'anything'), 'different');
  });
});

describe('compareQuotes', () => {
  const original = 'We have decided to review the ferry timetable before the summer season begins';
  const altered = 'We have decided to scrap the ferry timetable before the summer season begins';

  it('flags the altered version, pointing at the other versions', () => {
    const findings = compareQuotes([
      article('a.txt', [{ text: original, speaker: 'e1' }]),
      article('b.txt', [{ text: original, speaker: 'e1' }]),
      article('c.txt', [{ text: altered, speaker: 'e1' }]),
    ]);
    const inC = findings.filter((f) => f.uri === 'c.txt');
    assert.equal(inC.length, 1);
    assert.equal(inC[0].kind, 'quote_wording');
    assert.equal(inC[0].severity, 'warning');
    assert.match(inC[0].message, /worded differently in 2 other sources \(altered: "scrap" vs "review"\)/);
    assert.deepEqual(inC[0].related.map((r) => r.uri).sort(), ['a.txt', 'b.txt']);
    assert.equal(inC[0].text, altered);
    // Two sources agree on the original wording: it prevails and is not flagged itself.
    assert.deepEqual(
      findings.map((f) => f.uri),
      ['c.txt'],
    );
  });

  it('flags every version when no wording prevails', () => {
    const findings = compareQuotes([
      article('a.txt', [{ text: original }]),
      article('b.txt', [{ text: original }]),
      article('c.txt', [{ text: altered }]),
      article('d.txt', [{ text: altered }]),
    ]);
    assert.deepEqual(
      findings.map((f) => f.uri),
      ['a.txt', 'b.txt', 'c.txt', 'd.txt'],
    );
    assert.match(findings[0].message, /in 2 other sources .*; same wording in 1 other source$/);
  });

  it('raises nothing for verbatim or trimmed versions', () => {
    const findings = compareQuotes([
      article('a.txt', [{ text: original }]),
      article('b.txt', [{ text: 'review the ferry timetable before the summer season' }]),
      article('c.txt', [{ text: original.toUpperCase() }]),
    ]);
    assert.deepEqual(findings, []);
  });

  it('gives paraphrased versions an info finding', () => {
    const findings = compareQuotes([
      article('a.txt', [{ text: 'the orchards were flooded by the river last week' }]),
      article('b.txt', [{ text: 'the orchards had been flooded by that river last week' }]),
    ]);
    assert.equal(findings.length, 2);
    assert.ok(findings.every((f) => f.severity === 'info'));
  });

  it('does not align loosely similar quotations of different speakers', () => {
    const loose = 'The timetable for the ferry will be reviewed once the summer begins';
    assert.deepEqual(
      compareQuotes([
        article('a.txt', [{ text: original, speaker: 'e1' }]),
        article('b.txt', [{ text: loose, speaker: 'e2' }]),
      ]),
      [],
    );
    assert.deepEqual(
      compareQuotes([
        article('a.txt', [{ text: 'We will not close the harbour', label: 'Dana Whitfield' }]),
        article('b.txt', [{ text: 'They will close the harbour', label: 'a port authority official' }]),
      ]),
      [],
    );
  });

  it('aligns nearly the same long quotation even when the speakers differ (a misattribution)', () => {
    const findings = compareQuotes([
      article('a.txt', [{ text: original, speaker: 'e1' }]),
      article('b.txt', [{ text: altered, speaker: 'e2' }]),
    ]);
    assert.deepEqual(findings.map((f) => f.uri).sort(), ['a.txt', 'b.txt']);
  });

  it('aligns when a speaker is unknown, and compares bare names by surname', () => {
    const findings = compareQuotes([
      article('a.txt', [{ text: original, label: 'Dana Whitfield' }]),
      article('b.txt', [{ text: altered, label: 'Whitfield' }]),
      article('c.txt', [{ text: altered }]),
    ]);
    assert.equal(findings.filter((f) => f.uri === 'a.txt').length, 1);
  });

  it('does not compare quotations of different utterances', () => {
    assert.deepEqual(
      compareQuotes([
        article('a.txt', [{ text: original }]),
        article('b.txt', [{ text: 'Tourists keep asking about the lighthouse tours and the ferry prices' }]),
      ]),
      [],
    );
  });
});
