import type { ArticleAnalysis, Figure, Finding, RelatedLocation, Severity } from '../model';
import { FIGURE_KINDS } from '../model';
import { ZONES } from '../extract/figures/lexicon';
import type { FigureInfo } from './figures/context';
import { describeFigures, stem } from './figures/context';
import { centre, dateInterval, numericInterval, timeInterval } from './figures/intervals';

type Interval = [number, number];

// Ordinals ("third", "21st") rank things; compared, they raise far more false alarms than findings.
const COMPARED_KINDS = new Set<string>(FIGURE_KINDS.filter((k) => k !== 'ordinal'));

// Nouns that count people in general: "1,200 residents" and "1,200 people" may be one count.
const PEOPLE = new Set(
  ['people', 'residents', 'individuals', 'inhabitants', 'citizens', 'persons'].map(stem),
);
const countHead = (unit: string) => (PEOPLE.has(stem(unit)) ? 'people' : stem(unit));

function sameUnit(a: Figure, b: Figure): boolean {
  if (a.kind === 'count') return !!a.unit && !!b.unit && countHead(a.unit) === countHead(b.unit);
  if (a.kind === 'date') return true;
  if (a.kind === 'money') return !!a.unit && a.unit === b.unit;
  if (a.kind === 'time') return a.unit === b.unit || (!!a.unit && !!b.unit);
  return a.unit === b.unit;
}

const intersects = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x));

/** How many members two sets share, without building the intersection. */
function shareCount(a: ReadonlySet<string>, b: ReadonlySet<string>, skip?: readonly string[]): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x) && !skip?.includes(x)) n++;
  return n;
}

const bareYear = (f: Figure) => typeof f.value === 'string' && f.value.length === 4;
const yearless = (f: Figure) => !/\d{4}/.test(f.text);

