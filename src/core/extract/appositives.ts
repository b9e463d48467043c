import type { Mention } from '../model';
import { LOWER_ROLES, ROLE_HEADS } from './lexicon';
import { HONORIFIC } from './nameShape';

// Roles written around a name rather than as a title before it: in apposition after the name
// ("Helen Ward, the agency's medical director, said"), or before it with a comma ("according to
// the Minister of Trade, Industry and Energy, Ana Ruiz"). They feed the role comparison.

// Academic and courtesy titles say nothing about an office.
const COURTESY = HONORIFIC;
const WORD = `[\\p{L}][\\p{L}\\p{M}'’.-]*`;
// After the name: ", " + optional determiner or possessor + up to five words ending in a role word,
// + optional "of …" complement, then the end of the apposition.
const AFTER = new RegExp(
  `^,\\s+((?:(?:the|a|an|its|their)\\s+)?(?:${WORD}\\s+){0,5}?(${WORD})(?:\\s+(?:of|for|at)\\s+(?:the\\s+)?(?:${WORD}\\s*){1,4})?)(?=\\s*(?:,|\\.|;|\\)|—|–|$))`,
  'u',
);
// Before the name: a capitalised title phrase (commas and "and"/"of" inside) ending in ", ".
const BEFORE = new RegExp(
  `((?:\\p{Lu}${WORD}|of|and|the|for)(?:,?\\s+(?:\\p{Lu}${WORD}|of|and|the|for))*),\\s+$`,
  'u',
);

const LOWER_BEFORE = /(?<![\p{L}'’])((?:\p{Ll}+\s+){0,2}(\p{Ll}+)),\s+$/u;

const isRole = (w: string) => {
  const x = w.toLowerCase().replace(/[.'’]+$/, '');
  return (ROLE_HEADS.has(x) || LOWER_ROLES.has(x)) && !COURTESY.test(x);
};

/**
 * Gives an untitled (or only courteously titled) person mention the role written in apposition
 * next to it. The role keeps its exact text and offset, so findings can point at it.
 */
export function appositiveRoles(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'PERSON' || (m.title && !COURTESY.test(m.title.split(/\s+/).pop() ?? ''))) continue;
    const after = AFTER.exec(text.slice(m.end, m.end + 120));
    if (after && isRole(after[2]) && !/\b(?:said|says|told)\b/i.test(after[1])) {
      m.title = after[1];
      m.titleStart = m.end + after[0].indexOf(after[1]);
      continue;
    }
    const from = Math.max(0, (m.titleStart ?? m.start) - 90);
    // "Sindh's agriculture minister, Makhdoom Ali Shah": a lower-case role and a comma before the name.
    const lower = LOWER_BEFORE.exec(text.slice(from, m.titleStart ?? m.start));
    if (lower && isRole(lower[2])) {
      m.title = lower[1];
      m.titleStart = from + lower.index;
      continue;
    }
    const before = BEFORE.exec(text.slice(from, m.titleStart ?? m.start));
    if (!before) continue;
    // "according to Brazil's Minister of …": the possessor is a place, not part of the office.
    const phrase = before[1].replace(/^.*?['’]s\s+/u, '').replace(/^(?:the|and|of|for)\s+/i, '');
    const words = phrase.split(/[\s,]+/);
    if (!words.some(isRole) || words.length > 9) continue;
    m.title = phrase;
    m.titleStart = from + before.index + before[1].length - phrase.length;
  }
}
