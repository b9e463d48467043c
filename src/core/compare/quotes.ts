import type { ArticleAnalysis, Finding, Quote, RelatedLocation } from '../model';
import { isAnonymousLabel } from '../extract/quotes/lexicon';
import type { Hunk, PairAnalysis, QuoteRelation } from './quotePair';
import { analyzeQuotePair, contentStemsOf } from './quotePair';

export { analyzeQuotePair, classifyQuotePair } from './quotePair';
export type { Hunk, PairAnalysis, QuoteRelation } from './quotePair';

/** A quotation of one article matched with a version of the same utterance in another. */
interface Match {
  other: ArticleAnalysis;
  quote: Quote;
  pair: PairAnalysis;
}

const RANK: Record<QuoteRelation, number> = {
  verbatim: 4,
  trimmed: 3,
  paraphrased: 2,
  altered: 1,
  different: 0,
};

/**
 * Aligns quotations of the same utterance across articles and flags differing wording: one
 * finding per quotation whose best-matching version in some other article is paraphrased or
 * altered rather than verbatim or trimmed — unless its own wording prevails, being shared by
 * more sources than any differing version (then only the differing versions are flagged).
 */
export function compareQuotes(articles: readonly ArticleAnalysis[]): Finding[] {
  const matches = new Map<Quote, Map<ArticleAnalysis, Match>>();
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) matchArticles(articles[i], articles[j], matches);
  }
  const findings: Finding[] = [];
  for (const article of articles) {
    for (const quote of article.quotes) {
      const mine = [...(matches.get(quote)?.values() ?? [])];
      if (isPrevailing(mine, matches)) continue;
      const finding = flag(article, quote, mine);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

const agrees = (m: Match) => m.pair.relation === 'verbatim' || m.pair.relation === 'trimmed';

/**
 * Whether a quotation's wording is better attested than any competing wording: more sources
 * (itself included) agree with it than agree on any one differing version. Such a quotation is
 * the reference the differing versions are flagged against, and is not flagged itself.
 */
function isPrevailing(
  mine: readonly Match[],
  matches: ReadonlyMap<Quote, Map<ArticleAnalysis, Match>>,
): boolean {
  const support = 1 + mine.filter(agrees).length;
  if (support < 2) return false;
  const differing = mine.filter((m) => !agrees(m));
  const competing = differing.map(
    (d) =>
      1 +
      differing.filter((o) => {
        const m = o !== d ? matches.get(d.quote)?.get(o.other) : undefined;
        return !!m && m.quote === o.quote && agrees(m);
      }).length,
  );
  return support > Math.max(0, ...competing);
}

function matchArticles(
  a: ArticleAnalysis,
  b: ArticleAnalysis,
  matches: Map<Quote, Map<ArticleAnalysis, Match>>,
): void {
  if (a.uri === b.uri) return;
  for (const qa of a.quotes) {
    for (const qb of b.quotes) {
      if (!sameSpeaker(qa, qb) || !mayMatch(qa.text, qb.text)) continue;
      const pair = analyzeQuotePair(qa.text, qb.text);
      if (pair.relation === 'different') continue;
      keepBest(matches, qa, { other: b, quote: qb, pair });
      keepBest(matches, qb, { other: a, quote: qa, pair: { ...pair, hunks: pair.hunks.map(flip) } });
    }
  }
}

/** Cheap test before the word alignment: the two must share content words, or be the same text. */
function mayMatch(a: string, b: string): boolean {
  const ca = contentStemsOf(a);
  const cb = contentStemsOf(b);
  let shared = 0;
  for (const s of ca) if (cb.has(s)) shared++;
  return (
    shared >= Math.min(2, ca.size, cb.size) &&
    (shared > 0 || a.trim().toLowerCase() === b.trim().toLowerCase())
  );
}

function flip(h: Hunk): Hunk {
  return { a: h.b, b: h.a, meaning: h.meaning };
}

/** Per quotation and other article, keeps the closest version (agreeing ones first on a tie). */
function keepBest(matches: Map<Quote, Map<ArticleAnalysis, Match>>, quote: Quote, m: Match): void {
  let perArticle = matches.get(quote);
  if (!perArticle) matches.set(quote, (perArticle = new Map()));
  const old = perArticle.get(m.other);
  const better =
    !old ||
    m.pair.score > old.pair.score ||
    (m.pair.score === old.pair.score && RANK[m.pair.relation] > RANK[old.pair.relation]);
  if (better) perArticle.set(m.other, m);
}

/**
 * Whether two quotations may be by the same speaker: linked entities must agree; a named speaker
 * is never an unnamed one ("a senior official"); two bare names must share a word. Otherwise
 * nothing is known and nothing blocks.
 */
export function sameSpeaker(a: Quote, b: Quote): boolean {
  if (a.speaker && b.speaker) return a.speaker === b.speaker;
  const anonA = isAnonymous(a);
  const anonB = isAnonymous(b);
  if ((anonA && isNamed(b)) || (anonB && isNamed(a))) return false;
  if (
    !a.speaker &&
    !b.speaker &&
    !a.speakerSpan &&
    !b.speakerSpan &&
    a.speakerLabel &&
    b.speakerLabel &&
    !anonA &&
    !anonB
  ) {
    const wa = new Set(nameWords(a.speakerLabel));
    return nameWords(b.speakerLabel).some((w) => wa.has(w));
  }
  return true;
}

function isAnonymous(q: Quote): boolean {
  return !q.speaker && !q.speakerSpan && !!q.speakerLabel && isAnonymousLabel(q.speakerLabel);
}

function isNamed(q: Quote): boolean {
  return !!q.speaker || !!q.speakerSpan || (!!q.speakerLabel && !isAnonymousLabel(q.speakerLabel));
}

function nameWords(label: string): string[] {
  return (label.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase());
}

function flag(article: ArticleAnalysis, quote: Quote, matches: readonly Match[]): Finding | null {
  const differing = matches
    .filter((m) => m.pair.relation === 'paraphrased' || m.pair.relation === 'altered')
    .sort((x, y) => RANK[x.pair.relation] - RANK[y.pair.relation]);
  if (differing.length === 0) return null;
  const altered = differing[0].pair.relation === 'altered';
  const n = differing.length;
  const agreeing = matches.length - n;
  const detail = describe(differing[0].pair);
  const same = agreeing > 0 ? `; same wording in ${agreeing} other source${agreeing === 1 ? '' : 's'}` : '';
  return {
    id: `quote_wording:${article.uri}:${quote.start}`,
    kind: 'quote_wording',
    severity: altered ? 'warning' : 'info',
    message: `Quotation worded differently in ${n} other source${n === 1 ? '' : 's'} (${detail})${same}`,
    uri: article.uri,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    related: differing.map(related),
  };
}

function describe(pair: PairAnalysis): string {
  const hunk = pair.hunks.find((h) => h.meaning === (pair.relation === 'altered')) ?? pair.hunks[0];
  if (!hunk) return pair.relation;
  return `${pair.relation}: ${show(hunk.a)} vs ${show(hunk.b)}`;
}

function show(words: string): string {
  return words ? `"${words}"` : '(nothing)';
}

function related(m: Match): RelatedLocation {
  return {
    uri: m.other.uri,
    start: m.quote.start,
    end: m.quote.end,
    text: m.quote.text,
    message: `Version in this source: ${describe(m.pair)}`,
  };
}
