import type { EntityType } from '../model';
import gazetteer from '../data/gazetteer.json';
import { fold, plainLetters } from './tokens';

// Word classes of English news writing (grammar, not a list of names): titles, organisation heads,
// programme heads, place heads. Places, nationalities and common words come from data packages
// through data/gazetteer.json (scripts/gazetteer.mjs).

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Titles and roles that can stand before a person's name. */
export const TITLE_WORDS = words(`
  mr mrs ms miss mx dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep atty rev sir dame lord lady
  president vice secretary minister premier chancellor prime ambassador governor senator representative
  congressman congresswoman mayor judge justice chief director commissioner chairman chairwoman chair
  spokesman spokeswoman spokesperson professor general admiral colonel captain sergeant lieutenant major
  officer detective inspector sheriff superintendent deputy attorney king queen prince princess pope
  cardinal bishop archbishop rabbi imam sheikh emir coach councilman councilwoman councillor councilor
  treasurer comptroller leader ceo executive founder editor dean provost commander marshal coordinator
  head chairperson undersecretary envoy consul delegate legislator lawmaker assemblyman assemblywoman
  minister-president foreign defense defence interior finance homeland security state health justice
  trade economy energy agriculture labor labour education transport transportation environment
  former acting interim then-president late fire police manager city county emergency assistant associate
  district circuit magistrate bankruptcy appellate
  alhaji alhaja hajiya mallam oba otunba engr barr pastor
  syed sayed syeda mian makhdoom sardar khawaja nawab begum maulana mufti
`);

/** Title words that are abbreviations written with a period. */
export const TITLE_ABBREVIATIONS = words(
  'mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep atty rev st jr sr engr barr',
);

/** Role words that head a title ("Secretary", "Minister"); other title words only modify them. */
export const ROLE_HEADS = words(`
  mr mrs ms miss mx dr prof gen lt col maj capt cpt sgt cmdr adm gov sen rep atty rev sir dame lord lady
  president secretary minister premier chancellor ambassador governor senator representative congressman
  congresswoman mayor judge justice chief director commissioner chairman chairwoman chair spokesman
  spokeswoman spokesperson professor general admiral colonel captain sergeant lieutenant officer detective
  inspector sheriff superintendent attorney king queen prince princess pope cardinal bishop archbishop
  rabbi imam sheikh emir coach councilman councilwoman councillor councilor treasurer comptroller ceo
  founder editor dean provost commander marshal coordinator chairperson undersecretary envoy consul
  lawmaker legislator assemblyman assemblywoman manager alhaji alhaja hajiya mallam oba otunba engr barr pastor
  syed sayed syeda mian makhdoom sardar khawaja nawab begum maulana mufti
`);

/** Lower-case role nouns that introduce a name ("spokesman Ned Price", "researcher Ana Ruiz"). */
export const LOWER_ROLES = words(`
  spokesman spokeswoman spokesperson president secretary minister chief director professor coordinator
  head chairman chairwoman ambassador official adviser advisor aide analyst expert researcher lawyer
  attorney correspondent reporter writer founder ceo economist resident witness mayor governor senator
  judge officer commander leader candidate activist historian scientist executive
`);

/** Last words that make a name an organisation. */
export const ORG_HEADS = words(`
  department ministry agency administration office council committee commission institute university
  college school center centre foundation association bank fund group party corporation corp inc company
  co ltd llc plc authority bureau service services police army navy force forces guard court congress
  senate parliament assembly union organization organisation network times post news journal press
  board cartel church club federation league society trust alliance coalition movement
  laboratories labs systems technologies airlines airways media tribune herald gazette telegraph
  chronicle observer guardian inquirer monitor wire agencies institution consortium cabinet secretariat
  house reserve exchange industries holdings partners commission securities capital research advisory
  consulting consultancy associates ventures investments analytics
  networks telecom telecoms communications intelligence motors pharmaceuticals therapeutics logistics
  solutions software robotics semiconductors electronics biotech payments mobility dynamics
  semiconductor metals minerals mining steel chemicals materials textiles shipping insurance petroleum
  resources utilities unit directorate inspectorate
  conseil holding gruppe groupe denizcilik sanayi ticaret gmbh ag sa sas sarl srl spa ltda oy ab nv bv
`);

