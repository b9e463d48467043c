import type { FigureValue } from '../../model';
import { addDays, iso, parseIso, pubDate } from './dates';
import { MONTHS, ORDINAL_WORDS, SCALE_ABBREVS, SCALE_WORDS, STOP_WORDS, WEEKDAYS } from './lexicon';
import { durationUnit, readCurrencyPrefix, readCurrencySuffix, readDuration, readMeasure } from './measures';
import type { NumberToken } from './numbers';
import { isWordChar, numberStarts, readNumber } from './numbers';
import type { Draft, Scan } from './scan';

/** A number or a range of numbers, with where it sits in the sentence. */
interface Num {
  start: number;
  end: number;
  lo: number;
  hi: number | null;
  digits: boolean;
  scale: string | null;
  /** Currency written before the number. */
  currency: { length: number; unit: string } | null;
}

const round = (x: number) => Number(x.toPrecision(12));
const valueOf = (n: Num, f = 1): FigureValue =>
  n.hi === null ? round(n.lo * f) : [round(n.lo * f), round(n.hi * f)];

const scaleFactor = (scale: string) => SCALE_WORDS[scale] ?? SCALE_ABBREVS[scale] ?? 1;

const RANGE_SEP = /^\s*(?:-|–|—|to)\s*/;
const RANGE_SEP_OR = /^\s*(?:-|–|—|to)\s*|^\s+or\s+/;

/** Extends a number into a range ("10 to 12", "10-12", "$3-4 billion", "between 10 and 12"). */
function readRange(s: string, tok: NumberToken, currency: Num['currency']): Num {
  const num: Num = { ...tok, lo: tok.value, hi: null, currency };
  const between = /\bbetween\s+$/i.test(s.slice(0, tok.start - (currency?.length ?? 0)));
  const sep = (between ? /^\s+and\s+/ : RANGE_SEP_OR).exec(s.slice(tok.end));
  if (!sep) return num;
  let at = tok.end + sep[0].length;
  const cur = currency ? readCurrencyPrefix(s.slice(at, at + 4).replace(/\d.*$/, '')) : null;
  if (cur) at += cur.length;
  const second = readNumber(s, at, currency ? 'all' : 'safe');
  if (!second || second.digits !== tok.digits || isWordChar(s[second.end])) return num;
  const lo = tok.scale || !second.scale ? tok.value : tok.value * scaleFactor(second.scale);
  if (!(second.value > lo)) return num;
  // "four or five days", "10 or 12 people": two close numbers joined by "or" are a rough range.
  if (/\bor\b/.test(sep[0]) && (second.value > 2 * lo + 1 || second.scale !== tok.scale)) return num;
  return { ...num, end: second.end, lo, hi: second.value, scale: second.scale ?? tok.scale };
}

const YEAR_PREP =
  /\b(in|since|by|until|till|from|through|during|before|after|of|early|late|mid|around|circa|between|fiscal|spring|summer|autumn|fall|winter|season|end|start|beginning|middle)(?:\s+|-)$/i;
// A determiner, perhaps with one adjective: "the 2017 fire", "Canada's record 2023 season".
const DETERMINER = /(?:\b(?:the|a|an|its|his|her|their|our|this|that)|\w['’]s|\ws['’])\s+(?:[a-z]+\s+)?$/i;
/** Plural nouns of events named by their year ("the 2022 floods", "the 2024 elections"), not counted. */
const EVENTS =
  /^(?:floods|elections|polls|games|olympics|riots|protests|talks|attacks|fires|wildfires|storms|rains|monsoons|hurricanes|earthquakes|championships|finals|playoffs|midterms|primaries|results|accounts|accords|negotiations|hearings|strikes|sanctions|reforms|layoffs|cuts|series)$/;

