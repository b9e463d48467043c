import { isCommonWord } from '../extract/lexicon';

/** One word of a quotation, with what the comparison needs to know about it. */
export interface Tok {
  /** The word as written. */
  text: string;
  /** Lower case, contractions expanded, number words as digits. */
  norm: string;
  /** Light stem of `norm`, with British and American spellings folded together. */
  stem: string;
  /** Not a function word: carries the content of the sentence. */
  content: boolean;
  number: boolean;
  negation: boolean;
  /** Capitalised inside the sentence: a name. */
  name: boolean;
  /** Index of the written word this token comes from (a contraction gives two tokens). */
  src: number;
}

const STOP = new Set(
  (
    'a an the and or but nor of to in on at for with by from as that this these those it its is are was were be been ' +
    'being am have has had do does did will would shall should can could may might must we our ours us i me my you your ' +
    'he him his she her they them their there here so if then than also very really just which who whom what when ' +
    'where how all some any about into over up out more most such only both each other own same too let well indeed ' +
    'even still yet again now one ones going gonna'
  ).split(' '),
);
const NEGATION = /^(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot)$/;
/** "not only", "not just": the "not" adds rather than denies. */
const NOT_ONLY = /^(?:only|just|merely|simply|solely)$/;
const NUMBER_WORD =
  /^(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|half|first|second|third|fifth|quarter)$/;
const DIGITS: Record<string, string> = Object.fromEntries(
  (
    'zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty'
  )
    .split(' ')
    .map((w, i) => [w, String(i === 0 ? 0 : i + 1)])
    .concat(
      'thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, String(30 + 10 * i)]),
    ),
);
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
  if (lower === 'cannot') return ['can', 'not'];
  for (const [re, parts] of CONTRACTION) {
    const m = re.exec(lower);
    if (m) return parts.map((p) => p.replace('$1', m[1] ?? ''));
  }
  return [lower];
}

/**
 * One spelling for words that British and American English write differently ("labour"/"labor",
 * "organise"/"organize", "centre"/"center", "travelled"/"traveled"): a spelling convention is not
 * a change of wording.
 */
function foldSpelling(w: string): string {
  return w
    .replace(/^(\p{L}{3,})our(s|ed|ing)?$/u, '$1or$2')
    .replace(/^(\p{L}{2,})is(e|ed|es|ing|ation|ations)$/u, '$1iz$2')
    .replace(/^(\p{L}{2,})ys(e|ed|es|ing)$/u, '$1yz$2')
    .replace(/^(\p{L}{3,})tre(s)?$/u, '$1ter$2')
    .replace(/^(\p{L}+[aeiou])ll(ed|ing|er|ers)$/u, '$1l$2');
}

/** Light suffix stripping: enough for "update"/"updated", "deepen"/"deepened". */
export function stem(w: string): string {
  const f = foldSpelling(w);
  const s = f.replace(/(?:ing|ed|es|s|e)$/, '');
  return s.length >= 3 ? s : f;
}

const cache = new Map<string, Tok[]>();

/** Tokens of a quotation, cached: each quotation is compared with many others. */
export function tokenize(text: string): Tok[] {
  let toks = cache.get(text);
  if (!toks) {
    if (cache.size > 5000) cache.clear();
    toks = tokenizeUncached(text);
    cache.set(text, toks);
  }
  return toks;
}

function tokenizeUncached(text: string): Tok[] {
  const out: Tok[] = [];
  const re = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
  let src = 0;
  for (let m = re.exec(text); m; m = re.exec(text), src++) {
    const word = m[0];
    const lower = word.toLowerCase().replace(/’/g, "'");
    const name = /^\p{Lu}/u.test(word) && word !== 'I' && !opensSentence(text, m.index);
    for (const part of expand(lower)) {
      const norm = DIGITS[part] ?? part;
      const number = /\d/.test(norm) || NUMBER_WORD.test(norm);
      const negation = NEGATION.test(norm);
      const content = !STOP.has(norm) && !negation;
      out.push({ text: word, norm, stem: stem(norm), content, number, negation, name, src });
    }
  }
  return mergeNotOnly(out);
}

/** Whether a word stands first in a sentence of the quotation: its capital says nothing. */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === '' || /[.!?:;"“‘(—–-]$/.test(before);
}

/** "not only" as one token that is no negation: "not a contract" and "not only a contract" differ in meaning. */
function mergeNotOnly(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    if (t.norm === 'not' && next && NOT_ONLY.test(next.norm)) {
      const norm = `not ${next.norm}`;
      out.push({
        ...t,
        text: t.src === next.src ? t.text : `${t.text} ${next.text}`,
        norm,
        stem: norm,
        negation: false,
      });
      i++;
    } else out.push(t);
  }
  return out;
}

/** Content-word stems of a token run. */
export const contentStems = (t: readonly Tok[]): Set<string> =>
  new Set(t.filter((x) => x.content).map((x) => x.stem));

/** Content-word stems of a quotation: two quotations sharing none are rarely the same utterance. */
export function contentStemsOf(text: string): Set<string> {
  return contentStems(tokenize(text));
}

/**
 * English function words that other European languages do not write as words: an English
 * sentence of any length has some of them.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to that for with was were are be been this these have has had will would we you they ' +
    'not our their by from what which it is at there'
  ).split(' '),
);

/**
 * Whether a quotation is in another language than English: hardly any English function words,
 * and most of its words are not common English words ("No vamos a cerrar la escuela"). Such a
 * quotation is an original printed beside its translation.
 */
export function isForeignLanguage(text: string): boolean {
  const lower = (text.match(/\p{L}+/gu) ?? []).filter((w) => w === w.toLowerCase());
  if (lower.length < 4) return false;
  const english = lower.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  const common = lower.filter((w) => isCommonWord(w)).length;
  return english < 0.1 * lower.length && common < 0.6 * lower.length;
}

const counts = new Map<string, number>();

/** Words in a text, cached: quotations are counted again for every comparison. */
export function wordCount(text: string): number {
  let n = counts.get(text);
  if (n === undefined) {
    if (counts.size > 5000) counts.clear();
    counts.set(text, (n = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length));
  }
  return n;
}
