import type { Figure, Severity } from '../../model';
import { FIGURE_KINDS } from '../../model';
import { MONTHS, WEEKDAYS, ZONES } from '../../extract/figures/lexicon';
import type { FigureInfo } from './context';
import { stem } from './context';
import { centre, dateInterval, numericInterval, timeInterval } from './intervals';

// Whether two figures measure the same thing, and whether their values can both be right.

type Interval = [number, number];

// Ordinals ("third", "21st") rank things; compared, they raise far more false alarms than findings.
const COMPARED_KINDS = new Set<string>(FIGURE_KINDS.filter((k) => k !== 'ordinal'));

// Nouns that count people in general: "1,200 residents" and "1,200 people" may be one count.
const PEOPLE = new Set(
  ['people', 'residents', 'individuals', 'inhabitants', 'citizens', 'persons'].map(stem),
);
// Nouns that count the people of a workplace: "eight workers" and "nine miners" may be one count.
const WORKERS = new Set(['workers', 'miners', 'employees', 'labourers', 'laborers', 'staff'].map(stem));
const countHead = (unit: string) =>
  PEOPLE.has(stem(unit)) ? 'people' : WORKERS.has(stem(unit)) ? 'workers' : stem(unit);

export function sameUnit(a: Figure, b: Figure): boolean {
  if (a.kind === 'count') return !!a.unit && !!b.unit && countHead(a.unit) === countHead(b.unit);
  if (a.kind === 'date') return true;
  if (a.kind === 'money') return !!a.unit && a.unit === b.unit;
  if (a.kind === 'time') return a.unit === b.unit || (!!a.unit && !!b.unit);
  return a.unit === b.unit;
}

export const intersects = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x));

/** How many members two sets share, without building the intersection. */
export function shareCount(a: ReadonlySet<string>, b: ReadonlySet<string>, skip?: readonly string[]): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x) && !skip?.includes(x)) n++;
  return n;
}

const bareYear = (f: Figure) => typeof f.value === 'string' && f.value.length === 4;
const yearless = (f: Figure) => !/\d{4}/.test(f.text);

/** Whether `a` is a tally "as of" a day that `b`'s sentence does not name. */
const tallyDay = (a: FigureInfo, b: FigureInfo) => !!a.asOf && b.days.size > 0 && !shareCount(a.days, b.days);

/** Shared words over the words of the shorter set. */
export function overlap(a: Set<string>, b: Set<string>): number {
  const small = Math.min(a.size, b.size);
  return small ? shareCount(a, b) / small : 0;
}

const cache = <T>(f: (i: FigureInfo) => T) => {
  const memo = new WeakMap<FigureInfo, T>();
  return (i: FigureInfo): T => {
    if (!memo.has(i)) memo.set(i, f(i));
    return memo.get(i)!;
  };
};

/** The years a figure is about: those its sentence names, else the year of its article. */
const yearsOf = cache((i: FigureInfo): Set<string> => {
  if (i.years.size) return i.years;
  return new Set(i.article.published ? [i.article.published.slice(0, 4)] : []);
});

/** The organisations of a figure's part of its sentence. */
const orgsOf = cache((i: FigureInfo) => new Set([...i.entities].filter((e) => e.startsWith('org:'))));

