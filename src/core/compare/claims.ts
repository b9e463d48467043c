import type {
  ArticleAnalysis,
  Claim,
  ClaimConflict,
  ClaimSource,
  Finding,
  FindingKind,
  Figure,
  Mention,
  Span,
} from '../model';
import { stem } from './figures/context';

/** A claim reduced to what decides whether another sentence states the same thing. */
interface ClaimInfo {
  article: number;
  claim: Claim;
  /** Stemmed content words, `e:<id>` for each linked entity and `f:<kind>:<value>` for each precise figure. */
  keys: Set<string>;
  entities: Set<string>;
  persons: Set<string>;
  /** Kinds of the figures in the sentence, dates left out: nearly every news sentence has a day in it. */
  kinds: Set<string>;
}

/** A pair of claims in different articles worth scoring in full. */
interface Candidate {
  a: number;
  b: number;
  /** Conflicting findings relating a span of `a` with a span of `b`, each with the claim that holds it. */
  findings: { id: string; at: number }[];
}

const STOP = new Set(
  (
    'a an the and or but nor of to in on at for with by from as that this these those it its is are was were be been ' +
    'being am have has had do does did will would shall should can could may might must we our ours i me my you your ' +
    'he him his she her they them their there here so if then than also very really just which who whom what when ' +
    'where how all some any about into over up out more most such only both each other own same too let well indeed ' +
    'even still yet again now one ones not no new last next while after before since during under until however ' +
    'said say says saying told tell stated state statement added according reported reporting reporters informed ' +
    'noted explained spokesperson spokesman spokeswoman way time thing things'
  ).split(' '),
);

/** Kinds of finding that mean two sentences disagree on a detail of the same claim. */
const CONFLICTING: ReadonlySet<FindingKind> = new Set(['numeric', 'date', 'role', 'quote_wording']);

/** Two sentences sharing fewer keys than this are never the same claim. */
const MIN_SHARED = 4;
/** Dice coefficient of the keys from which two sentences state the same claim. */
const MIN_DICE = 0.4;
/** Weighted share of the lighter sentence's keys the other must hold, when the two differ much in length. */
const MIN_COVER = 0.6;
/** Dice needed when each sentence names entities and none of them is shared: the wording alone must carry it. */
const MIN_DICE_OTHER_ACTORS = 0.5;
/** Weaker overlap accepted when the sentences share a rare entity and this many words. */
const MIN_DICE_EVENT = 0.22;
const MIN_WORDS_EVENT = 5;
/** A conflicting finding already says the sentences are about one thing: less wording need be shared. */
const MIN_SHARED_CONFLICT = 3;
const MIN_COVER_CONFLICT = 0.3;

/**
 * Annotates every claim with the sentences of the other articles that report the same claim and
 * those that report it with a conflicting detail (a finding relates the two). Pure: returns new
 * articles and claims, the inputs stay untouched.
 */
export function alignClaims(
  articles: readonly ArticleAnalysis[],
  findings: readonly Finding[],
): ArticleAnalysis[] {
  const surnames = personWords(articles);
  const stems = new Map<string, string>();
  const words: Words = {
    person: (word) => surnames.get(word),
    // Twice: "meetings" → "meeting" → "meet".
    stem: (word) => stems.get(word) ?? stems.set(word, stem(stem(word))).get(word) ?? word,
  };
  const infos = articles.flatMap((article, k) => {
    const mentions = itemsByClaim(article.claims, article.mentions);
    const figures = itemsByClaim(article.claims, article.figures);
    return article.claims.map((claim, c) => describeClaim(k, claim, mentions[c], figures[c], words));
  });
  const reported: Best<ClaimSource> = new Map();
  const contradicted: Best<ClaimConflict> = new Map();
  const sourceOf = (i: number): ClaimSource => {
    const { claim, article } = infos[i];
    return { uri: articles[article].uri, start: claim.start, end: claim.end, text: claim.text };
  };
  const postings = indexKeys(infos);
  const cap = rareCap(infos.length);
  const stats: KeyStats = {
    weight: (key) => Math.log(1 + infos.length / (postings.get(key)?.length ?? 1)),
    rare: (key) => (postings.get(key)?.length ?? 0) <= cap,
  };
  for (const c of candidates(articles, infos, postings, findings)) {
    const m = similarity(infos[c.a], infos[c.b], stats);
    if (c.findings.length) {
      if (m.shared < MIN_SHARED_CONFLICT || m.cover < MIN_COVER_CONFLICT) continue;
      // Each side names the finding flagged in its own sentence when there is one.
      const findingOf = (i: number) => (c.findings.find((f) => f.at === i) ?? c.findings[0]).id;
      keepBest(contradicted, infos[c.a].claim, { ...sourceOf(c.b), finding: findingOf(c.a) }, m.dice);
      keepBest(contradicted, infos[c.b].claim, { ...sourceOf(c.a), finding: findingOf(c.b) }, m.dice);
    } else if (sameClaim(infos[c.a], infos[c.b], m)) {
      keepBest(reported, infos[c.a].claim, sourceOf(c.b), m.dice);
      keepBest(reported, infos[c.b].claim, sourceOf(c.a), m.dice);
    }
  }
  const order = new Map(articles.map((article, k) => [article.uri, k]));
  const byArticle = (x: ClaimSource, y: ClaimSource) => (order.get(x.uri) ?? 0) - (order.get(y.uri) ?? 0);
  return articles.map((article) => ({
    ...article,
    claims: article.claims.map((claim) => annotate(claim, reported, contradicted, byArticle)),
  }));
}

