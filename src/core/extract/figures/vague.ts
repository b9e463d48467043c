import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from './lexicon';
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
  fifth: 5,
  sixth: 6,
  eighth: 8,
  tenth: 10,
};
const FRACTION =
  /\b(one|two|three|four|five|a)[\s-](half|third|thirds|quarter|quarters|fifths?|sixths?|eighths?|tenths?)\b|\bhalf(?=\s+(?:of|the|all|its|their|his|her)\b)|\b(one|two|three|four|five|\d+)\s+(?:in|out of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d+)\b/gi;

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
    else if (!m[1]) value = 0.5;
    else {
      const num = wordValue(m[1]);
      if (num === 1 && !/^\s+of\b/i.test(after)) return;
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
