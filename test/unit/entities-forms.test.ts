import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, analyzeStory } from '../../src/core';
import { extractMentions } from '../../src/core/extract/entities';
import { prepareArticle } from '../../src/core/text/prepare';

// Name forms of international news: head-first names, ampersands, possessives inside names,
// titles with several words, abbreviations that are not names.

function typed(text: string): string[] {
  return extractMentions(prepareArticle(text, DEFAULT_CONFIG).ctx).map(
    (m) => `${m.type}:${m.text.replace(/\s+/g, ' ')}`,
  );
}

describe('entity name forms', () => {
  it('types head-first names of Romance languages by their first word', () => {
    const t = typed(
      'Workers of the Empresa Minera del Norte marched from the Plaza de Armas to the Rue de Rivoli and the Lago Verde.',
    );
    assert.ok(t.includes('ORG:Empresa Minera del Norte'), t.join(', '));
    assert.ok(t.includes('FAC:Plaza de Armas'), t.join(', '));
    assert.ok(t.includes('FAC:Rue de Rivoli'), t.join(', '));
    assert.ok(t.includes('LOC:Lago Verde'), t.join(', '));
  });

  it('keeps an ampersand inside a company name, also as scraped markup', () => {
    assert.ok(typed('Shares of Harlow & Finch Holdings rose.').includes('ORG:Harlow & Finch Holdings'));
    assert.ok(
      typed('Shares of Harlow &amp; Finch Holdings rose.').includes('ORG:Harlow &amp; Finch Holdings'),
    );
  });

  it('keeps a possessive inside a hospital or school name, and ends a name at other possessives', () => {
    const t = typed(
      "She was taken to St Agnes' Hospital, then to Queen Mary's Children's Infirmary. Mark's car was found.",
    );
    assert.ok(t.includes("FAC:St Agnes' Hospital"), t.join(', '));
    assert.ok(t.includes("FAC:Queen Mary's Children's Infirmary"), t.join(', '));
    assert.ok(!t.some((x) => x.startsWith('PERSON:Mark') && x.includes('car')), t.join(', '));
  });

  it('reads titles of several words before a name and long names with connectors', () => {
    const t = typed(
      'Chief Executive Lorna Vasquez met Executive Vice-President Piet de Groot and Energy Minister Ana Lucía Ferreira de la Cruz.',
    );
    assert.ok(t.includes('PERSON:Lorna Vasquez'), t.join(', '));
    assert.ok(t.includes('PERSON:Piet de Groot'), t.join(', '));
    assert.ok(t.includes('PERSON:Ana Lucía Ferreira de la Cruz'), t.join(', '));
  });

  it('does not read a date after a connector as part of a name', () => {
    const t = typed('The decision was taken by the Competition Commission on Tuesday in Pretoria.');
    assert.ok(t.includes('ORG:Competition Commission'), t.join(', '));
  });

  it('ignores time zones, job abbreviations, currencies and capitalised headline words', () => {
    const t = typed(
      'The talks began at 1430 GMT. The CEO said US$2 billion was at stake. LIVE coverage follows.',
    );
    assert.deepEqual(t, []);
  });

  it('reads an acronym and a name as an organisation, and continental adjectives as nationalities', () => {
    const t = typed('NHS Scotland said European regulators and Asian buyers were told.');
    assert.ok(t.includes('ORG:NHS Scotland'), t.join(', '));
    assert.ok(t.includes('NORP:European'), t.join(', '));
    assert.ok(t.includes('NORP:Asian'), t.join(', '));
  });
});

describe('entity forms: regions, emphasis, repeated heads', () => {
  it('knows continents and world regions, and an organisation named for one', () => {
    const t = typed('Exports to Latin America and Europe rose, said the Fair Trade Alliance Europe.');
    assert.ok(t.includes('LOC:Latin America'), t.join(', '));
    assert.ok(t.includes('LOC:Europe'), t.join(', '));
    assert.ok(t.includes('ORG:Fair Trade Alliance Europe'), t.join(', '));
  });

  it('drops a word in capitals that the article also writes in lower case', () => {
    const t = typed('UPDATE: traffic disruption continued. DISRUPTION on the trains is expected.');
    assert.deepEqual(t, []);
  });

  it('reads a lone organisation head after "the" as the organisation', () => {
    const t = typed(
      'The Competition Commission ruled on Monday. Lawyers said the Commission had overreached.',
    );
    assert.deepEqual(t, ['ORG:Competition Commission', 'ORG:Commission']);
  });
});

