import { diffKeys } from './wordDiff';
import type { IndexOp } from './wordDiff';
import type { Tok } from './quoteTokens';
import { contentStems, tokenize } from './quoteTokens';

export { contentStemsOf, isForeignLanguage, stem } from './quoteTokens';

/** How two quotations relate. */
export type QuoteRelation = 'verbatim' | 'trimmed' | 'paraphrased' | 'altered' | 'different';

/**
 * What a changed stretch changes, most serious first: a negation added or dropped, a number, a
 * name, another content word (a verb, a noun: often a synonym, sometimes not), or only the form
 * (function words, inflection, word order).
 */
export type ChangeKind = 'negation' | 'number' | 'name' | 'word' | 'form';

/** A stretch where two aligned quotations differ, in the words of each. */
export interface Hunk {
  a: string;
  b: string;
  /** Whether a meaning-bearing word differs (verb, noun, number, negation, name). */
  meaning: boolean;
  change: ChangeKind;
  /** The stems of each side: what tells whether two comparisons differ at the same words. */
  key: [string, string];
  /** The content-word stems of each side. */
  content: [string[], string[]];
}

/** The comparison of two quotations. */
export interface PairAnalysis {
  relation: QuoteRelation;
  /** 0..1: how much of the shorter quotation the other one shares. */
  score: number;
  hunks: Hunk[];
  /**
   * What the alignment rests on: shared content words, or only the sentence's skeleton (its
   * function words in the same order, as when a "spinner" swaps every noun and verb for a
   * synonym). A skeleton match needs the speaker's agreement to be believed.
   */
  basis: 'words' | 'skeleton';
  /** How many words the shorter quotation has. */
  words: number;
  /** How many content words (distinct stems) the shorter quotation has. */
  content: number;
}

/** Whether `small` occurs as a contiguous run of `big`. */
function containsRun(big: readonly string[], small: readonly string[]): boolean {
  outer: for (let i = 0; i + small.length <= big.length; i++) {
    for (let j = 0; j < small.length; j++) if (big[i + j] !== small[j]) continue outer;
    return true;
  }
  return false;
}

const norms = (t: readonly Tok[]) => t.map((x) => x.norm);
const joinedCache = new WeakMap<readonly Tok[], string>();
/** The normalised words of a quotation as one string, cached with its tokens. */
function joined(t: readonly Tok[]): string {
  let s = joinedCache.get(t);
  if (s === undefined) joinedCache.set(t, (s = norms(t).join(' ')));
  return s;
}
const stems = (t: readonly Tok[]) => t.map((x) => x.stem);

/** Compares two quotations: relation, overlap score and the stretches where they differ. */
export function analyzeQuotePair(a: string, b: string): PairAnalysis {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const words = Math.min(ta.length, tb.length);
  const content = contentStems(ta.length <= tb.length ? ta : tb).size;
  const result = (
    relation: QuoteRelation,
    score: number,
    hunks: Hunk[] = [],
    basis: PairAnalysis['basis'] = 'words',
  ) => ({
    relation,
    score,
    hunks,
    basis,
    words,
    content,
  });
  if (ta.length === 0 || tb.length === 0) return result('different', 0);
  if (a === b || joined(ta) === joined(tb)) return result('verbatim', 1);
  const swap = ta.length > tb.length;
  const [short, long] = swap ? [tb, ta] : [ta, tb];
  if (containsRun(norms(long), norms(short))) return result('trimmed', 1);
  const aligned = alignByWords(short, long) ?? alignBySkeleton(short, long);
  if (!aligned) return result('different', 0);
  const hunks = aligned.hunks.map((h) => (swap ? flipHunk(h) : h));
  if (hunks.length === 0) return result('trimmed', aligned.score, hunks, aligned.basis);
  const relation = hunks.some((h) => h.meaning) ? 'altered' : 'paraphrased';
  return result(relation, aligned.score, hunks, aligned.basis);
}

/** The same changed stretch seen from the other side. */
export function flipHunk(h: Hunk): Hunk {
  return { ...h, a: h.b, b: h.a, key: [h.key[1], h.key[0]], content: [h.content[1], h.content[0]] };
}

/** How two quotations relate: the same words, one cut from the other, reworded, or altered in meaning. */
export function classifyQuotePair(a: string, b: string): QuoteRelation {
  return analyzeQuotePair(a, b).relation;
}