/** Shared words over the words of the shorter set. */
function overlap(a: Set<string>, b: Set<string>): number {
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
function sameQuantity(a: FigureInfo, b: FigureInfo): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (fa.kind !== fb.kind || !COMPARED_KINDS.has(fa.kind) || fa.vague || fb.vague) return false;
  if (fa.value === null || fb.value === null || !sameUnit(fa, fb)) return false;
  if (a.article === b.article && a.sentence === b.sentence) return false;
  if (a.change || b.change || a.rate !== b.rate) return false;
  if ((a.frame === 'term') !== (b.frame === 'term')) return false;
  // A figure of an explicitly earlier year ("a €561m fine in 2023") is another fact than one of the
  // story's own time; a figure without a year belongs to the year its article was published.
  const [ya, yb] = [yearsOf(a), yearsOf(b)];
  if (fa.kind !== 'date' && ya.size && yb.size && !shareCount(ya, yb)) return false;
  // "for every one tonne": a unit amount is a denominator, not a measurement.
  if (fa.kind === 'other' && (fa.value === 1 || fb.value === 1)) return false;
  const entities = a.entities.size && b.entities.size ? shareCount(a.entities, b.entities) : -1;
  // An age meets only the date its thing began ("opened in 2013"), in the same article or about a shared entity.
  if (a.derived || b.derived) {
    const other = a.derived ? b : a;
    return (
      !other.derived &&
      other.about.has('found') &&
      intersects(a.about, b.about).length >= 2 &&
      (a.article === b.article || entities > 0)
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
  const heads = fa.kind === 'count' && fa.unit && fb.unit ? [stem(fa.unit), stem(fb.unit)] : [];
  const shared = shareCount(a.about, b.about, heads);
  // A bare year against a day named without one ("since 2008" / "today") is background against news.
  if (fa.kind === 'date' && ((bareYear(fa) && yearless(fb)) || (bareYear(fb) && yearless(fa)))) return false;
  // A story has many dates (a timeline): only the same event, in at least two words, is compared.
  if (fa.kind === 'date' || fa.kind === 'time') return shared >= 2 && entities !== 0;
  // Two sources telling one fact in much the same sentence: one shared word about the figure is enough.
  if (a.article !== b.article && entities !== 0 && shared >= 1 && overlap(a.words, b.words) >= 0.5)
    return true;
  // Two figures of one article are two facts unless they are told in nearly the same words.
  const aged = a.frame === 'age' || b.frame === 'age';
  if (a.article === b.article && !named && !aged && shared < 0.75 * Math.min(a.about.size, b.about.size))
    return false;
  return shared >= needed;
}

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

/** How serious a clash between two figures is, or null when their values can both be right. */
function clash(a: Figure, b: Figure): Severity | null {
  const ia = intervalOf(a, b);
  const ib = intervalOf(b, a);
  if (!ia || !ib) return null;
  const eps = 1e-9 * Math.max(1, Math.abs(ia[1]), Math.abs(ib[1]));
  if (ia[0] <= ib[1] + eps && ib[0] <= ia[1] + eps) return null;
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
function display(f: Figure): string {
  const hedge = f.qualifier ? (HEDGE_TEXT[f.qualifier] ?? '') : '';
  const unit = f.kind === 'count' && f.unit && !f.text.toLowerCase().includes(f.unit) ? ` ${f.unit}` : '';
  // A relative date says which day it resolved to: "Tuesday (2025-03-11)".
  const resolved =
    f.kind === 'date' && typeof f.value === 'string' && !f.text.includes(f.value.slice(0, 4))
      ? ` (${f.value})`
      : '';
  return `${hedge}${f.text}${unit}${resolved}`;
}

const baseName = (uri: string) =>
  uri
    .replace(/[?#].*$/, '')
    .split(/[\\/]/)
    .pop() || uri;

/** Two figures judged to measure the same thing, and how badly they clash (null: they agree). */
interface Pair {
  a: FigureInfo;
  b: FigureInfo;
  severity: Severity | null;
}

interface Pending {
  info: FigureInfo;
  others: FigureInfo[];
  severity: Severity;
  /** Values of the same count in sources of another date that the story reads as an update, not a clash. */
  updates: FigureInfo[];
}

const dayOf = (i: FigureInfo) => (i.article.published?.length === 10 ? i.article.published : null);

/**
 * An update finding: the same count given differently by sources of different dates, where the
 * older value is not repeated by any source as recent as the newer one ("35 dead" on Tuesday,
 * "41 dead" on Wednesday). Information only: it says what changed.
 */
function toUpdate(p: Pending): Finding {
  const f = p.info.figure;
  const uri = p.info.article.uri;
  const mine = dayOf(p.info)!;
  const later = p.updates.some((o) => dayOf(o)! > mine);
  const lead = later ? 'Figure updated by a later report' : 'Figure updated since an earlier report';
  const related: RelatedLocation[] = p.updates.map((o) => ({
    uri: o.article.uri,
    start: o.figure.start,
    end: o.figure.end,
    text: o.figure.text,
    message: `${dayOf(o)! > mine ? 'Later' : 'Earlier'} report: ${display(o.figure)} in ${baseName(o.article.uri)} (${dayOf(o)})`,
  }));
  return {
    id: `numeric:${uri}:${f.start}`,
    kind: 'numeric',
    severity: 'info',
    message: `${lead}: ${display(f)} here (${mine}), ${p.updates.map((o) => `${display(o.figure)} in ${baseName(o.article.uri)} (${dayOf(o)})`).join(', ')}`,
    uri,
    start: f.start,
    end: f.end,
    text: f.text,
    related,
  };
}

function toFinding(p: Pending): Finding {
  const f = p.info.figure;
  const uri = p.info.article.uri;
  // A date against an age is a clash of numbers: how old something is.
  const kind = f.kind === 'date' && !p.info.derived && !p.others.some((o) => o.derived) ? 'date' : 'numeric';
  const where = (o: FigureInfo) =>
    o.article.uri === uri ? 'elsewhere in this article' : `in ${baseName(o.article.uri)}`;
  const within = p.others.every((o) => o.article.uri === uri);
  const noun = kind === 'date' ? 'Date' : 'Figure';
  const lead = within ? `${noun} differs within this article` : `${noun} differs from other sources`;
  const related: RelatedLocation[] = p.others.map((o) => ({
    uri: o.article.uri,
    start: o.figure.start,
    end: o.figure.end,
    text: o.figure.text,
    message: `Conflicting ${noun.toLowerCase()}: ${o.derived ?? display(o.figure)} ${where(o)}`,
  }));
  const finding: Finding = {
    id: `${kind}:${uri}:${f.start}`,
    kind,
    severity: p.severity,
    message: `${lead}: ${p.info.derived ?? display(f)} here, ${p.others.map((o) => `${o.derived ?? display(o.figure)} ${where(o)}`).join(', ')}`,
    uri,
    start: f.start,
    end: f.end,
    text: f.text,
    related,
  };
  const entity = p.others
    .flatMap((o) => intersects(p.info.entities, o.entities))
    .find((e) => !e.startsWith('m:'));
  if (entity) finding.entity = entity;
  return finding;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** Compares figures that measure the same thing, within and across articles. */
export function compareFigures(articles: readonly ArticleAnalysis[]): Finding[] {
  const infos = describeFigures(articles);
  const pending = new Map<FigureInfo, Pending>();
  const entry = (x: FigureInfo, severity: Severity) => {
    const p = pending.get(x) ?? { info: x, others: [], severity, updates: [] };
    pending.set(x, p);
    return p;
  };
  const note = (x: FigureInfo, y: FigureInfo, severity: Severity) => {
    const p = entry(x, severity);
    p.others.push(y);
    if (RANK[severity] > RANK[p.severity]) p.severity = severity;
  };
  const pairs: Pair[] = [];
  for (let i = 0; i < infos.length; i++) {
    for (let j = i + 1; j < infos.length; j++) {
      if (sameQuantity(infos[i], infos[j]))
        pairs.push({ a: infos[i], b: infos[j], severity: clash(infos[i].figure, infos[j].figure) });
    }
  }
  // Indexes, so that the checks below stay linear in the pairs of a large story.
  const byArticle = new Map<FigureInfo['article'], FigureInfo[]>();
  for (const i of infos) byArticle.set(i.article, [...(byArticle.get(i.article) ?? []), i]);
  const pairsOf = new Map<FigureInfo, Pair[]>();
  for (const p of pairs)
    for (const x of [p.a, p.b]) {
      const list = pairsOf.get(x);
      if (list) list.push(p);
      else pairsOf.set(x, [p]);
    }
  const givesMemo = new Map<string, boolean>();
  for (const { a, b, severity } of pairs) {
    if (!severity || knownToBoth(a, b, byArticle, givesMemo)) continue;
    const [older, newer] = (dayOf(a) ?? '') <= (dayOf(b) ?? '') ? [a, b] : [b, a];
    if (isUpdate(older, newer, [...(pairsOf.get(older) ?? []), ...(pairsOf.get(newer) ?? [])])) {
      entry(a, 'info').updates.push(b);
      entry(b, 'info').updates.push(a);
      continue;
    }
    note(a, b, severity);
    note(b, a, severity);
  }
  const flagged = new Set([...pending.values()].map((p) => p.info.figure));
  const currency = [...currencyMixUps(infos), ...unitMixUps(infos, flagged)];
  return [
    ...[...pending.values()].map((p) => (p.others.length ? toFinding(p) : toUpdate(p))),
    ...currency,
  ].sort((a, b) => a.uri.localeCompare(b.uri) || a.start - b.start);
}

/** The number as written and the word of its unit: "70 mph" → [70, "mph"]; null without digits. */
function written(f: Figure): [number, string] | null {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*-?\s*([^\d\s()]+)/.exec(f.text);
  return m ? [Number(m[1].replace(/,/g, '')), m[2].toLowerCase()] : null;
}

/**
 * The same number of the same thing in another unit ("70 mph" where the other sources say
 * "70 km/h", "10.8 miles" for "10.8 km"): the unit was slipped, or converted without the number.
 */
function unitMixUps(infos: readonly FigureInfo[], flagged: ReadonlySet<Figure>): Finding[] {
  const out: Finding[] = [];
  const measures = infos.filter(
    (i) =>
      (i.figure.kind === 'distance' || i.figure.kind === 'other') &&
      typeof i.figure.value === 'number' &&
      !i.figure.vague &&
      written(i.figure),
  );
  for (const a of measures) {
    if (flagged.has(a.figure)) continue;
    const [na, ua] = written(a.figure)!;
    for (const b of measures) {
      if (a === b || a.article === b.article || a.figure.unit !== b.figure.unit) continue;
      const [nb, ub] = written(b.figure)!;
      // Same number, different values: the units differ ("km" and "kilometres" give one value).
      const [va, vb] = [a.figure.value as number, b.figure.value as number];
      if (na !== nb || ua === ub || Math.abs(va - vb) <= 0.01 * Math.max(va, vb) || !sameQuantity(a, b))
        continue;
      // The unit most sources write is right; flag the others.
      const support = (unit: string) =>
        measures.filter((m) => written(m.figure)![0] === na && written(m.figure)![1] === unit).length;
      if (support(ua) > support(ub) || out.some((f) => f.uri === a.article.uri && f.start === a.figure.start))
        continue;
      out.push({
        id: `numeric:${a.article.uri}:${a.figure.start}`,
        kind: 'numeric',
        severity: 'warning',
        message: `Same number in another unit: ${display(a.figure)} here, ${display(b.figure)} in ${baseName(b.article.uri)}`,
        uri: a.article.uri,
        start: a.figure.start,
        end: a.figure.end,
        text: a.figure.text,
        related: [
          {
            uri: b.article.uri,
            start: b.figure.start,
            end: b.figure.end,
            text: b.figure.text,
            message: `${display(b.figure)} in ${baseName(b.article.uri)}`,
          },
        ],
      });
    }
  }
  return out;
}

/**
 * The same amount of the same thing in two currencies ("R$6 billion" in one source, "$6 billion"
 * in another): one of them has the currency wrong, a slip copy-editors often miss.
 */
function currencyMixUps(infos: readonly FigureInfo[]): Finding[] {
  const out: Finding[] = [];
  const money = infos.filter(
    (i) => i.figure.kind === 'money' && typeof i.figure.value === 'number' && !i.figure.vague,
  );
  for (const a of money) {
    for (const b of money) {
      if (
        a === b ||
        a.article === b.article ||
        !a.figure.unit ||
        !b.figure.unit ||
        a.figure.unit === b.figure.unit
      )
        continue;
      const [va, vb] = [a.figure.value as number, b.figure.value as number];
      if (Math.abs(va - vb) > 0.01 * Math.max(va, vb)) continue;
      if (!sameQuantity(a, { ...b, figure: { ...b.figure, unit: a.figure.unit } })) continue;
      // The currency most sources use is right; flag the others.
      const support = (unit: string) =>
        money.filter((m) => m.figure.unit === unit && Math.abs((m.figure.value as number) - va) <= 0.01 * va)
          .length;
      if (support(a.figure.unit) > support(b.figure.unit)) continue;
      if (out.some((f) => f.uri === a.article.uri && f.start === a.figure.start)) continue;
      out.push({
        id: `numeric:${a.article.uri}:${a.figure.start}`,
        kind: 'numeric',
        severity: 'warning',
        message: `Same amount in another currency: ${display(a.figure)} (${a.figure.unit}) here, ${display(b.figure)} (${b.figure.unit}) in ${baseName(b.article.uri)}`,
        uri: a.article.uri,
        start: a.figure.start,
        end: a.figure.end,
        text: a.figure.text,
        related: [
          {
            uri: b.article.uri,
            start: b.figure.start,
            end: b.figure.end,
            text: b.figure.text,
            message: `${display(b.figure)} (${b.figure.unit}) in ${baseName(b.article.uri)}`,
          },
        ],
      });
    }
  }
  return out;
}

/**
 * Whether one source also gives the other's value, as another figure of the same kind: "$2.5bn"
 * against "$600m" when both articles name both amounts are two facts (a total and a part), not a clash.
 */
function knownToBoth(
  a: FigureInfo,
  b: FigureInfo,
  byArticle: ReadonlyMap<FigureInfo['article'], readonly FigureInfo[]>,
  memo: Map<string, boolean>,
): boolean {
  // Every source of a story names its days: a timeline is compared event by event, not by value.
  if (a.article === b.article || a.figure.kind === 'date' || a.figure.kind === 'time') return false;
  const gives = (article: FigureInfo['article'], value: FigureInfo) => {
    const f = value.figure;
    const key = `${article.uri}|${f.kind}|${f.unit}|${JSON.stringify(f.value)}|${f.qualifier}`;
    if (!memo.has(key)) memo.set(key, givesValue(article, value));
    return memo.get(key)!;
  };
  const givesValue = (article: FigureInfo['article'], value: FigureInfo) =>
    (byArticle.get(article) ?? []).some(
      (o) =>
        o !== a &&
        o !== b &&
        !o.derived &&
        o.figure.kind === value.figure.kind &&
        // "up from the 2,300 it reported": a count that names no noun still gives the value.
        (sameUnit(o.figure, value.figure) || (o.figure.kind === 'count' && !o.figure.unit)) &&
        !o.figure.vague &&
        o.figure.value !== null &&
        // A bound ("up to 5%", "more than 1,000") allows many values; it gives none of them.
        !['at most', 'at least', 'more than'].includes(o.figure.qualifier ?? '') &&
        clash(o.figure, value.figure) === null,
    );
  return gives(a.article, b) || gives(b.article, a);
}

/**
 * Whether a newer source's count updates an older one's rather than contradicting it: both dated
 * to the day, on different days, and no source as recent as the newer one either still gives the
 * older value or gives yet another.
 */
function isUpdate(older: FigureInfo, newer: FigureInfo, pairs: readonly Pair[]): boolean {
  const from = dayOf(older);
  const to = dayOf(newer);
  if (older.figure.kind !== 'count' || !from || !to || from >= to) return false;
  const recent = (x: FigureInfo, y: FigureInfo, me: FigureInfo) =>
    x === me ? (dayOf(y) ?? '') >= to : y === me && (dayOf(x) ?? '') >= to;
  return !pairs.some(
    ({ a, b, severity }) => (!severity && recent(a, b, older)) || (!!severity && recent(a, b, newer)),
  );
}