describe('entity forms: around the name', () => {
  it('keeps time zones, weather units and "-based" out of names', () => {
    const t = typed(
      'Updated 14:32 GMT Tuesday. Glasgow 3°C Light rain. The Lagos-based Harlow Research Group said so.',
    );
    assert.ok(!t.some((x) => /GMT|Light/.test(x)), t.join(', '));
    assert.ok(t.includes('GPE:Lagos'), t.join(', '));
  });

  it('lets an English head word at the end win over a head-first word', () => {
    const t = typed('Analysts at Cordillera Mining Advisory and the Sierra Verde Institute disagreed.');
    assert.ok(t.includes('ORG:Cordillera Mining Advisory'), t.join(', '));
    assert.ok(t.includes('ORG:Sierra Verde Institute'), t.join(', '));
  });

  it('reads a lone name after a relation word as a person', () => {
    const t = typed('The surgery of her son Tobiah was postponed again.');
    assert.ok(t.includes('PERSON:Tobiah'), t.join(', '));
  });
});

describe('entity forms: small places, roads and agencies', () => {
  it('reads small places by their geographic head word and regions by a compass word', () => {
    const t = typed(
      'Residents of Tamsin Creek, Birch Hollow and Little Fort fled to South Cariboo on Monday.',
    );
    for (const place of ['Tamsin Creek', 'Birch Hollow', 'Little Fort', 'South Cariboo'])
      assert.ok(
        t.some((x) => x.endsWith(`:${place}`) && /^(GPE|LOC|FAC):/.test(x)),
        `${place}: ${t.join(', ')}`,
      );
  });

  it('reads numbered roads', () => {
    const t = typed('Highway 97 stayed closed and traffic on the M25 and I-95 stalled; Route 66 reopened.');
    for (const road of ['Highway 97', 'M25', 'I-95', 'Route 66'])
      assert.ok(t.includes(`FAC:${road}`), t.join(', '));
  });

  it('keeps "and" inside a department named by its fields and country, not between two countries', () => {
    const t = typed('Staff at Fisheries and Oceans Canada said trade between Britain and Turkey grew.');
    assert.ok(t.includes('ORG:Fisheries and Oceans Canada'), t.join(', '));
    assert.ok(t.includes('GPE:Britain'), t.join(', '));
    assert.ok(t.includes('GPE:Turkey'), t.join(', '));
  });

  it('reads a government body named by its field and country, and an organisation head before "of"', () => {
    const t = typed('Officials from Environment Canada and the Insurance Bureau of Canada were there.');
    assert.ok(t.includes('ORG:Environment Canada'), t.join(', '));
    assert.ok(t.includes('ORG:Insurance Bureau of Canada'), t.join(', '));
  });
});

describe('entity forms: a city that names an organisation', () => {
  it('keeps a city a place when an organisation of the article is named after it', () => {
    const t = typed(
      'The Portland Regional Air Agency issued a warning. Smoke reached Portland on Friday, and schools in Portland closed.',
    );
    assert.ok(t.includes('ORG:Portland Regional Air Agency'), t.join(', '));
    assert.equal(t.filter((x) => x === 'GPE:Portland').length, 2, t.join(', '));
  });

  it('reads supranational bodies written in title case as organisations', () => {
    assert.ok(typed('Exports within Mercosur rose.').includes('ORG:Mercosur'));
  });
});

describe('entity forms: places and leaders', () => {
  it('does not read a possessive after a comma as the place a name is in', () => {
    const t = typed('Officials met Ramon Ibarra, Salta’s mining secretary, on Monday.');
    assert.ok(t.includes('PERSON:Ramon Ibarra'), t.join(', '));
  });

  it('reads a name before "administration" as a leader, even when a town has that name', () => {
    const t = typed('Critics said the Obama administration had done little.');
    assert.ok(t.includes('PERSON:Obama'), t.join(', '));
  });

  it('finds a place written without its Turkish letters', () => {
    const t = typed('Aid reached Elazig and Elazığ province on Monday.');
    assert.ok(t.includes('GPE:Elazig'), t.join(', '));
    assert.ok(t.includes('GPE:Elazığ'), t.join(', '));
  });

  it('finds regions of other countries and does not take the first word of a headline for a town', () => {
    const t = typed(
      'Floods hit Minas Gerais and Lower Saxony.\n\nNokia Cuts Jobs In Finland As Sales Fall\n',
    );
    assert.ok(t.includes('GPE:Minas Gerais'), t.join(', '));
    assert.ok(t.includes('GPE:Lower Saxony'), t.join(', '));
    assert.ok(!t.includes('GPE:Nokia'), t.join(', '));
  });
});

