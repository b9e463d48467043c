import type { Mention, Span } from '../../model';
import { LOWER_ROLES, ROLE_HEADS } from '../lexicon';
import type { SpeakerPhrase } from './attribution';
import { isGoverned, isPossessive, wordsIn } from './chunks';
import type { GenderBook } from './gender';
import {
  AUXILIARY,
  COLLECTIVE,
  INDEFINITE,
  PREPOSITIONS,
  PRONOUNS,
  SAY_VERBS,
  SPEECH_NOUN,
  TELL_VERBS,
} from './lexicon';
import { antecedent, description } from './reference';

/** Who said a quotation: a mention's span, or a label for someone the article does not name. */
export interface SpeakerRef {
  span: Span | null;
  label: string | null;
  /** Where the article named this speaker; pronouns after it may refer back to it. */
  at: number;
}

/** What speaker phrases are resolved against: the article, its mentions and the speakers so far. */
export interface Scene {
  text: string;
  mentions: readonly Mention[];
  /** Quoted stretches: a name inside a quotation is not what a later "he" refers to. */
  quoted: readonly Span[];
  genders: GenderBook;
  history: SpeakerRef[];
  /** Per mention, computed once: whether it can be a pronoun's antecedent, and opens its sentence. */
  standing: Map<Mention, { free: boolean; opens: boolean; quoted: boolean }>;
}

const OTHER_SPEAKER_TYPES = ['ORG', 'NORP', 'GPE'] as const;

/**
 * Resolves a speaker phrase to a mention (directly, through a pronoun or a description) or a
 * label. A person named anywhere in the phrase or its appositions wins over an organisation, and
 * `previous` (the speaker of the quotation before, in the same paragraph) is what a "she said"
 * right after it most often means.
 */
export function resolveSpeaker(
  scene: Scene,
  phrase: SpeakerPhrase,
  previous: SpeakerRef | null = null,
): SpeakerRef | null {
  const found = resolve(scene, phrase, previous);
  const sp = found?.span;
  const m = sp && scene.mentions.find((x) => x.start === sp.start && x.end === sp.end && x.type === 'PERSON');
  const full = m && introduced(scene, m);
  return full && full !== m ? { ...found, span: { start: full.start, end: full.end } } : found;
}

function resolve(scene: Scene, phrase: SpeakerPhrase, previous: SpeakerRef | null): SpeakerRef | null {
  if (phrase.clause) return clauseSpeaker(scene, phrase, previous);
  for (const chunk of phrase.chain) {
    const person = headPerson(scene, chunk);
    if (person) return ref(person, phrase.at);
  }
  const agent = agentAfter(scene, phrase.chain[0] ?? phrase);
  if (agent) return ref(agent, phrase.at);
  const other = headOther(scene, phrase);
  if (other) return ref(other, phrase.at);
  const lower = phrase.text.toLowerCase();
  if (PRONOUNS.has(lower)) return antecedent(scene, phrase.start, lower, previous, phrase.at);
  if (/^(?:the|this|that)\s/.test(lower) || isTitleOnly(phrase.text) || isBareRole(phrase.text)) {
    return description(scene, phrase);
  }
  if (INDEFINITE.test(lower) || COLLECTIVE.test(lower) || /^\p{Ll}/u.test(phrase.text)) {
    return { span: null, label: phrase.text, at: phrase.at };
  }
  const named = sameName(phrase, scene.mentions);
  if (named) return ref(named, phrase.at);
  return { span: null, label: phrase.text, at: phrase.at };
}

function ref(m: Span, at: number): SpeakerRef {
  return { span: { start: m.start, end: m.end }, label: null, at };
}

/**
 * The first person in a chunk who is neither the object of a preposition ("an analyst at X") nor
 * a possessive ("Okoro's spokesman" is not Okoro).
 */
