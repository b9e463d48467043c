import * as assert from 'node:assert/strict';
import { extractQuotes } from '../../src/core/extract/quotes';
import type { ArticleContext, Mention, Quote, Span } from '../../src/core/model';

function ctx(text: string, boilerplate: Span[] = []): ArticleContext {
  return { text, sentences: [], boilerplate, published: null };
}

/** A hand-made PERSON mention of the n-th occurrence of `name`. */
function person(text: string, name: string, nth = 0): Mention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(name, at + 1);
  assert.ok(at >= 0, `${name} not in text`);
  return { start: at, end: at + name.length, entity: '', type: 'PERSON', text: name };
}

function texts(quotes: readonly Quote[]): string[] {
  return quotes.map((q) => q.text);
}

function speakerOf(text: string, q: Quote): string | null {
  return q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : (q.speakerLabel ?? null);
}

describe('extractQuotes', () => {
  it('finds straight and curly quotations with spans into the text', () => {
    const text =
      'Mayor Ilse Brandt said, "The tunnel opens in June." Later she added: “We are proud of the crews.”';
    const quotes = extractQuotes(ctx(text), [person(text, 'Ilse Brandt')]);
    assert.deepEqual(texts(quotes), ['The tunnel opens in June.', 'We are proud of the crews.']);
    for (const q of quotes) {
      assert.equal(text.slice(q.start, q.end), q.text);
      assert.equal(q.id, `q${q.start}`);
      assert.equal(q.speaker, null);
      assert.equal(speakerOf(text, q), 'Ilse Brandt');
    }
  });

  it('reads a closing mark used as an opening one', () => {
    const text = '” We will rebuild the pier before autumn,” Tomas Lindqvist said on Monday.';
    const quotes = extractQuotes(ctx(text), [person(text, 'Tomas Lindqvist')]);
    assert.deepEqual(texts(quotes), ['We will rebuild the pier before autumn']);
    assert.equal(speakerOf(text, quotes[0]), 'Tomas Lindqvist');
  });

  it('attributes "said X", "X said" and "X, the role, said"', () => {
    const text = [
      '“The harvest was the best in a decade,” said Rosa Amaral, who runs the cooperative.',
      '',
      '“Prices will hold until spring,” Pieter Claes, the farm minister, told reporters.',
      '',
      '“Nobody expected the frost,” Amaral said.',
    ].join('\n');
    const mentions = [person(text, 'Rosa Amaral'), person(text, 'Pieter Claes'), person(text, 'Amaral', 1)];
    const quotes = extractQuotes(ctx(text), mentions);
    assert.deepEqual(
      quotes.map((q) => speakerOf(text, q)),
      ['Rosa Amaral', 'Pieter Claes', 'Amaral'],
    );
  });

  it('resolves pronouns and descriptions to the nearest fitting person', () => {
    const text = [
      'Fire chief Marta Kowalczyk inspected the warehouse on Tuesday.',
      '',
      '“The sprinklers never switched on,” she said.',
      '',
      'The city spokesman, Idris Fofana, disagreed. “The system passed its last test,” the spokesman said.',
    ].join('\n');
    const quotes = extractQuotes(ctx(text), [person(text, 'Marta Kowalczyk'), person(text, 'Idris Fofana')]);
    assert.deepEqual(
      quotes.map((q) => speakerOf(text, q)),
      ['Marta Kowalczyk', 'Idris Fofana'],
    );
    assert.deepEqual(quotes[0].speakerSpan, {
      start: text.indexOf('Marta'),
      end: text.indexOf(' inspected'),
    });
  });

  it('labels anonymous speakers and lets "the official" refer back to them', () => {
    const text =
      '“The talks are at an early stage,” a senior trade official said. “We expect a draft by March,” the official added.';
    const quotes = extractQuotes(ctx(text), []);
    assert.deepEqual(
      quotes.map((q) => [q.speakerLabel, q.speakerSpan]),
      [
        ['a senior trade official', null],
        ['a senior trade official', null],
      ],
    );
  });

  it('splits a quotation interrupted by its attribution into two with the same speaker', () => {
    const text = '“The river is rising,” Hana Novak said, “and the levee will not hold another night.”';
    const quotes = extractQuotes(ctx(text), [person(text, 'Hana Novak')]);
    assert.deepEqual(texts(quotes), ['The river is rising', 'and the levee will not hold another night.']);
    assert.deepEqual(
      quotes.map((q) => speakerOf(text, q)),
      ['Hana Novak', 'Hana Novak'],
    );
  });

  it('gives a quotation running over paragraphs one quote per paragraph, all attributed', () => {
    const text = [
      'Coach Elena Voss spoke after the final.',
      '',
      '“We trained through the winter, and nobody complained once.',
      '',
      '“That is why we won,” Voss said.',
    ].join('\n');
    const quotes = extractQuotes(ctx(text), [person(text, 'Elena Voss'), person(text, 'Voss', 1)]);
    assert.deepEqual(texts(quotes), [
      'We trained through the winter, and nobody complained once.',
      'That is why we won',
    ]);
    assert.deepEqual(
      quotes.map((q) => speakerOf(text, q)),
      ['Voss', 'Voss'],
    );
  });

  it('keeps nested quotation marks inside the outer quotation', () => {
    const text = '“My father told me ‘never sell the boat’ and I listened,” said Ana Ruiz.';
    const quotes = extractQuotes(ctx(text), [person(text, 'Ana Ruiz')]);
    assert.deepEqual(texts(quotes), ['My father told me ‘never sell the boat’ and I listened']);
  });

  it('finds single-quoted quotations in headlines but not apostrophes', () => {
    const text = [
      'Minister: ‘We will not raise fares’',
      '',
      "Residents' groups said the '90s-era trains don't run on time, and the operator's data agree.",
    ].join('\n');
    const quotes = extractQuotes(ctx(text), []);
    assert.deepEqual(texts(quotes), ['We will not raise fares']);
  });

  it('does not take nicknames, titles or scare quotes for quotations', () => {
    const text = [
      'Police arrested Marco “The Shadow” Bellini in a raid.',
      '',
      'The so-called “green corridor” plan was shelved, and the “Harbour Renewal Fund” was closed.',
      '',
      'Critics call it a “paper tiger” policy.',
      '',
      'She described the outcome as “deeply unfair,” her lawyer said.',
    ].join('\n');
    const quotes = extractQuotes(ctx(text), []);
    assert.deepEqual(texts(quotes), ['deeply unfair']);
  });

  it('works on hard-wrapped wire copy', () => {
    const text = [
      '"The reservoir is at its lowest level since',
      'records began," Judith Okafor, the water board',
      'chair, said on Friday. "We are asking everyone',
      'to save water."',
    ].join('\n');
    const quotes = extractQuotes(ctx(text), [person(text, 'Judith Okafor')]);
    assert.equal(quotes.length, 2);
    assert.equal(quotes[0].text, 'The reservoir is at its lowest level since\nrecords began');
    assert.deepEqual(
      quotes.map((q) => speakerOf(text, q)),
      ['Judith Okafor', 'Judith Okafor'],
    );
  });

  it('ignores quotations in boilerplate', () => {
    const text =
      'Subscribe: "Get the news first, every morning."\n\n"The vote is on Sunday," Omar Haddad said.';
    const boiler = { start: 0, end: text.indexOf('\n') };
    const quotes = extractQuotes(ctx(text, [boiler]), []);
    assert.deepEqual(texts(quotes), ['The vote is on Sunday']);
    assert.equal(quotes[0].speakerLabel, 'Omar Haddad');
  });

  it('survives unbalanced marks without swallowing the next paragraph', () => {
    const text = 'He said the plan was “dead on arrival.\n\n“We start over,” said Lena Berg.';
    const quotes = extractQuotes(ctx(text), []);
    assert.ok(texts(quotes).includes('We start over'));
    assert.ok(quotes.every((q) => !q.text.includes('\n\n')));
  });
});
