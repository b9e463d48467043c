import type { Mention, Span } from '../../model';
import { isSentenceEnd } from './filter';
import { PREPOSITIONS, SUBORDINATORS } from './lexicon';

/** Grammatical gender an article gives a person, as far as "he" and "she" need it. */
export type Gender = 'm' | 'f';

const MALE = new Set(
  (
    'mr mister sir lord king prince he him his son father husband brother boy man grandson nephew uncle ' +
    'grandfather dad boyfriend businessman chairman spokesman congressman councilman assemblyman ' +
    'fireman policeman sportsman widower'
  ).split(' '),
);
const FEMALE = new Set(
  (
    'ms mrs miss madam mme dame lady queen princess she her daughter mother mum mom wife sister girl ' +
    'woman granddaughter niece aunt grandmother girlfriend businesswoman chairwoman spokeswoman ' +
    'congresswoman councilwoman assemblywoman actress widow policewoman sportswoman'
  ).split(' '),
);

const PRONOUN = /^(?:he|him|his|she|her)$/i;

/** The gender a word marks ("Mrs", "son", "spokeswoman", "she"), if any. */
export function genderOfWord(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MALE.has(w) ? 'm' : FEMALE.has(w) ? 'f' : null;
}

/** The gender of a description ("a spokeswoman for the ministry"): its last marked word. */
export function genderOfLabel(label: string): Gender | null {
  const ws = label.split(/[^\p{L}.]+/u).filter(Boolean);
  for (let i = ws.length - 1; i >= 0; i--) {
    const g = genderOfWord(ws[i]);
    if (g && !PRONOUN.test(ws[i])) return g;
  }
  return null;
}

/**
 * What an article says of each person's gender: a title ("Ms Ruiz"), a noun just before the name
 * ("son Alfie"), a description in apposition ("Ruiz, a spokeswoman for …") or the pronoun right
 * after the speech verb ("Ruiz, 41, said her son …"). Evidence is pooled over mentions with the same
 * text and, failing that, the same last word; contradicting evidence gives no answer.
 */
export class GenderBook {
  private readonly byText = new Map<string, Set<Gender>>();
  private readonly byLast = new Map<string, Set<Gender>>();
  private readonly fullNames = new Map<string, Set<string>>();

  constructor(
    private readonly text: string,
    private readonly mentions: readonly Mention[],
  ) {
    for (const m of mentions) {
      if (m.type !== 'PERSON') continue;
      if (/\s/.test(m.text.trim())) add(this.fullNames, lastWord(m.text), keyOf(m.text));
      const g = this.evidence(m);
      if (!g) continue;
      add(this.byText, keyOf(m.text), g);
      add(this.byLast, lastWord(m.text), g);
    }
  }

  /** The gender of the person mentioned at `span`, when the article makes it plain. */
  of(span: Span): Gender | null {
    const m = this.mentions.find((x) => x.start === span.start && x.end === span.end);
    const t = m?.text ?? this.text.slice(span.start, span.end);
    const own = single(this.byText.get(keyOf(t)));
    // Two people with one surname ("Ruth Adler", "Tom Adler") share no evidence.
    if (own || (this.fullNames.get(lastWord(t))?.size ?? 0) > 1) return own;
    return single(this.byLast.get(lastWord(t)));
  }

  private evidence(m: Mention): Gender | null {
    const at = m.titleStart ?? m.start;
    const before = /([\p{L}.]+),?[ \t]+$/u.exec(this.text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
    for (const w of [...(m.title ?? '').split(/\s+/), m.text.split(/\s+/)[0], before]) {
      const g = PRONOUN.test(w) ? null : genderOfWord(w);
      if (g) return g;
    }
    const after = this.text.slice(m.end, m.end + 90);
    const apposition = /^\s*,\s*(?:\d+\s*,\s*)?(?:a|an|the|his|her|their)\s+([^,.;:!?“”"()]{0,60})/i.exec(
      after,
    );
    if (apposition) {
      const a = genderOfLabel(apposition[1]);
      if (a) return a;
    }
    const pronoun =
      /^\s*(?:,\s*\d+\s*,\s*)?(?:said|says|told\s+[\p{L}]+)\s+(?:that\s+)?(she|her|he|his)\b/iu.exec(after);
    if (pronoun) return genderOfWord(pronoun[1]);
    return this.nextSentenceSubject(m);
  }

  /** "Ruiz met the delegations. She told reporters …": the subject of one sentence opens the next. */
  private nextSentenceSubject(m: Mention): Gender | null {
    const { text } = this;
    const at = m.titleStart ?? m.start;
    let start = at;
    while (
      start > Math.max(0, at - 300) &&
      !isSentenceEnd(text, start - 1) &&
      text.slice(start - 2, start) !== '\n\n'
    )
      start--;
    const lead = text.slice(start, at);
    const leadWords = lead.split(/[^\p{L}]+/u).filter(Boolean);
    if (leadWords.length > 8 || /["“”;:]/.test(lead) || isSubordinate(leadWords[0] ?? '')) return null;
    if (this.mentions.some((x) => x.type === 'PERSON' && x.start >= start && x.start < m.start)) return null;
    let end = m.end;
    while (end < Math.min(text.length, m.end + 400) && !isSentenceEnd(text, end)) end++;
    const next = /^[.!?]["”’)]*[ \t]*\r?\n?[ \t]*(He|She)\s/.exec(text.slice(end, end + 12));
    return next ? genderOfWord(next[1]) : null;
  }
}

function isSubordinate(word: string): boolean {
  return PREPOSITIONS.has(word.toLowerCase()) || SUBORDINATORS.has(word.toLowerCase());
}

function keyOf(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

function lastWord(name: string): string {
  return keyOf(name).split(' ').pop() ?? '';
}

function add<T>(map: Map<string, Set<T>>, key: string, g: T): void {
  const set = map.get(key) ?? new Set<T>();
  set.add(g);
  map.set(key, set);
}

function single(set: Set<Gender> | undefined): Gender | null {
  return set && set.size === 1 ? [...set][0] : null;
}
