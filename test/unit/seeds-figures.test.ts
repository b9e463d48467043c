import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ArticleAnalysis, Figure } from '../../src/core/model';
import { analyzeStory } from '../../src/core';
import { compareFigures } from '../../src/core/compare/figures';
import { analysisOf } from './figures-helpers';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');

describe('figures in the seed articles', function () {
  let articles: ArticleAnalysis[] = [];
  let texts = new Map<string, string>();

  before(function () {
    if (!fs.existsSync(SEEDS)) {
      console.warn(`skipping: seed articles not found at ${SEEDS}`);
      this.skip();
      return;
    }
    const files = fs
      .readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    articles = files.map((f) => analysisOf(f, fs.readFileSync(path.join(SEEDS, f), 'utf8')));
    texts = new Map(
      files.map((f) => [f, fs.readFileSync(path.join(SEEDS, f), 'utf8').replace(/^\uFEFF/, '')]),
    );
  });

  const all = (): Figure[] => articles.flatMap((a) => a.figures);
  const byText = (text: string) => all().filter((f) => f.text === text);

  it('finds figures in every article, with spans matching the text', () => {
    for (const a of articles) {
      assert.ok(a.figures.length >= 5, `${a.uri}: ${a.figures.length} figures`);
      for (const f of a.figures) assert.equal(f.text, texts.get(a.uri)?.slice(f.start, f.end));
    }
  });

  it('reads both notations of the three-billion-dollar amount', () => {
    for (const text of ['US$3 billion', '$3 billion']) {
      const found = byText(text);
      assert.ok(found.length >= 1, text);
      for (const f of found) {
        assert.equal(f.kind, 'money');
        assert.equal(f.value, 3e9);
        assert.equal(f.unit, 'USD');
      }
    }
  });

  it('reads the death toll with its hedge', () => {
    const tolls = byText('300,000').filter((f) => f.unit === 'people');
    assert.ok(tolls.length >= 2);
    for (const f of tolls) assert.equal(f.qualifier, 'more than');
  });

  it('reads an age as a duration in years', () => {
    const ages = byText('13-year-old');
    assert.ok(ages.length >= 2);
    for (const f of ages) {
      assert.equal(f.kind, 'duration');
      assert.equal(f.value, 13);
      assert.equal(f.unit, 'years');
      assert.ok(f.about?.startsWith('age of'), String(f.about));
    }
  });

  it('reads a hedged percentage', () => {
    const [f] = byText('70%');
    assert.ok(f);
    assert.equal(f.kind, 'percent');
    assert.equal(f.value, 70);
    assert.equal(f.qualifier, 'about');
  });

  it('reads vague figures as vague', () => {
    assert.ok(byText('multimillion-dollar').every((f) => f.vague && f.kind === 'money'));
    assert.ok(byText('tens of thousands').every((f) => f.vague));
  });

  it('reads years in date contexts and nothing inside names', () => {
    const years = all().filter(
      (f) => f.kind === 'date' && typeof f.value === 'string' && /^\d{4}$/.test(f.value),
    );
    assert.ok(years.some((f) => f.value === '2008'));
    assert.ok(!all().some((f) => /Covid|G7|F-16/.test(f.text)));
  });

  it('does not flag the amount the articles agree on', () => {
    const findings = compareFigures(articles);
    const money = findings.filter((f) => /3 billion/.test(f.text));
    assert.deepEqual(money, []);
  });

  it('flags the duration stated as some 15 years against 13 years, and nothing numeric besides durations', () => {
    // The whole engine: which sentences name the Merida Initiative is part of the evidence.
    const findings = analyzeStory([...texts].map(([uri, text]) => ({ uri, text }))).findings.filter(
      (f) => f.kind === 'numeric' || f.kind === 'date',
    );
    assert.ok(findings.some((f) => f.text === '15 years' && f.related.some((r) => /13/.test(r.text))));
    for (const f of findings) {
      assert.match(f.text, /year/, f.message);
      assert.equal(f.severity, 'info');
    }
  });
});