function headPerson(scene: Scene, chunk: Span): Mention | null {
  const { text } = scene;
  const inChunk = overlapping(scene.mentions, chunk);
  const found = inChunk.find(
    (m) =>
      m.type === 'PERSON' && !inTitleOf(m, inChunk) && !isGoverned(text, m, chunk) && !isPossessive(text, m),
  );
  return found ?? null;
}

/** A name inside another person's title ("Kizuna president Hiroshi Tanaka"): the employer, not the speaker. */
function inTitleOf(x: Mention, others: readonly Mention[]): boolean {
  return others.some(
    (p) =>
      p !== x &&
      p.type === 'PERSON' &&
      p.titleStart !== undefined &&
      p.titleStart <= x.start &&
      x.end <= p.start,
  );
}

/**
 * A one-word name stands for the person the article introduced with it as the first word of a
 * fuller name, the most recent such before it: the family name of a Korean, Chinese or Japanese
 * name written family name first ("Kim Jae-won" … "Kim said"), or a first name used alone for a
 * child or a relative. A surname at the end of a fuller name is left to the entity linker.
 */
function introduced(scene: Scene, m: Mention): Mention {
  if (/\s/.test(m.text.trim())) return m;
  const word = m.text.trim();
  let best: Mention | null = null;
  for (const x of scene.mentions) {
    if (x.type !== 'PERSON' || x.end > m.start || !/\s/.test(x.text.trim())) continue;
    const ws = x.text.trim().split(/\s+/);
    if (ws[ws.length - 1] === word) return m;
    if (ws[0] !== word) continue;
    if (scene.quoted.some((q) => q.start <= x.start && x.end <= q.end)) continue;
    if (!best || x.start > best.start) best = x;
  }
  return best ?? m;
}

/** An organisation or place that heads the phrase ("the ministry", "Veltrix"), not one after "of". */
function headOther(scene: Scene, phrase: Span): Mention | null {
  for (const type of OTHER_SPEAKER_TYPES) {
    const m = overlapping(scene.mentions, phrase).filter((x) => x.type === type && x.end >= phrase.end);
    const head = m[m.length - 1];
    if (head && !isGoverned(scene.text, head, phrase)) return head;
  }
  return null;
}

function overlapping(mentions: readonly Mention[], s: Span): Mention[] {
  return mentions.filter((m) => m.start < s.end && m.end > s.start);
}

/** A role without an article, as headlines write it ("says new UN envoy", "said party chair"). */
function isBareRole(phrase: string): boolean {
  const ws = phrase.split(/\s+/);
  const head = ws[ws.length - 1].toLowerCase();
  return (
    /^\p{Ll}/u.test(phrase) &&
    !INDEFINITE.test(phrase) &&
    ws.length <= 4 &&
    (LOWER_ROLES.has(head) || ROLE_HEADS.has(head))
  );
}

/** A bare title standing for its holder ("Health Secretary says …"). */
function isTitleOnly(phrase: string): boolean {
  const ws = phrase.split(/\s+/);
  const head = ws[ws.length - 1].toLowerCase();
  return ws.every((w) => /^\p{Lu}/u.test(w)) && (ROLE_HEADS.has(head) || LOWER_ROLES.has(head));
}

/**
 * The subject of a clause before a colon or a partial quotation, when a name (perhaps after a
 * title) or a pronoun opens it: "Mayor Ana Ruiz was blunt: “…”", "Ruiz of Cordillera Advisory:
 * “…”". Two names joined by "and" are not one speaker.
 */