interface Aligned {
  score: number;
  hunks: Hunk[];
  basis: PairAnalysis['basis'];
}

const MIN_DICE = 0.45;

type Equal = Extract<IndexOp, { op: 'equal' }>;
const equals = (ops: readonly IndexOp[]) => ops.filter((o): o is Equal => o.op === 'equal');

/**
 * The stretch of the longer quotation that the shorter one covers: from its first to its last
 * matched word, widened by the shorter one's unmatched words at either end.
 */
function windowOf(short: Tok[], long: Tok[], matched: readonly Equal[], slack: number): [number, number] {
  const first = matched[0];
  const last = matched[matched.length - 1];
  const from = Math.max(0, first.b - first.a - slack);
  const to = Math.min(long.length, last.b + (short.length - last.a) + slack);
  return [from, to];
}

/** Aligns the shorter quotation with the stretch of the longer one whose content words it shares. */
function alignByWords(short: Tok[], long: Tok[]): Aligned | null {
  const cs = contentStems(short);
  const cl = contentStems(long);
  const shared = [...cs].filter((s) => cl.has(s)).length;
  if (cs.size < 2 || shared < Math.min(3, cs.size)) return null;
  const matched = equals(diffKeys(stems(short), stems(long))).filter((o) => short[o.a].content);
  if (matched.length === 0) return null;
  const [from, to] = windowOf(short, long, matched, 2);
  const window = long.slice(from, to);
  const cw = contentStems(window);
  const common = [...cs].filter((s) => cw.has(s)).length;
  const dice = (2 * common) / (cs.size + cw.size);
  if (dice < MIN_DICE || common < Math.min(3, cs.size)) return null;
  return { score: dice, hunks: hunksOf(short, window), basis: 'words' };
}

/** Fewest words for a skeleton match: shorter sentences share their function words by chance. */
const SKELETON_MIN_WORDS = 6;

/**
 * Aligns two quotations that share few content words but keep the same sentence: the same
 * function words in the same order, about as many words, some word or three-word run in common.
 * This is what a synonym "spinner" makes of a quotation ("the offer we have made is fair" →
 * "the supply we have made is truthful"); two different sentences rarely line up half their
 * words (three fifths of a short one).
 */
function alignBySkeleton(short: Tok[], long: Tok[]): Aligned | null {
  const n = short.length;
  const need = Math.ceil((n < 10 ? 0.6 : 0.5) * n);
  if (n < SKELETON_MIN_WORDS || !bagOverlapAtLeast(short, long, need)) return null;
  const found = skeletonWindow(short, long);
  if (!found || found.matched.length < need) return null;
  const { matched, from, to } = found;
  const anchored = matched.some((o) => short[o.a].content) || longestRun(matched) >= 3;
  if (!anchored) return null;
  const score = matched.length / Math.max(n, to - from);
  return { score, hunks: hunksOf(short, long.slice(from, to)), basis: 'skeleton' };
}

/**
 * The stretch of the longer quotation that lines up with the shorter one, at most a third
 * longer than it. Over the whole of a long quotation the common words scatter ("this is a…"
 * in its first sentence, "…for a battery" in its second), so when they do, the stretches that
 * begin where one of the shorter one's first words occurs are tried instead.
 */
function skeletonWindow(short: Tok[], long: Tok[]): { matched: Equal[]; from: number; to: number } | null {
  const n = short.length;
  const span = Math.floor(1.3 * n);
  const whole = equals(diffKeys(stems(short), stems(long)));
  if (whole.length === 0) return null;
  const [from, to] = windowOf(short, long, whole, 0);
  if (to - from <= span) return { matched: whole, from, to };
  const firsts = new Set(stems(short.slice(0, 3)));
  let best: { matched: Equal[]; from: number; to: number } | null = null;
  for (let s = 0, tries = 0; s < long.length && tries < 12; s++) {
    if (!firsts.has(long[s].stem)) continue;
    tries++;
    const piece = long.slice(s, s + span);
    const matched = equals(diffKeys(stems(short), stems(piece))).map((o) => ({ ...o, b: o.b + s }));
    if (matched.length === 0 || (best && matched.length <= best.matched.length)) continue;
    const [f, t] = windowOf(short, long, matched, 0);
    if (t - f <= span) best = { matched, from: f, to: t };
  }
  return best;
}

