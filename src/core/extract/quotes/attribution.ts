import type { Span } from '../../model';
import type { Word } from './chunks';
import {
  MAX_SUBJECT_WORDS,
  cleanSubject,
  hasObjectVerb,
  isAdjunct,
  isAge,
  isAppositive,
  isNameLike,
  isRelativeClause,
  opensClause,
  splitChunks,
  wordsIn,
} from './chunks';
import { isSentenceEnd } from './filter';
import { AUXILIARY, PASSIVE_AUX, PHRASE_STOP, SAY_VERBS, TELL_VERBS } from './lexicon';

/** Where a quotation's attribution names its speaker. */
export interface SpeakerPhrase extends Span {
  text: string;
  /**
   * The phrase and the descriptions in apposition to it, in text order: "Ana Ruiz, an analyst at
   * Cordillera Advisory" gives both chunks, and the person named in either is the speaker.
   */
  chain: Span[];
  /** Where the attribution ends: a later "she" refers back to speakers named before it. */
  at: number;
  /** A whole clause, whose subject is the speaker when it is a name ("Ruiz was blunt: “…”"). */
  clause?: boolean;
}

function isVerb(w: Word, next?: Word): boolean {
  if (next && /^plead/.test(w.lower) && /^(?:guilty|not|innocent|no)$/.test(next.lower)) return false; // a plea in court
  return !w.cap && (SAY_VERBS.has(w.lower) || TELL_VERBS.has(w.lower));
}

/** "was told", "were not asked": the subject is the listener, not a speaker. */
function isPassive(ws: readonly Word[], i: number): boolean {
  const prev = ws[i - 1]?.lower ?? '';
  if (PASSIVE_AUX.has(prev)) return true;
  return (
    /^(?:not|never|also|reportedly|later|then)$|ly$/.test(prev) && PASSIVE_AUX.has(ws[i - 2]?.lower ?? '')
  );
}

function isAccordingTo(ws: readonly Word[], i: number): boolean {
  return ws[i].lower === 'according' && ws[i + 1]?.lower === 'to';
}

function phrase(text: string, primary: Span, chain: Span[], at: number): SpeakerPhrase {
  return { start: primary.start, end: primary.end, text: text.slice(primary.start, primary.end), chain, at };
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
    if (isAccordingTo(ws, i)) return objectChain(text, ws[i + 1].end, zone.end, ws[i + 1].end);
    if (!isVerb(ws[i], ws[i + 1])) continue;
    if (i > 0) return subjectChain(text, zone.start, ws[i].start, 'first', ws[i].end);
    if (TELL_VERBS.has(ws[i].lower) && !/^ask/.test(ws[i].lower)) return null; // “…?” asked Ruiz
    return objectChain(text, ws[i].end, zone.end, ws[i].end);
  }
  return afterApposition(text, zone, ws);
}

/**
 * “…,” Ana Ruiz, the top federal prosecutor in the district, said: a name whose description in
 * apposition pushes the verb past the usual reach. The name must open the zone and the verb
 * follow the apposition's closing comma.
 */
function afterApposition(text: string, zone: Span, ws: readonly Word[]): SpeakerPhrase | null {
  const chunks = splitChunks(text, zone.start, zone.end).slice(0, 3);
  if (chunks.length < 3 || !isNameLike(text, chunks[0])) return null;
  if (wordsIn(text, chunks[0]).length > MAX_SUBJECT_WORDS) return null;
  const described = cleanSubject(text, chunks[1]);
  if (!described || !isAppositive(text, described) || isRelativeClause(text, chunks[1])) return null;
  const verb = ws.find((w) => w.start >= chunks[2].start);
  if (!verb || verb.start !== wordsIn(text, chunks[2])[0]?.start || !isVerb(verb)) return null;
  return subjectChain(text, zone.start, verb.start, 'first', verb.end);
}

/** The speaker named before an opening mark: X said, “…” / X told reporters that … “…”. */
export function speakerBefore(text: string, zone: Span): SpeakerPhrase | null {
  const ws = wordsIn(text, zone);
  for (let i = ws.length - 1; i >= 0; i--) {
    if (isAccordingTo(ws, i)) return objectChain(text, ws[i + 1].end, zone.end, ws[i + 1].end);
    if (!isVerb(ws[i], ws[i + 1]) || ws[i].lower.endsWith('ing') || isPassive(ws, i)) continue;
    const subject = subjectChain(text, zone.start, ws[i].start, 'last', ws[i].end);
    if (subject) return subject;
    if (SAY_VERBS.has(ws[i].lower) && /,\s*$/.test(text.slice(zone.start, ws[i].start))) {
      const object = objectChain(text, ws[i].end, zone.end, ws[i].end);
      if (object) return object;
    }
  }
  return null;
}

/**
 * A quotation signed with a dash, the way pull quotes and headlines attribute it: “…” — Mayor
 * Ana Ruiz / ‘…’ - party chair. Only a short phrase ending the paragraph.
 */
