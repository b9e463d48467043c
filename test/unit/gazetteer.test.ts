import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

describe('gazetteer data', () => {
  it('is what the installed data packages produce (run `npm run gazetteer` after upgrading them)', async () => {
    const { buildGazetteer } = await import('../../scripts/gazetteer.mjs');
    const committed = JSON.parse(
      readFileSync(resolve(__dirname, '../../src/core/data/gazetteer.json'), 'utf8'),
    );
    assert.deepEqual(committed, buildGazetteer());
  });
});
