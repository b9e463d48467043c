import type { FigureKind } from '../../model';
import type { Scan } from './scan';

/** A unit written after a number, with its normalised unit and factor. */
export interface UnitMatch {
  kind: FigureKind;
  unit: string;
  factor: number;
  length: number;
  /** Unit word as written, lower-case. */
  word: string;
}

type UnitRule = [RegExp, FigureKind, string, number];

const SEP = '(?:\\s*|-)';
const rule = (src: string, kind: FigureKind, unit: string, factor: number, flags = 'i'): UnitRule => [
  new RegExp(`^${src}`, flags),
  kind,
  unit,
  factor,
];

const MEASURES: UnitRule[] = [
  rule(`${SEP}(?:square|sq\\.?)[\\s-](?:miles?|mi)\\b`, 'other', 'km2', 2.589988),
  rule(`${SEP}(?:square|sq\\.?)[\\s-](?:kilomet(?:re|er)s?|km)\\b|^\\s?km(?:2|²)`, 'other', 'km2', 1),
  rule(`\\s?(?:hectares?|ha\\b)`, 'other', 'km2', 0.01),
  rule(`\\s?acres?\\b`, 'other', 'km2', 0.00404686),
  rule(`\\s?(?:mph|miles per hour|miles an hour)\\b`, 'other', 'km/h', 1.609344),
  rule(`\\s?(?:km\\/h|kph|kmh|kilomet(?:re|er)s per hour)\\b`, 'other', 'km/h', 1),
  rule(`${SEP}nautical[\\s-]miles?\\b`, 'distance', 'km', 1.852),
  rule(`${SEP}(?:miles?|mi\\b)`, 'distance', 'km', 1.609344),
  rule(`${SEP}(?:kilomet(?:re|er)s?|km)\\b`, 'distance', 'km', 1),
  rule(`${SEP}(?:feet|foot|ft)\\b`, 'distance', 'km', 0.0003048),
  rule(`${SEP}(?:yards?|yds?)\\b`, 'distance', 'km', 0.0009144),
  rule(`${SEP}(?:metres?|meters?)\\b`, 'distance', 'km', 0.001),
  rule(
    // A bare "m" is metres before a word of size or place, a conversion to feet ("420 m (1,380 ft)")
    // or a rate ("40 m a day"); elsewhere it may be millions.
    `\\s?m\\b(?=\\s*(?:$|[.,;:)]|tall|high|long|deep|wide|away|above|below|from\\b|of\\b|\\(\\s*[\\d,.]+\\s*(?:ft|feet|yards?)\\b|(?:a|an|per)\\s+(?:day|hour|week|minute|second)\\b))`,
    'distance',
    'km',
    0.001,
    '',
  ),
  rule(`${SEP}(?:metric\\s+)?(?:tonnes?|tons?)\\b`, 'other', 't', 1),
  rule(`${SEP}(?:kilograms?|kilos?|kg)\\b`, 'other', 'kg', 1),
  rule(`${SEP}(?:pounds?|lbs?)\\b`, 'other', 'kg', 0.45359237),
];

const DURATION_UNITS: Record<string, [string, number]> = {
  year: ['years', 1],
  yr: ['years', 1],
  decade: ['years', 10],
  century: ['years', 100],
  centurie: ['years', 100],
  month: ['years', 1 / 12],
  week: ['days', 7],
  day: ['days', 1],
  hour: ['days', 1 / 24],
  hr: ['days', 1 / 24],
  minute: ['days', 1 / 1440],
  min: ['days', 1 / 1440],
};