/** Last words that make a name a programme, law, agreement or named dialogue. */
export const LAW_HEADS = words(`
  act initiative program programme plan treaty agreement accord accords pact framework dialogue
  convention protocol bill law amendment doctrine strategy compact scheme code charter resolution
  deal regulation directive ordinance statute
`);

/** Last words that make a name an event. */
export const EVENT_HEADS = words(`
  summit conference war games olympics cup championship championships festival election elections
  crisis revolution massacre attack attacks hurricane storm earthquake pandemic forum uprising
  protests riots marathon expo fair tournament ceremony
`);

/** Last words that make a name a facility. */
export const FAC_HEADS = words(`
  airport bridge tower stadium street avenue road highway building hall plant station port prison
  hotel square palace museum library arena terminal dam tunnel mall base refinery mine factory
  hospital infirmary clinic canal barrage embankment reservoir levee dyke dike weir spillway
`);

/** Last words that make a name a geographic location (not a political unit). */
export const LOC_HEADS = words(`
  river mountains mountain sea ocean gulf valley lake desert island islands peninsula bay coast canyon
  region basin strait channel plateau forest park creek hollow ridge hill hills falls springs crossing
  junction heights harbour harbor cove glen brook meadows flats landing range peak delta
`);

/** Last words that make a name a political or populated place. */
export const GPE_HEADS = words(
  'city county province district territory republic kingdom emirate oblast prefecture township borough village town state fort',
);

/** First words that make "X of Y" an organisation, place or event. */
export const PREFIX_TYPES: Record<string, EntityType> = {
  university: 'ORG',
  department: 'ORG',
  ministry: 'ORG',
  bank: 'ORG',
  office: 'ORG',
  bureau: 'ORG',
  institute: 'ORG',
  council: 'ORG',
  court: 'ORG',
  house: 'ORG',
  church: 'ORG',
  board: 'ORG',
  gulf: 'LOC',
  sea: 'LOC',
  bay: 'LOC',
  lake: 'LOC',
  mount: 'LOC',
  isle: 'LOC',
  port: 'GPE',
  fort: 'GPE',
  hurricane: 'EVENT',
  operation: 'EVENT',
  battle: 'EVENT',
  republic: 'GPE',
  kingdom: 'GPE',
  state: 'GPE',
};

/**
 * First words that type a name in the languages whose names put the head first, common in
 * international news: "Empresa Nacional del Litio", "Plaza de Mayo", "Rue de la Loi", "Río Bravo".
 */
export const HEAD_FIRST: Record<string, EntityType> = {
  ...Object.fromEntries(
    [
      'empresa fundación fundacion fundação fundacao universidad universidade università université banco',
      'ministerio ministério ministère instituto institut consejo conselho comisión comision comissão partido',
      'compañía compania companhia sociedad sociedade société corporación agencia agência asociación',
      'associação federación confederación confederação sindicato secretaría secretaria tribunal corte grupo',
      'construtora constructora minera mineradora petrolera distribuidora transportadora editora aseguradora seguradora',
    ]
      .join(' ')
      .split(' ')
      .map((w) => [w, 'ORG' as EntityType]),
  ),
  // Towns named head first in Portuguese, Spanish and Italian: "Nova Lima", "São Paulo", "Puerto Montt".
  ...Object.fromEntries(
    'nova novo são sao santa santo san puerto porto ciudad vila villa'
      .split(' ')
      .map((w) => [w, 'GPE' as EntityType]),
  ),
  // Named storms and operations: "Cyclone Idai", "Hurricane Katrina", "Operation Return", "Operação Lava Jato".
  ...Object.fromEntries(
    'cyclone hurricane typhoon operation operación operacion operação operacao opération'
      .split(' ')
      .map((w) => [w, 'EVENT' as EntityType]),
  ),
  ...Object.fromEntries(
    'plaza praça praca piazza calle rue avenida paseo casa palacio palácio palais palazzo estadio aeropuerto'
      .split(' ')
      .map((w) => [w, 'FAC' as EntityType]),
  ),
  ...Object.fromEntries(
    'río lago laguna sierra cerro salinas salar golfo isla ilha monte cordillera valle'
      .split(' ')
      .map((w) => [w, 'LOC' as EntityType]),
  ),
};

