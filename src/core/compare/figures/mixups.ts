import type { Figure, Finding } from '../../model';
import type { FigureInfo } from './context';
import { baseName, display, overlap, sameQuantity, shareCount } from './same';

// Mix-ups: the same number of one thing in another currency or unit.

/** The number as written and the word of its unit: "70 mph" → ["70", "mph"], "six hours" → ["six", "hours"]. */
function written(f: Figure): [string, string] | null {
  const m = /(\d[\d,]*(?:\.\d+)?|\b[a-z]+\b)\s*-?\s*([^\d\s()-]+)/i.exec(f.text);
  return m ? [m[1].replace(/,/g, '').toLowerCase(), m[2].toLowerCase()] : null;
}

/**
 * Units of one dimension that extraction keeps apart (tonnes and kilograms are both read as
 * written): their family and factor, so "412 kilograms" can meet "412 tonnes".
 */
const FAMILIES: Record<string, [string, number]> = { t: ['kg', 1000] };

/** A measure's unit family and value in it. */
function common(f: Figure): [string | null, number] {
  const [unit, factor] = (f.unit && FAMILIES[f.unit]) || [f.unit, 1];
  return [unit, (f.value as number) * factor];
}

const near = (x: number, y: number) => Math.abs(x - y) <= 0.01 * Math.max(Math.abs(x), Math.abs(y));

/**
 * Whether two figures with the same number in different units may be one fact. The repeated number
 * is itself evidence, so less is asked than of other pairs: a word about the figure in common, or a
 * shared town or named thing, and no organisation or place that sets them apart.
 */
function mayBeSame(a: FigureInfo, b: FigureInfo): boolean {
  if (sameQuantity(a, b)) return true;
  if (a.change || b.change || a.rate !== b.rate || a.frame !== b.frame) return false;
  const named = (x: FigureInfo) => new Set([...x.entities].filter((e) => !e.startsWith('m:')));
  const [ea, eb] = [named(a), named(b)];
  if (a.places.size && b.places.size && !shareCount(a.places, b.places)) return false;
  return shareCount(a.about, b.about) >= 1 || (shareCount(ea, eb) >= 2 && overlap(a.words, b.words) >= 0.25);
}

/**
 * The same number of the same thing in another unit ("70 mph" where the other sources say
 * "70 km/h", "200-metre breach" for "200 feet", "six days" of deliberation for "six hours"): the unit
 * was slipped, or converted without the number.
 */
export function unitMixUps(infos: readonly FigureInfo[], flagged: ReadonlySet<Figure>): Finding[] {
  const out: Finding[] = [];
  const measures = infos.filter(
    (i) =>
      (i.figure.kind === 'distance' || i.figure.kind === 'other' || i.figure.kind === 'duration') &&
      !i.derived &&
      typeof i.figure.value === 'number' &&
      !i.figure.vague &&
      written(i.figure),
  );
  for (const a of measures) {
    if (flagged.has(a.figure)) continue;
    const [na, ua] = written(a.figure)!;
    const [fa, va] = common(a.figure);
    // The value most sources give with this number is right; flag the others.
    const support = (v: number) =>
      measures.filter(
        (m) => common(m.figure)[0] === fa && written(m.figure)![0] === na && near(common(m.figure)[1], v),
      ).length;
    for (const b of measures) {
      if (a === b || a.article === b.article || common(b.figure)[0] !== fa) continue;
      const [nb, ub] = written(b.figure)!;
      // Same number, different values: the units differ ("km" and "kilometres" give one value).
      const vb = common(b.figure)[1];
      if (
        na !== nb ||
        ua === ub ||
        near(va, vb) ||
        !mayBeSame(a, { ...b, figure: { ...b.figure, unit: a.figure.unit } })
      )
        continue;
      if (
        support(va) >= support(vb) ||
        out.some((f) => f.uri === a.article.uri && f.start === a.figure.start)
      )
        continue;
      out.push(mixUp(a, b, `Same number in another unit: ${display(a.figure)} here`, display(b.figure)));
    }
  }
  return out;
}

/**
 * The same amount of the same thing in two currencies ("R$6 billion" in one source, "$6 billion"
 * in another): one of them has the currency wrong, a slip copy-editors often miss.
 */
export function currencyMixUps(infos: readonly FigureInfo[]): Finding[] {
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
      out.push(
        mixUp(
          a,
          b,
          `Same amount in another currency: ${display(a.figure)} (${a.figure.unit}) here`,
          `${display(b.figure)} (${b.figure.unit})`,
        ),
      );
    }
  }
  return out;
}

/** A mix-up finding at `a`, pointing at the version `b` of the other source. */
function mixUp(a: FigureInfo, b: FigureInfo, lead: string, other: string): Finding {
  const there = `${other} in ${baseName(b.article.uri)}`;
  return {
    id: `numeric:${a.article.uri}:${a.figure.start}`,
    kind: 'numeric',
    severity: 'warning',
    message: `${lead}, ${there}`,
    uri: a.article.uri,
    start: a.figure.start,
    end: a.figure.end,
    text: a.figure.text,
    related: [
      { uri: b.article.uri, start: b.figure.start, end: b.figure.end, text: b.figure.text, message: there },
    ],
  };
}
