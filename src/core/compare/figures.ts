import type { ArticleAnalysis, Figure, Finding, RelatedLocation, Severity } from '../model';
import { centre, numericInterval } from './figures/intervals';
import type { FigureInfo } from './figures/context';
import { describeFigures } from './figures/context';
import { conversionSlips } from './figures/conversions';
import { currencyMixUps, unitMixUps } from './figures/mixups';
import { baseName, clash, display, intersects, sameBeginning, sameQuantity, sameUnit } from './figures/same';

export { figuresAgree } from './figures/same';

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
      else if (sameBeginning(infos[i], infos[j]) && !clash(infos[i].figure, infos[j].figure))
        pairs.push({ a: infos[i], b: infos[j], severity: null });
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
  weighBySupport(pending, pairsOf);
  const flagged = new Set([...pending.values()].map((p) => p.info.figure));
  const currency = [...currencyMixUps(infos), ...unitMixUps(infos, flagged), ...conversionSlips(infos)];
  return [
    ...[...pending.values()].map((p) => (p.others.length ? toFinding(p) : toUpdate(p))),
    ...currency,
  ].sort((a, b) => a.uri.localeCompare(b.uri) || a.start - b.start);
}

/**
 * The sources a value is given by: its own and those of the figures it agrees with. When more
 * sources give a figure's value than give any value it clashes with ("48 hours" in three sources,
 * "72 hours" in one), the outlier is the suspect: the majority's findings are only information,
 * and an outlying day is a warning even when it is close to the others'.
 */
function weighBySupport(pending: Map<FigureInfo, Pending>, pairsOf: ReadonlyMap<FigureInfo, Pair[]>): void {
  const support = (x: FigureInfo) =>
    new Set([
      x.article,
      ...(pairsOf.get(x) ?? [])
        .filter((p) => p.severity === null)
        .map((p) => (p.a === x ? p.b : p.a).article),
    ]).size;
  const changed: [Pending, Severity][] = [];
  for (const p of pending.values()) {
    if (!p.others.length) continue;
    const mine = support(p.info);
    if (p.severity !== 'info' && p.others.every((o) => support(o) < mine)) changed.push([p, 'info']);
    // A day a single source gives against one that two or more agree on is a slip, not two events.
    else if (
      p.severity === 'info' &&
      p.info.figure.kind === 'date' &&
      p.others.every((o) => support(o) >= 2 && support(o) > mine)
    )
      changed.push([p, 'warning']);
  }
  for (const [p, severity] of changed) p.severity = severity;
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
        clash(o.figure, value.figure) === null &&
        eachAllows(o.figure, value.figure),
    );
  return gives(a.article, b) || gives(b.article, a);
}

/**
 * Whether each of two numbers allows the other's central value: "roughly 70%" and "about 60%" may
 * both be true of one share, but the one does not give the other's value.
 */
function eachAllows(a: Figure, b: Figure): boolean {
  const [ia, ib] = [numericInterval(a), numericInterval(b)];
  if (!ia || !ib) return true;
  const [ca, cb] = [centre(ia, a), centre(ib, b)];
  return ca >= ib[0] && ca <= ib[1] && cb >= ia[0] && cb <= ia[1];
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
  if (transposed(older.figure.text, newer.figure.text)) return false;
  const recent = (x: FigureInfo, y: FigureInfo, me: FigureInfo) =>
    x === me ? (dayOf(y) ?? '') >= to : y === me && (dayOf(x) ?? '') >= to;
  return !pairs.some(
    ({ a, b, severity }) => (!severity && recent(a, b, older)) || (!!severity && recent(a, b, newer)),
  );
}

/**
 * Two numbers written with the same digits in another order ("9.6" / "6.9", "1,850" / "1,580"): the
 * commonest slip of copying, not a count that moved.
 */
export function transposed(a: string, b: string): boolean {
  const digits = (t: string) => /\d[\d,.]*/.exec(t)?.[0].replace(/\D/g, '') ?? '';
  const [da, db] = [digits(a), digits(b)];
  return da.length >= 2 && da !== db && [...da].sort().join('') === [...db].sort().join('');
}