/** Whether two figures plausibly measure the same thing. */
export function sameQuantity(a: FigureInfo, b: FigureInfo): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (fa.kind !== fb.kind || !COMPARED_KINDS.has(fa.kind) || fa.vague || fb.vague) return false;
  if (fa.value === null || fb.value === null || !sameUnit(fa, fb)) return false;
  if (a.article === b.article && a.sentence === b.sentence) return false;
  if (a.change || b.change || a.rate !== b.rate || a.dateline || b.dateline) return false;
  if ((a.frame === 'term') !== (b.frame === 'term')) return false;
  // A figure of an explicitly earlier year ("a €561m fine in 2023") is another fact than one of the
  // story's own time; a figure without a year belongs to the year its article was published.
  const [ya, yb] = [yearsOf(a), yearsOf(b)];
  if (fa.kind !== 'date' && ya.size && yb.size && !shareCount(ya, yb)) return false;
  // Counts given for different days ("3,412 cases on Wednesday" / "3,690 as of Thursday") are a
  // series over time, not one fact told twice.
  if (fa.kind !== 'date' && fa.kind !== 'time' && (tallyDay(a, b) || tallyDay(b, a))) return false;
  // "for every one tonne": a unit amount is a denominator, not a measurement.
  if (fa.kind === 'other' && (fa.value === 1 || fb.value === 1)) return false;
  const entities = a.entities.size && b.entities.size ? shareCount(a.entities, b.entities) : -1;
  // An age meets only the date its thing began ("opened in 2013"), in the same article or about a shared entity.
  if (a.derived || b.derived) {
    const other = a.derived ? b : a;
    return (
      !other.derived &&
      other.about.has('found') &&
      // A beginning is dated by its year ("born in 1964", "15 years ago"), not by a weekday.
      !(isDay(other.figure) && yearless(other.figure)) &&
      intersects(a.about, b.about).length >= 2 &&
      (a.article === b.article || entities > 0 || sameSurname(a, b))
    );
  }
  // Different places mean different facts, and so do different organisations counting or paying.
  if (a.places.size && b.places.size && !shareCount(a.places, b.places)) return false;
  const [oa, ob] = [orgsOf(a), orgsOf(b)];
  if (fa.kind !== 'date' && fa.kind !== 'time' && oa.size && ob.size && !shareCount(oa, ob)) return false;
  // Stories circle one actor: a shared entity says little, two shared words are needed; an age
  // names only its thing ("the 13-year-old accord").
  // Durations of a named thing ("the Merida Initiative's 13 years") need only that name in common.
  const named =
    fa.kind === 'duration' &&
    intersects(a.entities, b.entities).some((e) => /^(law|event|product|fac):/.test(e));
  const needed = a.frame === 'age' || b.frame === 'age' || named ? 1 : 2;
  if (a.predicate && b.predicate && !b.about.has(a.predicate) && !a.about.has(b.predicate)) return false;
  // "nine miners trapped" / "eight workers remain trapped": one count of people in one plight.
  if (
    fa.kind === 'count' &&
    a.article !== b.article &&
    a.predicate &&
    a.predicate === b.predicate &&
    entities !== 0
  )
    return true;
  const heads = fa.kind === 'count' && fa.unit && fb.unit ? [stem(fa.unit), stem(fb.unit)] : [];
  const shared = shareCount(a.about, b.about, heads);
  // A bare year against a day named without one ("since 2008" / "today") is background against news.
  if (fa.kind === 'date' && ((bareYear(fa) && yearless(fb)) || (bareYear(fb) && yearless(fa)))) return false;
  // "between January and August" in both: each source gives both ends, so no end clashes with the other.
  if (
    fa.kind === 'date' &&
    a.article !== b.article &&
    JSON.stringify(fa.value) !== JSON.stringify(fb.value) &&
    givesDate(a, fb) &&
    givesDate(b, fa)
  )
    return false;
  // A story has many dates (a timeline): only the same event, in at least two words, is compared.
  if (fa.kind === 'date' || fa.kind === 'time')
    return (shared >= 2 && entities !== 0) || sameDayEvent(a, b, shared);
  // Two sources telling one fact in much the same sentence: one shared word about the figure is enough.
  if (a.article !== b.article && entities !== 0 && shared >= 1 && overlap(a.words, b.words) >= 0.5)
    return true;
  // A count of a particular thing ("doses", "tonnes" are not people) by the same organisation, with a
  // word about it in common ("a shipment of 1.4 mln doses" / "a consignment of 1.7 million doses").
  if (
    a.article !== b.article &&
    fa.kind === 'count' &&
    countHead(fa.unit!) !== 'people' &&
    shared >= 1 &&
    shareCount(oa, ob) > 0
  )
    return true;
  // Two figures of one article are two facts unless they are told in nearly the same words.
  const aged = a.frame === 'age' || b.frame === 'age';
  if (a.article === b.article && !named && !aged && shared < 0.75 * Math.min(a.about.size, b.about.size))
    return false;
  return shared >= needed;
}

/**
 * Two ages of one thing, both read as the years it began ("Ruiz, 58," in two sources): never a
 * finding of their own (the ages are compared as ages), but each backs the other against a third
 * source's year of birth.
 */
export function sameBeginning(a: FigureInfo, b: FigureInfo): boolean {
  if (!a.derived || !b.derived || a.article === b.article) return false;
  const entities = a.entities.size && b.entities.size ? shareCount(a.entities, b.entities) : -1;
  return intersects(a.about, b.about).length >= 2 && (entities > 0 || sameSurname(a, b));
}

