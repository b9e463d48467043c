import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from './lexicon';
import { durationUnit } from './measures';
import type { Scan } from './scan';

const PLURAL_BASE: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
};
const SINGULAR_BASE: Record<string, number> = { dozen: 12, ...SCALE_WORDS };

const VAGUE =
  /\b(?:(tens|hundreds)\s+of\s+(thousands|millions|billions)|(dozens|scores|hundreds|thousands|millions|billions|trillions)(?:\s+(?:and|or|upon)\s+(?:hundreds|thousands|millions|billions))?|(several|a few|a couple of|many)\s+(dozen|hundred|thousand|million|billion))\b/gi;
const VAGUE_MONEY = /\bmulti-?(million|billion|trillion)[\s-](dollar|euro|pound)s?\b/gi;
const MONEY_AFTER =
  /^\s+of\s+(?:(U\.S\.|US|American|Canadian|Australian)\s+)?(dollars|euros|pounds|yen|yuan|pesos|rupees)\b/i;
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  pesos: 'MXN',
  rupees: 'INR',
};

function vagueRange(m: RegExpExecArray): [number, number] {
  if (m[1]) {
    const base = PLURAL_BASE[m[2].toLowerCase()];
    return m[1].toLowerCase() === 'tens' ? [10 * base, 99 * base] : [100 * base, 999 * base];
  }
  if (m[3]) {
    const base = PLURAL_BASE[m[3].toLowerCase()];
    return [2 * base, 10 * base];
  }
  const base = SINGULAR_BASE[m[5].toLowerCase()];
  const few = m[4].toLowerCase();
  return few === 'several'
    ? [3 * base, 9 * base]
    : few === 'many'
      ? [2 * base, 10 * base]
      : [2 * base, 5 * base];
}

/** Vague amounts: "thousands of migrants", "hundreds of thousands", "dozens", "multimillion-dollar". */
export function matchVague(scan: Scan): void {
  scan.each(VAGUE_MONEY, (m) => {
    const base = SCALE_WORDS[m[1].toLowerCase()];
    const unit = CURRENCY_WORDS[m[2].toLowerCase()];
    const end = m.index + m[0].length;
    scan.add({
      start: m.index,
      end,
      kind: 'money',
      value: [2 * base, 999 * base],
      unit,
      vague: true,
      qualifier: null,
    });
  });
  scan.each(VAGUE, (m) => {
    const end = m.index + m[0].length;
    const value = vagueRange(m);
    const money = MONEY_AFTER.exec(scan.s.slice(end));
    if (money) {
      const unit =
        money[1] && !/^(?:U\.S\.|US|American)$/i.test(money[1])
          ? null
          : CURRENCY_WORDS[money[2].toLowerCase()];
      const tail = end + money[0].length;
      scan.add({ start: m.index, end, kind: 'money', value, unit, vague: true, qualifier: null, tail });
      return;
    }
    const of = /^\s+of\s+/i.exec(scan.s.slice(end));
    const tail = of ? end + of[0].length : end;
    scan.add({
      start: m.index,
      end,
      kind: 'count',
      value,
      unit: null,
      vague: true,
      qualifier: null,
      tail,
      head: null,
    });
  });
}

const FRACTION_WORDS: Record<string, number> = {
  half: 2,
  third: 3,
  quarter: 4,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  eighth: 8,
  tenth: 10,
};
const NUMERATOR = `(?:one|two|three|four|five|six|seven|eight|nine|\\d+)`;
const FRACTION = new RegExp(
  `\\b(one|two|three|four|five|a)[\\s-](half|third|thirds|quarter|quarters|fourths?|fifths?|sixths?|eighths?|tenths?)\\b|\\bhalf(?=\\s+(?:of|the|all|its|their|his|her)\\b)|\\b(${NUMERATOR})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b`,
  'gi',
);
/** A hedge or a comparison that makes "a third" a fraction without "of" ("around a third", "a fifth less"). */
const FRACTION_BEFORE =
  /\b(?:about|around|roughly|nearly|almost|some|over|under|only|barely|just|than|by|approximately|close\s+to)\s+$/i;
const FRACTION_AFTER = /^\s+(?:less|more|fewer|lower|higher|smaller|larger|bigger|cheaper|of)\b/i;

function wordValue(w: string): number {
  const lower = w.toLowerCase();
  if (/^\d+$/.test(lower)) return +lower;
  if (lower === 'a') return 1;
  return UNIT_WORDS[lower] ?? TENS_WORDS[lower] ?? NaN;
}

function denominator(w: string): number {
  return FRACTION_WORDS[w.toLowerCase().replace(/s$/, '')] ?? NaN;
}

/** Fractions, as percentages: "two-thirds", "half of", "a quarter of", "one in five". */
export function matchFractions(scan: Scan): void {
  scan.each(FRACTION, (m) => {
    const end = m.index + m[0].length;
    const after = scan.s.slice(end);
    let value: number;
    if (m[3]) value = wordValue(m[3]) / wordValue(m[4]);
    else if (!m[1]) {
      // "the second half of the match" is a period, not a share.
      if (/\b(?:first|second|1st|2nd|latter|other)\s+$/i.test(scan.s.slice(0, m.index))) return;
      value = 0.5;
    } else {
      const num = wordValue(m[1]);
      const before = scan.s.slice(0, m.index);
      // "a quarter of a million" is a number, read with the other numbers.
      if (
        /^\s+of\s+an?\s+(?:hundred|thousand|million|billion|trillion|hour|day|week|month|year|decade|century)\b/i.test(
          after,
        )
      )
        return;
      if (num === 1 && !FRACTION_AFTER.test(after) && !FRACTION_BEFORE.test(before)) return;
      value = num / denominator(m[2]);
    }
    if (!Number.isFinite(value) || value <= 0 || value > 1) return;
    const of = /^\s+of\s+/i.exec(after);
    const pct = Math.round(value * 10000) / 100;
    scan.add({
      start: m.index,
      end,
      kind: 'percent',
      value: pct,
      unit: 'percent',
      tail: of ? end + of[0].length : end,
    });
  });
}

const TIME_UNITS = '(hours|days|weeks|months|years|decades)';
/** Time told without a number: "for weeks", "within hours", "take us months", "weeks of talks", "years later". */
const VAGUE_DURATION = new RegExp(
  `\\b(?:(?:for|within|over|after|lasting|spent|spend|spends)\\s+|(?:takes?|took|taken|taking)\\s+(?:(?:us|them|him|her|it|me|you)\\s+)?)${TIME_UNITS}\\b|(?<!\\b(?:the|recent|coming|past|last|next|few|several|many|those|these|its|their|his|her|of|for|in)\\s+)\\b${TIME_UNITS}\\s+(ago|later|earlier)\\b|(?:^|\\b(?:after|following|amid|despite|with|through)\\s+)${TIME_UNITS}\\s+of\\b`,
  'gi',
);

/** Durations with no number, which only say the order of magnitude: vague, with no value. */
export function matchVagueDurations(scan: Scan): void {
  scan.each(VAGUE_DURATION, (m) => {
    const word = (m[1] ?? m[2] ?? m[4]).toLowerCase();
    const start = m.index + m[0].toLowerCase().search(word);
    const ago = m[3]?.toLowerCase() === 'ago';
    const end = ago ? m.index + m[0].length : start + word.length;
    const [unit] = durationUnit(word);
    const tail = m[3] || m[4] ? m.index + m[0].length : end;
    scan.add({
      start,
      end,
      kind: ago ? 'date' : 'duration',
      value: null,
      unit: ago ? null : unit,
      vague: true,
      qualifier: null,
      tail,
    });
  });
}
