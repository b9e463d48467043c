import type { Mention, Span } from '../../model';
import type { SpeakerPhrase } from './attribution';
import { clauseSubject, signature, speakerAfter, speakerBefore, speechPhrases } from './attribution';
import { isAdjunct, splitChunks } from './chunks';
import { sentenceAround, words } from './filter';
import { GenderBook } from './gender';
import { identifyDelayedLede, inheritFromNeighbours, inheritFromRepeats } from './inherit';
import { isAnonymousLabel } from './lexicon';
import type { RawQuote } from './marks';
import type { Paragraph } from './paragraphs';
import type { Scene, SpeakerRef } from './speaker';
import { resolveSpeaker } from './speaker';

/** A quotation found in a paragraph, with its marks and words. */
export interface Found {
  raw: RawQuote;
  inner: Span;
  para: number;
  /** Continues the previous found quotation (a quotation running over paragraphs). */
  continues: boolean;
  speaker: SpeakerRef | null;
  /** The speaker was inferred (a neighbour's, the subject of a clause), not named with a verb. */
  weak?: boolean;
}

/**
 * Names the speaker of each quotation, then fills the gaps the way readers do: a quotation
 * shares the speaker of its neighbours in the paragraph, a paragraph that is only a quotation
 * continues the speaker of the paragraph before, and a quotation repeated elsewhere in the article
 * (a headline, a teaser) has the speaker named there.
 */
export function attribute(
  text: string,
  found: Found[],
  paragraphs: readonly Paragraph[],
  mentions: readonly Mention[],
): void {
  const quoted = found.map((f) => ({ start: f.raw.open, end: f.raw.close }));
  const genders = new GenderBook(text, mentions);
  const scene: Scene = { text, mentions, quoted, genders, history: [], standing: new Map() };
  const named = paragraphs
    .flatMap((p) => speechPhrases(text, p, quoted))
    .filter((ph) => isAntecedent(ph.text))
    .sort((a, b) => a.at - b.at);
  let k = 0;
  found.forEach((f, i) => {
    for (; k < named.length && named[k].at <= f.raw.open; k++) {
      const ref = resolveSpeaker(scene, named[k]);
      if (ref) scene.history.push(ref);
    }
    const prev = found[i - 1]?.para === f.para ? found[i - 1] : null;
    const next = found[i + 1]?.para === f.para ? found[i + 1] : null;
    const attribution = findPhrase(text, f, paragraphs, prev, next);
    f.speaker = attribution ? resolveSpeaker(scene, attribution.phrase, prev?.speaker ?? null) : null;
    f.weak = !!attribution?.weak;
    if (f.speaker && (f.speaker.span || isAntecedent(f.speaker.label ?? ''))) scene.history.push(f.speaker);
  });
  identifyDelayedLede(text, found, paragraphs, mentions);
  inheritFromNeighbours(text, found, paragraphs);
  inheritFromRepeats(text, found);
}

/** Whether a speaker named outside a quotation can be what a later "he" or "the official" means. */
function isAntecedent(phrase: string): boolean {
  if (/^(?:he|she|they|it|we|i|you)$/i.test(phrase)) return false;
  return /^\p{Lu}/u.test(phrase) || isAnonymousLabel(phrase);
}

interface PhraseFound {
  phrase: SpeakerPhrase;
  weak: boolean;
}

/**
 * The attribution of one quotation: a speech verb after or before it in its sentence; else the
 * subject of the clause a colon ends ("Ruiz was blunt: “…”"), here or at the end of the paragraph
 * before; else, for a partial quotation, the subject of its sentence.
 */
function findPhrase(
  text: string,
  f: Found,
  paragraphs: readonly Paragraph[],
  prev: Found | null,
  next: Found | null,
): PhraseFound | null {
  const p = paragraphs[f.para];
  const sentence = sentenceAround(text, { start: f.raw.open, end: f.raw.close }, p);
  const inner = text.slice(f.raw.open + 1, f.raw.close).trimEnd();
  const start = Math.max(prev ? prev.raw.close + 1 : p.start, sentence.start);
  const before = () => (start < f.raw.open ? speakerBefore(text, { start, end: f.raw.open }) : null);
  const after = () => {
    if (f.raw.runsOn) return null;
    const end = Math.min(next ? next.raw.open : p.end, sentence.end);
    // “… known.” Corvane says it “…”: a new sentence that leads into the next quotation is its attribution.
    if (
      next &&
      end === next.raw.open &&
      /[.!?]$/.test(inner) &&
      /^\s+\p{Lu}/u.test(text.slice(f.raw.close + 1))
    )
      return null;
    const found = speakerAfter(text, { start: f.raw.close + 1, end }, !/[,.!?…]$/.test(inner));
    // After a quotation that ends its sentence, only a bare "X said." still attributes it.
    return found && /[.!?]$/.test(inner) && words(text.slice(found.at, end)).length > 4 ? null : found;
  };
  const verb = /\.$/.test(inner) ? (before() ?? after()) : (after() ?? before());
  if (verb) return { phrase: verb, weak: false };
  const signed = f.raw.runsOn || next ? null : signature(text, { start: f.raw.close + 1, end: p.end });
  if (signed) return { phrase: signed, weak: false };
  const lead = text.slice(start, f.raw.open);
  const colon = /:[\s>]*$/.exec(lead);
  if (colon) {
    const end = start + colon.index;
    const subject = clauseSubject(text, { start, end }) ?? framed(text, p, start, end);
    return subject && { phrase: subject, weak: true };
  }
  if (/^[\s>*_-]*$/.test(text.slice(p.start, f.raw.open)) && f.para > 0) {
    const intro = introducedBy(text, paragraphs[f.para - 1]);
    if (intro) return intro;
  }
  if (!/\p{L}/u.test(lead)) return null;
  const subject = clauseSubject(text, { start, end: f.raw.open });
  return subject && { phrase: subject, weak: true };
}

/**
 * "Ruiz was unequivocal. In our translation: “…”": a colon after a short frame with no subject
 * (only adjuncts: "In full", "In her words") hands on the subject of the sentence before it.
 */
function framed(text: string, p: Paragraph, start: number, end: number): SpeakerPhrase | null {
  const zone = { start, end };
  if (
    words(text.slice(start, end)).length > 4 ||
    !splitChunks(text, start, end).every((c) => isAdjunct(text, c))
  )
    return null;
  let stop = start - 1;
  while (stop > p.start && /\s/.test(text[stop])) stop--;
  if (stop <= p.start || !/[.!?]/.test(text[stop])) return null;
  const prev = sentenceAround(text, { start: stop, end: stop }, p);
  return prev.start < zone.start ? clauseSubject(text, { start: prev.start, end: stop }) : null;
}

/** A paragraph ending in a colon introduces the quotation that opens the next one. */
function introducedBy(text: string, pp: Paragraph): PhraseFound | null {
  const body = text.slice(pp.start, pp.end).trimEnd();
  if (!body.endsWith(':')) return null;
  const colon = pp.start + body.length - 1;
  const s = sentenceAround(text, { start: colon, end: colon }, pp);
  const verb = speakerBefore(text, { start: s.start, end: colon });
  if (verb) return { phrase: verb, weak: false };
  const subject = clauseSubject(text, { start: s.start, end: colon });
  return subject && { phrase: subject, weak: true };
}
