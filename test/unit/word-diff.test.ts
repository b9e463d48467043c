import * as assert from 'node:assert/strict';
import { wordDiff } from '../../src/core/compare/wordDiff';

describe('wordDiff', () => {
  it('returns one equal run for identical texts', () => {
    assert.deepEqual(wordDiff('the bridge will reopen', 'the bridge will reopen'), [
      { op: 'equal', text: 'the bridge will reopen' },
    ]);
  });

  it('shows a replaced word as a deletion then an insertion', () => {
    assert.deepEqual(wordDiff('the bridge will reopen in May', 'the bridge will close in May'), [
      { op: 'equal', text: 'the bridge will' },
      { op: 'delete', text: 'reopen' },
      { op: 'insert', text: 'close' },
      { op: 'equal', text: 'in May' },
    ]);
  });

  it('ignores case and outer punctuation when matching words', () => {
    const ops = wordDiff('Rain, they said, is coming.', 'rain they said is coming');
    assert.deepEqual(
      ops.map((o) => o.op),
      ['equal'],
    );
  });

  it('handles insertions at the edges and empty texts', () => {
    assert.deepEqual(wordDiff('', 'new words'), [{ op: 'insert', text: 'new words' }]);
    assert.deepEqual(wordDiff('old words', ''), [{ op: 'delete', text: 'old words' }]);
    assert.deepEqual(wordDiff('market opens', 'the market opens today'), [
      { op: 'insert', text: 'the' },
      { op: 'equal', text: 'market opens' },
      { op: 'insert', text: 'today' },
    ]);
  });

  it('reassembles both texts from its operations', () => {
    const a = 'we will build three schools and one hospital by next spring';
    const b = 'we plan to build two schools and a hospital by spring';
    const ops = wordDiff(a, b);
    const left = ops.filter((o) => o.op !== 'insert').map((o) => o.text);
    const right = ops.filter((o) => o.op !== 'delete').map((o) => o.text);
    assert.equal(left.join(' '), a);
    assert.equal(right.join(' ').toLowerCase(), b);
  });
});
