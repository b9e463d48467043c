import type { Mention } from '../../model';
import type { SpeakerPhrase } from './attribution';
import type { Gender } from './gender';
import { genderOfLabel, genderOfWord } from './gender';
import { LOWER_ROLES, ROLE_HEADS } from '../lexicon';
import { PREPOSITIONS, ROLE_NOUN, SAY_VERBS, TELL_VERBS } from './lexicon';
import { isGoverned, wordsIn } from './chunks';
import { isSentenceEnd } from './filter';
import type { Scene, SpeakerRef } from './speaker';

const ORDINALS: [RegExp, string][] = [
  [/\b(?:second|2nd)\b/i, 'second'],
  [/\b(?:third|3rd)\b/i, 'third'],
  [/\b(?:fourth|4th)\b/i, 'fourth'],
  [/\b(?:first|1st)\b/i, 'first'],
  [/\banother\b/i, 'another'],
];

interface Candidate {
  ref: SpeakerRef;
  /** Where the candidate was last named: the nearest one before the pronoun wins. */
  pos: number;
  /** Named as a sentence's subject or a speaker, not inside a clause about someone else. */
  opens: boolean;
}

/**
 * What a pronoun refers to: the nearest earlier speaker, or person named as a subject (not inside
 * a quotation, not after a preposition), whose gender does not contradict "he" or "she". "They"
 * prefers an earlier plural description ("officials"); "it" an organisation.
 */
export function antecedent(
  scene: Scene,
  at: number,
  pronoun: string,
  previous: SpeakerRef | null,
  refAt: number,
): SpeakerRef | null {
  const gender = /^(?:he|she)$/.test(pronoun) ? genderOfWord(pronoun) : null;
  const earlier = scene.history.filter((h) => h.at <= at);
  let pool: Candidate[] = [];
  if (pronoun === 'they') pool = earlier.filter((h) => h.label && /s$/.test(h.label)).map(asCandidate);
  if (pronoun === 'it')
    pool = [...earlier.filter((h) => isType(scene, h, 'ORG')).map(asCandidate), ...named(scene, at, 'ORG')];
  const usual = pool.length === 0;
  if (usual) pool = [...earlier.map(asCandidate), ...named(scene, at, 'PERSON')];
  // The subject of an earlier sentence, or an earlier speaker, before a name in an object's place.
  const fitting = pool.filter((c) => agrees(scene, c.ref, gender));
  const best = latest(fitting.filter((c) => c.opens)) ?? latest(fitting);
  // "Ruiz said her son had been “gutted”. “…,” she said": the speaker of the quotation before, in
  // the same paragraph, unless someone new has since opened a sentence or spoken.
  if (usual && previous && pronoun !== 'it' && agrees(scene, previous, gender)) {
    if (!best || best.pos <= previous.at || !best.opens) return { ...previous, at: refAt };
  }
  // "The line came from Ana Ruiz, a nurse at the camp. She told …": the one person the sentence
  // just before names, even as an object, is who the next sentence goes on about.
  const lone = usual && pronoun !== 'it' ? loneInPreviousSentence(scene, at) : null;
  if (lone && (!best || best.pos < lone.start) && agrees(scene, lone.ref, gender))
    return { ...lone.ref, at: refAt };
  return best ? { ...best.ref, at: refAt } : null;
}

/**
 * The only person named (outside quotation marks) in the sentence before the one at `at`, which
 * may end the paragraph before; null when it names none or several.
 */
function loneInPreviousSentence(scene: Scene, at: number): { ref: SpeakerRef; start: number } | null {
  const here = sentenceStartBefore(scene, at);
  if (here <= 0) return null;
  let end = here - 1;
  while (end > 0 && /\s/.test(scene.text[end])) end--;
  const before = sentenceStartBefore(scene, end);
  const people = scene.mentions.filter(
    (m) =>
      m.type === 'PERSON' &&
      (standingOf(scene, m).free || isSourceObject(scene.text, m)) &&
      m.start >= before &&
      m.end <= here &&
      !standingOf(scene, m).quoted &&
      !isByline(scene.text, m),
  );
  const surnames = new Set(people.map((m) => m.text.trim().split(/\s+/).pop()));
  if (people.length === 0 || surnames.size > 1) return null;
  const m = people[0];
  return { ref: { span: { start: m.start, end: m.end }, label: null, at: m.end }, start: before };
}

/**
 * A name after a preposition that does not place it ("a quote from X", "an interview with X",
 * "the case turned on X"): a misread place after "outside" or "in" is no one to go on about.
 */
function isSourceObject(text: string, m: Mention): boolean {
  return /\b(?:from|by|with|on|about|for|against)\s+$/i.test(
    text.slice(Math.max(0, (m.titleStart ?? m.start) - 9), m.titleStart ?? m.start),
  );
}

