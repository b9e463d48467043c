import type { Mention, Span } from '../../model';
import {
  AUXILIARY,
  LEADING_FILLER,
  PREPOSITIONS,
  RELATIVES,
  SAY_VERBS,
  SUBORDINATORS,
  TELL_VERBS,
} from './lexicon';

/** A word of the text, with its offsets. */
export interface Word extends Span {
  lower: string;
  /** Starts with a capital: mid-sentence such a word is a name ("State Department"), not a verb. */
  cap: boolean;
}

/** The longest noun phrase taken for a speaker. */
export const MAX_SUBJECT_WORDS = 9;

/** Word tokens of a zone (letters and digits, with inner apostrophes, hyphens and periods). */
export function wordsIn(text: string, zone: Span): Word[] {
  const re = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
  const out: Word[] = [];
  const s = text.slice(zone.start, zone.end);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = zone.start + m.index;
    if (/<\/?$/.test(text.slice(Math.max(0, start - 2), start))) continue; // "<p>": markup left in a scrape
    out.push({ start, end: start + m[0].length, lower: m[0].toLowerCase(), cap: /^\p{Lu}/u.test(m[0]) });
  }
  return out;
}

/**
 * Comma-separated chunks of `[from, to)`. A parenthesis is left out: "(BEUC)" after a name is an
 * aside, not an apposition that could stand for the speaker. A spaced hyphen is a dash.
 */
export function splitChunks(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let s = from;
  let depth = 0;
  const push = (end: number) => {
    if (end > s && depth === 0) out.push({ start: s, end });
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(') {
      push(i);
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      s = i + 1;
    } else if (
      depth === 0 &&
      (/[,;:—–“”"]/.test(c) || (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' '))
    ) {
      push(i);
      s = i + 1;
    }
  }
  push(to);
  return out;
}

const isAdverb = (text: string, w: Word) => /ly$/.test(w.lower) && /\p{Ll}/u.test(text[w.start]);

/**
 * The noun phrase a chunk holds before a verb: fillers ("However"), a subordinate conjunction
 * ("… as Health Secretary") and a relative clause ("a mum whose son …") are dropped, as are trailing
 * auxiliaries ("Smith has"). Null when the chunk is a clause, a relative clause or too long.
 */
export function cleanSubject(text: string, chunk: Span): Span | null {
  let ws = dropFiller(wordsIn(text, chunk));
  if (ws.length === 0 || RELATIVES.has(ws[0].lower)) return null;
  // The subject of the last clause: "… as Health Secretary", "… said her manager once told".
  const sub = lastIndex(ws, (w) => SUBORDINATORS.has(w.lower) || isSpeechVerb(w) || w.lower === 'that');
  if (sub >= 0) ws = dropFiller(ws.slice(sub + 1));
  const rel = ws.findIndex((w, i) => i > 0 && RELATIVES.has(w.lower));
  if (rel > 0) ws = ws.slice(0, rel);
  while (ws.length > 0 && (AUXILIARY.test(ws[ws.length - 1].lower) || isAdverb(text, ws[ws.length - 1]))) {
    if (ws[ws.length - 1].lower === 'to') return null; // "declined to say": not an attribution
    ws = ws.slice(0, -1);
  }
  if (ws.length === 0 || ws.length > MAX_SUBJECT_WORDS) return null;
  if (ws.some((w) => AUXILIARY.test(w.lower))) return null;
  return { start: ws[0].start, end: ws[ws.length - 1].end };
}

function isSpeechVerb(w: Word): boolean {
  return !w.cap && (SAY_VERBS.has(w.lower) || TELL_VERBS.has(w.lower));
}

function dropFiller(ws: Word[]): Word[] {
  let i = 0;
  while (i < ws.length && LEADING_FILLER.has(ws[i].lower)) i++;
  return ws.slice(i);
}

function lastIndex<T>(xs: readonly T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i])) return i;
  return -1;
}

/** An age or other bare number in apposition ("Joanne Ruiz, 41, said"): never the speaker. */
export function isAge(text: string, chunk: Span): boolean {
  return /^\s*\d{1,3}\s*$/.test(text.slice(chunk.start, chunk.end));
}

/** A relative clause chunk ("who asked not to be named"): it describes the chunk before it. */
export function isRelativeClause(text: string, chunk: Span): boolean {
  const ws = wordsIn(text, chunk);
  return ws.length > 0 && RELATIVES.has(ws[0].lower) && ws[0].lower !== 'that';
}

