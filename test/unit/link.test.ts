import * as assert from 'node:assert/strict';
import { analyzeStory, parseLensConfig } from '../../src/core';
import type { ArticleInput, StoryAnalysis } from '../../src/core';

const A = `Harbor Commissioner Tomasz Wiercinski said the port would reopen on Monday.
Wiercinski told reporters the crane collapse had been "a warning".
Dock worker Elena Marsh, who saw the collapse, said she ran.`;
const B = `Port officials led by Harbor Commissioner Tomasz Wiercinski met on Friday.
The commissioner, Tomasz Wiercinski, declined to name a cause.
Another worker, Paul Marsh, said the crane had swayed for days.`;
const C = `Harbor Commissioner Tomasz Wierczinski said repairs would take weeks.
Residents near the port said Wierczinski had not answered their letters.`;
const D = `Harbor Commissioner Tomasz J. Wiercinski visited the site with José Núñez of the dockworkers' union.`;
const E = `Jose Nunez, a union steward, said members had raised concerns.`;

function story(docs: Record<string, string>, config?: unknown): StoryAnalysis {
  const inputs: ArticleInput[] = Object.entries(docs).map(([uri, text]) => ({ uri, text }));
  return analyzeStory(inputs, config ? { config: parseLensConfig(config).config } : {});
}

function entityOf(result: StoryAnalysis, uri: string, text: string): string {
  const m = result.articles.find((a) => a.uri === uri)?.mentions.find((x) => x.text === text);
  assert.ok(m, `no mention '${text}' in ${uri}`);
  return m.entity;
}

describe('cross-source linking', () => {
  it('links full names, surname-only and initial-bearing forms of one person', () => {
    const r = story({ 'a.txt': A, 'b.txt': B, 'd.txt': D });
    const id = entityOf(r, 'a.txt', 'Tomasz Wiercinski');
    assert.equal(entityOf(r, 'a.txt', 'Wiercinski'), id);
    assert.equal(entityOf(r, 'b.txt', 'Tomasz Wiercinski'), id);
    assert.equal(entityOf(r, 'd.txt', 'Tomasz J. Wiercinski'), id);
    assert.equal(r.entities.find((e) => e.id === id)?.name, 'Tomasz Wiercinski');
  });

  it('keeps two people who share a surname apart', () => {
    const r = story({ 'a.txt': A, 'b.txt': B });
    assert.notEqual(entityOf(r, 'a.txt', 'Elena Marsh'), entityOf(r, 'b.txt', 'Paul Marsh'));
  });

  it('links accent-folded spellings without flagging them', () => {
    const r = story({ 'd.txt': D, 'e.txt': E });
    assert.equal(entityOf(r, 'd.txt', 'José Núñez'), entityOf(r, 'e.txt', 'Jose Nunez'));
    assert.equal(r.findings.filter((f) => f.kind === 'name_spelling').length, 0);
  });

  it('records the titles each source gives a person', () => {
    const r = story({ 'a.txt': A, 'b.txt': B });
    const e = r.entities.find((x) => x.name === 'Tomasz Wiercinski');
    assert.deepEqual(e?.roles?.['a.txt'], ['Harbor Commissioner']);
  });

  it('links an acronym to the name it abbreviates', () => {
    const r = story({
      'a.txt': 'The Regional Transit Authority approved the budget on Monday.',
      'b.txt': 'Officials at the RTA said fares would not rise.',
    });
    assert.equal(entityOf(r, 'a.txt', 'Regional Transit Authority'), entityOf(r, 'b.txt', 'RTA'));
  });
});