/** Where the sentence holding `at` starts: after a sentence end or a blank line, a quotation counting as words. */
function sentenceStartBefore(scene: Scene, at: number): number {
  const { text, quoted } = scene;
  for (let i = at - 1; i >= 0; i--) {
    const q = quoted.find((x) => x.start <= i && i <= x.end);
    if (q) {
      i = q.start;
      continue;
    }
    if (isSentenceEnd(text, i)) return i + 1;
    if (text[i] === '\n' && /\n[ \t\r]*$/.test(text.slice(Math.max(0, i - 8), i))) return i + 1;
  }
  return 0;
}

function asCandidate(h: SpeakerRef): Candidate {
  return { ref: h, pos: h.at, opens: true };
}

function isType(scene: Scene, h: SpeakerRef, type: Mention['type']): boolean {
  const sp = h.span;
  return !!sp && scene.mentions.some((m) => m.start === sp.start && m.end === sp.end && m.type === type);
}

/** Mentions of a type before `at` that can be a clause's subject. */
function named(scene: Scene, at: number, type: Mention['type']): Candidate[] {
  const out: Candidate[] = [];
  for (const m of scene.mentions) {
    if (m.type !== type || m.end > at) continue;
    const standing = standingOf(scene, m);
    if (!standing.free) continue;
    const ref = { span: { start: m.start, end: m.end }, label: null, at: m.end };
    out.push({ ref, pos: m.end, opens: standing.opens });
  }
  return out;
}

function standingOf(scene: Scene, m: Mention): { free: boolean; opens: boolean; quoted: boolean } {
  let s = scene.standing.get(m);
  if (!s) {
    const quoted = scene.quoted.some((q) => q.start <= m.start && m.end <= q.end);
    const free = !quoted && !isGoverned(scene.text, m) && !isByline(scene.text, m);
    s = { free, opens: free && opensSentence(scene, m), quoted };
    scene.standing.set(m, s);
  }
  return s;
}

