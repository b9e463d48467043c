import type { Mention, Span } from '../../model';
import type { SpeakerPhrase } from './attribution';
import { COLLECTIVE, INDEFINITE, PRONOUNS } from './lexicon';

/** Who said a quotation: a mention's span, or a label for someone the article does not name. */
export interface SpeakerRef {
  span: Span | null;
  label: string | null;
  /** Where the article named this speaker; pronouns after it may refer back to it. */
  at: number;
}

const SPEAKER_TYPES = ['PERSON', 'ORG', 'NORP', 'GPE'] as const;
const ORDINALS: [RegExp, string][] = [
  [/\b(?:second|2nd)\b/i, 'second'],
  [/\b(?:third|3rd)\b/i, 'third'],
  [/\b(?:fourth|4th)\b/i, 'fourth'],
  [/\b(?:first|1st)\b/i, 'first'],
  [/\banother\b/i, 'another'],
];

/** Resolves a speaker phrase to a mention (directly, through a pronoun or a description) or a label. */
export function resolveSpeaker(
  text: string,
  phrase: SpeakerPhrase,
  mentions: readonly Mention[],
  history: readonly SpeakerRef[],
): SpeakerRef | null {
  const direct = mentionIn(phrase, mentions);
  if (direct) return { span: { start: direct.start, end: direct.end }, label: null, at: phrase.start };
  const lower = phrase.text.toLowerCase();
  if (PRONOUNS.has(lower)) return antecedent(phrase.start, mentions, history, lower === 'they');
  if (/^(?:the|this|that)\s/.test(lower)) return description(text, phrase, mentions, history);
  if (INDEFINITE.test(lower) || COLLECTIVE.test(lower) || /^\p{Ll}/u.test(phrase.text)) {
    return { span: null, label: phrase.text, at: phrase.start };
  }
  const named = sameName(phrase, mentions);
  if (named) return { span: { start: named.start, end: named.end }, label: null, at: phrase.start };
  return { span: null, label: phrase.text, at: phrase.start };
}

/** A mention inside the phrase: a person anywhere, another kind only as its head ("the ministry"). */
function mentionIn(phrase: Span, mentions: readonly Mention[]): Mention | null {
  for (const type of SPEAKER_TYPES) {
    const inside = mentions.filter(
      (m) =>
        m.type === type &&
        m.start < phrase.end &&
        m.end > phrase.start &&
        (type === 'PERSON' || m.end >= phrase.end),
    );
    if (inside.length > 0) return inside[inside.length - 1];
  }
  return null;
}

/** The nearest earlier person or quoted speaker. */
function antecedent(
  at: number,
  mentions: readonly Mention[],
  history: readonly SpeakerRef[],
  plural: boolean,
): SpeakerRef | null {
  let best: SpeakerRef | null = null;
  const consider = (ref: SpeakerRef) => {
    if (ref.at < at && (!best || ref.at > best.at)) best = ref;
  };
  if (plural) {
    for (const h of history) if (h.label && /s$/.test(h.label)) consider(h);
    if (best) return { ...(best as SpeakerRef), at };
  }
  for (const m of mentions)
    if (m.type === 'PERSON') consider({ span: { start: m.start, end: m.end }, label: null, at: m.start });
  for (const h of history) consider(h);
  return best ? { ...(best as SpeakerRef), at } : null;
}

/** "the official", "the spokesman": the nearest earlier person or speaker the description fits. */
function description(
  text: string,
  phrase: SpeakerPhrase,
  mentions: readonly Mention[],
  history: readonly SpeakerRef[],
): SpeakerRef {
  const words = phrase.text.toLowerCase().split(/\s+/);
  const head = stem(words[words.length - 1]);
  const ordinal = ORDINALS.find(([re]) => re.test(phrase.text))?.[1] ?? null;
  let best: SpeakerRef | null = null;
  const consider = (ref: SpeakerRef) => {
    if (ref.at < phrase.start && (!best || ref.at > best.at)) best = ref;
  };
  for (const h of history) {
    if (!h.label || !stemsOf(h.label).includes(head)) continue;
    const hOrdinal = ORDINALS.find(([re]) => re.test(h.label as string))?.[1] ?? null;
    if (hOrdinal === ordinal) consider(h);
  }
  if (!ordinal) {
    for (const m of mentions) {
      if (m.type === 'PERSON' && fits(text, m, head))
        consider({ span: { start: m.start, end: m.end }, label: null, at: m.start });
    }
  }
  const found = best as SpeakerRef | null;
  return found ? { ...found, at: phrase.start } : { span: null, label: phrase.text, at: phrase.start };
}

/** Whether a mention's title, or the words just around it, carry the description's head noun. */
function fits(text: string, m: Mention, head: string): boolean {
  if (m.title && stemsOf(m.title).includes(head)) return true;
  const around = text.slice(Math.max(0, m.start - 50), Math.min(text.length, m.end + 60));
  return stemsOf(around).includes(head);
}

function stemsOf(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map(stem);
}

/** Loose stem for role nouns: spokesman, spokesperson and spokeswoman meet at "spokes". */
function stem(w: string): string {
  return w.slice(0, 6);
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