export function signature(text: string, zone: Span): SpeakerPhrase | null {
  const dash = /^[^\S\n]*[—–-][^\S\n]*(?=\p{L})/u.exec(text.slice(zone.start, zone.end));
  if (!dash) return null;
  const from = zone.start + dash[0].length;
  const rest = wordsIn(text, { start: from, end: zone.end });
  if (
    rest.length === 0 ||
    rest.length > 6 ||
    /[.!?:;]/.test(text.slice(from, zone.end).trim().slice(0, -1))
  ) {
    return null;
  }
  return objectChain(text, from, zone.end, zone.end);
}

/**
 * The noun phrase before a verb, with the descriptions in apposition to it. `last` takes the
 * chunk nearest the verb ("On Monday, Ruiz said"), then walks back while that chunk only describes
 * a name before it ("Ruiz, an analyst at X, who …, said"); `first` takes the first chunk and the
 * descriptions after it (“…,” Ruiz, the minister, said).
 */
function subjectChain(
  text: string,
  from: number,
  to: number,
  which: 'first' | 'last',
  verbEnd: number,
): SpeakerPhrase | null {
  const chunks = splitChunks(text, from, to).filter((c) => !isAge(text, c) && !isAside(text, c));
  const candidates = chunks.map((c) =>
    isRelativeClause(text, c) || isAdjunct(text, c) ? null : cleanSubject(text, c),
  );
  const order = chunks.map((_, i) => i);
  const k = (which === 'first' ? order : order.reverse()).find((i) => candidates[i]);
  if (k === undefined) return null;
  const nearest = candidates[k] as Span;
  const chain = [nearest];
  if (which === 'first') {
    for (let j = k + 1; j < chunks.length; j++) {
      const c = candidates[j];
      if (isRelativeClause(text, chunks[j])) continue;
      if (!c || !isAppositive(text, c)) break;
      chain.push(c);
    }
  } else {
    // Back over descriptions in apposition, after the name ("Ruiz, an analyst at X, said") or
    // before it ("Ruiz's lawyer, Joel Brandt, said").
    const clauseInside = wordsIn(text, { start: chunks[k].start, end: nearest.start }).length > 0;
    for (let j = k - 1; j >= 0 && !clauseInside && !opensClause(text, chunks[j + 1]); j--) {
      if (isRelativeClause(text, chunks[j])) continue;
      const c = candidates[j];
      if (!c || hasObjectVerb(text, c)) break;
      const described = isAppositive(text, chain[0]);
      if (!(described && isNameLike(text, c)) && !isAppositive(text, c)) break;
      chain.unshift(c);
      if (!described && !isAppositive(text, c)) break;
    }
  }
  // Without a person named in it, the chain is described by its name, else by the chunk nearest the verb.
  return phrase(text, chain.find((c) => isNameLike(text, c)) ?? nearest, chain, verbEnd);
}

/**
 * A chunk set off between dashes or quotation marks inside the subject ("Kamau, nicknamed
 * “Mwenzetu” - Kikuyu for comrade - denied"): a gloss or a nickname, never the one who speaks.
 */
function isAside(text: string, c: Span): boolean {
  const before = text.slice(Math.max(0, c.start - 2), c.start).trimEnd();
  const after = text.slice(c.end, c.end + 1);
  const dashed = /\s[-—–]$|^[—–]$/.test(' ' + before.slice(-1)) && /[-—–]/.test(after);
  const quoted = /[“"]$/.test(before) && /[”"]/.test(after);
  return (dashed || quoted) && wordsIn(text, c).length > 0;
}