/** Whether a four-digit number reads as a year in its context ("in 2008", "a 2008 pact", "2008's"). */
function isYear(s: string, n: Num): boolean {
  const year = (x: number) => Number.isInteger(x) && x >= 1900 && x <= 2099;
  if (!n.digits || n.scale || !year(n.lo) || (n.hi !== null && !year(n.hi))) return false;
  if (!/^\d{4}(?![,.]?\d)/.test(s.slice(n.start, n.start + 6))) return false;
  const before = s.slice(0, n.start);
  const after = s.slice(n.end);
  if (YEAR_PREP.test(before) || /^(?:’s|'s)\b/.test(after)) return true;
  // "the 2017 fire", "its 2023 season", "the 2017 Elephant Hill fire"; not "the 2017 residents".
  if (DETERMINER.test(before)) {
    const next = /^\s+([A-Za-z][\w-]*)/.exec(after);
    const word = next?.[1].toLowerCase() ?? '';
    return !!next && (!PLURAL.test(word) || EVENTS.test(word));
  }
  return /\b(?:and|to|or)\s+$/i.test(before) && /\b(?:19|20)\d\d\b/.test(before.slice(-25));
}

const PLURAL = /^(?:[a-z-]+[^su]s|people|children|men|women|police|staff|personnel|troops|cattle)$/;
const VERB_STOPS = new Set([
  'die',
  'dies',
  'remain',
  'remains',
  'fled',
  'lost',
  'left',
  'became',
  'went',
  'came',
]);

/** Reads the noun a count counts: up to three words after it, the last being the head. */
export function readNounRun(s: string, pos: number): { words: string[]; end: number } {
  const words: string[] = [];
  const re = /\s+([A-Za-z][A-Za-z'’-]*)/y;
  let p = pos;
  while (words.length < 3) {
    re.lastIndex = p;
    const m = re.exec(s);
    if (!m) break;
    const w = m[1].toLowerCase().replace(/['’]s$/, '');
    if (STOP_WORDS.has(w) || VERB_STOPS.has(w) || w.length < 2 || w in MONTHS) break;
    if (/ed$/.test(w) && w.length > 4) {
      const next = re.exec(s);
      re.lastIndex = 0;
      const nextWord = next?.[1].toLowerCase() ?? '';
      if (words.length > 0 || !next || STOP_WORDS.has(nextWord) || /ed$/.test(nextWord)) break;
    }
    words.push(w);
    p += m[0].length;
    if (/^[,.;:!?)]/.test(s.slice(p)) || PLURAL.test(w)) break;
  }
  return { words, end: p };
}

function countUnit(head: string | undefined): string | null {
  if (!head) return null;
  return /^(?:people|persons?)$/.test(head) ? 'people' : head;
}

/** Whether the number follows a capitalised word that is not a function word: part of a name ("Apollo 13"). */
function followsName(s: string, start: number): boolean {
  const m = /(\S*?)([A-Za-z]+)\s+$/.exec(s.slice(0, start));
  if (!m || !/^[A-Z]/.test(m[2]) || !/\S/.test(s.slice(0, m.index + m[1].length))) return false;
  const w = m[2].toLowerCase();
  return !STOP_WORDS.has(w) && !(w in MONTHS) && !WEEKDAYS.includes(w);
}

function agoDate(scan: Scan, value: number, unit: string): string | null {
  const pub = parseIso(scan.published);
  if (!pub) return null;
  if (unit === 'years' && Number.isInteger(value)) return iso(pub.y - value);
  if (unit === 'years' && pub.m !== undefined && Number.isInteger(value * 12)) {
    const index = pub.y * 12 + pub.m - 1 - value * 12;
    return iso(Math.floor(index / 12), (index % 12) + 1);
  }
  const date = pubDate(pub);
  return date && unit === 'days' ? addDays(date, -Math.round(value)) : null;
}

function durationDraft(scan: Scan, n: Num, rest: string): Draft | null {
  const d = readDuration(rest);
  if (!d) return null;
  const end = n.end + d.length;
  const ago = /^\s+ago\b/.exec(scan.s.slice(end));
  if (ago && n.hi === null) {
    return {
      start: n.start,
      end: end + ago[0].length,
      kind: 'date',
      value: agoDate(scan, n.lo * d.factor, d.unit),
      unit: null,
    };
  }
  return {
    start: n.start,
    end,
    kind: 'duration',
    value: valueOf(n, d.factor),
    unit: d.unit,
    age: d.age,
    term: d.term,
  };
}

/** Words of pay and prices before an amount: "pounds" after them are money, not weight. */
const MONEY_CLAUSE =
  /\b(?:salary|salaries|wages?|pay|paid|pays|earns?|earned|earning|costs?|costing|price[ds]?|worth|fined?|budget|fees?|funding|spend|spent|income|bonus|grant|loan|debt|compensation|pension|donated|raised|sold|bought)\b[^.;:]{0,60}$/i;

const WEIGHT_CLAUSE = /\b(?:weigh\w*|lost|lose|losing|gain(?:ed|ing|s)?|heav\w+|light\w*)\b[^.;:]{0,30}$/i;

function moneyDraft(n: Num, rest: string, before: string, written: string): Draft | null {
  if (n.currency)
    return {
      start: n.start - n.currency.length,
      end: n.end,
      kind: 'money',
      value: valueOf(n),
      unit: n.currency.unit,
    };
  const money = MONEY_CLAUSE.test(before) && !WEIGHT_CLAUSE.test(before) && !/^\s+\w+\s+of\b/.test(rest);
  const suffix = readCurrencySuffix(rest, !!n.scale, money, written);
  if (!suffix) return null;
  return { start: n.start, end: n.end + suffix.length, kind: 'money', value: valueOf(n), unit: suffix.unit };
}

const PERCENT = /^\s?(?:(%)|(percentage points?)\b|(percent|per\s?cent|pct)\b)/i;

/** Extends a percentage to a range written with the unit twice: "10% to 15%", "3%-4%". */
function percentRange(scan: Scan, d: Draft, lo: number): Draft {
  const between = /\bbetween\s+$/i.test(scan.s.slice(0, d.start));
  const sep = (between ? /^\s+and\s+/ : RANGE_SEP).exec(scan.s.slice(d.end));
  // "rose from 10% to 15%" is a change between two values, not a range.
  if (!sep || /\bfrom\s+$/i.test(scan.s.slice(0, d.start))) return d;
  const second = readNumber(scan.s, d.end + sep[0].length, 'none');
  const unit = second && PERCENT.exec(scan.s.slice(second.end));
  if (!second || !unit || !(second.value > lo) || (unit[2] ? 'percentage points' : 'percent') !== d.unit)
    return d;
  return { ...d, end: second.end + unit[0].length, value: [lo, second.value] };
}

/** The figure a number and its unit make; false when they are part of a name. */
function unitDraft(scan: Scan, n: Num): Draft | null | false {
  const rest = scan.s.slice(n.end);
  const money = moneyDraft(n, rest, scan.s.slice(0, n.start), scan.s.slice(n.start, n.end));
  if (money) return money;
  const pct = PERCENT.exec(rest);
  if (pct) {
    const unit = pct[2] ? 'percentage points' : 'percent';
    const draft: Draft = {
      start: n.start,
      end: n.end + pct[0].length,
      kind: 'percent',
      value: valueOf(n),
      unit,
    };
    return n.hi === null ? percentRange(scan, draft, n.lo) : draft;
  }
  const duration = durationDraft(scan, n, rest);
  if (duration) return duration;
  const measure = readMeasure(rest);
  // A capitalised unit before a capitalised word names a place: "70 Mile House", "Ten Mile Creek".
  if (measure && /^[\s-]*[A-Z][a-z]+[\s-]+[A-Z]/.test(rest)) return false;
  if (measure) {
    const end = n.end + measure.length;
    return { start: n.start, end, kind: measure.kind, value: valueOf(n, measure.factor), unit: measure.unit };
  }
  if (n.digits && n.hi === null && /^(?:st|nd|rd|th)\b/.test(rest)) {
    return { start: n.start, end: n.end + 2, kind: 'ordinal', value: n.lo, unit: null };
  }
  return null;
}

function plainDraft(scan: Scan, n: Num): Draft | null {
  const { s } = scan;
  if (isYear(s, n)) {
    const value: FigureValue = n.hi === null ? iso(n.lo) : [iso(n.lo), iso(n.hi)];
    return { start: n.start, end: n.end, kind: 'date', value, unit: null };
  }
  if (n.lo === 1 && n.hi === null && !n.digits) return null;
  if (followsName(s, n.start)) return null;
  const run = readNounRun(s, n.end);
  const head = run.words[run.words.length - 1];
  if (head === 'times' || head === 'time') return null;
  const yearLike =
    n.digits && !n.scale && n.lo >= 1900 && n.lo <= 2099 && /^\d{4}$/.test(s.slice(n.start, n.end));
  if (yearLike && !head) return null;
  return {
    start: n.start,
    end: n.end,
    kind: 'count',
    value: valueOf(n),
    unit: countUnit(head),
    head: head ?? null,
  };
}

function readNum(scan: Scan, i: number): Num | null {
  const { s } = scan;
  const prev = s[i - 1];
  const currency = readCurrencyPrefix(s.slice(Math.max(0, i - 5), i));
  // A currency may be glued to its amount ("Rs12bn", "MZN4,500"); another letter makes a token ("G7").
  if (!currency && isWordChar(prev)) return null;
  if (/[-.,]/.test(prev ?? '') && /\d/.test(s[i - 2] ?? '')) return null;
  const tok = readNumber(s, i, currency ? 'all' : 'safe');
  if (!tok) return null;
  // "half a billion dollars", "a quarter of a million people"
  const part =
    !tok.digits && /^an?\s/i.test(s.slice(i))
      ? /\b(?:an?\s+)?(half|quarter\s+of)\s+$/i.exec(s.slice(0, i))
      : null;
  if (part && tok.scale) {
    tok.value *= /^half/i.test(part[1]) ? 0.5 : 0.25;
    tok.start = part.index;
  }
  const half = tok.scale ? null : /^\s+and\s+a\s+half\b/.exec(s.slice(tok.end));
  if (half) {
    tok.value += 0.5;
    tok.end += half[0].length;
  }
  return readRange(s, tok, currency);
}

/** Money, percentages, measures, durations, ordinals in digits, years and counts. */
export function matchNumbers(scan: Scan): void {
  let consumed = 0;
  for (const i of numberStarts(scan.s)) {
    if (i < consumed || !scan.isFree(i, i + 1)) continue;
    const n = readNum(scan, i);
    if (!n) continue;
    consumed = n.end;
    const unit = unitDraft(scan, n);
    const draft = unit === false ? null : (unit ?? plainDraft(scan, n));
    if (draft) scan.add(draft);
  }
}

const ARTICLE_DURATION =
  /\b(?:(an?)|(half)\s+an?|(?:a\s+)?(quarter)(?:\s+of\s+an?)?)\s+(decade|century|year|month|week|day|hour)\b(\s+and\s+a\s+half\b)?(\s+ago\b)?/gi;
const DURATION_CONTEXT =
  /\b(?:for|within|than|over|nearly|almost|about|around|roughly|some|past|last|least|to|under)\s+$/i;

/** Durations written with an article: "over a decade", "half a century", "nearly a year", "a year ago". */
export function matchArticleDurations(scan: Scan): void {
  scan.each(ARTICLE_DURATION, (m) => {
    const unitWord = m[4].toLowerCase();
    const before = scan.s.slice(0, m.index);
    const plain = !m[5] && !m[6] && !/^(?:decade|century)$/.test(unitWord);
    if (m[1] && plain && !DURATION_CONTEXT.test(before)) return;
    const count = (m[2] ? 0.5 : m[3] ? 0.25 : 1) + (m[5] ? 0.5 : 0);
    const [unit, factor] = durationUnit(unitWord);
    const end = m.index + m[0].length;
    if (m[6])
      scan.add({ start: m.index, end, kind: 'date', value: agoDate(scan, count * factor, unit), unit: null });
    else scan.add({ start: m.index, end, kind: 'duration', value: round(count * factor), unit });
  });
}

const ORDINAL = new RegExp(`\\b(${Object.keys(ORDINAL_WORDS).join('|')})\\b`, 'gi');
/** Compounds in which an ordinal word ranks nothing: "third-party", "first-hand", "second-rate". */
const ORDINAL_IDIOM = /^-(?:party|parties|hand|rate|class|guess|person|string|degree|generation|gen)\b/i;
const ORDINAL_DETERMINER =
  /(?:\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|each|every|whose)|\w['’]s|\ws['’])\s+$/i;
/** Ranking verbs before a bare ordinal: "finished third", "ranked second". */
const RANKING =
  /\b(?:finish(?:ed|es|ing)?|came|comes?|placed?|rank(?:ed|s|ing)?|stood|is|was|are|were|be|been)\s+$/i;
/** Nouns after a bare ordinal that count occurrences: "for second time", "first day", "third round". */
const OCCURRENCE =
  /^(?:[\s-]+(?:times?|round|day|week|month|year|quarter|half|place|term|leg|stage|phase|attempt|wave|season|game|match|edition|anniversary|consecutive|straight|successive|largest|biggest|highest|lowest)|-[a-z]+est)\b/i;

/**
 * Ordinals written as words ("third", "first"). Without a determiner, a ranking verb or a noun of
 * occurrence, "first" means "initial" or "at first" ("first light", "first production", "First, …").
 */
export function matchOrdinals(scan: Scan): void {
  scan.each(ORDINAL, (m) => {
    const end = m.index + m[0].length;
    const after = scan.s.slice(end);
    const before = scan.s.slice(0, m.index);
    if (ORDINAL_IDIOM.test(after)) return;
    if (!ORDINAL_DETERMINER.test(before) && !RANKING.test(before) && !OCCURRENCE.test(after)) return;
    scan.add({ start: m.index, end, kind: 'ordinal', value: ORDINAL_WORDS[m[1].toLowerCase()], unit: null });
  });
}
