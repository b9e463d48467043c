import type { ArticleAnalysis, EntityType, Quote } from '../model';
import { isAnonymousLabel } from '../extract/quotes/lexicon';

/**
 * What is known of two quotations' speakers: the same person, nothing either way, or two
 * different people (which may still be a misattribution in one of the articles).
 */
export type SpeakerRelation = 'same' | 'unknown' | 'different';

/**
 * Compares the speakers of two quotations: linked entities must agree, unless one is an
 * organisation and the other a person (who may speak for it); a named speaker is never
 * an unnamed one ("a senior official"); two bare names must share a word. Otherwise nothing is
 * known.
 */
export function speakerRelation(
  a: Quote,
  b: Quote,
  typeOf: (entity: string) => EntityType | undefined = () => undefined,
): SpeakerRelation {
  if (a.speaker && b.speaker) {
    if (a.speaker === b.speaker) return 'same';
    // A person may speak for an organisation: "Veltrix said" and "its counsel said" can agree.
    const types = new Set([typeOf(a.speaker), typeOf(b.speaker)]);
    return types.has('ORG') && types.has('PERSON') ? 'unknown' : 'different';
  }
  const anonA = isAnonymous(a);
  const anonB = isAnonymous(b);
  if ((anonA && isNamed(b)) || (anonB && isNamed(a))) return 'different';
  if (!a.speaker && !b.speaker && !a.speakerSpan && !b.speakerSpan && a.speakerLabel && b.speakerLabel) {
    if (anonA || anonB) return 'unknown';
    const wa = new Set(nameWords(a.speakerLabel));
    const wb = nameWords(b.speakerLabel);
    if (!wa.size || !wb.length) return 'unknown';
    return wb.some((w) => wa.has(w)) ? 'same' : 'different';
  }
  return 'unknown';
}

/** Whether two quotations may be by the same speaker: nothing known says otherwise. */
export function sameSpeaker(a: Quote, b: Quote): boolean {
  return speakerRelation(a, b) !== 'different';
}

/**
 * Whether a quotation's speaker is someone unnamed: "a senior official", "sources", "the
 * spokesman". The holder of an office ("the minister", "the president") is someone the article
 * names, so is not.
 */
function isAnonymous(q: Quote): boolean {
  const label = q.speakerLabel;
  return !q.speaker && !q.speakerSpan && !!label && isAnonymousLabel(label) && !OFFICE_HOLDER.test(label);
}

const OFFICE_HOLDER =
  /^(?:the|this)\s+(?:\p{L}+\s+)*(?:minister|secretary|president|premier|chancellor|governor|mayor|senator|ambassador|commissioner)$/iu;

function isNamed(q: Quote): boolean {
  return !!q.speaker || !!q.speakerSpan || (!!q.speakerLabel && !isAnonymousLabel(q.speakerLabel));
}

function nameWords(label: string): string[] {
  return (label.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase());
}

/** How far (characters) from a quotation its attribution may name the speaker. */
const NEAR = 250;

/** Compares the speakers of a story's quotations, knowing its entities' types and mentions. */
export class SpeakerJudge {
  private readonly typeOf = new Map<string, EntityType>();
  private readonly articleOf = new Map<Quote, ArticleAnalysis>();
  private readonly credibleCache = new Map<Quote, Quote>();

  constructor(articles: readonly ArticleAnalysis[]) {
    for (const a of articles) {
      for (const q of a.quotes) this.articleOf.set(q, a);
      for (const m of a.mentions) if (m.entity) this.typeOf.set(m.entity, m.type);
    }
  }

  /** What is known of two quotations' speakers, believing only credible attributions. */
  relation(a: Quote, b: Quote): SpeakerRelation {
    return speakerRelation(this.credible(a), this.credible(b), (id) => this.typeOf.get(id));
  }

  /**
   * The quotation with its speaker dropped when the attribution points inside the quoted words,
   * or the speaker is named only there and not beside them ("Veltrix was told what the law
   * required"): people seldom speak of themselves in the third person, so that attribution is
   * more likely a misreading than a fact.
   */
  private credible(q: Quote): Quote {
    let c = this.credibleCache.get(q);
    if (!c) this.credibleCache.set(q, (c = this.judge(q)));
    return c;
  }

  private judge(q: Quote): Quote {
    const a = this.articleOf.get(q);
    if (!q.speaker || !a) return q;
    const unknown = { ...q, speaker: null, speakerSpan: null };
    const span = q.speakerSpan;
    if (span && span.start >= q.start && span.end <= q.end) return unknown;
    const mentions = a.mentions.filter((m) => m.entity === q.speaker);
    const inside = mentions.some((m) => m.start >= q.start && m.end <= q.end);
    const beside = mentions.some(
      (m) => (m.end <= q.start && q.start - m.end <= NEAR) || (m.start >= q.end && m.start - q.end <= NEAR),
    );
    return inside && !beside ? unknown : q;
  }
}
