import type { LensConfig } from '../config';
import type { ArticleAnalysis, Entity, EntityType, Mention } from '../model';
import { fold } from '../extract/tokens';
import { similarity } from '../text/similarity';
import { GPE_ACRONYMS, NAME_CONNECTORS, countryName, gazetteerType } from '../extract/lexicon';
import { reassignSingles, retypeProducts } from './singles';

/** One mention with its place in the story and its normalised words. */
export interface Node {
  article: number;
  index: number;
  mention: Mention;
  /** Folded words without initials, nickname or periods: the key of the spelling. */
  words: string[];
}

/** Mentions grouped into one real-world entity. */
export interface Cluster {
  nodes: Node[];
  type: EntityType;
}

/** Normalised words of a name: accents folded, nickname, initials and periods removed. */
export function nameWords(text: string, type: EntityType): string[] {
  const cleaned = fold(text.replace(/&amp;/g, '&').replace(/[“"‘][^”"’]{1,40}[”"’]/g, ' ')).replace(
    /['’]s$/,
    '',
  );
  let words = cleaned
    .split(/[\s\u00a0]+/)
    .map((w) => w.replace(/\./g, ''))
    .filter(Boolean);
  if (type === 'PERSON') {
    // "Marcelo E Brad": a letter without a period before the surname is part of a split surname.
    if (words.length >= 3 && words[words.length - 2].length === 1 && !/\p{L}\.\s*\S+\s*$/u.test(text)) {
      words = [...words.slice(0, -2), words.slice(-2).join('')];
    }
    const noInitials = words.filter((w) => w.length > 1);
    if (noInitials.length) words = noInitials;
    words = words.flatMap((w) => w.split('-'));
  }
  return words;
}

/** Links mentions across the articles of a story into entities. */
export function linkEntities(
  articles: readonly ArticleAnalysis[],
  config: LensConfig,
): { articles: ArticleAnalysis[]; entities: Entity[]; clusters: Cluster[] } {
  const nodes: Node[] = [];
  articles.forEach((a, article) =>
    a.mentions.forEach((mention, index) =>
      nodes.push({ article, index, mention, words: nameWords(mention.text, mention.type) }),
    ),
  );
  const distinct = distinctPairs(config);
  const people = clusterPeople(
    nodes.filter((n) => n.mention.type === 'PERSON'),
    distinct,
  );
  const others = clusterOthers(nodes.filter((n) => n.mention.type !== 'PERSON'));
  const clusters = retypeProducts(reassignSingles([...people, ...others]));
  const entities: Entity[] = [];
  const ids = new Set<string>();
  const entityOf = new Map<Node, string>();
  for (const c of clusters) {
    const name = canonicalName(c);
    let id = `${c.type.toLowerCase()}:${slug(name)}`;
    for (let k = 2; ids.has(id); k++) id = `${c.type.toLowerCase()}:${slug(name)}-${k}`;
    ids.add(id);
    const aliases = [...new Set(c.nodes.map((n) => n.mention.text.replace(/\s+/g, ' ')))].filter(
      (a) => a !== name,
    );
    const roles: Record<string, string[]> = {};
    for (const n of c.nodes) {
      if (!n.mention.title) continue;
      const list = (roles[articles[n.article].uri] ??= []);
      if (!list.includes(n.mention.title)) list.push(n.mention.title);
    }
    entities.push({ id, name, type: c.type, aliases, ...(Object.keys(roles).length ? { roles } : {}) });
    for (const n of c.nodes) entityOf.set(n, id);
  }
  // Indexes: a story of many articles has thousands of mentions.
  const nodeAt = new Map<string, Node>(nodes.map((n) => [`${n.article}:${n.index}`, n]));
  const typeOf = new Map<Node, EntityType>();
  for (const c of clusters) for (const n of c.nodes) typeOf.set(n, c.type);
  const linked = articles.map((a, ai) => ({
    ...a,
    mentions: a.mentions.map((m, mi) => {
      const node = nodeAt.get(`${ai}:${mi}`);
      return { ...m, entity: (node && entityOf.get(node)) ?? '', type: (node && typeOf.get(node)) ?? m.type };
    }),
    quotes: a.quotes,
  }));
  for (const a of linked) {
    a.quotes = a.quotes.map((q) => {
      const sp = q.speakerSpan;
      const m = sp ? a.mentions.find((x) => x.start === sp.start && x.end === sp.end) : undefined;
      return { ...q, speaker: m?.entity || q.speaker || null };
    });
  }
  return { articles: linked, entities, clusters };
}

function distinctPairs(config: LensConfig): Set<string> {
  const out = new Set<string>();
  for (const group of config.distinctEntities) {
    const keys = group.map((g) => nameWords(g, 'PERSON').join(' '));
    for (const a of keys) for (const b of keys) if (a !== b) out.add(`${a}|${b}`);
  }
  return out;
}

/** Whether two words are the same name, allowing a spelling slip in longer words. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 4) return false;
  const least = n >= 7 ? 0.7 : 0.75;
  // The length difference alone bounds the edit distance: most pairs end here, cheaply.
  if (Math.abs(a.length - b.length) > (1 - least) * Math.max(a.length, b.length)) return false;
  return similarity(a, b) >= least;
}

function firstNamesCompatible(a: string, b: string): boolean {
  return a === b || sameWord(a, b);
}

/** With the same first name, a surname may be garbled more: "Ebral" / "Ebrard". */
function looselyAlike(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 4 || a[0] !== b[0]) return false;
  if (Math.abs(a.length - b.length) > 0.4 * Math.max(a.length, b.length)) return false;
  return similarity(a, b) >= 0.6;
}

/** Same surname: last words alike, or the surname written as one or two words ("E Brad"/"Ebrard"). */
function surnamesAlike(a: readonly string[], b: readonly string[]): boolean {
  const la = a[a.length - 1];
  const lb = b[b.length - 1];
  if (sameWord(la, lb)) return true;
  const ja = a.slice(-2).join('');
  const jb = b.slice(-2).join('');
  return (
    (a.length > 1 && sameWord(ja, lb)) ||
    (b.length > 1 && sameWord(la, jb)) ||
    (a.length > 1 && b.length > 1 && sameWord(ja, jb) && similarity(ja, jb) >= 0.8)
  );
}

function clusterPeople(nodes: readonly Node[], distinct: ReadonlySet<string>): Cluster[] {
  const full = nodes.filter((n) => n.words.length >= 2);
  const short = nodes.filter((n) => n.words.length < 2);
  const clusters: Cluster[] = [];
  // A story repeats its spellings: each distinct spelling is compared once, against the distinct
  // spellings of each record.
  const spellings = new Map<Cluster, string[][]>();
  const homeOf = new Map<string, Cluster | null>();
  // Longest names first, so that "Andres Manuel Lopez Obrador" founds the cluster "Lopez Obrador" joins.
  for (const n of [...full].sort((a, b) => b.words.length - a.words.length)) {
    const key = n.words.join(' ');
    let home = homeOf.get(key);
    if (home === undefined) {
      home =
        clusters.find((c) =>
          spellings.get(c)!.some((w) => samePerson(w, n.words) && !distinct.has(`${w.join(' ')}|${key}`)),
        ) ?? null;
      if (home) spellings.get(home)!.push(n.words);
    }
    if (home) home.nodes.push(n);
    else {
      home = { nodes: [n], type: 'PERSON' };
      clusters.push(home);
      spellings.set(home, [n.words]);
    }
    homeOf.set(key, home);
  }
  for (const n of short) {
    const home = pickForSurname(
      clusters.filter((c) => !keptApart(n, c, distinct)),
      n,
    );
    if (home) home.nodes.push(n);
    else {
      const same = clusters.find(
        (c) =>
          c.nodes.every((m) => m.words.length === 1) && c.nodes.some((m) => sameWord(m.words[0], n.words[0])),
      );
      if (same) same.nodes.push(n);
      else clusters.push({ nodes: [n], type: 'PERSON' });
    }
  }
  return clusters;
}

/**
 * A lone surname stays out of a person's record when the configuration keeps it apart: the pair names
 * the surname itself, or a full name ending in it, against a name of that record.
 */
function keptApart(n: Node, c: Cluster, distinct: ReadonlySet<string>): boolean {
  const w = n.words[0];
  for (const pair of distinct) {
    const [a, b] = pair.split('|');
    if ((a === w || a.endsWith(` ${w}`)) && c.nodes.some((m) => m.words.join(' ') === b)) return true;
  }
  return false;
}

/** Two multi-word names of the same person: first names compatible and surnames alike, or one a tail of the other. */
function samePerson(a: readonly string[], b: readonly string[]): boolean {
  if (a.join(' ') === b.join(' ')) return true;
  // "Tanaka Hiroshi" / "Hiroshi Tanaka": a Japanese or Hungarian name in its own order and in English order.
  if (a.length === 2 && b.length === 2 && sameWord(a[0], b[1]) && sameWord(a[1], b[0])) return true;
  if (isTail(a, b) || isTail(b, a)) return true;
  if (shortForm(a, b) || shortForm(b, a)) return true;
  // With the very same surname, a first name may be transliterated or slipped more: "Rajeev" / "Rajiv".
  const sameSurname = a[a.length - 1] === b[b.length - 1] && a[a.length - 1].length >= 4;
  if (
    sameSurname &&
    a.length === b.length &&
    looselyAlike(a[0], b[0]) &&
    a[0].slice(0, 2) === b[0].slice(0, 2)
  )
    return true;
  if (!firstNamesCompatible(a[0], b[0])) return false;
  if (surnamesAlike(a.slice(1), b.slice(1))) return true;
  return a[0] === b[0] && a[0].length >= 3 && looselyAlike(a[a.length - 1], b[b.length - 1]);
}

/**
 * A short form of a longer name that keeps its first name and drops middle or second names, as
 * Spanish and Portuguese copy does: "Maria Jose Fuentes" and "Luis Araya" for "María José Fuentes
 * Ortúzar" and "Luis Alberto Araya Tapia". The short name's words appear in order in the long one.
 */
function shortForm(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || long.length <= short.length || long.length > short.length + 2) return false;
  if (short[0] !== long[0]) return false;
  let j = 1;
  for (const w of short.slice(1)) {
    while (j < long.length && !sameWord(long[j], w)) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/** "lopez obrador" is a tail of "andres manuel lopez obrador" (allowing slips). */
function isTail(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const tail = long.slice(long.length - short.length);
  // A tail must not begin with the long name's first name (that would be "Ana" of "Ana Reyes").
  return tail.every((w, i) => sameWord(w, short[i])) && short.length >= 2;
}

function pickForSurname(clusters: readonly Cluster[], n: Node): Cluster | undefined {
  const w = n.words[0];
  const matches = clusters.filter((c) =>
    c.nodes.some(
      (m) =>
        m.words.length >= 2 &&
        (sameWord(m.words[m.words.length - 1], w) || sameWord(m.words.slice(-2).join(''), w)),
    ),
  );
  // "Montes" for "Valeria Montes Ocampo": Spanish and Portuguese short forms keep the first surname.
  if (!matches.length) {
    const first = clusters.filter((c) =>
      c.nodes.some((m) => m.words.length >= 3 && m.words[m.words.length - 2] === w && w.length >= 4),
    );
    if (first.length === 1) return first[0];
    return byFirstName(clusters, n);
  }
  if (matches.length <= 1) return matches[0];
  // Several people share the surname: the one this article introduced most recently before the mention.
  let best: Cluster | undefined;
  let bestStart = -1;
  for (const c of matches) {
    for (const m of c.nodes) {
      if (m.article === n.article && m.mention.start < n.mention.start && m.mention.start > bestStart) {
        best = c;
        bestStart = m.mention.start;
      }
    }
  }
  return best;
}

/**
 * A lone first name ("— Dana" signing off, "Max" for Maximilian, "Kim" for Kim Jae-won where the
 * family name comes first) belongs to the one person of its own article whose name begins with it.
 */
function byFirstName(clusters: readonly Cluster[], n: Node): Cluster | undefined {
  const w = n.words[0];
  if (w.length < 3) return undefined;
  const begins = (first: string) => sameWord(first, w) || (first.startsWith(w) && first.length > w.length);
  const found = clusters.filter((c) =>
    c.nodes.some((m) => m.article === n.article && m.words.length >= 2 && begins(m.words[0])),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** Organisations, places, programmes: same folded name, acronyms, leading country dropped. */
function clusterOthers(nodes: readonly Node[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const n of nodes) {
    const key = otherKey(n);
    const c = byKey.get(key);
    if (c) c.nodes.push(n);
    else byKey.set(key, { nodes: [n], type: n.mention.type });
  }
  const clusters = [...byKey.values()];
  const clusterOf = new Map<Node, Cluster>();
  for (const c of clusters) for (const n of c.nodes) clusterOf.set(n, c);
  // An acronym defined in brackets right after a name is that name's, whatever its letters
  // ("Hanul Telecom (HNT)", "Ministry of Science and ICT (MSIT)", a Portuguese "(INGD)").
  const byStart = new Map<string, Node>();
  for (const n of nodes) byStart.set(`${n.article}:${n.mention.start}`, n);
  for (const n of nodes) {
    if (n.mention.definedBy === undefined) continue;
    const named = byStart.get(`${n.article}:${n.mention.definedBy}`);
    const [from, to] = [clusterOf.get(n), named && clusterOf.get(named)];
    if (!named || !from || !to || from === to || !from.nodes.length) continue;
    if (named.mention.type !== 'ORG' && named.mention.type !== 'LAW' && named.mention.type !== 'EVENT')
      continue;
    for (const x of from.nodes) clusterOf.set(x, to);
    to.nodes.push(...from.nodes);
    from.nodes = [];
  }
  // Acronyms join the cluster whose initials they spell: "US" ↔ "United States".
  for (const c of clusters) {
    if (!c.nodes.length) continue;
    const acr = c.nodes[0].mention.text.replace(/\./g, '');
    if (!/^\p{Lu}{2,6}$/u.test(acr)) continue;
    const target = clusters.find(
      (o) => o !== c && o.nodes.length && initials(o.nodes[0].mention.text) === acr,
    );
    if (target) {
      target.nodes.push(...c.nodes);
      c.nodes = [];
    }
  }
  return clusters.filter((c) => c.nodes.length).map((c) => ({ ...c, type: majorityType(c) }));
}

function otherKey(n: Node): string {
  // "Turkey" and "Türkiye": one country, keyed by its common name.
  // "S.Korea" is "South Korea" written the wire's way.
  const compass: Record<string, string> = { N: 'North', S: 'South', E: 'East', W: 'West' };
  const spelled = n.mention.text
    .replace(/\s+/g, ' ')
    .replace(/^([NSEW])\.\s?(?=\p{Lu})/u, (_m, c: string) => `${compass[c]} `);
  const country =
    n.mention.type === 'GPE'
      ? (countryName(spelled) ?? (spelled !== n.mention.text ? spelled : undefined))
      : undefined;
  if (country) return nameWords(country, 'GPE').join(' ');
  let words = n.words.filter((w) => w !== 'the');
  // "Hunan Jinlin Rare Metals Co" and "Hunan Jinlin Rare Metals" are one company.
  while (
    words.length > 2 &&
    /^(co|corp|corporation|inc|ltd|llc|plc|sa|ag|gmbh|nv|bv|spa|limited)$/.test(words[words.length - 1])
  )
    words = words.slice(0, -1);
  const acr = GPE_ACRONYMS[n.mention.text];
  if (acr) return words.join('').replace(/\./g, '');
  // "US State Department" and "State Department" are one organisation.
  while (words.length > 2 && (gazetteerType(words[0]) || GPE_ACRONYMS[words[0].toUpperCase()]))
    words = words.slice(1);
  return words.join(' ');
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !NAME_CONNECTORS.has(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

function majorityType(c: Cluster): EntityType {
  const counts = new Map<EntityType, number>();
  // The full names decide; an acronym or a lone word was typed by guesswork ("DMA" as an
  // organisation, where its expansion is the "Digital Markets Act").
  const full = c.nodes.filter((n) => n.words.length > 1);
  for (const n of full.length ? full : c.nodes)
    counts.set(n.mention.type, (counts.get(n.mention.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/** The spelling most articles use, preferring full forms; ties go to the most frequent. */
export function canonicalName(c: Cluster): string {
  const maxWords = Math.max(...c.nodes.map((n) => n.words.length));
  // People are named by their full name; organisations and places by the form most sources use.
  const full =
    c.type === 'PERSON'
      ? c.nodes.filter((n) => n.words.length === maxWords || (maxWords > 2 && n.words.length >= 2))
      : c.nodes.filter((n) => n.words.length > 1 || maxWords === 1);
  const byForm = new Map<
    string,
    { articles: Set<number>; count: number; surfaces: Map<string, Set<number>> }
  >();
  for (const n of full) {
    const key = n.words.join(' ');
    const e = byForm.get(key) ?? { articles: new Set(), count: 0, surfaces: new Map() };
    e.articles.add(n.article);
    e.count++;
    const surface = n.mention.text.replace(/\s+/g, ' ');
    e.surfaces.set(surface, (e.surfaces.get(surface) ?? new Set()).add(n.article));
    byForm.set(key, e);
  }
  const best = [...byForm.entries()].sort(
    (a, b) =>
      b[1].articles.size - a[1].articles.size ||
      b[0].split(' ').length - a[0].split(' ').length ||
      b[1].count - a[1].count,
  )[0][1];
  // The surface most articles write; on a tie the plainer one (without an initial).
  return [...best.surfaces.entries()].sort(
    (a, b) => b[1].size - a[1].size || a[0].length - b[0].length,
  )[0][0];
}

function slug(s: string): string {
  return (
    fold(s)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entity'
  );
}