/** The date values of a figure's sentence. */
const sentenceDates = cache(
  (i: FigureInfo) =>
    new Set(
      i.sentence
        ? i.article.figures
            .filter((g) => g.kind === 'date' && g.start >= i.sentence!.start && g.end <= i.sentence!.end)
            .map((g) => JSON.stringify(g.value))
        : [],
    ),
);

/** Whether the sentence of `i` also gives the date `f`. */
const givesDate = (i: FigureInfo, f: Figure) => sentenceDates(i).has(JSON.stringify(f.value));

/** The name words of a figure's people: "person:ana-ruiz" → ana, ruiz. */
const personWords = (i: FigureInfo) =>
  new Set([...i.entities].filter((e) => e.startsWith('person:')).flatMap((e) => e.slice(7).split('-')));

/**
 * Whether both figures name a person with a name word in common ("Kim" in one source, "Kim Soo-min"
 * in another, where linking kept them apart), and the word is one of what both are about.
 */
function sameSurname(a: FigureInfo, b: FigureInfo): boolean {
  const [pa, pb] = [personWords(a), personWords(b)];
  return [...pa].some((w) => pb.has(w) && a.about.has(stem(w)) && b.about.has(stem(w)));
}

const isDay = (f: Figure) => typeof f.value === 'string' && f.value.length === 10;

/**
 * Two sources dating one event told in other words ("the Commission on Tuesday fined Veltrix" /
 * "on Wednesday the Commission landed its decision on Veltrix"): days of different articles whose
 * sentences share an actor that is not a place, a word about the date, and most of their words.
 * Days only: months and years date many things of a story.
 */
function sameDayEvent(a: FigureInfo, b: FigureInfo, shared: number): boolean {
  if (a.article === b.article || a.figure.kind !== 'date' || !isDay(a.figure) || !isDay(b.figure))
    return false;
  // "announced on Thursday … effective April 1": a sentence of two days pairs each with its own words.
  const otherDay = (x: FigureInfo) => [...x.days].some((d) => d !== x.figure.value);
  if ((otherDay(a) || otherDay(b)) && shared < 2) return false;
  const actors = intersects(a.entities, b.entities).filter(
    (e) => !e.startsWith('gpe:') && !e.startsWith('m:'),
  );
  const words = overlap(a.words, b.words);
  // A sentence that names no one ("talks broke down on Friday") cannot share an actor: most of its
  // words and one about the day must then be the other's.
  if (!actors.length && (!a.entities.size || !b.entities.size)) return shared >= 1 && words >= 0.6;
  // Only a place in common ("detected on Feb 27 at its data centre in X" / "spotted on the night of
  // February 26 … in X"): a word about one day in the other's sentence, and most words alike…
  if (!actors.length)
    return (
      shareCount(a.places, b.places) > 0 &&
      a.about.size > 0 &&
      b.about.size > 0 &&
      // …and a sentence of two days ("sparked on Sunday, contained as of Thursday") cannot say which.
      ((shareCount(a.about, b.words) > 0 && !b.days.size) ||
        (shareCount(b.about, a.words) > 0 && !a.days.size)) &&
      overlap(plainWords(a), plainWords(b)) >= 0.5
    );
  if (shared >= 1 && words >= 0.4) return true;
  // Told in nearly the same words ("the embankment gave way near X on Thursday"), a day needs no
  // word of its own in common: the rest of the sentence says it is the same event.
  return overlap(plainWords(a), plainWords(b)) >= 0.75;
}

const CALENDAR = new Set(
  [
    ...Object.keys(MONTHS),
    ...WEEKDAYS,
    'mon',
    'tue',
    'tues',
    'wed',
    'thu',
    'thur',
    'thurs',
    'fri',
    'sat',
    'sun',
  ].map((w) => stem(w)),
);

/** The words of a figure's sentence that are not names or calendar words: what it says happened. */
const plainWords = cache((i: FigureInfo): Set<string> => {
  const names = new Set(
    [...i.entities].flatMap((e) => e.replace(/^\w+:/, '').split(/[-\s]+/)).map((w) => stem(w)),
  );
  return new Set([...i.words].filter((w) => !names.has(w) && !CALENDAR.has(w)));
});