/** Whether a chunk opens with a conjunction ("however the official said"): a new clause starts there. */
export function opensClause(text: string, chunk: Span): boolean {
  const first = wordsIn(text, chunk)[0];
  return !!first && LEADING_FILLER.has(first.lower);
}

/** Past participles without -ed that open a description ("known to all as …", "born in Leeds"). */
const IRREGULAR_PARTICIPLES = /^(?:known|born|seen|given|taken|shown|written|chosen|driven|sworn|bound)$/;

/** An adjunct ("In a briefing", "Speaking to reporters", "Later"): not where a speaker is named. */
export function isAdjunct(text: string, chunk: Span): boolean {
  const ws = wordsIn(text, chunk);
  if (ws.length === 0) return true;
  const first = ws[0].lower;
  if (PREPOSITIONS.has(first) || first === 'according') return true;
  if ((/(?:ing|ed)$/.test(first) || IRREGULAR_PARTICIPLES.test(first)) && !ws[0].cap && ws.length > 1)
    return true;
  if (/(?:ing)$/.test(first) && ws[0].cap && ws.length > 1 && !ws[1].cap) return true;
  return ws.every((w) => LEADING_FILLER.has(w.lower) || /ly$/.test(w.lower));
}

/**
 * A description that stands beside a name ("the committee's co-chair", "an analyst at X",
 * "Jujuy's mining secretary"), as opposed to a name heading its own phrase.
 */
export function isAppositive(text: string, phrase: Span): boolean {
  const ws = wordsIn(text, phrase);
  if (ws.length === 0) return false;
  if (!ws[0].cap || /^(?:a|an|the|his|her|their|its)$/.test(ws[0].lower)) return true;
  if (!ws[ws.length - 1].cap) return true; // ends with a role: "NHS England's medical director"
  const possessive = /['’]s$/i.test(text.slice(ws[0].start, ws[0].end)) || /['’]/.test(text[ws[0].end] ?? '');
  return possessive && ws.length > 1 && !ws[1].cap;
}

/** A clause rather than a noun phrase: a past-tense verb before its object ("the firm fired Ana Ruiz"). */
export function hasObjectVerb(text: string, phrase: Span): boolean {
  const ws = wordsIn(text, phrase);
  return ws.some(
    (w, i) =>
      i > 0 &&
      !w.cap &&
      /ed$/.test(w.lower) &&
      !!ws[i + 1] &&
      (ws[i + 1].cap || /^(?:a|an|the)$/.test(ws[i + 1].lower)),
  );
}

/** A chunk that is a name, perhaps with a title ("Dr Rajiv Mehta", "Martín Ledesma"). */
export function isNameLike(text: string, phrase: Span): boolean {
  const ws = wordsIn(text, phrase);
  return ws.length > 0 && ws.length <= 7 && ws[ws.length - 1].cap && !isAppositive(text, phrase);
}

/**
 * Whether a preposition governs a name: one of the five words before it (inside `within`, or its
 * own clause) is a preposition that does not sit inside a title ("Vice-President for Competition
 * Ana Ruiz" is a title, "an analyst at Cordillera Advisory" and "outside Royal Infirmary" are not).
 */
export function isGoverned(text: string, m: Mention, within?: Span): boolean {
  const at = m.titleStart ?? m.start;
  const from = within ? within.start : clauseStart(text, at);
  const ws = wordsIn(text, { start: from, end: at });
  for (let i = ws.length - 1; i >= Math.max(0, ws.length - 5); i--) {
    const w = ws[i];
    if (SAY_VERBS.has(w.lower) || TELL_VERBS.has(w.lower) || AUXILIARY.test(w.lower)) return false;
    if (!PREPOSITIONS.has(w.lower) || w.cap) continue;
    const prev = ws[i - 1];
    const joined = prev && !/[,;:]/.test(text.slice(prev.end, w.start));
    if (!joined || !prev.cap) return true;
  }
  return false;
}

function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i > at - 200; i--) if (/[,;:.!?“”"()—–]/.test(text[i])) return i + 1;
  return Math.max(0, at - 200);
}

/** "Okoro's spokesman", "Ruiz’s Spanish agent", "Reyes' lawyer": the name owns what follows. */
export function isPossessive(text: string, m: Span): boolean {
  return /^(?:['’]s\s+\p{L}|['’]\s+\p{Ll})/u.test(text.slice(m.end, m.end + 6));
}