/** The phrase after "said" or "according to", with a description or name in apposition to it. */
function objectChain(text: string, from: number, to: number, verbEnd: number): SpeakerPhrase | null {
  const primary = objectPhrase(text, from, to);
  if (!primary) return null;
  const chain = [primary];
  const comma = text.indexOf(',', primary.end);
  if (comma >= 0 && comma < to && !/[.!?;:“”"]/.test(text.slice(primary.end, comma))) {
    for (const c of splitChunks(text, comma + 1, to)) {
      if (isAge(text, c)) continue;
      if (isRelativeClause(text, c) || isAdjunct(text, c) || chain.length >= 3) break;
      const p = objectPhrase(text, c.start, c.end);
      if (!p) break;
      chain.push(p);
    }
  }
  return phrase(text, primary, chain, Math.max(verbEnd, primary.end));
}

/** The noun phrase at `from`, up to an apposition or adjunct; null when it is a clause. */
function objectPhrase(text: string, from: number, to: number): Span | null {
  const rest = text.slice(from, to);
  const stop = PHRASE_STOP.exec(rest.replace(/^\s+/, (m) => m.replace(/\s/g, '\u0000')));
  const cut = stop ? stop.index : rest.length;
  const ws = dropTrailingTime(wordsIn(text, { start: from, end: from + cut }));
  if (ws.length === 0 || ws.length > MAX_SUBJECT_WORDS) return null;
  if (ws.some((w) => AUXILIARY.test(w.lower) && w.lower !== 'to')) return null;
  return { start: ws[0].start, end: ws[ws.length - 1].end };
}

const TIME_WORDS =
  /^(?:on|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|later|recently|last|this|in)$/;

function dropTrailingTime(ws: Word[]): Word[] {
  const i = ws.findIndex((w, k) => k > 0 && TIME_WORDS.test(w.lower));
  return i > 0 ? ws.slice(0, i) : TIME_WORDS.test(ws[0]?.lower ?? '') ? [] : ws;
}

/**
 * Every speaker named with a speech verb outside quotation marks ("X said that …", "…, said X,
 * head of …"): later pronouns and descriptions may refer back to them.
 */
export function speechPhrases(text: string, zone: Span, quoted: readonly Span[]): SpeakerPhrase[] {
  const ws = wordsIn(text, zone);
  const out: SpeakerPhrase[] = [];
  ws.forEach((w, i) => {
    if (!isVerb(w, ws[i + 1]) || w.lower.endsWith('ing') || isPassive(ws, i)) return;
    if (quoted.some((q) => q.start <= w.start && w.end <= q.end)) return;
    const before = text.slice(zone.start, w.start);
    const start = sentenceStart(text, zone.start, w.start);
    let found: SpeakerPhrase | null;
    if (/[,—–]["”’]?\s*$/.test(before) && SAY_VERBS.has(w.lower)) {
      const inverted = /["”’]\s*$|["”’][,—–]\s*$|[,—–]["”’]\s*$/.test(before);
      const subject = inverted ? null : subjectChain(text, start, w.start, 'last', w.end);
      found =
        subject && headsSentence(text, start, subject)
          ? subject
          : (objectChain(text, w.end, sentenceEnd(text, w.end, zone.end), w.end) ?? subject);
    } else found = subjectChain(text, start, w.start, 'last', w.end);
    if (found) out.push(found);
  });
  return out;
}

/**
 * Whether a subject chain is a noun phrase that opens its sentence (after adjuncts): then "X, the
 * chief, said the plan was late" names X, where "The plan is late, said X" names X after the verb.
 */
function headsSentence(text: string, start: number, s: SpeakerPhrase): boolean {
  const head = s.chain[0];
  if (!isNameLike(text, head) && !isAppositive(text, head)) return false;
  return splitChunks(text, start, head.start).every((c) => isAdjunct(text, c));
}

/**
 * The clause before a colon or a partial quotation ("Ruiz, the mayor, was blunt:"), after any
 * adjuncts; its subject, when a name or a pronoun opens it, is the speaker.
 */
export function clauseSubject(text: string, zone: Span): SpeakerPhrase | null {
  // "The line that made the front pages: she wanted to “…”": the clause after a colon.
  const sentence = sentenceStart(text, zone.start, zone.end);
  const colon = Math.max(text.lastIndexOf(':', zone.end - 1), text.lastIndexOf(';', zone.end - 1));
  const after = colon >= sentence ? wordsIn(text, { start: colon + 1, end: zone.end }) : [];
  // "Voss summed it up: the market is “…”", "Okafor's caveat: if …, “…”": the clause after the
  // colon has no one for a subject, so the speaker is the one the clause before it names.
  if (after.length && !after[0].cap && !/^(?:he|she|they|i|we)$/.test(after[0].lower) && colon > sentence)
    return clauseSubject(text, { start: zone.start, end: colon });
  const start = after.length ? colon + 1 : sentence;
  const chunks = splitChunks(text, start, zone.end);
  const h = chunks.findIndex((c) => !isAdjunct(text, c));
  if (h < 0) return null;
  const head = { start: wordsIn(text, chunks[h])[0]?.start ?? chunks[h].start, end: chunks[h].end };
  const chain = [head];
  // "The opposition leader, Gavin Ure, called it “…”": the name in apposition to the subject.
  for (let j = h + 1; j < chunks.length - 1; j++) {
    if (isAge(text, chunks[j]) || isRelativeClause(text, chunks[j])) continue;
    const c = cleanSubject(text, chunks[j]);
    if (!c || !(isNameLike(text, c) || isAppositive(text, c))) break;
    chain.push(c);
  }
  return { ...phrase(text, head, chain, zone.end), clause: true };
}

function sentenceStart(text: string, from: number, at: number): number {
  for (let i = at - 1; i > from; i--) {
    if (isSentenceEnd(text, i)) return i + 1;
    if (/["“”]/.test(text[i])) return i + 1;
  }
  return from;
}

function sentenceEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isSentenceEnd(text, i, to) || /["“”]/.test(text[i])) return i;
  return to;
}