describe('name-spelling findings', () => {
  it('flags the variant spelling at each form, with the consensus in the other sources', () => {
    const r = story({ 'a.txt': A, 'b.txt': B, 'c.txt': C });
    const found = r.findings.filter((f) => f.kind === 'name_spelling');
    assert.deepEqual(
      found.map((f) => [f.uri, f.text]),
      [
        ['c.txt', 'Tomasz Wierczinski'],
        ['c.txt', 'Wierczinski'],
      ],
    );
    assert.deepEqual(found[0].suggestions, ['Tomasz Wiercinski']);
    assert.deepEqual(found[1].suggestions, ['Wiercinski']);
    assert.deepEqual(
      found[0].related.map((x) => x.uri),
      ['a.txt', 'b.txt'],
    );
    for (const f of found) assert.equal(C.slice(f.start, f.end), f.text);
  });

  it('flags a name spelled two ways inside one article', () => {
    const r = story({
      'a.txt': 'Researcher Ingrid Solbakken led the survey. Solbaken said the data were incomplete.',
      'b.txt': 'Nothing about her here.',
    });
    const f = r.findings.find((x) => x.kind === 'name_spelling');
    assert.equal(f?.text, 'Solbaken');
    assert.equal(f?.related[0].text, 'Ingrid Solbakken');
  });

  it('reports a one-to-one disagreement as information, and links the garbled surname', () => {
    const r = story({
      'a.txt': 'Transport Minister Liesel Haberkamp opened the line.',
      'b.txt': 'Transport Minister Liesel Hebercamp opened the line.',
    });
    const f = r.findings.filter((x) => x.kind === 'name_spelling');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'info');
  });

  it('does not take an extra word before a name for a misspelling', () => {
    const r = story({
      'a.txt': 'Police later Detained Oskar Villanueva at the border.',
      'b.txt': 'Police detained Oskar Villanueva. Oskar Villanueva was released.',
    });
    assert.equal(r.findings.filter((x) => x.kind === 'name_spelling').length, 0);
  });

  it('does not flag an accepted spelling', () => {
    const r = story(
      { 'a.txt': A, 'b.txt': B, 'c.txt': C },
      { acceptedSpellings: ['Tomasz Wierczinski', 'Wierczinski'] },
    );
    assert.equal(r.findings.filter((f) => f.kind === 'name_spelling').length, 0);
  });

  it('keeps names declared distinct apart', () => {
    const r = story(
      { 'a.txt': A, 'b.txt': B, 'c.txt': C },
      { distinctEntities: [['Tomasz Wiercinski', 'Tomasz Wierczinski']] },
    );
    assert.notEqual(entityOf(r, 'a.txt', 'Tomasz Wiercinski'), entityOf(r, 'c.txt', 'Tomasz Wierczinski'));
  });

  it('keeps a lone surname apart when the configuration names it or its full name', () => {
    const docs = { 'a.txt': A, 'b.txt': B, 'c.txt': C };
    for (const pair of [
      ['Wierczinski', 'Tomasz Wiercinski'],
      ['Tomasz Wierczinski', 'Tomasz Wiercinski'],
    ]) {
      const r = story(docs, { distinctEntities: [pair] });
      assert.notEqual(
        entityOf(r, 'c.txt', 'Wierczinski'),
        entityOf(r, 'a.txt', 'Tomasz Wiercinski'),
        pair.join(' / '),
      );
    }
  });

  it('can be switched off by severity configuration', () => {
    const r = story({ 'a.txt': A, 'b.txt': B, 'c.txt': C }, { severity: { name_spelling: 'off' } });
    assert.equal(r.findings.filter((f) => f.kind === 'name_spelling').length, 0);
  });
});

describe('letters that do not decompose', () => {
  it('treats dotless i, ł, ø and ß like their plain letters when sources drop them', () => {
    const r = story({
      'a.txt':
        'Rescue worker Aylin Yıldız said the village of Karaağaçlı was cut off. Piotr Michałowski agreed.',
      'b.txt': 'Rescue worker Aylin Yildiz said roads were blocked. Piotr Michalowski agreed.',
      'c.txt': 'Rescue worker Aylin Yıldız said help was coming. Piotr Michałowski agreed.',
    });
    assert.deepEqual(
      r.findings.filter((x) => x.kind === 'name_spelling').map((x) => x.text),
      [],
    );
    assert.equal(entityOf(r, 'a.txt', 'Aylin Yıldız'), entityOf(r, 'b.txt', 'Aylin Yildiz'));
  });
});

describe('Spanish and Portuguese surnames', () => {
  it('links the first of two surnames, used alone, to the full name', () => {
    const r = story({
      'a.txt': 'Hydrologist Valeria Montes Ocampo said the brine would run out. Montes warned of drought.',
      'b.txt': 'Valeria Montes Ocampo, a hydrologist, was not consulted.',
    });
    assert.equal(entityOf(r, 'a.txt', 'Montes'), entityOf(r, 'b.txt', 'Valeria Montes Ocampo'));
  });
});

describe('typing differences that are not misspellings', () => {
  it('reads a curly and a straight apostrophe as one spelling', () => {
    const r = story({
      'a.txt': "Chief Wesley Sk'emtsin said the elders were safe.",
      'b.txt': 'Chief Wesley Sk’emtsin said the elders were safe.',
      'c.txt': "Chief Wesley Sk'emtsin thanked the crews.",
    });
    assert.deepEqual(
      r.findings.filter((x) => x.kind === 'name_spelling').map((x) => x.text),
      [],
    );
  });

  it('still flags a surname that is an everyday word misspelt into another one', () => {
    const r = story({
      'a.txt': 'State Department spokesman Ned Price said talks went well.',
      'b.txt': 'State Department spokesman Ned Price declined to comment.',
      'c.txt': 'State Department spokesman Ned Rice said talks went well.',
    });
    assert.deepEqual(
      r.findings.filter((x) => x.kind === 'name_spelling').map((x) => [x.uri, x.text]),
      [['c.txt', 'Ned Rice']],
    );
  });

  it('keeps a title with a portfolio joined by "and" whole, and compares it as one office', () => {
    const r = story({
      'a.txt': 'Emergency Management and Climate Readiness Minister Navdeep Sandhu said crews were ready.',
      'b.txt': 'Emergency Management Minister Navdeep Sandhu said crews were ready.',
    });
    assert.equal(
      r.articles[0].mentions.find((m) => m.text === 'Navdeep Sandhu')?.title,
      'Emergency Management and Climate Readiness Minister',
    );
    assert.deepEqual(
      r.findings.filter((x) => x.kind === 'role'),
      [],
    );
  });
});