// Intervals depend on the figure alone (times: on whether the other has a zone); cached per figure.
const intervals = new WeakMap<Figure, Interval | null>();

function intervalOf(f: Figure, other: Figure): Interval | null {
  if (f.kind === 'time') {
    const both = f.unit && other.unit;
    return timeInterval(f, both ? (ZONES[f.unit as string] ?? 0) : 0);
  }
  if (intervals.has(f)) return intervals.get(f)!;
  const i = f.kind === 'date' ? dateInterval(f) : numericInterval(f);
  intervals.set(f, i);
  return i;
}

/**
 * Whether two figures' values can both be right once units, hedges and rounding are taken into
 * account ("about $4 million" and "$4.2 million" agree); null when they cannot be compared at all.
 */
export function figuresAgree(a: Figure, b: Figure): boolean | null {
  if (a.kind !== b.kind || a.vague || b.vague || a.value === null || b.value === null || !sameUnit(a, b))
    return null;
  if (!intervalOf(a, b) || !intervalOf(b, a)) return null;
  return clash(a, b) === null;
}

const WEEKDAY = /\b(mon|tues?|wed(nes)?|thu(rs?)?|fri|sat(ur)?|sun)(day)?\b/i;
const MONTH_DAY =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;

/**
 * Two sources naming the same weekday and no month day ("on Thursday" / "on Thursday") agree in
 * their words: their days differ only in how each sentence's tense was read.
 */
function sameWeekdayWord(a: Figure, b: Figure): boolean {
  const wa = WEEKDAY.exec(a.text)?.[1].slice(0, 3).toLowerCase();
  const wb = WEEKDAY.exec(b.text)?.[1].slice(0, 3).toLowerCase();
  if (sameRelativeWord(a, b)) return true;
  return !!wa && wa === wb && !MONTH_DAY.test(a.text) && !MONTH_DAY.test(b.text);
}

const RELATIVE_DAY = /^(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))$/i;

/**
 * "today" in a report of Tuesday and "today" in one of Wednesday: each is the day its source was
 * published, which is not a contradiction a reader would see.
 */
function sameRelativeWord(a: Figure, b: Figure): boolean {
  return RELATIVE_DAY.test(a.text) && a.text.toLowerCase() === b.text.toLowerCase();
}

/** How serious a clash between two figures is, or null when their values can both be right. */
export function clash(a: Figure, b: Figure): Severity | null {
  const ia = intervalOf(a, b);
  const ib = intervalOf(b, a);
  if (!ia || !ib) return null;
  const eps = 1e-9 * Math.max(1, Math.abs(ia[1]), Math.abs(ib[1]));
  if (ia[0] <= ib[1] + eps && ib[0] <= ia[1] + eps) return null;
  if (a.kind === 'date' && sameWeekdayWord(a, b)) return null;
  if (a.kind === 'date') return Math.max(ia[0] - ib[1], ib[0] - ia[1]) > 31 ? 'warning' : 'info';
  if (a.kind === 'time') return Math.max(ia[0] - ib[1], ib[0] - ia[1]) > 60 ? 'warning' : 'info';
  const ca = Math.abs(centre(ia, a));
  const cb = Math.abs(centre(ib, b));
  const ratio = Math.max(ca, cb) / Math.max(Math.min(ca, cb), 1e-9);
  return ratio >= 1.25 ? 'warning' : 'info';
}

const HEDGE_TEXT: Record<string, string> = {
  about: 'about ',
  nearly: 'nearly ',
  'more than': 'more than ',
  'at least': 'at least ',
  'at most': 'at most ',
};

/** How a figure reads in a message: hedge, text and, for counts, what is counted. */
export function display(f: Figure): string {
  const hedge = f.qualifier ? (HEDGE_TEXT[f.qualifier] ?? '') : '';
  const unit = f.kind === 'count' && f.unit && !f.text.toLowerCase().includes(f.unit) ? ` ${f.unit}` : '';
  // A relative date says which day it resolved to: "Tuesday (2025-03-11)".
  const resolved =
    f.kind === 'date' && typeof f.value === 'string' && !f.text.includes(f.value.slice(0, 4))
      ? ` (${f.value})`
      : '';
  return `${hedge}${f.text}${unit}${resolved}`;
}

export const baseName = (uri: string) =>
  uri
    .replace(/[?#].*$/, '')
    .split(/[\\/]/)
    .pop() || uri;
