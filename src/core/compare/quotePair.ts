import { diffKeys } from './wordDiff';
import type { IndexOp } from './wordDiff';

/** How two quotations relate. */
export type QuoteRelation = 'verbatim' | 'trimmed' | 'paraphrased' | 'altered' | 'different';

/** A stretch where two aligned quotations differ, in the words of each. */
export interface Hunk {
  a: string;
  b: string;
  /** Whether a meaning-bearing word differs (verb, noun, number, negation, name). */
  meaning: boolean;
}

/** The comparison of two quotations. */
export interface PairAnalysis {
  relation: QuoteRelation;
  /** 0..1: how much of the shorter quotation the other one shares. */
  score: number;
  hunks: Hunk[];
}

interface Tok {
  text: string;
  norm: string;
  stem: string;
  content: boolean;
  number: boolean;
  negation: boolean;
  name: boolean;
  src: number;
}

const STOP = new Set(
  (
    'a an the and or but nor of to in on at for with by from as that this these those it its is are was were be been ' +
    'being am have has had do does did will would shall should can could may might must we our ours us i me my you your ' +
    'he him his she her they them their there here so if then than also very really just which who whom what when ' +
    'where how all some any about into over up out more most such only both each other own same too let well indeed ' +
    'even still yet again now one ones'
  ).split(' '),
);
const NEGATION = /^(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot)$/;
const NUMBER_WORD =
  /^(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|half|first|second|third)$/;