describe('transliterated first names', () => {
  it('links a first name spelled another way when the surname is the same, and keeps another person apart', () => {
    const r = story({
      'a.txt': 'Union leader Rajiv Dasgupta said talks had failed. Dr Priya Dasgupta, a GP, agreed.',
      'b.txt': 'Union leader Rajiv Dasgupta called the offer an insult.',
      'c.txt': 'Union leader Rajeev Dasgupta said members would walk out.',
    });
    const f = r.findings.filter((x) => x.kind === 'name_spelling');
    assert.deepEqual(
      f.map((x) => [x.uri, x.text]),
      [['c.txt', 'Rajeev Dasgupta']],
    );
    assert.notEqual(entityOf(r, 'a.txt', 'Priya Dasgupta'), entityOf(r, 'a.txt', 'Rajiv Dasgupta'));
  });
});

describe('role findings', () => {
  it('flags a person given another office than the other sources give', () => {
    const r = story({
      'a.txt': 'City Manager Rosa Ibekwe said the roads would be cleared.',
      'b.txt': 'City Manager Rosa Ibekwe thanked the crews.',
      'c.txt': 'Deputy Mayor Rosa Ibekwe said the roads would be cleared.',
    });
    const f = r.findings.filter((x) => x.kind === 'role');
    assert.deepEqual(
      f.map((x) => x.uri),
      ['c.txt'],
    );
    assert.equal(f[0].related.length, 2);
  });

  it('does not flag the same office worded differently', () => {
    const r = story({
      'a.txt': 'Company spokesman Arno Veldt said output would resume.',
      'b.txt': 'Company spokesperson Arno Veldt said output would resume.',
      'c.txt': 'Former Company spokesman Arno Veldt spoke too.',
    });
    assert.equal(r.findings.filter((x) => x.kind === 'role').length, 0);
  });

  it('reads roles in apposition, before or after the name, and compares them', () => {
    const r = story({
      'a.txt':
        "Hospitals were busy, said Professor Ines Morrow, the health service's national medical director, on Monday.",
      'b.txt': "Prof Ines Morrow, the health service's national medical director, says wards are open.",
      'c.txt': 'Health service chief executive Professor Ines Morrow said wards were open.',
    });
    const a = r.articles[0].mentions.find((m) => m.text === 'Ines Morrow');
    assert.equal(a?.title, "the health service's national medical director");
    const f = r.findings.filter((x) => x.kind === 'role');
    assert.deepEqual(
      f.map((x) => [x.uri, x.text]),
      [['c.txt', 'chief executive Professor']],
    );
  });

  it('tells ministers apart by portfolio, and not by how the portfolio is worded', () => {
    const r = story({
      'a.txt': "Chile's Mines and Energy Minister Tomas Orrego said the plant would open.",
      'b.txt': 'Energy Minister Tomas Orrego said the plant would open.',
      'c.txt':
        'Credit was pledged, according to the Minister of Trade and Industry, Tomas Orrego, on Friday.',
      'd.txt': 'The Minister of Mines and Energy, Tomas Orrego, visited the site.',
    });
    const f = r.findings.filter((x) => x.kind === 'role');
    assert.deepEqual(
      f.map((x) => [x.uri, x.text]),
      [['c.txt', 'Minister of Trade and Industry']],
    );
  });

  it('reads a deputy before a country, a portfolio before an honorific, and lower-case roles around a name', () => {
    const r = story({
      'a.txt':
        'U.S. Attorney Gregor Hallam said the verdict was just. Provincial water minister Syed Imran Qadri agreed.',
      'b.txt':
        'Manhattan U.S. Attorney Gregor Hallam spoke. Water minister Syed Imran Qadri said the canal held.',
      'c.txt':
        "Deputy U.S. Attorney Gregor Hallam spoke. Sindh's farming minister, Syed Imran Qadri, said the canal held.",
    });
    const qadri = r.articles[2].mentions.find((m) => m.text === 'Imran Qadri');
    assert.equal(qadri?.title, 'farming minister');
    const f = r.findings.filter((x) => x.kind === 'role');
    assert.deepEqual(
      f.map((x) => [x.uri, x.text]),
      [
        ['c.txt', 'Deputy U.S. Attorney'],
        ['c.txt', 'farming minister'],
      ],
    );
  });

  it('takes the head of a service for its director, and reads a lower-case complement', () => {
    const r = story({
      'a.txt': "Rosa Mbeki, the ministry's national director of public health, said stocks were low.",
      'b.txt': "Rosa Mbeki, the ministry's national head of public health, said stocks were low.",
      'c.txt': 'Deputy Health Minister Rosa Mbeki said stocks were low.',
    });
    const f = r.findings.filter((x) => x.kind === 'role');
    assert.deepEqual(
      f.map((x) => [x.uri, x.text]),
      [['c.txt', 'Deputy Health Minister']],
    );
  });

  it('links a name written family name first to its English order, and an acronym defined in brackets', () => {
    const r = story({
      'a.txt':
        'Hiroshi Tanaka of Soryeon Mobile Networks (SRM) spoke. SRM shares fell. Hanul Telecom, SRM said, agreed.',
      'b.txt': 'Tanaka Hiroshi said Soryeon Mobile Networks would pay.',
    });
    assert.equal(entityOf(r, 'a.txt', 'Hiroshi Tanaka'), entityOf(r, 'b.txt', 'Tanaka Hiroshi'));
    const srm = r.articles[0].mentions.filter((m) => m.text === 'SRM').map((m) => m.entity);
    assert.deepEqual(new Set(srm), new Set([entityOf(r, 'a.txt', 'Soryeon Mobile Networks')]));
    assert.notEqual(entityOf(r, 'a.txt', 'Hanul Telecom'), entityOf(r, 'a.txt', 'Soryeon Mobile Networks'));
  });

  it('links a Spanish short form that drops the second names to the full name', () => {
    const r = story({
      'a.txt': 'Minister María José Fuentes Ortúzar and union leader Luis Alberto Araya Tapia met.',
      'b.txt': 'Maria Jose Fuentes spoke, and Luis Araya answered; Pedro Araya, no relation, did not.',
    });
    assert.equal(
      entityOf(r, 'a.txt', 'María José Fuentes Ortúzar'),
      entityOf(r, 'b.txt', 'Maria Jose Fuentes'),
    );
    assert.equal(entityOf(r, 'a.txt', 'Luis Alberto Araya Tapia'), entityOf(r, 'b.txt', 'Luis Araya'));
    assert.notEqual(entityOf(r, 'b.txt', 'Pedro Araya'), entityOf(r, 'b.txt', 'Luis Araya'));
  });

  it('does not flag German umlauts written out, and still flags a slip', () => {
    const r = story({
      'a.txt': 'Premier Jürgen Köhler and Sabine Weißmüller met. Köhler said no.',
      'b.txt': 'Premier Jürgen Köhler spoke with Sabine Weißmüller.',
      'c.txt': 'Premier Juergen Koehler met Sabine Weissmueller. Koeler said no.',
    });
    const spelling = r.findings.filter((f) => f.kind === 'name_spelling').map((f) => [f.uri, f.text]);
    assert.deepEqual(spelling, [['c.txt', 'Koeler']]);
  });

  it('links a company with and without its corporate suffix, and a mixed-case short name in brackets', () => {
    const r = story({
      'a.txt':
        'Hunan Jinlin Rare Metals Co said so. The Ministry of Commerce (Mofcom) agreed, and later Mofcom said more.',
      'b.txt': 'Hunan Jinlin Rare Metals fell 3%.',
    });
    assert.equal(
      entityOf(r, 'a.txt', 'Hunan Jinlin Rare Metals Co'),
      entityOf(r, 'b.txt', 'Hunan Jinlin Rare Metals'),
    );
    const mofcom = r.articles[0].mentions.filter((m) => m.text === 'Mofcom').map((m) => m.entity);
    assert.deepEqual(new Set(mofcom), new Set([entityOf(r, 'a.txt', 'Ministry of Commerce')]));
  });

  it("links a country by any of its names, the wire's compass abbreviation, and markup in a name", () => {
    const r = story({
      'a.txt': 'Turkey and S.Korea met the Korea Internet &amp; Security Agency.',
      'b.txt': 'Türkiye and South Korea met the Korea Internet & Security Agency.',
    });
    assert.equal(entityOf(r, 'a.txt', 'Turkey'), entityOf(r, 'b.txt', 'Türkiye'));
    assert.equal(entityOf(r, 'a.txt', 'S.Korea'), entityOf(r, 'b.txt', 'South Korea'));
    assert.equal(
      entityOf(r, 'a.txt', 'Korea Internet &amp; Security Agency'),
      entityOf(r, 'b.txt', 'Korea Internet & Security Agency'),
    );
  });
});
