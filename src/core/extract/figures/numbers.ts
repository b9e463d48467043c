import { SCALE_ABBREVS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from './lexicon';

/** A number read from text; offsets are local to the string it was read from. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Written with digits (as opposed to words). */
  digits: boolean;
  /** Scale word or abbreviation consumed ("billion", "bn"), lower-case. */
  scale: string | null;
}

const DIGITS = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/y;
// Headlines capitalise scale words ("More Than 9 Million Users").
const SCALE_WORD =
  /(?:\s+|-)(hundred|thousand|million|billion|trillion|lakhs?|crores?|mil\s+milh(?:ão|ões)|mil\s+millones|milh(?:ão|ões)|bilh(?:ão|ões)|mill(?:ones|ón))(?![A-Za-z])/iy;
/** Scale words of Portuguese and Spanish copy ("R$ 1,2 bilhão", "3 mil millones de pesos"). */
const FOREIGN_SCALES: [RegExp, number][] = [
  [/^mil\s/, 1e9],
  [/^bilh/, 1e9],
  [/^(?:milh|mill)/, 1e6],
];
/**
 * A decimal comma, as most of the world writes it: "1,2 billion", "8,4%". Only before a scale or a
 * percent sign, where a comma cannot group thousands ("1,200 billion" has three digits after it).
 */
const DECIMAL_COMMA =
  /,(\d{1,2})(?=\s?(?:%|(?:percent|pct|million|billion|trillion|bn|bln|mln|mn|milh|bilh|mill)))/y;
const SCALE_ABBREV = /\s?(bn|bln|mn|mln|tn|trn|trln|m|k|b)\b/y;
/**
 * Capital scale letters glued to an amount or a decimal ("23.4M users", "$9.3M"): never a unit of
 * measure. A whole number with no currency is left alone: "3M" is also a company.
 */
const GLUED_SCALE = /([MBK])(?![\w$€£¥%])/y;
const WORD = /[A-Za-z]+/y;

/** Whether a character can continue a word (so a number next to it is part of a token like "G7"). */
export function isWordChar(ch: string | undefined): boolean {
  return !!ch && /[A-Za-z0-9_]/.test(ch);
}

/**
 * Reads a number written in digits at `i` ("300,000", "4.2", "3 billion", "3bn"). Abbreviated scales
 * ("m", "k", "b") are only taken when `abbrev` says the context is money.
 */
export function readDigits(s: string, i: number, abbrev: 'all' | 'safe' | 'none'): NumberToken | null {
  DIGITS.lastIndex = i;
  const m = DIGITS.exec(s);
  if (!m) return null;
  let end = i + m[0].length;
  if (s[end] === '.' && /\d/.test(s[end + 1] ?? '')) return null;
  let value = Number(m[0].replace(/,/g, ''));
  DECIMAL_COMMA.lastIndex = end;
  const comma = !m[2] && !m[1].includes(',') ? DECIMAL_COMMA.exec(s) : null;
  if (comma) {
    value = Number(`${m[1]}.${comma[1]}`);
    end += comma[0].length;
  }
  let scale: string | null = null;
  SCALE_WORD.lastIndex = end;
  const w = SCALE_WORD.exec(s);
  if (w) {
    scale = w[1].toLowerCase();
    value *= SCALE_WORDS[scale] ?? FOREIGN_SCALES.find(([re]) => re.test(scale!))?.[1] ?? 1;
    end += w[0].length;
  } else if ((abbrev === 'all' || m[2]) && glued(s, end)) {
    scale = s[end].toLowerCase();
    value *= SCALE_ABBREVS[scale];
    end += 1;
  } else if (abbrev !== 'none') {
    SCALE_ABBREV.lastIndex = end;
    const a = SCALE_ABBREV.exec(s);
    const key = a?.[1].toLowerCase();
    if (a && key && (abbrev === 'all' || ['bn', 'bln', 'mn', 'mln', 'tn', 'trn', 'trln'].includes(key))) {
      scale = key;
      value *= SCALE_ABBREVS[key];
      end += a[0].length;
    }
  }
  return { start: i, end, value, digits: true, scale };
}

