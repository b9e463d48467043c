import type { Figure } from '../../model';

/** Largest power of ten dividing a positive integer (1 for 0 or non-integers). */
function trailingPower(x: number): number {
  if (!Number.isInteger(x) || x === 0) return 1;
  let p = 1;
  while (x % (p * 10) === 0) p *= 10;
  return p;
}

const lowOf = (f: Figure): number => (Array.isArray(f.value) ? (f.value[0] as number) : (f.value as number));
const highOf = (f: Figure): number => (Array.isArray(f.value) ? (f.value[1] as number) : (f.value as number));

/** Rounding step of a figure in its normalised unit, read from how the number is written. */
export function granularity(f: Figure): number {
  const low = lowOf(f);
  const lit = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/.exec(f.text);
  if (!lit) {
    if (Number.isInteger(low) && low !== 0) return trailingPower(low);
    return f.kind === 'percent' ? 5 : Math.abs(low) * 0.1 || 1;
  }
  const literal = Number(lit[0].replace(/,/g, ''));
  const ratio = literal ? low / literal : 1;
  const step = lit[2] ? 10 ** -lit[2].length : trailingPower(Number(lit[1].replace(/,/g, '')));
  return Math.abs(step * ratio) || 1;
}

/** The unit of the last digit written ("40,000" → 1 in its own scale), in the normalised unit. */
function lit(f: Figure): number | null {
  const m = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/.exec(f.text);
  if (!m) return null;
  const literal = Number(m[0].replace(/,/g, ''));
  const ratio = literal ? lowOf(f) / literal : 1;
  return Math.abs((m[2] ? 10 ** -m[2].length : 1) * ratio);
}

/** The values a numeric figure allows once rounding and its hedge are taken into account. */
export function numericInterval(f: Figure): [number, number] | null {
  if (typeof f.value === 'number' || (Array.isArray(f.value) && typeof f.value[0] === 'number')) {
    const a = lowOf(f);
    const b = highOf(f);
    const g = granularity(f);
    switch (f.qualifier) {
      case 'about': {
        // A round number's step, but not more than a tenth of it unless the step is half of it:
        // "about 60%" allows 54–66, not 50–70, while "about 2,000" still allows 1,500–2,500.
        const spread = (x: number) =>
          Math.max(Math.min(g, Math.max(0.1 * Math.abs(x), g / 2)), 0.05 * Math.abs(x));
        return [a - spread(a), b + spread(b)];
      }
      case 'nearly':
        return [Math.min(a - g / 2, 0.85 * a), b];
      case 'more than':
      case 'at least':
        return [a, b * 10];
      case 'at most':
        return [a / 10, b];
      default: {
        // Unhedged, a round number is still a claim: "40,000 tonnes" allows 38,000–42,000, not 35,000–45,000.
        // Just under half a step: "eight" and "nine" must not touch.
        const half = (x: number) => Math.min(g / 2, Math.max(0.05 * Math.abs(x), 0.49 * (lit(f) ?? g)));
        return [a - half(a), b + half(b)];
      }
    }
  }
  return null;
}

const DAY = 86400000;

function isoBounds(iso: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const y = +m[1];
  if (!m[2]) return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y, 11, 31) / DAY];
  const mo = +m[2] - 1;
  if (!m[3]) return [Date.UTC(y, mo, 1) / DAY, Date.UTC(y, mo + 1, 0) / DAY];
  const d = Date.UTC(y, mo, +m[3]) / DAY;
  return [d, d];
}

/** Days (since the epoch) a date figure allows. */
export function dateInterval(f: Figure): [number, number] | null {
  const [first, last] = Array.isArray(f.value) ? f.value : [f.value, f.value];
  if (typeof first !== 'string' || typeof last !== 'string') return null;
  const a = isoBounds(first);
  const b = isoBounds(last);
  if (!a || !b) return null;
  const widen = f.qualifier === 'about' ? 30 : 0;
  return [a[0] - widen, b[1] + widen];
}

/** Minutes after midnight a clock time allows, in UTC when `offset` (minutes east of UTC) is given. */
export function timeInterval(f: Figure, offset: number): [number, number] | null {
  const m = typeof f.value === 'string' ? /^(\d{2}):(\d{2})$/.exec(f.value) : null;
  if (!m) return null;
  const t = +m[1] * 60 + +m[2] - offset;
  const g = f.text.includes(':') ? 0.5 : 30;
  const widen = f.qualifier === 'about' ? Math.max(g, 30) : g;
  return [t - widen, t + widen];
}

/** Central value, for judging how far apart two figures are. */
export function centre(interval: [number, number], f: Figure): number {
  if (typeof f.value === 'number') return f.value;
  if (Array.isArray(f.value) && typeof f.value[0] === 'number')
    return ((f.value[0] as number) + (f.value[1] as number)) / 2;
  return (interval[0] + interval[1]) / 2;
}