describe('entity types across the story', () => {
  it('links "the Commission" to the one organisation of the story that it heads', () => {
    const story = analyzeStory([
      { uri: 'a.txt', text: 'The Competition Commission fined Orvana Systems on Monday.' },
      { uri: 'b.txt', text: 'Lawyers said the Commission had overreached.' },
    ]);
    const ids = story.articles.map((a) => a.mentions.find((m) => /Commission/.test(m.text))?.entity);
    assert.equal(ids[0], ids[1]);
    assert.ok(ids[0]);
  });

  it('reads a company name with ordinary words after it as a product', () => {
    const story = analyzeStory([
      { uri: 'a.txt', text: 'Regulators fined Orvana Systems on Monday over how Orvana Cloud is sold.' },
      { uri: 'b.txt', text: 'Customers of Orvana Cloud, said analyst Petra Lind, may switch.' },
    ]);
    const types = story.articles.flatMap((a) => a.mentions.map((m) => `${m.type}:${m.text}`));
    assert.ok(types.includes('PRODUCT:Orvana Cloud'), types.join(', '));
    assert.ok(types.includes('PERSON:Petra Lind'), types.join(', '));
  });

  it('gives an acronym the type of its expansion, and a lone company name its company', () => {
    const story = analyzeStory([
      {
        uri: 'a.txt',
        text: 'Regulators fined Orvana Systems under the Clean Supply Act (CSA). Orvana Cloud customers were told.',
      },
      { uri: 'b.txt', text: 'The CSA applies from June, and Orvana said it would appeal the fine.' },
    ]);
    const types = story.articles.flatMap((a) => a.mentions.map((m) => `${m.type}:${m.text}`));
    assert.ok(types.includes('LAW:CSA'), types.join(', '));
    assert.ok(types.includes('ORG:Orvana'), types.join(', '));
  });
});

describe('entity forms: honorifics', () => {
  it('reads West African and Muslim honorifics as titles', () => {
    const text = 'Alhaji Musa Bello met Otunba Femi Adeyemi and Engr. Kola Ade in Akure.';
    const mentions = extractMentions(prepareArticle(text, DEFAULT_CONFIG).ctx);
    const titles = mentions.filter((m) => m.type === 'PERSON').map((m) => `${m.title}:${m.text}`);
    assert.deepEqual(titles, ['Alhaji:Musa Bello', 'Otunba:Femi Adeyemi', 'Engr.:Kola Ade']);
  });
});