function clauseSpeaker(scene: Scene, phrase: SpeakerPhrase, previous: SpeakerRef | null): SpeakerRef | null {
  const ws = wordsIn(scene.text, phrase.chain[0]);
  if (ws.length === 0) return null;
  if (/^(?:he|she)$/.test(ws[0].lower))
    return antecedent(scene, ws[0].start, ws[0].lower, previous, phrase.at);
  // "Her reply:", "His most-quoted line from the trial:" (not "Her lawyer's reply:").
  const noun = ws.findIndex((w) => SPEECH_NOUN.test(w.lower));
  if (/^(?:his|her)$/.test(ws[0].lower) && noun > 0 && noun <= 3) {
    const between = scene.text.slice(ws[0].end, ws[noun].start);
    if (!/['’]s?\s/.test(between))
      return antecedent(scene, ws[0].start, ws[0].lower === 'his' ? 'he' : 'she', previous, phrase.at);
  }
  const agent = agentAfter(scene, phrase.chain[0]);
  if (agent) return ref(agent, phrase.at);
  for (const chunk of phrase.chain) {
    const inChunk = overlapping(scene.mentions, chunk);
    // "B.C. Forests Minister Ana Ruiz had a message:": the organisation is part of her title.
    const inTitle = (x: Mention) =>
      inChunk.some(
        (p) =>
          p.type === 'PERSON' && p.titleStart !== undefined && p.titleStart <= x.start && x.end <= p.start,
      );
    const m = inChunk.find((x) => (x.type === 'PERSON' || x.type === 'ORG') && !inTitle(x));
    if (!m || isGoverned(scene.text, m, chunk)) continue;
    // "Okafor's caveat:", "The ministry's position:" is theirs; "Okafor's lawyer was blunt:" is not.
    if (isPossessive(scene.text, m)) {
      if (ownsWords(scene.text, m, chunk)) return ref(m, phrase.at);
      continue;
    }
    const lead = wordsIn(scene.text, { start: chunk.start, end: m.titleStart ?? m.start });
    if (lead.length > 4 || lead.some((w) => !w.cap && isVerbLike(w.lower))) continue;
    if (/^\s*(?:and|&)\s+\p{Lu}/u.test(scene.text.slice(m.end, chunk.end))) return null;
    return ref(m, phrase.at);
  }
  return null;
}

/**
 * The person a body's words came through, named in apposition to it: "The defence of Carl Weiss,
 * led by lawyer Anton Berg, said", "The league's position, delivered by spokeswoman Ines Moreau,
 * is that …". The words are theirs to answer for.
 */
function agentAfter(scene: Scene, head: Span): Mention | null {
  const rest = scene.text.slice(head.end, head.end + 120);
  const by = AGENT.exec(rest);
  if (!by) return null;
  const from = head.end + by[0].length;
  const m = scene.mentions
    .filter((x) => x.type === 'PERSON' && (x.titleStart ?? x.start) >= from && x.start < from + 60)
    .reduce<Mention | null>((b, x) => (!b || x.start < b.start ? x : b), null);
  if (!m) return null;
  const between = wordsIn(scene.text, { start: from, end: m.titleStart ?? m.start });
  return between.length <= 3 && between.every((w) => !w.cap) ? m : null;
}

const AGENT =
  /^\s*,\s*(?:led|headed|delivered|voiced|read(?:\s+out)?|issued|signed|conveyed|represented|relayed)\s+by\s+/;

/** A possessive name whose next noun (within three words) is something said: "Okafor's final caveat". */
function ownsWords(text: string, m: Mention, chunk: Span): boolean {
  const ws = wordsIn(text, { start: m.end, end: chunk.end }).slice(0, 4);
  const noun = ws.findIndex((w) => SPEECH_NOUN.test(w.lower));
  return noun >= 0 && ws.slice(0, noun).every((w) => !w.cap || /^s$/i.test(w.lower));
}

function isVerbLike(w: string): boolean {
  return PREPOSITIONS.has(w) || AUXILIARY.test(w) || SAY_VERBS.has(w) || TELL_VERBS.has(w) || /ed$/.test(w);
}

/** A person mention elsewhere whose name contains the phrase's last word ("Price" → "Ned Price"). */
function sameName(phrase: SpeakerPhrase, mentions: readonly Mention[]): Mention | null {
  const last = phrase.text.split(/\s+/).pop() ?? '';
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.type !== 'PERSON' || !m.text.split(/\s+/).includes(last)) continue;
    const better =
      !best || (m.start < phrase.start ? best.start > phrase.start || m.start > best.start : false);
    if (better) best = m;
  }
  return best;
}
