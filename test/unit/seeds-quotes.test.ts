import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { classifyQuotePair, compareQuotes } from '../../src/core/compare/quotes';
import { extractQuotes } from '../../src/core/extract/quotes';
import type { ArticleAnalysis, Quote } from '../../src/core/model';
import { prepareArticle } from '../../src/core/text/prepare';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');

/** Builds an analysis with quotations only; no mentions, so the test does not lean on the entity extractor. */
function analyse(file: string): ArticleAnalysis {
  const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
  const { ctx, title } = prepareArticle(text, DEFAULT_CONFIG);
  return {
    uri: file,
    version: 1,
    title,
    published: ctx.published,
    boilerplate: ctx.boilerplate,
    sentences: ctx.sentences,
    mentions: [],
    figures: [],
    quotes: extractQuotes(ctx, []),
    claims: [],
  };
}

/** The spokesman's remark: cooperation to be updated, or looked at afresh. */
function remarkIn(a: ArticleAnalysis): Quote | undefined {
  return a.quotes.find(
    (q) => /bilateral security cooperation/i.test(q.text) && /\bupdat|\blook\b/i.test(q.text),
  );
}

describe('quotations in the seed articles', function () {
  let articles: ArticleAnalysis[] = [];

  before(function () {
    if (!fs.existsSync(SEEDS)) this.skip();
    const files = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    if (files.length < 2) this.skip();
    articles = files.sort().map(analyse);
  });

  beforeEach(function () {
    if (articles.length === 0) {
      this.skip(); // seeds not found at ../shared/seeds: nothing to check against
    }
  });

  it('finds quotations in every article, with spans that match the text', () => {
    for (const a of articles) {
      const text = fs.readFileSync(path.join(SEEDS, a.uri), 'utf8');
      assert.ok(a.quotes.length >= 2, `${a.uri}: only ${a.quotes.length} quotations`);
      for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    }
  });

  it('never takes a nickname for a quotation', () => {
    for (const a of articles) {
      assert.ok(!a.quotes.some((q) => /^el chapo$/i.test(q.text.trim())), `${a.uri} quotes a nickname`);
    }
  });

  it('aligns the remark about a fresh look at security cooperation and flags differing versions only', () => {
    const versions = articles
      .map((a) => ({ a, q: remarkIn(a) }))
      .filter((v): v is { a: ArticleAnalysis; q: Quote } => !!v.q);
    assert.ok(versions.length >= 3, `only ${versions.length} versions of the remark`);
    const findings = compareQuotes(articles).filter((f) => f.kind === 'quote_wording');
    let identicalPairs = 0;
    let differingPairs = 0;
    for (let i = 0; i < versions.length; i++) {
      for (let j = i + 1; j < versions.length; j++) {
        const rel = classifyQuotePair(versions[i].q.text, versions[j].q.text);
        assert.notEqual(rel, 'different', `${versions[i].a.uri} vs ${versions[j].a.uri} not aligned`);
        if (rel === 'verbatim' || rel === 'trimmed') identicalPairs++;
        else differingPairs++;
      }
    }
    assert.ok(differingPairs > 0);
    const same = (x: Quote, y: Quote) => ['verbatim', 'trimmed'].includes(classifyQuotePair(x.text, y.text));
    for (const v of versions) {
      const others = versions.filter((o) => o !== v);
      // In these seeds two sources carry the same wording and the others each reword it:
      // the shared wording prevails; every version without a twin is flagged.
      const hasTwin = others.some((o) => same(v.q, o.q));
      const finding = findings.find((f) => f.uri === v.a.uri && f.start === v.q.start);
      assert.equal(!!finding, !hasTwin, `${v.a.uri}: flagged=${!!finding}, has a twin=${hasTwin}`);
      if (finding) {
        assert.match(
          finding.message,
          /^Quotation worded differently in \d other sources? \((altered|paraphrased): /,
        );
        assert.ok(finding.related.length > 0);
        for (const r of finding.related) {
          const target = versions.find((o) => o.a.uri === r.uri);
          assert.ok(
            target && target.q.start === r.start,
            `${v.a.uri} points at an unrelated quotation in ${r.uri}`,
          );
        }
      }
    }
    // The same-word versions exist in the seeds and are not different from each other.
    assert.ok(identicalPairs >= 1, 'expected at least one pair of identical versions');
  });

  it('does not flag a quotation that has no counterpart in another source', () => {
    const findings = compareQuotes(articles);
    for (const f of findings) assert.ok(f.related.every((r) => r.uri !== f.uri));
  });
});