/** Adjectives of continents and regions, which the country data has no demonyms for. */
export const REGION_ADJECTIVES = words(
  'european african asian arab latin nordic scandinavian balkan baltic caribbean mediterranean middle-eastern',
);

/** Words of the compass and of position that make a region of a place's name ("South Cariboo", "Upper Nile"). */
export const COMPASS = words(
  'north south east west northern southern eastern western upper lower central greater',
);

/** Continents and world regions, which the country data does not list. */
export const WORLD_REGIONS = new Set([
  ...'europe africa asia oceania antarctica eurasia scandinavia balkans caribbean'.split(' '),
  ...[
    'north america,south america,latin america,central america,middle east,near east,far east',
    'east asia,south asia,southeast asia,central asia,west africa,east africa,southern africa',
    'north africa,sub-saharan africa,western europe,eastern europe,central europe,the americas',
  ]
    .join(',')
    .split(','),
]);

/** Capitalised abbreviations that are not names: time zones, units, job titles, everyday acronyms. */
export const NOT_NAMES = words(`
  gmt utc bst cet cest eet eest wet west est edt cst cdt mst mdt pst pdt akst hst ist jst kst aest aedt
  brt art trt msk sast wat cat eat pkt wib ict sgt hkt nzst nzdt
  et pt
  ceo cfo coo cto cio gdp gnp ai tv pm am ok id phd faq pdf url vat it aqi uv fm
  sim esim usim imsi gps dna rna hiv lng lpg ev evs ipo etf sms vpn api tl
  usd eur gbp jpy cny chf cad aud nzd inr pkr bdt lkr npr krw twd hkd sgd myr idr php thb vnd
  brl ars clp cop pen mxn zar ngn kes ghs egp mad tnd etb tzs ugx mzn aoa xof xaf try rub uah pln
  czk huf ron sek nok dkk isk ils aed sar qar kwd
`);

/** Lower-case words allowed inside a capitalised name ("Bank of the West", "Ursula von der Leyen"). */
export const NAME_CONNECTORS = words(
  'of the for and & de del della di da do dos das du la le les van von der den ter bin ibn binti bint ould arap al el y on upon',
);

/** Acronyms of countries and unions that are written in capitals. */
export const GPE_ACRONYMS: Record<string, EntityType> = {
  US: 'GPE',
  'U.S.': 'GPE',
  USA: 'GPE',
  'U.S.A.': 'GPE',
  UK: 'GPE',
  'U.K.': 'GPE',
  UAE: 'GPE',
  DRC: 'GPE',
  EU: 'ORG',
  'E.U.': 'ORG',
  UN: 'ORG',
  'U.N.': 'ORG',
};

// Closed-class words that are capitalised only because they start a sentence.
export const FUNCTION_WORDS = words(`
  a an the this that these those it its he she they we i you his her their our my your who whom whose which
  what when where why how in on at by for from with without into onto over under after before during since
  until while as if but and or nor so yet because although though however meanwhile also still even just
  then there here some many most more much few several all both each every any no not none one two three
  officials experts sources critics residents analysts people police authorities according asked speaking
  ahead under despite amid among between across against toward towards about around near inside outside
  top senior former new last next first earlier later today yesterday tomorrow
`);

// Gazetteer names compare case-insensitively; the data holds both "Córdoba" and "Cordoba".
// Curly and straight apostrophes spell one name: "Côte d’Ivoire", "Côte d'Ivoire".
const placeKey = (name: string) => plainLetters(name).replace(/[’‘ʼ]/g, "'");
const keySet = (names: readonly string[]) => new Set(names.map(placeKey));

const gpeSet = keySet(gazetteer.gpe);
const regionSet = keySet(gazetteer.regions);
const norpSet = new Set(gazetteer.norp.flatMap((n) => n.split(/,\s*/)).map(placeKey));
const commonSet = new Set(gazetteer.common);
const citySet = keySet(gazetteer.cities);
const townSet = keySet(gazetteer.towns);
const weakRegionSet = keySet(gazetteer.weakRegions);