const DURATION =
  /^(?:\s+|-)(years?|yrs?|decades?|century|centuries|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\b/i;
const AGE = /^(?:\s+|-)(years?|months?|weeks?|days?)(?:\s+|-)old\b/i;

/** Normalised unit and factor of a duration word ("decades" → years × 10). */
export function durationUnit(word: string): [string, number] {
  return DURATION_UNITS[word.toLowerCase().replace(/s$/, '')] ?? ['years', 1];
}

function unitMatch(m: RegExpExecArray, kind: FigureKind, unit: string, factor: number): UnitMatch {
  return { kind, unit, factor, length: m[0].length, word: m[0].trim().toLowerCase() };
}

/** A duration unit right after a number ("13 years", "one-day", "13-year-old"). */
export function readDuration(rest: string): (UnitMatch & { age: boolean; term: boolean }) | null {
  const age = AGE.exec(rest);
  const m = age ?? DURATION.exec(rest);
  if (!m) return null;
  const [unit, factor] = durationUnit(m[1]);
  const term =
    !age && m[0].startsWith('-') && !/s$/i.test(m[1]) && /^\s+[a-z]/i.test(rest.slice(m[0].length));
  return { ...unitMatch(m, 'duration', unit, factor), age: !!age, term };
}

/** A measure unit right after a number ("2,000-mile", "5 km", "300 pounds"). */
export function readMeasure(rest: string): UnitMatch | null {
  for (const [re, kind, unit, factor] of MEASURES) {
    const m = re.exec(rest);
    if (m) return unitMatch(m, kind, unit, factor);
  }
  return null;
}

const PREFIX_CODES: [RegExp, string][] = [
  [/^(?:US|U\.S\.)\s?\$$/, 'USD'],
  [/^(?:AU|A)\$$/, 'AUD'],
  [/^(?:CA|C)\$$/, 'CAD'],
  [/^NZ\$$/, 'NZD'],
  [/^HK\$$/, 'HKD'],
  [/^S\$$/, 'SGD'],
  [/^R\$$/, 'BRL'],
  [/^\$$/, 'USD'],
  [/^€$/, 'EUR'],
  [/^£$/, 'GBP'],
  [/^¥$/, 'JPY'],
  [/^(?:₹|Rs\.?)$/, 'INR'],
  // East African shillings: "Sh12.9 million", "KSh 650 million" (Kenya's, the commonest in print).
  [/^K?Sh[s.]?$/, 'KES'],
  [/^₩$/, 'KRW'],
  [/^₦$/, 'NGN'],
  [/^₱$/, 'PHP'],
  [/^₺$/, 'TRY'],
  [/^₽$/, 'RUB'],
  [/^₴$/, 'UAH'],
];

/** ISO 4217 codes written before or after amounts in business and wire copy. */
export const CURRENCY_CODES =
  'USD|EUR|GBP|JPY|CNY|INR|MXN|CAD|AUD|CHF|KRW|PKR|BDT|LKR|NPR|MZN|NGN|ZAR|KES|GHS|EGP|BRL|ARS|CLP|COP|PEN|RUB|TRY|UAH|PLN|SEK|NOK|DKK|HUF|CZK|ILS|SAR|AED|QAR|IDR|MYR|THB|PHP|VND|SGD|HKD|NZD|TWD';
const PREFIX = new RegExp(
  `(?:\\b(?:${CURRENCY_CODES})\\$|\\b(?:US|U\\.S\\.)\\s?\\$|\\b(?:AU|A|CA|C|NZ|HK|S|R)\\$\\s?|\\$|€|£|¥|₹|₩|₦|₱|₺|₽|₴|\\bRs\\.?\\s?|\\bK?Shs?\\.?\\s?|\\b(?:${CURRENCY_CODES})\\s?)$`,
);

/** Currency symbol or code written right before a number: its length and ISO code. */
export function readCurrencyPrefix(before: string): { length: number; unit: string } | null {
  const m = PREFIX.exec(before);
  if (!m) return null;
  const text = m[0].trim();
  // "CLP$4,500 million", "MXN$": a code before a dollar sign names the currency.
  const coded = /^([A-Z]{3})\$$/.exec(text)?.[1];
  const code = coded ?? PREFIX_CODES.find(([re]) => re.test(text))?.[1] ?? text;
  return { length: m[0].length, unit: code };
}

const CURRENCY_NAMES: Record<string, string> = {
  dollar: 'USD',
  euro: 'EUR',
  pound: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  peso: 'MXN',
  reai: 'BRL',
  ruble: 'RUB',
  rouble: 'RUB',
  won: 'KRW',
  franc: 'CHF',
  lira: 'TRY',
  rand: 'ZAR',
  shekel: 'ILS',
  metical: 'MZN',
  meticai: 'MZN',
  naira: 'NGN',
  taka: 'BDT',
  ringgit: 'MYR',
  baht: 'THB',
  rupiah: 'IDR',
  dirham: 'AED',
  riyal: 'SAR',
  cedi: 'GHS',
  kwacha: 'ZMW',
  hryvnia: 'UAH',
  zloty: 'PLN',
  forint: 'HUF',
  shilling: 'KES',
};
const DOLLAR_COUNTRY: Record<string, string> = {
  canadian: 'CAD',
  australian: 'AUD',
  'hong kong': 'HKD',
  'new zealand': 'NZD',
  singapore: 'SGD',
};
const CURRENCY_SUFFIX = new RegExp(
  String.raw`^\s+(?:(U\.S\.|US|American|Canadian|Australian|Hong Kong|New Zealand|Singapore)\s+)?(dollars?|euros?|pounds?(?:\s+sterling)?|yen|yuan|renminbi|rupees?|pesos?|reais|rubles?|roubles?|won|francs?|lira|rand|shekels?|meticais|meticals?|naira|taka|ringgits?|baht|rupiahs?|dirhams?|riyals?|cedis?|kwacha|hryvnias?|zlotys?|forints?|shillings?|stg)\b|^\s?(${CURRENCY_CODES})\b`,
);

/** A conversion in brackets after an amount ("38,800 pounds ($52,300)"): the amount is money. */
const CONVERSION = /^\s*\(\s*(?:about\s+|around\s+|some\s+|~)?(?:[A-Z]{1,3})?[$€£¥]/;

/**
 * Currency named after a number ("20 billion U.S. dollars", "5 million euros", the wire's "1.2 bln
 * stg"). Pounds are weight unless scaled, "sterling", followed by a conversion, or `money` says the
 * clause is about pay or prices.
 */
export function readCurrencySuffix(
  rest: string,
  scaled: boolean,
  money = false,
  amount = '',
): { length: number; unit: string } | null {
  const m = CURRENCY_SUFFIX.exec(rest);
  if (!m) return null;
  if (m[3]) return { length: m[0].length, unit: m[3] };
  const word = m[2].toLowerCase().replace(/\s+sterling$/, '');
  if (word === 'stg') return { length: m[0].length, unit: 'GBP' };
  const poundMoney = scaled || money || /sterling/i.test(m[2]) || CONVERSION.test(rest.slice(m[0].length));
  // "won" after a bare number is a verb ("the side 3 won"); a price has thousands or decimals ("47,700 won").
  const wonMoney = scaled || /[,.]\d+$/.test(amount) || CONVERSION.test(rest.slice(m[0].length));
  if ((word.startsWith('pound') && !poundMoney) || (word === 'won' && !wonMoney)) return null;
  const base = CURRENCY_NAMES[word.replace(/s$/, '')] ?? CURRENCY_NAMES[word];
  const country = m[1]?.toLowerCase();
  const unit = base === 'USD' && country && DOLLAR_COUNTRY[country] ? DOLLAR_COUNTRY[country] : base;
  return unit ? { length: m[0].length, unit } : null;
}

const TEMPERATURE =
  /(?<![\w.,])(?:(minus)\s+|([-−]))?(\d{1,3}(?:\.\d+)?)(?:(?:\s?[°º]\s?|\s+degrees?\s+)(C|F|Celsius|Fahrenheit|centigrade)|([CF]))\b/gi;

const WEATHER =
  /\b(?:temperatures?|degrees|cold|colder|heat|hot|warm\w*|freez\w*|frost\w*|chill\w*|weather|thermometers?)\b/i;

/** Temperatures ("-2C", "41°C", "minus 5 degrees Celsius", "100F"), in degrees Celsius. */
export function matchTemperatures(scan: Scan): void {
  scan.each(TEMPERATURE, (m) => {
    const scale = (m[4] ?? m[5]).toUpperCase();
    // A bare letter glued to the number ("-2C") must be upper-case, and needs a sign or talk of weather.
    if (m[5] && (!/[CF]/.test(m[5]) || (!m[1] && !m[2] && !WEATHER.test(scan.s)))) return;
    const sign = m[1] || m[2] ? -1 : 1;
    const written = sign * +m[3];
    const celsius = scale.startsWith('F') ? ((written - 32) * 5) / 9 : written;
    const value = Number(celsius.toPrecision(12));
    scan.add({ start: m.index, end: m.index + m[0].length, kind: 'other', value, unit: '°C' });
  });
}