/**
 * Capitalised words of the story's person names, mapped to their person ('' when several share the
 * word): an extractor may miss "Blinken" opening a sentence that another source's extractor found.
 */
function personWords(articles: readonly ArticleAnalysis[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const a of articles)
    for (const m of a.mentions) {
      if (m.type !== 'PERSON' || !m.entity) continue;
      for (const w of m.text.match(/\p{Lu}[\p{L}'’]{2,}/gu) ?? []) {
        const key = w.toLowerCase();
        const had = owner.get(key);
        owner.set(key, had === undefined || had === m.entity ? m.entity : '');
      }
    }
  return owner;
}

const WORD = /\p{L}[\p{L}'’]*/gu;
const POSSESSIVE = /['’]s$/;

/** How the words of a sentence become keys, memoised over the story. */
interface Words {
  /** The person a capitalised word names, if it names exactly one. */
  person(word: string): string | undefined;
  stem(word: string): string;
}

/** The items lying inside each claim, by claim index: one binary search per item, not claims × items. */
function itemsByClaim<T extends Span>(claims: readonly Claim[], items: readonly T[]): T[][] {
  const out = claims.map((): T[] => []);
  const order = claims.map((_, k) => k).sort((x, y) => claims[x].start - claims[y].start);
  for (const item of items) {
    let lo = 0;
    let hi = order.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (claims[order[mid]].start <= item.start) {
        found = order[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= 0 && item.end <= claims[found].end) out[found].push(item);
  }
  return out;
}

function describeClaim(
  index: number,
  claim: Claim,
  mentions: readonly Mention[],
  figures: readonly Figure[],
  words: Words,
): ClaimInfo {
  const keys = new Set<string>();
  const entities = new Set<string>();
  const persons = new Set<string>();
  const covered: Span[] = [];
  for (const m of mentions) {
    if (!m.entity) continue;
    entities.add(m.entity);
    if (m.type === 'PERSON') persons.add(m.entity);
    keys.add(`e:${m.entity}`);
    covered.push(m);
    // A title says who someone is, not what the sentence claims: "Foreign Minister" would match every line about them.
    if (m.title && m.titleStart !== undefined)
      covered.push({ start: m.titleStart, end: m.titleStart + m.title.length });
  }
  const kinds = new Set<string>();
  for (const f of figures) {
    if (f.kind !== 'date' && f.kind !== 'time') kinds.add(f.kind);
    if (f.vague || f.value === null) continue;
    keys.add(`f:${f.kind}:${JSON.stringify(f.value)}`);
    covered.push(f);
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(claim.text); m; m = WORD.exec(claim.text)) {
    const at = claim.start + m.index;
    if (covered.some((s) => s.start <= at && at < s.end)) continue;
    const word = m[0].toLowerCase().replace(POSSESSIVE, '');
    if (word.length < 2 || STOP.has(word)) continue;
    const capitalised = m[0][0] !== m[0][0].toLowerCase();
    const person = capitalised ? words.person(word) : undefined;
    if (person) {
      entities.add(person);
      persons.add(person);
      keys.add(`e:${person}`);
    } else keys.add(words.stem(word));
  }
  return { article: index, claim, keys, entities, persons, kinds };
}

/**
 * The pairs worth scoring: claims of different articles that share two rare keys (a key held by
 * many claims, like the country the story is about, says little and would make every pair a
 * candidate), and claims that a conflicting finding relates.
 */
function candidates(
  articles: readonly ArticleAnalysis[],
  infos: readonly ClaimInfo[],
  postings: ReadonlyMap<string, readonly number[]>,
  findings: readonly Finding[],
): Candidate[] {
  const cap = rareCap(infos.length);
  const counts = new Map<number, number>();
  const pairKey = (i: number, j: number) => (i < j ? i * infos.length + j : j * infos.length + i);
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > cap) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++)
        if (infos[list[x]].article !== infos[list[y]].article) {
          const k = pairKey(list[x], list[y]);
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
  }
  const out = new Map<number, Candidate>();
  for (const [k, n] of counts)
    if (n >= 2) out.set(k, { a: Math.floor(k / infos.length), b: k % infos.length, findings: [] });
  for (const [i, j, id] of conflictPairs(articles, infos, findings)) {
    const k = pairKey(i, j);
    const c = out.get(k) ?? { a: Math.min(i, j), b: Math.max(i, j), findings: [] };
    c.findings.push({ id, at: i });
    out.set(k, c);
  }
  return [...out.values()];
}

/** Claims of different articles related by a conflicting finding: [claim holding the finding, claim holding the related span, finding id]. */
function conflictPairs(
  articles: readonly ArticleAnalysis[],
  infos: readonly ClaimInfo[],
  findings: readonly Finding[],
): [number, number, string][] {
  const byUri = new Map<string, number[]>();
  infos.forEach((info, i) => {
    const uri = articles[info.article].uri;
    byUri.set(uri, [...(byUri.get(uri) ?? []), i]);
  });
  const claimAt = (uri: string, span: Span) =>
    (byUri.get(uri) ?? []).find((i) => overlaps(infos[i].claim, span));
  const out: [number, number, string][] = [];
  for (const f of findings) {
    if (!CONFLICTING.has(f.kind)) continue;
    const here = claimAt(f.uri, f);
    if (here === undefined) continue;
    for (const r of f.related) {
      if (r.uri === f.uri) continue;
      // A quotation reworded without a change of meaning (information only) is still the same claim,
      // and a count a later report updated is news, not a contradiction.
      if (f.kind === 'quote_wording' && f.severity === 'info') continue;
      if (f.kind === 'numeric' && f.message.startsWith('Figure updated')) continue;
      const there = claimAt(r.uri, r);
      if (there !== undefined) out.push([here, there, f.id]);
    }
  }
  return out;
}

/** A key held by at most this many claims is rare: it says something about the claims that hold it. */
const rareCap = (claims: number) => Math.max(8, Math.ceil(claims / 8));

/** How much a key tells: its weight (rarer is heavier), and whether it is rare. */
interface KeyStats {
  weight(key: string): number;
  rare(key: string): boolean;
}

/** The claims holding each key, by index. */
function indexKeys(infos: readonly ClaimInfo[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  infos.forEach((info, i) => {
    for (const key of info.keys) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  return postings;
}

interface Similarity {
  /** Number of keys in common. */
  shared: number;
  /** How many of them are words or figures, not entities. */
  words: number;
  /** How many of them are rare entities. */
  rareEntities: number;
  /** Dice coefficient of the keys, each weighted by its rarity in the story. */
  dice: number;
  /** Weight of the shared keys over the weight of the lighter sentence's keys. */
  cover: number;
}

/** Overlap of two claims' keys; rare keys weigh more, since every sentence of a story names its main actors. */
function similarity(a: ClaimInfo, b: ClaimInfo, stats: KeyStats): Similarity {
  let shared = 0;
  let words = 0;
  let rareEntities = 0;
  let common = 0;
  for (const k of a.keys) {
    if (!b.keys.has(k)) continue;
    shared++;
    if (!k.startsWith('e:')) words++;
    else if (stats.rare(k)) rareEntities++;
    common += stats.weight(k);
  }
  const sum = (keys: ReadonlySet<string>) => [...keys].reduce((n, k) => n + stats.weight(k), 0);
  const wa = sum(a.keys);
  const wb = sum(b.keys);
  const total = wa + wb;
  const lighter = Math.min(wa, wb);
  return {
    shared,
    words,
    rareEntities,
    dice: total ? (2 * common) / total : 0,
    cover: lighter ? common / lighter : 0,
  };
}

/** Same wording in the main, the same actors, and figures of the same kinds where both give figures. */
function sameClaim(a: ClaimInfo, b: ClaimInfo, m: Similarity): boolean {
  if (m.shared < MIN_SHARED || m.words < 2) return false;
  // Long sentences that tell the same event with more around it: a rare actor and many words in common.
  const event = m.dice >= MIN_DICE_EVENT && m.rareEntities > 0 && m.words >= MIN_WORDS_EVENT;
  if (m.dice < MIN_DICE && m.cover < MIN_COVER && !event) return false;
  if (a.persons.size && b.persons.size && !intersects(a.persons, b.persons)) return false;
  if (a.kinds.size && b.kinds.size && !intersects(a.kinds, b.kinds)) return false;
  if (a.entities.size && b.entities.size && !intersects(a.entities, b.entities))
    return m.dice >= MIN_DICE_OTHER_ACTORS;
  return true;
}

/** Per claim, per other article, the closest sentence found so far and its score. */
type Best<S> = Map<Claim, Map<string, { source: S; score: number }>>;

function keepBest<S extends ClaimSource>(into: Best<S>, claim: Claim, source: S, score: number): void {
  const perArticle = into.get(claim) ?? new Map<string, { source: S; score: number }>();
  const old = perArticle.get(source.uri);
  if (!old || score > old.score) perArticle.set(source.uri, { source, score });
  into.set(claim, perArticle);
}

function annotate(
  claim: Claim,
  reported: Best<ClaimSource>,
  contradicted: Best<ClaimConflict>,
  order: (x: ClaimSource, y: ClaimSource) => number,
): Claim {
  const r = reported.get(claim);
  const c = contradicted.get(claim);
  if (!r && !c) return claim;
  const out: Claim = { ...claim };
  if (r) out.reportedBy = [...r.values()].map((x) => x.source).sort(order);
  if (c) out.contradictedBy = [...c.values()].map((x) => x.source).sort(order);
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));
