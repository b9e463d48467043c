import * as assert from 'node:assert/strict';
import { alignQuotes, compareQuotes } from '../../src/core/compare/quotes';
import { quoteCounterparts } from '../../src/core';
import type { ArticleAnalysis, EntityType, Mention, Quote, Span, StoryAnalysis } from '../../src/core';
import { articleWith } from './article-helpers';

interface QuoteSpec {
  text: string;
  /** Start offset; by default quotations stand far apart (separate utterances). */
  at?: number;
  speaker?: string;
  label?: string;
  speakerSpan?: Span;
}

/** An article of quotations; sentences start at each quotation, so parts join only when asked. */
function article(
  uri: string,
  specs: QuoteSpec[],
  extra: { mentions?: Mention[]; sentences?: Span[] } = {},
): ArticleAnalysis {
  let offset = 0;
  const quotes: Quote[] = specs.map((s) => {
    const start = s.at ?? offset;
    offset = start + s.text.length + 400;
    return {
      id: `q${start}`,
      start,
      end: start + s.text.length,
      text: s.text,
      speaker: s.speaker ?? null,
      speakerLabel: s.label ?? null,
      speakerSpan: s.speakerSpan ?? null,
    };
  });
  const sentences = extra.sentences ?? quotes.map((q) => ({ start: q.start - 1, end: q.end + 1 }));
  return articleWith(uri, { quotes, sentences, mentions: extra.mentions ?? [] });
}

const mention = (entity: string, type: EntityType, start: number, text = 'Name'): Mention => ({
  entity,
  type,
  start,
  end: start + text.length,
  text,
});

const uris = (fs: { uri: string }[]) => fs.map((f) => f.uri).sort();

const ORIGINAL = 'The committee has finally approved the budget for the new library';
const SPUN = 'The panel has eventually authorised the funds for the new library';

