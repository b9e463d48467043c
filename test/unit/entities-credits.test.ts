import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, analyzeStory, entityById } from '../../src/core';
import { extractMentions } from '../../src/core/extract/entities';
import { prepareArticle } from '../../src/core/text/prepare';

// People credited outside the prose: wire credit lines, front-matter authors, sign-offs.

function people(text: string): string[] {
  return extractMentions(prepareArticle(text, DEFAULT_CONFIG).ctx)
    .filter((m) => m.type === 'PERSON')
    .map((m) => m.text.replace(/\s+/g, ' '));
}

const BODY =
  'QUITO, May 4 (XPR) - Ecuador opened a new bridge over the Guayas river on Monday, the transport ministry said.\n\n';

describe('credited people', () => {
  it('reads the names of a wire credit line, also wrapped across lines, and not the places', () => {
    const names = people(
      `${BODY}(Reporting by Ana Lucía Ruiz in Quito and Tomás\r\nHale in Lima; Additional reporting by Wen Li; Editing by Paul de la Cruz)\n`,
    );
    assert.deepEqual(names, ['Ana Lucía Ruiz', 'Tomás Hale', 'Wen Li', 'Paul de la Cruz']);
  });

  it('does not take a desk or an agency for a person', () => {
    assert.deepEqual(people(`${BODY}(Reporting by XPR Staff; Editing by the Americas Desk)\n`), []);
  });

  it('reads the authors of Markdown front matter, as a field or a list', () => {
    assert.deepEqual(people(`---\ntitle: "Bridge opens"\nauthor: Dana Kowal\n---\n\n${BODY}`), [
      'Dana Kowal',
    ]);
    assert.deepEqual(people(`---\nauthors:\n  - Ana Ruiz\n  - Tom Hale\ndate: 2026-05-04\n---\n\n${BODY}`), [
      'Ana Ruiz',
      'Tom Hale',
    ]);
  });

  it('links a sign-off by first name to the author it names', () => {
    const text = `---\nauthor: Dana Kowal\n---\n\n${BODY}Thanks for reading.\n\n— Dana\n`;
    const story = analyzeStory([{ uri: 'file:///a.md', text }]);
    const signed = story.articles[0].mentions.find((m) => m.text === 'Dana');
    assert.ok(signed, JSON.stringify(story.articles[0].mentions.map((m) => m.text)));
    assert.equal(entityById(story, signed.entity)?.name, 'Dana Kowal');
  });
});

describe('a lone first name', () => {
  it('joins the one person of its article whose first name it is or begins', () => {
    const text =
      'Maximilian Ortega-Baines, who runs the shelter, met Kim Jae-won of the ministry on Monday. ' +
      '"We need beds," Max said. Kim said the ministry would help.';
    const story = analyzeStory([{ uri: 'file:///a.txt', text }]);
    const name = (t: string) =>
      entityById(story, story.articles[0].mentions.find((m) => m.text === t)?.entity ?? '')?.name;
    assert.equal(name('Max'), 'Maximilian Ortega-Baines');
    assert.equal(name('Kim'), 'Kim Jae-won');
  });

  it('stays alone when two people of the article share it', () => {
    const text = 'Ana Ruiz and Ana Torres spoke on Monday. Ana said the bridge was safe.';
    const story = analyzeStory([{ uri: 'file:///a.txt', text }]);
    const lone = story.articles[0].mentions.find((m) => m.text === 'Ana');
    assert.ok(lone);
    assert.equal(entityById(story, lone.entity)?.name, 'Ana');
  });
});