/** A name on a line of its own (a live page's byline above an entry), not part of the story. */
function isByline(text: string, m: Mention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lineEnd = text.indexOf('\n', m.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return !/[\p{L}\p{N}]/u.test(line.slice(0, m.start - lineStart) + line.slice(m.end - lineStart));
}

/**
 * Whether a name is the first person its sentence names, early in it ("In Leeds, Dr Ana Ruiz …",
 * "Among them is Ana Ruiz"): the subject, not an object further on ("… met Ana Ruiz").
 */
function opensSentence(scene: Scene, m: Mention): boolean {
  const { text } = scene;
  const at = m.titleStart ?? m.start;
  let i = at - 1;
  while (i >= Math.max(0, at - 120) && !isSentenceEnd(text, i) && !/[“”"]/.test(text[i])) {
    if (text[i] === '\n' && text[i - 1] === '\n') break;
    i--;
  }
  const lead = wordsIn(text, { start: i + 1, end: at });
  if (lead.length > 8 || lead.some((w) => SAY_VERBS.has(w.lower) || TELL_VERBS.has(w.lower))) return false;
  return !scene.mentions.some((x) => x.type === 'PERSON' && x.start > i && x.start < m.start);
}

function agrees(scene: Scene, ref: SpeakerRef, gender: Gender | null): boolean {
  if (!gender) return true;
  if (!ref.span && !isPersonLabel(ref.label ?? '')) return false; // "she" is not "the decision"
  if (ref.span && !isType(scene, ref, 'PERSON')) return false; // nor a company, a place or a language
  const g = ref.span ? scene.genders.of(ref.span) : genderOfLabel(ref.label ?? '');
  return !g || g === gender;
}

/**
 * Whether a label can stand for a person: a name the extractor missed, an indefinite description
 * ("a nurse at the tent"), or a definite one whose head is a role ("the spokeswoman") — not "the
 * decision" or "the report".
 */
function isPersonLabel(label: string): boolean {
  const ws = label.split(/\s+/).filter(Boolean);
  if (!/^(?:the|this|that)$/i.test(ws[0] ?? '')) return true;
  const stop = ws.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  const head = (stop > 0 ? ws[stop - 1] : ws[ws.length - 1]).toLowerCase();
  return ROLE_NOUN.test(head) || LOWER_ROLES.has(head) || ROLE_HEADS.has(head) || !!genderOfWord(head);
}

function latest(pool: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of pool) if (!best || c.pos > best.pos) best = c;
  return best;
}

/**
 * "the official", "the health secretary", "Health Secretary": the nearest earlier speaker
 * described so, or person who holds that role in the article (as a title, or in apposition); a
 * holder whose role has the description's other words too ("health") comes first. A bare title
 * as headlines write it may name its holder before the article does; otherwise the description
 * stays a label.
 */
export function description(scene: Scene, phrase: SpeakerPhrase): SpeakerRef {
  const words = stemsOf(phrase.text).filter((w) => !/^(?:the|this|that|a|an|its|his|her|their)$/.test(w));
  const head = words[words.length - 1];
  const body = words.length <= 3 ? organisation(scene, phrase, head) : null;
  if (body) return { span: { start: body.start, end: body.end }, label: null, at: phrase.at };
  const ordinal = ORDINALS.find(([re]) => re.test(phrase.text))?.[1] ?? null;
  const pool: Candidate[] = [];
  for (const h of scene.history) {
    if (!h.label || h.at > phrase.start || !stemsOf(h.label).includes(head)) continue;
    const hOrdinal = ORDINALS.find(([re]) => re.test(h.label as string))?.[1] ?? null;
    if (hOrdinal === ordinal) pool.push(asCandidate(h));
  }
  const holders: { m: Mention; role: string[] }[] = [];
  for (const m of ordinal ? [] : scene.mentions) {
    const role = m.type === 'PERSON' ? roleOf(scene.text, m, head) : null;
    if (role !== null) holders.push({ m, role: stemsOf(role) });
  }
  const exact = holders.filter((h) => words.every((w) => h.role.includes(w)));
  const fitting = (exact.length ? exact : holders).map((h) => h.m);
  for (const m of fitting) {
    const ref = { span: { start: m.start, end: m.end }, label: null, at: m.end };
    if (m.end <= phrase.start) pool.push({ ref, pos: m.end, opens: true });
  }
  const best = latest(pool);
  if (best) return { ...best.ref, at: phrase.at };
  const ahead = /^the\s/i.test(phrase.text) ? undefined : fitting.find((m) => m.start > phrase.end);
  if (ahead) return { span: { start: ahead.start, end: ahead.end }, label: null, at: phrase.at };
  if (isEpithet(scene.text, phrase)) {
    const g = genderOfLabel(phrase.text);
    const found = antecedent(
      scene,
      phrase.start,
      g === 'f' ? 'she' : g === 'm' ? 'he' : 'someone',
      null,
      phrase.at,
    );
    if (found) return found;
  }
  return { span: null, label: phrase.text, at: phrase.at };
}

/** Nouns a story uses for a business it has named: "the company said" is that business speaking. */
const BUSINESS =
  /^(?:company|firm|group|operator|carrier|airline|lender|bank|insurer|maker|manufacturer|retailer|miner|developer|producer|utility|conglomerate|business|corporation|startup|club)$/;

/** Last words of organisations that are not businesses: "the company" never means a ministry or a court. */
const PUBLIC_BODY =
  /^(?:ministry|department|agency|administration|office|council|committee|commission|institute|university|college|school|police|army|navy|force|forces|guard|court|congress|senate|parliament|assembly|union|party|government|authority|bureau|service|cabinet|times|post|news|journal|press|tribune|herald|gazette|wire|monitor|reuters)$/;

/** How far back (characters, a few paragraphs) "the company" still means a business named before. */
const RECENT = 700;

/**
 * The organisation a description of one refers back to, the nearest named before it outside
 * quotation marks: one whose name has the description's noun ("the ministry" → "Ministry of
 * Health"), else for a business noun ("the company", "the firm") the nearest business named.
 */
function organisation(scene: Scene, phrase: SpeakerPhrase, head: string | undefined): Mention | null {
  if (!head || ROLE_NOUN.test(head) || LOWER_ROLES.has(head) || ROLE_HEADS.has(head)) return null;
  const last = (phrase.text.trim().split(/\s+/).pop() ?? '').toLowerCase();
  if (stem(last) !== last) return null; // "the companies": several, not one that spoke
  const before = scene.mentions.filter(
    (m) => m.type === 'ORG' && m.end <= phrase.start && !standingOf(scene, m).quoted,
  );
  const named = (m: Mention) => stemsOf(m.text).includes(head);
  const found = latestMention(before.filter(named));
  if (found || !BUSINESS.test(head)) return found;
  // A business the story is still on: named in the last few paragraphs, not a ministry or a court.
  const near = before.filter((m) => phrase.start - m.end <= RECENT);
  return latestMention(near.filter((m) => !stemsOf(m.text).some((w) => PUBLIC_BODY.test(w))));
}

function latestMention(ms: readonly Mention[]): Mention | null {
  return ms.reduce<Mention | null>((b, m) => (!b || m.end > b.end ? m : b), null);
}

/**
 * A description that only refers back to someone already named, the way copy avoids repeating a
 * name: "the 52-year-old", or a person-noun no role list knows, shown to be a person by the
 * relative clause after it ("declared the governant, who was speaking to journalists"). Known
 * roles ("the spokesman") may be someone unnamed and stay descriptions.
 */
function isEpithet(text: string, phrase: SpeakerPhrase): boolean {
  if (!/^the\s/i.test(phrase.text)) return false;
  if (/\b\d+-year-old$/.test(phrase.text)) return true;
  const head = (phrase.text.split(/\s+/).pop() ?? '').toLowerCase();
  if (ROLE_NOUN.test(head) || LOWER_ROLES.has(head) || ROLE_HEADS.has(head)) return false;
  const after = text.slice(phrase.end, phrase.end + 80);
  // "the contact, who declined to be named": an unnamed source, not someone named before.
  if (UNNAMED.test(after)) return false;
  return /^\s*,\s*who\b/.test(after);
}

const UNNAMED =
  /^\s*,\s*who\s+(?:declined|refused|asked|requested|spoke|was\s+not|is\s+not|could\s+not|did\s+not|would\s+not)\b[^.]*?\b(?:named|identified|anonymity|authori[sz]ed|quoted)\b/i;

/** The role the article gives a person, when it has the noun `head`: a title, or in apposition. */
function roleOf(text: string, m: Mention, head: string): string | null {
  if (m.title && stemsOf(m.title).includes(head)) return m.title;
  const after = /^\s*,\s*(?:\d+\s*,\s*)?([^,.;:!?“”"()]{1,80})/.exec(text.slice(m.end, m.end + 100));
  if (after && stemsOf(withoutPossessives(after[1])).includes(head)) return after[1];
  return titleBefore(text, m, head);
}

/**
 * The role standing just before the name: "Minister of Trade Ana Ruiz", "the group's director,
 * hydrologist Ana Ruiz"; not "the minister met Ana Ruiz".
 */
function titleBefore(text: string, m: Mention, head: string): string | null {
  const at = m.titleStart ?? m.start;
  const window = text.slice(Math.max(0, at - 70), at);
  const cut = Math.max(...['.', '!', '?', '“', '”', '"', '\n\n'].map((c) => window.lastIndexOf(c)));
  const between = window.slice(cut + 1);
  const words = [...between.matchAll(/[\p{L}-]+(?:['’]s?(?![\p{L}]))?/gu)];
  // "the mayor's chief of staff, Ted Ortiz": a possessive names whom the role serves, not the role.
  const i = words.map((w) => (/['’]/.test(w[0]) ? '' : stem(w[0].toLowerCase()))).lastIndexOf(head);
  if (i < 0) return null;
  const rest = between.slice((words[i].index ?? 0) + words[i][0].length);
  const after = words.slice(i + 1).map((w) => w[0]);
  const ok = /^\s*,/.test(rest)
    ? after.length <= 3 // in apposition: "the director, hydrologist Ana Ruiz"
    : /,\s*$/.test(rest) && PLACED.test(after[0] ?? '')
      ? after.length <= 6 && after.slice(1).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and)$/.test(w))
      : after.length <= 4 &&
        after.every((w, k) => /^\p{Lu}/u.test(w) || (/^(?:of|for|and)$/.test(w) && k < after.length - 1));
  return ok ? between : null;
}

/** "the police superintendent in Northvale, Alan Pryce": a role placed somewhere, then the name. */
const PLACED = /^(?:in|at|for|of|from)$/;

/** The words of an apposition without its possessives: "an adviser in the governor's office" is no governor. */
function withoutPossessives(s: string): string {
  return s.replace(/[\p{L}-]+['’]s?(?![\p{L}])/gu, ' ');
}

function stemsOf(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter(Boolean)
    .flatMap((w) => ROLE_ABBREVIATIONS[w]?.split(' ') ?? [w])
    .map(stem);
}

/** Titles written as initials, so that "the chief executive" finds "CEO Ana Ruiz". */
const ROLE_ABBREVIATIONS: Record<string, string> = {
  ceo: 'chief executive',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
  cm: 'chief minister',
  pm: 'prime minister',
  dg: 'director general',
  md: 'managing director',
  // Titles abbreviated before a name ("Gov. Ana Ruiz"), so that "the governor" finds their holder.
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  supt: 'superintendent',
  insp: 'inspector',
  det: 'detective',
  sgt: 'sergeant',
  atty: 'attorney',
  amb: 'ambassador',
  pres: 'president',
  prof: 'professor',
  cmdr: 'commander',
  gen: 'general',
};

/** A role noun without its number or sex: spokesman, spokeswoman and spokespeople meet at "spokes". */
function stem(w: string): string {
  const compound =
    /^(spokes|chair|congress|council|business|assembly)(?:m[ae]n|wom[ae]n|person|people)$/.exec(w);
  if (compound) return compound[1];
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/[^s]s$/.test(w) && w.length > 4) return w.slice(0, -1);
  return w;
}