describe('compareQuotes: aligning versions of one utterance', () => {
  it('flags a synonym-swapped rewording of a quotation, and not the wording two sources share', () => {
    const findings = compareQuotes([
      article('a.txt', [{ text: ORIGINAL, speaker: 'e1' }]),
      article('b.txt', [{ text: ORIGINAL, speaker: 'e1' }]),
      article('c.txt', [{ text: SPUN, speaker: 'e1' }]),
    ]);
    assert.deepEqual(uris(findings), ['c.txt']);
    assert.deepEqual(uris(findings[0].related), ['a.txt', 'b.txt']);
    // Reworded throughout with words of the same sense: information, not a misquote.
    assert.equal(findings[0].severity, 'info');
  });

  it('rates a targeted change of word as a warning, a rewording throughout as information', () => {
    const said = 'The inspectors will review the harbour wall before the spring tides';
    const severity = (text: string) =>
      compareQuotes([
        article('a.txt', [{ text: said }]),
        article('b.txt', [{ text: said }]),
        article('c.txt', [{ text }]),
      ]).find((f) => f.uri === 'c.txt')?.severity;
    assert.equal(
      severity('The inspectors will demolish the harbour wall before the spring tides'),
      'warning',
    );
    assert.equal(severity('The examiners will assess the harbour barrier ahead of the spring tides'), 'info');
    assert.equal(severity('The inspectors will review the harbour wall after the spring tides'), 'warning');
  });

  it('aligns a few words of a longer quotation with it as trimmed, without a finding', () => {
    const articles = [
      article('a.txt', [{ text: 'We have asked the rail company for a timetable we can trust by June' }]),
      article('b.txt', [{ text: 'a timetable we can trust' }]),
    ];
    assert.deepEqual(compareQuotes(articles), []);
    const [m] = alignQuotes(articles).counterparts(articles[1].quotes[0]);
    assert.equal(m.quote, articles[0].quotes[0]);
    assert.equal(m.pair.relation, 'trimmed');
  });

  it('compares an interrupted quotation with the whole of it elsewhere, pointing at the part that differs', () => {
    const p1 = 'Nobody wants to close the pool in August';
    const p2 = 'But the boiler is forty years old and we cannot wait another winter';
    const at2 = p1.length + 30; // "…August," the manager said. "But the boiler…"
    const a = article(
      'a.txt',
      [
        { text: p1, at: 0 },
        { text: p2, at: at2 },
      ],
      {
        sentences: [
          { start: 0, end: at2 - 2 },
          { start: at2 - 1, end: at2 + p2.length + 1 },
        ],
      },
    );
    const whole =
      'Nobody wants to close the pool in August. But the boiler is thirty years old and we cannot wait another winter';
    const b = article('b.txt', [{ text: whole }]);
    const findings = compareQuotes([a, b]);
    const inA = findings.find((f) => f.uri === 'a.txt');
    assert.equal(inA?.start, at2, 'the differing part is flagged');
    assert.equal(inA?.severity, 'error');
    const inB = findings.find((f) => f.uri === 'b.txt');
    assert.equal(inB?.related[0].start, at2, 'the whole quotation points at the differing part');
    const alignment = alignQuotes([a, b]);
    assert.equal(alignment.counterparts(b.quotes[0])[0].quote, a.quotes[1]);
    assert.equal(alignment.counterparts(a.quotes[0])[0].quote, b.quotes[0]);
  });

  it('gives a part with no version elsewhere the version of another part of its utterance', () => {
    const p1 = 'I have coached this team for eleven seasons';
    const p2 = 'and I have never seen a crowd like the one tonight';
    const a = article(
      'a.txt',
      [
        { text: p1, at: 0 },
        { text: p2, at: p1.length + 14 },
      ],
      {
        sentences: [{ start: 0, end: p1.length + p2.length + 20 }],
      },
    );
    const b = article('b.txt', [{ text: 'I have never seen a crowd like the one tonight' }]);
    const [m] = alignQuotes([a, b]).counterparts(a.quotes[0]);
    assert.equal(m.quote, b.quotes[0]);
    assert.equal(m.way, 'part');
    assert.deepEqual(compareQuotes([a, b]), [], 'a version found through another part is not compared');
  });

  it('does not join a word quoted inside a sentence to the quotation after it', () => {
    const a = article('a.txt', [
      { text: 'unworkable', at: 0 },
      { text: 'We will take this to the tribunal if we have to', at: 30 },
    ]);
    const b = article('b.txt', [{ text: 'We will take this to the tribunal if we have to' }]);
    assert.deepEqual(alignQuotes([a, b]).counterparts(a.quotes[0]), []);
  });

  it('finds a fragment of a reworded quotation through the full version in a third source', () => {
    const articles = [
      article('a.txt', [{ text: ORIGINAL }]),
      article('b.txt', [{ text: SPUN }]),
      article('c.txt', [{ text: 'finally approved the budget' }]),
    ];
    const [inA, inB] = alignQuotes(articles).counterparts(articles[2].quotes[0]);
    assert.deepEqual([inA.article.uri, inA.way], ['a.txt', 'direct']);
    assert.deepEqual([inB.article.uri, inB.way], ['b.txt', 'via']);
  });

  it('does not believe a speaker named only inside the quoted words', () => {
    const text = 'Harbourside was warned about the cracks and chose to ignore them';
    const spun = 'Harbourside was cautioned about the fractures and opted to disregard them';
    const a = article('a.txt', [{ text, speaker: 'org', speakerSpan: { start: 0, end: 11 } }]);
    const b = article('b.txt', [{ text: spun, speaker: 'inspector' }]);
    assert.equal(uris(compareQuotes([a, b])).length, 2);
    const trusted = article('a.txt', [{ text, speaker: 'org', speakerSpan: { start: 900, end: 911 } }]);
    assert.deepEqual(compareQuotes([trusted, b]), []);
  });

  it('lets a person speak for an organisation', () => {
    const a = article('a.txt', [{ text: ORIGINAL, speaker: 'council' }], {
      mentions: [mention('council', 'ORG', 500)],
    });
    const b = article('b.txt', [{ text: SPUN, speaker: 'clerk' }], {
      mentions: [mention('clerk', 'PERSON', 500)],
    });
    assert.equal(compareQuotes([a, b]).length, 2);
  });
});