describe('entity forms: named fires', () => {
  it('reads a named fire as an event, its lower-case head included, but not a company’s fire', () => {
    const t = typed(
      'Crews fought the Loon Ridge fire near the Elephant Hill blaze. The Corvell Polymers fire burned.',
    );
    assert.ok(t.includes('EVENT:Loon Ridge fire'), t.join(', '));
    assert.ok(t.includes('EVENT:Elephant Hill blaze'), t.join(', '));
    assert.ok(t.includes('ORG:Corvell Polymers'), t.join(', '));
  });

  it('does not take a US time zone or an everyday technical acronym for an organisation', () => {
    const t = typed(
      'The verdict came at 2:47 p.m. ET, and Hanul said SIM cards and USIM chips would be replaced.',
    );
    assert.ok(!t.some((x) => /^ORG:(ET|SIM|USIM)$/.test(x)), t.join(', '));
  });

  it('reads South Asian honorifics as titles, named storms as events, and places after "district of"', () => {
    const t = typed(
      'Chief Minister Syed Tariq Anwar Shah and Makhdoom Bilal Qadri met in the district of Tharwali. ' +
        'Cyclone Umaro hit the coast; after Umaro passed, the Kharan Canal and Lalpur Barrage held.',
    );
    for (const x of [
      'PERSON:Tariq Anwar Shah',
      'PERSON:Bilal Qadri',
      'GPE:Tharwali',
      'EVENT:Cyclone Umaro',
      'EVENT:Umaro',
      'FAC:Kharan Canal',
      'FAC:Lalpur Barrage',
    ])
      assert.ok(t.includes(x), `${x} in ${t.join(', ')}`);
  });

  it('types a name with "without" or "sans" inside as an organisation', () => {
    const t = typed('Reporters Without Borders and Médecins Sans Frontières criticised the ban.');
    assert.ok(t.includes('ORG:Reporters Without Borders'), t.join(', '));
    assert.ok(t.includes('ORG:Médecins Sans Frontières'), t.join(', '));
  });

  it('keeps long institution names whole: "and", a second "of", a remit after "on", an acronym last', () => {
    const t = typed(
      'The Securities and Exchange Commission, the U.N. Office for the Coordination of Humanitarian Affairs, ' +
        'the International Coordinating Group on Vaccine Provision and the Ministry of Science and ICT met.',
    );
    for (const x of [
      'ORG:Securities and Exchange Commission',
      'ORG:U.N. Office for the Coordination of Humanitarian Affairs',
      'ORG:International Coordinating Group on Vaccine Provision',
      'ORG:Ministry of Science and ICT',
    ])
      assert.ok(t.includes(x), `${x} in ${t.join(', ')}`);
  });

  it('reads a headline in AP title case as a headline: names only as the article writes them', () => {
    const t = typed(
      'Harbour Telecom CEO Bows in Apology as Data of Users Exposed\n\n' +
        'SEOUL - Harbour Telecom chief executive Park Min-jae apologised on Monday.',
    );
    assert.ok(!t.some((x) => /Apology|Users Exposed|Bows/.test(x)), t.join(', '));
    assert.equal(t.filter((x) => x.endsWith(':Harbour Telecom')).length, 2, t.join(', '));
  });

  it('does not read a credit line as a headline', () => {
    const t = typed(
      'A ferry sank on Monday.\n\nReporting by Ana Ruiz in Lima and Tom Hale in Quito; Editing by Wen Li\n',
    );
    assert.ok(t.includes('PERSON:Ana Ruiz') && t.includes('PERSON:Wen Li'), t.join(', '));
  });

  it('types firms by their business head, places by a kind of place after them, and keeps odd acronyms', () => {
    const t = typed(
      'Soryeon Mobile Networks hired Lantern Threat Intelligence. Floods hit Tando Bago district; ' +
        'in Tando Bago, the disaster agency INGD counted 40 dead.',
    );
    for (const x of [
      'ORG:Soryeon Mobile Networks',
      'ORG:Lantern Threat Intelligence',
      'GPE:Tando Bago',
      'ORG:INGD',
    ])
      assert.ok(t.includes(x), `${x} in ${t.join(', ')}`);
    assert.ok(!t.includes('PERSON:Tando Bago'), t.join(', '));
  });

  it('reads wire compass abbreviations, numbered places, judges of a district and names that open with an article', () => {
    const t = typed(
      'S.Korea and N.Ireland agreed. Drivers in 100 Mile House waited. U.S. District Judge Ana Ruiz ruled. ' +
        'Le Phare de l’Ouest and El Diario reported it; Marine Le Pen spoke and Le Pen said no. Côte d’Ivoire voted.',
    );
    for (const x of [
      'GPE:S.Korea',
      'GPE:N.Ireland',
      'GPE:100 Mile House',
      'PERSON:Ana Ruiz',
      'ORG:Le Phare de l’Ouest',
      'ORG:El Diario',
      'PERSON:Le Pen',
      'GPE:Côte d’Ivoire',
    ])
      assert.ok(t.includes(x), `${x} in ${t.join(', ')}`);
    assert.ok(!t.some((x) => /District|Mile House$/.test(x) && !x.includes('100')), t.join(', '));
  });

  it('does not learn lower-case words from front-matter tags or addresses', () => {
    const t = typed(
      '---\ntags: [smoke, spokane]\n---\n\nGood morning from Spokane. The Spokane Regional Clean Air Agency said more. ' +
        'See spokane.example.org. Later Spokane was stuck.',
    );
    assert.equal(t.filter((x) => x === 'GPE:Spokane').length, 2, t.join(', '));
  });

  it('reads people known by one name after a lower-case role, and the body that employs them', () => {
    const t = typed(
      'According to Basarnas chief Suharyanto, the search widened, and co-pilot Ridwan was named.',
    );
    for (const x of ['ORG:Basarnas', 'PERSON:Suharyanto', 'PERSON:Ridwan'])
      assert.ok(t.includes(x), `${x} in ${t.join(', ')}`);
  });

  it('keeps an institution with "and" whole before its bracketed short name, which names it alone later', () => {
    const t = typed(
      'The National Geology and Mining Service (Sernageomin) inspected the mine. Sernageomin said it was safe. ' +
        'Minister of Mining Ana Ruiz Tapia visited; Operation Return began. It cost CLP 4,500 million.',
    );
    for (const x of [
      'ORG:National Geology and Mining Service',
      'PERSON:Ana Ruiz Tapia',
      'EVENT:Operation Return',
    ])
      assert.ok(t.includes(x), `${x} in ${t.join(', ')}`);
    assert.equal(t.filter((x) => x === 'ORG:Sernageomin').length, 2, t.join(', '));
    assert.ok(!t.includes('ORG:CLP'), t.join(', '));
  });

  it('reads an unknown two-word name after "in" as a place, unless someone bears it as a title-holder', () => {
    const t = typed('Mayor Ana Ruiz spoke. Floods hit homes in Tando Bago and in Ana Ruiz’s garden.');
    assert.deepEqual(t, ['PERSON:Ana Ruiz', 'GPE:Tando Bago', 'PERSON:Ana Ruiz']);
  });

  it('reads firms named by their city, defined terms, languages, holidays and listing prefixes', () => {
    const t = typed(
      'Prices on the Shanghai Metals Market rose before the Lunar New Year. Indium tin oxide (ITO) is used ' +
        'in screens, and ITO prices doubled, Taipei-listed Hengtai Semiconductor said in Mandarin. Shanghai was calm.',
    );
    for (const x of [
      'ORG:Shanghai Metals Market',
      'EVENT:Lunar New Year',
      'ORG:Hengtai Semiconductor',
      'GPE:Taipei',
      'NORP:Mandarin',
      'GPE:Shanghai',
    ])
      assert.ok(t.includes(x), `${x} in ${t.join(', ')}`);
    assert.ok(!t.some((x) => x.endsWith(':ITO')), t.join(', '));
  });

  it('reads bodies named by scope, foreign legal forms, remits after "of … for", units, deltas and vessels', () => {
    const t = typed(
      'The Panama-flagged Deniz Yildizi, a Turkish-operated ship of Yildiz Denizcilik, sank near the Danube Delta, ' +
        'as did the bulk carrier Aurora Bay. World Athletics, the Athletics Integrity Unit and the Court of ' +
        'Arbitration for Sport met Cereolis Conseil; Category A athletes were tested.',
    );
    for (const x of [
      'PRODUCT:Deniz Yildizi',
      'ORG:Yildiz Denizcilik',
      'LOC:Danube Delta',
      'PRODUCT:Aurora Bay',
      'ORG:World Athletics',
      'ORG:Athletics Integrity Unit',
      'ORG:Court of Arbitration for Sport',
      'ORG:Cereolis Conseil',
    ])
      assert.ok(t.includes(x), `${x} in ${t.join(', ')}`);
    assert.ok(!t.some((x) => x.includes('Category')), t.join(', '));
  });

  it('reads hyphenated offices, courts of a field, towns named head first and Iberian firm words', () => {
    const t = typed(
      'Deputy Prosecutor-General Debora Falcao Antunes spoke in Nova Lima. Construtora Serra Azul denied it. ' +
        'The Superior Court of Justice and the Ministry of Justice ruled; Porto Alegre agreed.',
    );
    for (const x of [
      'PERSON:Debora Falcao Antunes',
      'GPE:Nova Lima',
      'ORG:Construtora Serra Azul',
      'ORG:Superior Court of Justice',
      'ORG:Ministry of Justice',
      'GPE:Porto Alegre',
    ])
      assert.ok(t.includes(x), `${x} in ${t.join(', ')}`);
  });

  it('does not make a person a firm because a headline says "The Tanui Case"', () => {
    const t = typed('The Tanui Case\n\nAthlete Josephat Tanui was suspended. Tanui denied doping.');
    assert.ok(!t.includes('ORG:Tanui'), t.join(', '));
  });

  it('reads a one-word firm from its apposition or its shares, also where it opens a sentence', () => {
    const t = typed(
      'Viamig, the state-controlled road operator, denied it. Viamig said it would cooperate. ' +
        'Shares of Quillfin fell. Ana Ruiz, the company’s chief executive, spoke.',
    );
    assert.deepEqual(t, ['ORG:Viamig', 'ORG:Viamig', 'ORG:Quillfin', 'PERSON:Ana Ruiz']);
  });

  it('reads a city written short, a firm after its kind, a Kalenjin particle and a city alone after its race', () => {
    const t = typed(
      'Jörg Hänsel, head of research at Frankfurt-based consultancy Metalytica, said so. ' +
        'Nelson arap Kosgei won the Chicago Marathon. His win in Chicago was big.',
    );
    assert.deepEqual(t, [
      'PERSON:Jörg Hänsel',
      'GPE:Frankfurt',
      'ORG:Metalytica',
      'PERSON:Nelson arap Kosgei',
      'EVENT:Chicago Marathon',
      'GPE:Chicago',
    ]);
  });
});