function glued(s: string, at: number): boolean {
  GLUED_SCALE.lastIndex = at;
  return GLUED_SCALE.test(s);
}

function wordAt(s: string, i: number): { word: string; end: number } | null {
  WORD.lastIndex = i;
  const m = WORD.exec(s);
  return m ? { word: m[0].toLowerCase(), end: i + m[0].length } : null;
}

type WordClass = 'unit' | 'tens' | 'scale' | 'dozen' | 'and' | 'a' | null;

function classify(word: string): WordClass {
  if (word in UNIT_WORDS) return 'unit';
  if (word in TENS_WORDS) return 'tens';
  if (word in SCALE_WORDS) return 'scale';
  if (word === 'dozen') return 'dozen';
  if (word === 'and') return 'and';
  if (word === 'a' || word === 'an') return 'a';
  return null;
}

interface WordAcc {
  total: number;
  current: number;
  last: WordClass;
  any: boolean;
}

/** Adds one number word to the running value; false when the word cannot continue the number. */
function addWord(acc: WordAcc, word: string, cls: WordClass): boolean {
  if (cls === 'unit' || cls === 'tens') {
    if (acc.last === 'unit' || (acc.last === 'tens' && cls === 'tens')) return false;
    if (acc.last === 'tens' && acc.current % 10 !== 0) return false;
    acc.current += cls === 'unit' ? UNIT_WORDS[word] : TENS_WORDS[word];
  } else if (cls === 'scale') {
    const scale = SCALE_WORDS[word];
    if (scale === 100) acc.current = (acc.current || 1) * 100;
    else {
      acc.total += (acc.current || 1) * scale;
      acc.current = 0;
    }
  } else if (cls === 'dozen') {
    acc.current = (acc.current || 1) * 12;
  } else return false;
  acc.last = cls;
  acc.any = true;
  return true;
}

/** Reads a number written in words at `i` ("twenty-five", "three million", "a million", "a dozen"). */
export function readWords(s: string, i: number): NumberToken | null {
  const acc: WordAcc = { total: 0, current: 0, last: null, any: false };
  let pos = i;
  let end = i;
  let scale: string | null = null;
  let first = true;
  for (;;) {
    const w = wordAt(s, pos);
    if (!w) break;
    const cls = classify(w.word);
    if (first && cls === 'a') {
      const next = wordAt(s, w.end + 1);
      const nextCls = next ? classify(next.word) : null;
      if (!next || s[w.end] !== ' ' || (nextCls !== 'scale' && nextCls !== 'dozen')) return null;
    } else if (cls === 'and') {
      if (acc.last !== 'scale') break;
    } else if (!addWord(acc, w.word, cls)) break;
    else {
      end = w.end;
      if (cls === 'scale') scale = w.word;
    }
    first = false;
    const sep = /^(?:\s+|-)/.exec(s.slice(w.end, w.end + 3));
    if (!sep) break;
    pos = w.end + sep[0].length;
  }
  if (!acc.any) return null;
  return { start: i, end, value: acc.total + acc.current, digits: false, scale };
}

/** Reads a number in digits or words at `i`. */
export function readNumber(s: string, i: number, abbrev: 'all' | 'safe' | 'none'): NumberToken | null {
  return /\d/.test(s[i] ?? '') ? readDigits(s, i, abbrev) : readWords(s, i);
}

/** Positions where a number may start: digit runs and number words at word boundaries. */
export function numberStarts(s: string): number[] {
  const out: number[] = [];
  const re = /\d+|[A-Za-z]+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (/\d/.test(m[0][0])) {
      out.push(m.index);
      continue;
    }
    const cls = classify(m[0].toLowerCase());
    if (cls && cls !== 'and') out.push(m.index);
  }
  return out;
}