describe('compareQuotes: translations', () => {
  const english = 'We are not going to close the village school this winter';
  const original = 'No vamos a cerrar la escuela del pueblo este invierno';
  const other = 'We will not shut the village school this winter';

  it('aligns two translations of a statement printed beside its original, without flagging them', () => {
    const a = article('a.txt', [
      { text: english, at: 0, label: 'the mayor' },
      { text: original, at: english.length + 40, label: 'the mayor' },
    ]);
    const b = article('b.txt', [{ text: other }]);
    const c = article('c.txt', [{ text: 'We will not shut the village school this winter, we promise' }]);
    const articles = [a, b, c];
    assert.deepEqual(compareQuotes(articles), []);
    const [m] = alignQuotes(articles).counterparts(b.quotes[0]);
    assert.deepEqual([m.quote, m.translated], [a.quotes[0], true]);
    assert.equal(alignQuotes(articles).counterparts(a.quotes[1])[0]?.way, 'part', 'the original too');
  });

  it('still reports a number that differs between translations, as information', () => {
    const a = article('a.txt', [
      { text: 'We are not going to close the village school before 2027', at: 0 },
      { text: 'No vamos a cerrar la escuela del pueblo antes de 2027', at: 100 },
    ]);
    const b = article('b.txt', [{ text: 'We will not shut the village school before 2028' }]);
    const findings = compareQuotes([a, b]);
    assert.deepEqual(uris(findings), ['a.txt', 'b.txt']);
    assert.ok(findings.every((f) => f.severity === 'info' && /translations/.test(f.message)));
  });
});

describe('compareQuotes: which wording prevails', () => {
  const review = 'The council will review the parking charges in March';
  const scrap = 'The council will scrap the parking charges in March';

  it('does not let a fragment without the changed words make a wording prevail', () => {
    const findings = compareQuotes([
      article('a.txt', [{ text: review }]),
      article('b.txt', [{ text: scrap }]),
      article('c.txt', [{ text: 'the parking charges in March' }]),
    ]);
    assert.deepEqual(uris(findings), ['a.txt', 'b.txt']);
  });

  it('counts a source that rewords elsewhere where it agrees', () => {
    const findings = compareQuotes([
      article('a.txt', [{ text: review }]),
      article('b.txt', [{ text: 'The council will review the parking charges in April' }]),
      article('c.txt', [{ text: scrap }]),
    ]);
    // "review" has two sources, and so has "March": the first version prevails everywhere.
    assert.deepEqual(uris(findings), ['b.txt', 'c.txt']);
    assert.match(findings.find((f) => f.uri === 'b.txt')!.message, /"April" vs "March"/);
    assert.match(findings.find((f) => f.uri === 'c.txt')!.message, /"scrap" vs "review"/);
  });

  it('rates a dropped negation as an error and a changed word as a warning', () => {
    const findings = compareQuotes([
      article('a.txt', [{ text: 'We will not raise the ferry fares this year' }]),
      article('b.txt', [{ text: 'We will not raise the ferry fares this year' }]),
      article('c.txt', [{ text: 'We will raise the ferry fares this year' }]),
      article('d.txt', [{ text: 'We will not lower the ferry fares this year' }]),
    ]);
    assert.deepEqual(
      findings.map((f) => [f.uri, f.severity]),
      [
        ['c.txt', 'error'],
        ['d.txt', 'warning'],
      ],
    );
  });
});

describe('quoteCounterparts', () => {
  it('names the version the finding points at', () => {
    const a = article('a.txt', [
      { text: ORIGINAL, speaker: 'e1' },
      { text: 'Nothing else was decided tonight' },
    ]);
    const b = article('b.txt', [
      { text: 'Nothing was decided about the car park' },
      { text: SPUN, speaker: 'e1' },
    ]);
    const analysis: StoryAnalysis = { articles: [a, b], entities: [], findings: compareQuotes([a, b]) };
    const finding = analysis.findings.find((f) => f.uri === 'a.txt')!;
    const [c] = quoteCounterparts(analysis, 'a.txt', a.quotes[0]);
    assert.deepEqual([c.uri, c.item.start], [finding.related[0].uri, finding.related[0].start]);
    assert.ok(c.score > 0 && c.score <= 1);
  });
});
