import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core';
import gazetteer from '../../src/core/data/gazetteer.json';
import { extractMentions } from '../../src/core/extract/entities';
import { gazetteerType, isCity, isRegion } from '../../src/core/extract/lexicon';
import { prepareArticle } from '../../src/core/text/prepare';

function typed(text: string): string[] {
  return extractMentions(prepareArticle(text, DEFAULT_CONFIG).ctx).map(
    (m) => `${m.type}:${m.text.replace(/\s+/g, ' ')}`,
  );
}

describe('gazetteer data', () => {
  it('is what the installed data packages produce (run `npm run gazetteer` after upgrading them)', async () => {
    const { buildGazetteer } = await import('../../scripts/gazetteer.mjs');
    const committed = JSON.parse(
      readFileSync(resolve(__dirname, '../../src/core/data/gazetteer.json'), 'utf8'),
    );
    assert.deepEqual(committed, buildGazetteer());
  });

  it('stays small enough to ship in the web extension', () => {
    const bytes = readFileSync(resolve(__dirname, '../../src/core/data/gazetteer.json')).length;
    assert.ok(bytes < 1_000_000, `${bytes} bytes`);
  });

  it('holds the regions of every country in English, and the counties of Great Britain', () => {
    for (const r of ['Bavaria', 'Lower Saxony', 'Lombardy', 'Andalusia', 'Rio Grande do Sul', 'Tucumán'])
      assert.ok(gazetteer.regions.includes(r), r);
    for (const r of ['Merseyside', 'Tyne and Wear', 'North Yorkshire', 'Cumbria'])
      assert.ok(gazetteer.regions.includes(r), r);
  });

  it('keeps as weak evidence the regions named like a word or a person', () => {
    for (const r of ['Unity', 'Rivers', 'Kent', 'North East', 'Saint John']) {
      assert.ok(gazetteer.weakRegions.includes(r), r);
      assert.ok(!gazetteer.regions.includes(r), r);
    }
  });

  it('adds towns below 100,000 people, without the ones named like a word or a person', () => {
    for (const t of ['Harrogate', 'Otjiwarongo', 'Deggendorf']) assert.ok(gazetteer.towns.includes(t), t);
    // Deal (Kent), Wells (Somerset), Sale (Greater Manchester): everyday words.
    for (const t of ['Deal', 'Wells', 'Sale']) assert.ok(!gazetteer.towns.includes(t), t);
  });

  it('also holds names without their accents, unless that makes a word of them', () => {
    assert.ok(gazetteer.regions.includes('Tucuman'));
    assert.ok(gazetteer.gpe.includes('Bogota'));
    assert.ok(gazetteer.gpe.includes('Malé') && !gazetteer.gpe.includes('Male'));
  });
});

describe('gazetteer lookups', () => {
  it('types a region named like nothing else as a place, however it is capitalised', () => {
    assert.equal(gazetteerType('Lower Saxony'), 'GPE');
    assert.equal(gazetteerType('MERSEYSIDE'), 'GPE');
    assert.equal(gazetteerType('Tucuman'), 'GPE');
  });

  it('leaves a region named like a word or a person to the weak evidence', () => {
    assert.equal(gazetteerType('Kent'), undefined);
    assert.ok(isRegion('Kent') && isCity('Kent'));
    // A region named like a common word is not even weak evidence on its own.
    assert.ok(isRegion('Unity') && !isCity('Unity'));
    assert.equal(gazetteerType('Male'), undefined);
  });

  it('counts small towns as weak evidence, like cities', () => {
    assert.ok(isCity('Otjiwarongo'));
    assert.ok(!isRegion('Otjiwarongo'));
  });
});

describe('regions and towns in articles', () => {
  it('finds regions wherever they stand', () => {
    const found = typed('Flooding closed roads across Cumbria and North Yorkshire on Sunday, police said.');
    assert.deepEqual(found, ['GPE:Cumbria', 'GPE:North Yorkshire']);
  });

  it('reads a name followed by a region as a place', () => {
    const found = typed('Workers at the smelter in Vellandro, Lower Saxony, walked out on Monday.');
    assert.ok(found.includes('GPE:Vellandro'), found.join(', '));
    assert.ok(found.includes('GPE:Lower Saxony'), found.join(', '));
  });

  it('lets the article decide for a region named like a person', () => {
    const found = typed('Marion Kent, a union organiser, led the march. Kent said the talks had stalled.');
    assert.deepEqual(found, ['PERSON:Marion Kent', 'PERSON:Kent']);
    assert.ok(typed('Emergency crews from Kent joined the search on Tuesday.').includes('GPE:Kent'));
  });

  it('does not take a company named like a region for a place', () => {
    const found = typed('Shares in Unity fell 4% after the results were published on Friday.');
    assert.ok(!found.some((m) => m.startsWith('GPE')), found.join(', '));
  });

  it('finds a small town named by no other clue', () => {
    const found = typed('Storm news\n\nResidents of Otjiwarongo queued for water on Tuesday.');
    assert.ok(found.includes('GPE:Otjiwarongo'), found.join(', '));
  });
});
