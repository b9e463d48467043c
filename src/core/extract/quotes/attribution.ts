import type { Span } from '../../model';
import { LEADING_FILLER, PHRASE_STOP, SAY_VERBS, TELL_VERBS } from './lexicon';

/** Where a quotation's attribution names its speaker. */
export interface SpeakerPhrase extends Span {
  text: string;
}

interface Word extends Span {
  lower: string;
  /** Starts with a capital: mid-sentence such a word is a name ("State Department"), not a verb. */
  cap: boolean;
}

const MAX_SUBJECT_WORDS = 9;

function wordsIn(text: string, zone: Span): Word[] {
  const re = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
  const out: Word[] = [];
  const s = text.slice(zone.start, zone.end);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = zone.start + m.index;
    out.push({ start, end: start + m[0].length, lower: m[0].toLowerCase(), cap: /^\p{Lu}/u.test(m[0]) });
  }
  return out;
}

function isVerb(w: Word): boolean {
  return !w.cap && (SAY_VERBS.has(w.lower) || TELL_VERBS.has(w.lower));
}

function isAccordingTo(ws: readonly Word[], i: number): boolean {
  return ws[i].lower === 'according' && ws[i + 1]?.lower === 'to';
}

/**
 * The speaker named in the text after a closing mark: “…,” he said / said X / X, the minister,
 * said / according to X. The verb must come early, before the attribution would be a new clause.
 */
export function speakerAfter(text: string, zone: Span, fragment: boolean): SpeakerPhrase | null {
  // A fragment that flows on into its sentence is not followed by its attribution ("a “…” and X said").
  if (fragment && !/^\s*[,—–]/.test(text.slice(zone.start, zone.end))) return null;
  const ws = wordsIn(text, zone);
  for (let i = 0; i < Math.min(ws.length, MAX_SUBJECT_WORDS + 1); i++) {
    if (isAccordingTo(ws, i)) return objectPhrase(text, ws[i + 1].end, zone.end);
    if (!isVerb(ws[i])) continue;
    if (i > 0) return subjectPhrase(text, zone.start, ws[i].start, 'first');
    if (TELL_VERBS.has(ws[i].lower)) return null;
    return objectPhrase(text, ws[i].end, zone.end);
  }
  return null;
}

/** The speaker named before an opening mark: X said, “…” / X told reporters that … “…”. */
export function speakerBefore(text: string, zone: Span): SpeakerPhrase | null {
  const ws = wordsIn(text, zone);
  for (let i = ws.length - 1; i >= 0; i--) {
    if (isAccordingTo(ws, i)) return objectPhrase(text, ws[i + 1].end, zone.end);
    if (!isVerb(ws[i]) || ws[i].lower.endsWith('ing')) continue;
    const subject = subjectPhrase(text, zone.start, ws[i].start, 'last');
    if (subject) return subject;
  }
  return null;
}

/** The noun phrase before a verb, from one comma-separated chunk of `[from, to)`. */
function subjectPhrase(
  text: string,
  from: number,
  to: number,
  which: 'first' | 'last',
): SpeakerPhrase | null {
  const chunks = splitChunks(text, from, to);
  const ordered = which === 'first' ? chunks : [...chunks].reverse();
  for (const c of ordered) {
    const phrase = cleanSubject(text, c);
    if (phrase) return phrase;
  }
  return null;
}

function splitChunks(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || /[,;:()—–“”"]/.test(text[i])) {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out;
}

const AUXILIARY =
  /^(?:to|will|would|could|should|can|cannot|may|might|must|did|does|do|not|never|has|have|had|is|are|was|were|been|be|also|again|once|later|then)$/;

function cleanSubject(text: string, chunk: Span): SpeakerPhrase | null {
  let ws = wordsIn(text, chunk);
  while (ws.length > 0 && LEADING_FILLER.has(ws[0].lower)) ws = ws.slice(1);
  const adverb = (w: Word) => /ly$/.test(w.lower) && /\p{Ll}/u.test(text[w.start]);
  while (ws.length > 0 && (AUXILIARY.test(ws[ws.length - 1].lower) || adverb(ws[ws.length - 1]))) {
    if (ws[ws.length - 1].lower === 'to') return null; // "declined to say": not an attribution
    ws = ws.slice(0, -1);
  }
  if (ws.length === 0 || ws.length > MAX_SUBJECT_WORDS) return null;
  if (ws.some((w) => AUXILIARY.test(w.lower) || w.lower === 'that')) return null;
  const start = ws[0].start;
  const end = ws[ws.length - 1].end;
  return { start, end, text: text.slice(start, end) };
}

/** The noun phrase after "said" or "according to", up to an apposition or adjunct. */
function objectPhrase(text: string, from: number, to: number): SpeakerPhrase | null {
  const rest = text.slice(from, to);
  const stop = PHRASE_STOP.exec(rest.replace(/^\s+/, (m) => m.replace(/\s/g, '\u0000')));
  const cut = stop ? stop.index : rest.length;
  const ws = wordsIn(text, { start: from, end: from + cut });
  const trimmed = dropTrailingTime(ws);
  if (trimmed.length === 0 || trimmed.length > MAX_SUBJECT_WORDS) return null;
  const start = trimmed[0].start;
  const end = trimmed[trimmed.length - 1].end;
  return { start, end, text: text.slice(start, end) };
}

const TIME_WORDS =
  /^(?:on|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|recently|last|this|in)$/;

function dropTrailingTime(ws: Word[]): Word[] {
  const i = ws.findIndex((w, k) => k > 0 && TIME_WORDS.test(w.lower));
  return i > 0 ? ws.slice(0, i) : TIME_WORDS.test(ws[0]?.lower ?? '') ? [] : ws;
}

/**
 * Every speaker named with a speech verb in a stretch of text, quoted or not ("X said that …",
 * "…, said X, head of …"): later pronouns and descriptions may refer back to them.
 */
export function speechPhrases(text: string, zone: Span): SpeakerPhrase[] {
  const ws = wordsIn(text, zone);
  const out: SpeakerPhrase[] = [];
  for (const w of ws) {
    if (!isVerb(w) || w.lower.endsWith('ing')) continue;
    const before = text.slice(zone.start, w.start);
    const phrase = /,["”’]?\s*$/.test(before)
      ? SAY_VERBS.has(w.lower)
        ? objectPhrase(text, w.end, zone.end)
        : null
      : subjectPhrase(text, sentenceStart(text, zone.start, w.start), w.start, 'last');
    if (phrase) out.push(phrase);
  }
  return out;
}

function sentenceStart(text: string, from: number, at: number): number {
  for (let i = at - 1; i > from; i--) {
    if (/[.!?]/.test(text[i]) && /\s/.test(text[i + 1] ?? '')) return i + 1;
    if (/["“”]/.test(text[i])) return i + 1;
  }
  return from;
}