/** Cheap bound before the diff: the stems the two share, counted with repetition. */
function bagOverlapAtLeast(short: readonly Tok[], long: readonly Tok[], need: number): boolean {
  const counts = new Map<string, number>();
  for (const t of long) counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
  let shared = 0;
  for (const t of short) {
    const n = counts.get(t.stem) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t.stem, n - 1);
    }
  }
  return shared >= need;
}

function longestRun(matched: readonly Equal[]): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < matched.length; i++) {
    const p = matched[i - 1];
    run = p && p.a + 1 === matched[i].a && p.b + 1 === matched[i].b ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/** Changed stretches between two token runs, leaving out mere trimming at either edge. */
function hunksOf(a: Tok[], b: Tok[]): Hunk[] {
  const ops = diffKeys(stems(a), stems(b));
  const groups: { da: Tok[]; ib: Tok[]; edge: boolean }[] = [];
  let open = false;
  for (let k = 0; k < ops.length; k++) {
    const o = ops[k];
    if (o.op === 'equal') {
      open = false;
      continue;
    }
    if (!open) groups.push({ da: [], ib: [], edge: k === 0 });
    open = true;
    const g = groups[groups.length - 1];
    if (o.op === 'delete') g.da.push(a[o.a]);
    else g.ib.push(b[o.b]);
    if (k === ops.length - 1) g.edge = true;
  }
  return groups
    .filter((g) => !(g.edge && (g.da.length === 0 || g.ib.length === 0)))
    .filter((g) => !sameLetters(g.da, g.ib))
    .map((g) => {
      const change = changeOf(g.da, g.ib);
      const key: [string, string] = [stems(g.da).join(' '), stems(g.ib).join(' ')];
      const content: [string[], string[]] = [[...contentStems(g.da)], [...contentStems(g.ib)]];
      return { a: show(g.da), b: show(g.ib), meaning: change !== 'form', change, key, content };
    });
}

/** "clean-up" and "cleanup", "co-operate" and "cooperate": the same word written apart or together. */
function sameLetters(da: readonly Tok[], ib: readonly Tok[]): boolean {
  return da.length + ib.length > 2 && da.map((t) => t.stem).join('') === ib.map((t) => t.stem).join('');
}

function show(toks: readonly Tok[]): string {
  const out: string[] = [];
  let src = -1;
  for (const t of toks) {
    if (t.src !== src) out.push(t.text);
    src = t.src;
  }
  return out.join(' ');
}

/** Longest changed stretch (words a side) whose negation or number is the change itself. */
const LOCAL = 4;

/**
 * What a changed stretch changes: a negation when one side denies and the other does not, a
 * number when one is replaced, added or dropped (within a short stretch), a name, a word when
 * a content word is replaced by another; otherwise only the form.
 */
function changeOf(da: readonly Tok[], ib: readonly Tok[]): ChangeKind {
  const stemsA = new Set(da.map((t) => t.stem));
  const stemsB = new Set(ib.map((t) => t.stem));
  const onlyA = da.filter((t) => !stemsB.has(t.stem));
  const onlyB = ib.filter((t) => !stemsA.has(t.stem));
  const neg = (ts: readonly Tok[]) => ts.filter((t) => t.negation).length;
  // In a long rewritten stretch a negation or a number is one detail of a rewording.
  const local = da.length <= LOCAL && ib.length <= LOCAL;
  if (local && neg(da) !== neg(ib)) return 'negation';
  // A number replaced by a number, or a figure written in digits added or dropped; "first" turned
  // into "primary" is a change of word.
  const digits = (ts: readonly Tok[]) => ts.some((t) => t.number && /\d/.test(t.norm));
  const numbers = (ts: readonly Tok[]) => ts.some((t) => t.number);
  if (local && ((numbers(onlyA) && numbers(onlyB)) || digits(onlyA) || digits(onlyB))) return 'number';
  const changed = [...onlyA, ...onlyB];
  if (changed.some((t) => t.name && t.content)) return 'name';
  const substantive = (ts: readonly Tok[]) => ts.some((t) => t.content && !/ly$/.test(t.norm));
  return substantive(onlyA) && substantive(onlyB) ? 'word' : 'form';
}