/**
 * Whether a name is a place that the gazetteer knows only as weak evidence, after what the article
 * itself says: a city of 100,000 people or more ("Jackson", "Reading"), a smaller town, or a region
 * that is also a person's name ("Kent", "Mendoza"). A region that is also a common word ("Meta",
 * "Eastern", "Delta") is not: capitalised alone, it names a company or starts a name far more often.
 */
export function isCity(name: string): boolean {
  const key = placeKey(name);
  if (citySet.has(key) || townSet.has(key)) return true;
  return weakRegionSet.has(key) && !key.split(/[\s-]+/).every((w) => isCommonWord(w));
}

/**
 * Whether a name is a state, province, region or county of some country (CLDR subdivisions):
 * "Minas Gerais", "Bavaria", "Greater Manchester", and the weak ones ("Kent", "Delta") too.
 */
export function isRegion(name: string): boolean {
  const key = placeKey(name);
  return regionSet.has(key) || weakRegionSet.has(key);
}

// The list is ordered by frequency; the top of it holds the everyday words, not names.
const veryCommonSet = new Set(gazetteer.common.slice(0, 2500));

/** Whether a word is among the most frequent English words (names of people rarely are). */
export function isVeryCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  return veryCommonSet.has(w) || FUNCTION_WORDS.has(w);
}

/**
 * Place or nationality from the gazetteer, by name (case-insensitive): countries,
 * capitals, US states and the regions whose names are nothing else ("Jujuy", "West Yorkshire").
 */
export function gazetteerType(name: string): EntityType | undefined {
  const key = placeKey(name);
  if (gpeSet.has(key) || regionSet.has(key)) return 'GPE';
  if (norpSet.has(key)) return 'NORP';
  // Plural nationalities: "Mexicans", "Americans".
  if (key.endsWith('s') && norpSet.has(key.slice(0, -1))) return 'NORP';
  return undefined;
}

/** Whether a word is one of the common English words (lower-case comparison). */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  if (commonSet.has(w) || FUNCTION_WORDS.has(w)) return true;
  // Inflected forms of common words: "threatened", "arrests", "seeking".
  const stems = [
    w.replace(/e?s$/, ''),
    w.replace(/e?d$/, ''),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
    w.replace(/ied$/, 'y'),
  ];
  // A bare -d follows only an -e ("used"): "INGD" is no form of "ing".
  const bareD = (s: string) => w === `${s}d` && !s.endsWith('e');
  return stems.some((s) => s !== w && s.length > 2 && commonSet.has(s) && !bareD(s));
}

/**
 * Languages a story may name ("in Mandarin", "translated from Urdu"): words for how people speak,
 * not places or organisations. Shared with the quotation layer, which reads "speaking in Korean".
 */
export const LANGUAGES = (
  'Arabic Armenian Azerbaijani Bengali Bangla Burmese Cantonese Catalan Chinese Croatian Czech Danish Dari Dutch ' +
  'Farsi Finnish French Georgian German Greek Gujarati Hausa Hebrew Hindi Hungarian Igbo Indonesian Italian ' +
  'Japanese Kazakh Khmer Kinyarwanda Korean Kurdish Lao Malay Mandarin Marathi Mongolian Nepali Norwegian ' +
  'Pashto Persian Polish Portuguese Punjabi Romanian Russian Serbian Sindhi Sinhala Slovak Somali Spanish ' +
  'Swahili Swedish Tagalog Tamil Telugu Thai Tigrinya Turkish Ukrainian Urdu Uzbek Vietnamese Wolof Yoruba Zulu'
).split(' ');
const languageSet = new Set(LANGUAGES.map((l) => l.toLowerCase()));

/** Whether a word names a language ("Mandarin", "Urdu"). */
export function isLanguage(word: string): boolean {
  return languageSet.has(word.toLowerCase());
}

const countryAliases: Record<string, string> = gazetteer.countryAliases;

/** A country's common name for any of its other names ("Turkey" → "Türkiye"), or undefined. */
export function countryName(name: string): string | undefined {
  return countryAliases[fold(name)];
}
