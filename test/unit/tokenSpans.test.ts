import * as assert from 'node:assert/strict';
import { lineStarts } from '../../src/core';
import { flattenSpans, splitByLines } from '../../src/vscode/tokenSpans';
import type { TokenSpan } from '../../src/vscode/tokenSpans';
import { isIncluded, matchGlob } from '../../src/core/glob';

const span = (start: number, end: number, type: number, priority: number): TokenSpan => ({
  start,
  end,
  type,
  modifiers: 0,
  priority,
});

describe('flattenSpans', () => {
  it('cuts a higher-priority span out of a lower one', () => {
    const flat = flattenSpans([span(0, 20, 1, 1), span(5, 10, 2, 3)]);
    assert.deepEqual(
      flat.map((s) => [s.start, s.end, s.type]),
      [
        [0, 5, 1],
        [5, 10, 2],
        [10, 20, 1],
      ],
    );
  });

  it('drops empty spans and keeps disjoint ones', () => {
    const flat = flattenSpans([span(3, 3, 1, 1), span(8, 9, 2, 1), span(0, 2, 1, 1)]);
    assert.deepEqual(
      flat.map((s) => [s.start, s.end]),
      [
        [0, 2],
        [8, 9],
      ],
    );
  });
});

describe('splitByLines', () => {
  it('splits a span crossing line ends and skips the terminators', () => {
    const text = 'ab\r\ncd\nef';
    const tokens = splitByLines([span(1, 9, 0, 0)], text, lineStarts(text));
    assert.deepEqual(
      tokens.map((t) => [t.line, t.character, t.length]),
      [
        [0, 1, 1],
        [1, 0, 2],
        [2, 0, 2],
      ],
    );
  });
});

describe('glob', () => {
  it('matches ** across folders and at the root', () => {
    assert.deepEqual(
      ['a.txt', 'x/y/a.txt', 'a.md'].map((p) => matchGlob('**/*.txt', p)),
      [true, true, false],
    );
  });

  it('applies excludes after includes', () => {
    assert.equal(isIncluded('node_modules/x/a.md', ['**/*.md'], ['**/node_modules/**']), false);
    assert.equal(isIncluded('docs/README.md', ['**/*.md'], ['**/README.md']), false);
    assert.equal(isIncluded('news/{1}.md', ['news/*.{md,txt}'], []), true);
  });
});
