import type { FigureKind, FigureValue, Qualifier } from '../../model';

/** A figure found in one sentence, with offsets local to the sentence. */
export interface Draft {
  start: number;
  end: number;
  kind: FigureKind;
  value: FigureValue;
  unit: string | null;
  vague?: boolean;
  /** Set when the matcher already knows the hedge (otherwise read around the span). */
  qualifier?: Qualifier;
  /** Where the words naming what is measured start (after the unit, "of"…); defaults to `end`. */
  tail?: number;
  /** Noun counted, for counts. */
  head?: string | null;
  /** An age ("13-year-old X"): what is measured is the noun after it. */
  age?: boolean;
  /** Where the thing an age belongs to is named: after it ("13-year-old girl", the default) or before it ("Ana Ruiz, 34,"). */
  holder?: 'before';
  /** A term written as an adjective ("one-day visit", "three-year plan"): measures the noun after it. */
  term?: boolean;
}

/** Claims on the text of one sentence: a span is taken by the first matcher that finds it. */
export class Scan {
  readonly drafts: Draft[] = [];
  private readonly blocked: [number, number][] = [];

  constructor(
    readonly s: string,
    readonly published: string | null,
  ) {}

  /** Whether [start, end) overlaps nothing found or blocked so far. */
  isFree(start: number, end: number): boolean {
    const hit = (a: number, b: number) => start < b && a < end;
    return !this.drafts.some((d) => hit(d.start, d.end)) && !this.blocked.some(([a, b]) => hit(a, b));
  }

  add(d: Draft): boolean {
    if (d.end <= d.start || !this.isFree(d.start, d.end)) return false;
    this.drafts.push(d);
    return true;
  }

  block(start: number, end: number): void {
    this.blocked.push([start, end]);
  }

  /** Runs a global regular expression over the sentence, skipping matches that start in taken text. */
  each(re: RegExp, fn: (m: RegExpExecArray) => void): void {
    re.lastIndex = 0;
    for (let m = re.exec(this.s); m; m = re.exec(this.s)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (this.isFree(m.index, m.index + 1)) fn(m);
    }
  }
}