const CONTRACTION: [RegExp, string[]][] = [
  [/^won't$/, ['will', 'not']],
  [/^can't$/, ['can', 'not']],
  [/^shan't$/, ['shall', 'not']],
  [/^(\p{L}+)n't$/u, ['$1', 'not']],
  [/^(\p{L}+)'re$/u, ['$1', 'are']],
  [/^(\p{L}+)'ve$/u, ['$1', 'have']],
  [/^(\p{L}+)'ll$/u, ['$1', 'will']],
  [/^(\p{L}+)'m$/u, ['$1', 'am']],
  [/^(\p{L}+)'d$/u, ['$1', 'would']],
  [/^(it|that|there|here|what|he|she|who|where|how)'s$/, ['$1', 'is']],
  [/^let's$/, ['let', 'us']],
  [/^(\p{L}+)'s?$/u, ['$1']],
];

function expand(lower: string): string[] {
  for (const [re, parts] of CONTRACTION) {
    const m = re.exec(lower);
    if (m) return parts.map((p) => p.replace('$1', m[1] ?? ''));
  }
  return [lower];
}

/** Light suffix stripping: enough for "update"/"updated", "deepen"/"deepened". */
export function stem(w: string): string {
  const s = w.replace(/(?:ing|ed|es|s|e)$/, '');
  return s.length >= 3 ? s : w;
}

const cache = new Map<string, Tok[]>();

/** Tokens of a quotation, cached: each quotation is compared with many others. */
function tokenize(text: string): Tok[] {
  let toks = cache.get(text);
  if (!toks) {
    if (cache.size > 5000) cache.clear();
    toks = tokenizeUncached(text);
    cache.set(text, toks);
  }
  return toks;
}

/** Content-word stems of a quotation: two quotations sharing none are never the same utterance. */
export function contentStemsOf(text: string): Set<string> {
  return contentStems(tokenize(text));
}

function tokenizeUncached(text: string): Tok[] {
  const out: Tok[] = [];
  const re = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
  let src = 0;
  for (let m = re.exec(text); m; m = re.exec(text), src++) {
    const word = m[0];
    const lower = word.toLowerCase().replace(/’/g, "'");
    const name = m.index > 0 && /^\p{Lu}/u.test(word) && word !== 'I';
    for (const norm of expand(lower)) {
      const number = /\d/.test(norm) || NUMBER_WORD.test(norm);
      const negation = NEGATION.test(norm);
      const content = !STOP.has(norm) && !negation;
      out.push({ text: word, norm, stem: stem(norm), content, number, negation, name, src });
    }
  }
  return out;
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
const contentStems = (t: readonly Tok[]) => new Set(t.filter((x) => x.content).map((x) => x.stem));

/** Compares two quotations: relation, overlap score and the stretches where they differ. */
export function analyzeQuotePair(a: string, b: string): PairAnalysis {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const different: PairAnalysis = { relation: 'different', score: 0, hunks: [] };
  if (ta.length === 0 || tb.length === 0) return different;
  const na = norms(ta);
  const nb = norms(tb);
  if (na.join(' ') === nb.join(' ')) return { relation: 'verbatim', score: 1, hunks: [] };
  const swap = ta.length > tb.length;
  const [short, long] = swap ? [tb, ta] : [ta, tb];
  if (containsRun(norms(long), norms(short))) return { relation: 'trimmed', score: 1, hunks: [] };
  const aligned = align(short, long);
  if (!aligned) return different;
  const hunks = aligned.hunks.map((h) => (swap ? { a: h.b, b: h.a, meaning: h.meaning } : h));
  if (hunks.length === 0) return { relation: 'trimmed', score: aligned.score, hunks };
  const relation = hunks.some((h) => h.meaning) ? 'altered' : 'paraphrased';
  return { relation, score: aligned.score, hunks };
}

/** How two quotations relate: the same words, one cut from the other, reworded, or altered in meaning. */
export function classifyQuotePair(a: string, b: string): QuoteRelation {
  return analyzeQuotePair(a, b).relation;
}

const MIN_DICE = 0.45;

/** Aligns the shorter quotation with the stretch of the longer one it matches best. */
function align(short: Tok[], long: Tok[]): { score: number; hunks: Hunk[] } | null {
  const cs = contentStems(short);
  const cl = contentStems(long);
  const shared = [...cs].filter((s) => cl.has(s)).length;
  if (cs.size < 2 || shared < Math.min(3, cs.size)) return null;
  const ops = diffKeys(
    short.map((t) => t.stem),
    long.map((t) => t.stem),
  );
  const matched = ops.filter(
    (o): o is Extract<IndexOp, { op: 'equal' }> => o.op === 'equal' && short[o.a].content,
  );
  if (matched.length === 0) return null;
  const first = matched[0];
  const last = matched[matched.length - 1];
  const from = Math.max(0, first.b - first.a - 2);
  const to = Math.min(long.length, last.b + (short.length - last.a) + 2);
  const window = long.slice(from, to);
  const cw = contentStems(window);
  const common = [...cs].filter((s) => cw.has(s)).length;
  const dice = (2 * common) / (cs.size + cw.size);
  if (dice < MIN_DICE || common < Math.min(3, cs.size)) return null;
  return { score: dice, hunks: hunksOf(short, window) };
}

/** Changed stretches between two token runs, leaving out mere trimming at either edge. */
function hunksOf(a: Tok[], b: Tok[]): Hunk[] {
  const ops = diffKeys(norms(a), norms(b));
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
    .map((g) => ({ a: show(g.da), b: show(g.ib), meaning: isMeaningful(g.da, g.ib) }));
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

/** A changed stretch bears on meaning when a number, a negation or a name differs, or a content word is replaced. */
function isMeaningful(da: readonly Tok[], ib: readonly Tok[]): boolean {
  const stemsA = new Set(da.map((t) => t.stem));
  const stemsB = new Set(ib.map((t) => t.stem));
  const onlyA = da.filter((t) => !stemsB.has(t.stem));
  const onlyB = ib.filter((t) => !stemsA.has(t.stem));
  const neg = (ts: readonly Tok[]) => ts.filter((t) => t.negation).length;
  if (neg(da) !== neg(ib)) return true;
  if ([...onlyA, ...onlyB].some((t) => t.number || (t.name && t.content))) return true;
  const substantive = (ts: readonly Tok[]) => ts.some((t) => t.content && !/ly$/.test(t.norm));
  return substantive(onlyA) && substantive(onlyB);
}
