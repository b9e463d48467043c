import * as assert from 'node:assert/strict';
import { extractClaims } from '../../src/core/extract/claims';
import type { ArticleContext, Figure, Span } from '../../src/core/model';

function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function ctx(text: string): ArticleContext {
  return { text, sentences: sentences(text), boilerplate: [], published: null };
}

function figure(text: string, s: string): Figure {
  const start = text.indexOf(s);
  return {
    start,
    end: start + s.length,
    kind: 'count',
    text: s,
    value: null,
    unit: null,
    qualifier: null,
    about: null,
  };
}

describe('extractClaims', () => {
  const text = [
    'The regional council approved a budget of 48 million euros for new tram lines on Tuesday.',
    'Is this the right moment?',
    'Wonderful.',
    'I think the city should be more ambitious.',
    'Police arrested 12 people after the protest in Ostrava, a spokeswoman said.',
  ].join(' ');

  it('keeps checkable assertions and drops questions, fragments and opinions', () => {
    const figures = [figure(text, '48 million euros'), figure(text, '12 people')];
    const claims = extractClaims(ctx(text), { mentions: [], figures, quotes: [] });
    assert.deepEqual(
      claims.map((c) => c.text),
      [
        'The regional council approved a budget of 48 million euros for new tram lines on Tuesday.',
        'Police arrested 12 people after the protest in Ostrava, a spokeswoman said.',
      ],
    );
  });

  it('gives ids by offset, spans into the text and scores in 0..1, in text order', () => {
    const claims = extractClaims(ctx(text), { mentions: [], figures: [], quotes: [] });
    assert.ok(claims.length > 0);
    let last = -1;
    for (const c of claims) {
      assert.equal(c.id, `c${c.start}`);
      assert.equal(text.slice(c.start, c.end), c.text);
      assert.ok(c.score !== undefined && c.score >= 0 && c.score <= 1);
      assert.ok(c.start > last);
      last = c.start;
    }
  });

  it('scores a sentence with figures and attribution above a bare statement', () => {
    const t =
      'Gale-force winds closed 30 schools across the province, officials said. The weather was bad today.';
    const scored = extractClaims(
      { ...ctx(t), sentences: sentences(t) },
      { mentions: [], figures: [figure(t, '30 schools')], quotes: [] },
    );
    assert.equal(scored.length, 1);
    assert.match(scored[0].text, /^Gale-force/);
  });
});
