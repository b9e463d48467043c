import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeStory } from '../../src/core';
import type { StoryAnalysis } from '../../src/core';

// Real scraped articles (several machine-paraphrased) beside the checkout; CI has them, a laptop may not.
const SEEDS = resolve(__dirname, '../../../shared/seeds');

describe('entities and names on the real seed articles', function () {
  let story: StoryAnalysis;
  const texts = new Map<string, string>();

  before(function () {
    if (!existsSync(SEEDS)) {
      console.log(
        `    (skipped: ${SEEDS} not found; these tests need the shared seed articles beside the checkout)`,
      );
      this.skip();
    }
    for (const f of readdirSync(SEEDS)
      .filter((n) => n.endsWith('.txt'))
      .sort())
      texts.set(f, readFileSync(join(SEEDS, f), 'utf8'));
    story = analyzeStory([...texts].map(([uri, text]) => ({ uri, text })));
  });

  function spellingAt(text: string): string[] {
    return story.findings
      .filter((f) => f.kind === 'name_spelling' && f.text.replace(/\s+/g, ' ') === text)
      .map((f) => f.uri);
  }

  it('links the principal people across all sources under their consensus names', () => {
    const names = story.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    for (const n of [
      'Antony Blinken',
      'Marcelo Ebrard',
      'Alejandro Mayorkas',
      'Ned Price',
      'Andres Manuel Lopez Obrador',
    ]) {
      assert.ok(names.includes(n), `${n} missing from ${names.join(', ')}`);
    }
    const blinken = story.entities.find((e) => e.name === 'Antony Blinken');
    const sources = story.articles.filter((a) => a.mentions.some((m) => m.entity === blinken?.id));
    assert.equal(sources.length, 5);
  });

  it('flags the misspelt names of the paraphrased copies, with the consensus spelling', () => {
    for (const variant of [
      'Anthony Brinken',
      'Brinken',
      'Alejandro Majorcas',
      'Alejandro Mallorcas',
      'Marcelo Ebral',
      'Marcelo E Brad',
    ]) {
      assert.equal(spellingAt(variant).length, 1, `${variant} not flagged once`);
    }
    const f = story.findings.find((x) => x.text === 'Anthony Brinken');
    assert.deepEqual(f?.suggestions, ['Antony Blinken']);
    assert.equal(f?.related.length, 4);
  });

  it('flags a researcher spelled two ways within one article', () => {
    assert.equal(spellingAt('Le Cour').length, 1);
  });

  it('does not flag accents, initials or surname-only mentions', () => {
    for (const fine of [
      'Andres Manuel López Obrador',
      'Antony J. Blinken',
      'Alejandro N. Mayorkas',
      'Lopez Obrador',
      'Blinken',
      'Ebrard',
    ]) {
      assert.deepEqual(spellingAt(fine), [], `${fine} flagged`);
    }
  });

  it('recognises organisations and programmes and links the short form of a programme', () => {
    const byName = new Map(story.entities.map((e) => [e.name, e]));
    assert.equal(byName.get('Merida Initiative')?.type, 'LAW');
    assert.ok(byName.get('Merida Initiative')?.aliases.includes('Merida'));
    assert.ok(story.entities.some((e) => e.type === 'ORG' && /State Department/.test(e.name)));
    assert.ok(byName.has('University of Southern California'));
  });

  it('analyses none of the site boilerplate', () => {
    for (const a of story.articles) {
      const text = texts.get(a.uri) ?? '';
      for (const marker of [
        'Source link',
        '- Advertisement -',
        'More like this',
        'Please enter your comment!',
      ]) {
        let at = text.indexOf(marker);
        while (at >= 0) {
          assert.ok(
            a.boilerplate.some((b) => b.start <= at && b.end >= at + marker.length),
            `${a.uri}: '${marker}' at ${at} not boilerplate`,
          );
          at = text.indexOf(marker, at + 1);
        }
      }
      for (const m of a.mentions)
        assert.ok(!a.boilerplate.some((b) => m.start < b.end && m.end > b.start), `${a.uri}: ${m.text}`);
    }
  });
});
