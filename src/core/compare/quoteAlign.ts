import type { ArticleAnalysis, Quote } from '../model';
import { isMarkedTranslated } from '../extract/quotes/translation';
import type { PairAnalysis } from './quotePair';
import { analyzeQuotePair, flipHunk } from './quotePair';
import type { Utterances } from './quoteParts';
import { groupUtterances } from './quoteParts';
import { SpeakerJudge } from './quoteSpeakers';
import type { SpeakerRelation } from './quoteSpeakers';
import { contentStemsOf, wordCount } from './quoteTokens';

/**
 * How a quotation found its counterpart in another article: compared with it directly; through
 * a version in a third source; or through another part of the same utterance (an interrupted
 * quotation, an original printed beside its translation).
 */
export type MatchWay = 'direct' | 'via' | 'part';

/** The version of a quotation's utterance in another article. */
export interface QuoteMatch {
  /** The other article. */
  article: ArticleAnalysis;
  /**
   * Its quotation: of the parts that render the utterance, the first where the wording differs,
   * else the one this quotation matches best. Hovers list it and findings point at it.
   */
  quote: Quote;
  /** This quotation (a) compared with that version (b): with several parts, with all of them. */
  pair: PairAnalysis;
  way: MatchWay;
  /** Two translations of a statement made in another language: differences are no misquote. */
  translated: boolean;
}

/** The quotations of a story aligned across its articles, one version per quotation and article. */
export interface QuoteAlignment {
  /** Each other article's version of this quotation's utterance, in article order. */
  counterparts(quote: Quote): QuoteMatch[];
  /** Whether two quotations of one article are parts of one utterance (or the same quotation). */
  sameUtterance(a: Quote, b: Quote): boolean;
  /** The parts of a quotation's utterance, in order (the quotation alone when it stands alone). */
  partsOf(q: Quote): readonly Quote[];
}

const AGREEING = new Set(['verbatim', 'trimmed']);

/** Whether a comparison shows the same wording (all of it, or a contiguous part). */
export const agrees = (pair: PairAnalysis): boolean => AGREEING.has(pair.relation);

const cache = new WeakMap<readonly ArticleAnalysis[], QuoteAlignment>();

/**
 * Aligns the quotations of a story (computed once per list of articles): the findings on
 * quotations and the hovers both read this alignment, so they name the same counterparts.
 */
export function alignQuotes(articles: readonly ArticleAnalysis[]): QuoteAlignment {
  let done = cache.get(articles);
  if (!done) {
    done = new Aligner(articles).run();
    cache.set(articles, done);
  }
  return done;
}

/**
 * Whether a comparison is believable given what is known of the two speakers. Quotations of the
 * same (or an unknown) speaker align on shared words or on the same sentence skeleton. Speakers
 * that look different may be a misattribution: the words must then be unmistakably the same
 * (five words with three content words, or seven words, copied; ten words, four fifths shared;
 * twelve words, more than half in the same order).
 */
export function believable(pair: PairAnalysis, speakers: SpeakerRelation): boolean {
  if (pair.relation === 'different') return false;
  if (speakers !== 'different') return true;
  if (pair.basis !== 'words') return pair.words >= 12 && pair.score >= 0.55;
  if (agrees(pair)) return pair.words >= 5 && (pair.content >= 3 || pair.words >= 7) && pair.score >= 0.99;
  return pair.words >= 10 && pair.score >= 0.8;
}

interface Direct {
  quote: Quote;
  pair: PairAnalysis;
}

class Aligner {
  private readonly articleOf = new Map<Quote, ArticleAnalysis>();
  private readonly speakers: SpeakerJudge;
  private readonly utterances: Utterances;
  /** Per quotation, per other article, the believable comparisons with its quotations. */
  private readonly direct = new Map<Quote, Map<ArticleAnalysis, Direct[]>>();
  private readonly best = new Map<Quote, Map<ArticleAnalysis, QuoteMatch>>();
  /** Union-find over quotations compared as versions of one utterance. */
  private readonly root = new Map<Quote, Quote>();
  private translatedRoots: Set<Quote> | undefined;
  private marked: Set<Quote> | undefined;

  constructor(private readonly articles: readonly ArticleAnalysis[]) {
    for (const a of articles) for (const q of a.quotes) this.articleOf.set(q, a);
    this.speakers = new SpeakerJudge(articles);
    this.utterances = groupUtterances(articles, (a, b) => this.speakers.relation(a, b));
  }

  run(): QuoteAlignment {
    const { articles } = this;
    for (let i = 0; i < articles.length; i++)
      for (let j = i + 1; j < articles.length; j++) this.compare(articles[i], articles[j]);
    this.eachPair((q, b) => this.bestDirect(q, b));
    this.renderings();
    this.eachPair((q, b) => this.viaThird(q, b));
    const all = new Map<Quote, QuoteMatch[]>();
    for (const a of articles)
      for (const q of a.quotes)
        all.set(
          q,
          articles.flatMap((b) => {
            const m = b === a ? undefined : (this.best.get(q)?.get(b) ?? this.viaParts(q, b));
            return m ? [{ ...m, translated: this.isTranslated(q, m) }] : [];
          }),
        );
    const { partsOf } = this.utterances;
    return {
      counterparts: (q) => all.get(q) ?? [],
      sameUtterance: (a, b) => a === b || partsOf(a).includes(b),
      partsOf,
    };
  }

  /** Fills in, for every quotation and other article still without a version, the one `find` gives. */
  private eachPair(find: (q: Quote, b: ArticleAnalysis) => QuoteMatch | undefined): void {
    for (const a of this.articles)
      for (const q of a.quotes)
        for (const b of this.articles) {
          if (b === a || this.best.get(q)?.has(b)) continue;
          const m = find(q, b);
          if (!m) continue;
          let per = this.best.get(q);
          if (!per) this.best.set(q, (per = new Map()));
          per.set(b, m);
        }
  }

  private compare(a: ArticleAnalysis, b: ArticleAnalysis): void {
    for (const qa of a.quotes) {
      for (const qb of b.quotes) {
        const pair = analyzeQuotePair(qa.text, qb.text);
        if (!believable(pair, this.speakers.relation(qa, qb))) continue;
        this.addDirect(qa, b, { quote: qb, pair });
        this.addDirect(qb, a, { quote: qa, pair: flip(pair) });
        this.union(qa, qb);
      }
    }
  }

  private addDirect(q: Quote, other: ArticleAnalysis, d: Direct): void {
    let per = this.direct.get(q);
    if (!per) this.direct.set(q, (per = new Map()));
    const list = per.get(other);
    if (list) list.push(d);
    else per.set(other, [d]);
  }

  /**
   * The best version of `q` in `b`: per utterance of `b`, the parts `q` matches, compared with
   * `q` together when there are several (an interrupted quotation quoted whole elsewhere); the
   * utterance covering most of `q` wins.
   */
  private bestDirect(q: Quote, b: ArticleAnalysis): QuoteMatch | undefined {
    const found = this.direct.get(q)?.get(b);
    if (!found?.length) return undefined;
    const byUtterance = new Map<readonly Quote[], Direct[]>();
    for (const f of found) {
      const u = this.utterances.partsOf(f.quote);
      const list = byUtterance.get(u);
      if (list) list.push(f);
      else byUtterance.set(u, [f]);
    }
    let best: QuoteMatch | undefined;
    let bestValue = -1;
    for (const parts of byUtterance.values()) {
      parts.sort((x, y) => x.quote.start - y.quote.start);
      const pair =
        parts.length === 1
          ? parts[0].pair
          : analyzeQuotePair(q.text, parts.map((p) => p.quote.text).join(' '));
      if (pair.relation === 'different') continue;
      const value = pair.score * coverage(q, parts) + (agrees(pair) ? 0.001 : 0);
      if (value <= bestValue) continue;
      bestValue = value;
      const differing = agrees(pair) ? undefined : parts.find((p) => !agrees(p.pair));
      const quote = differing?.quote ?? closest(parts);
      best = { article: b, quote, pair, way: 'direct', translated: false };
    }
    return best;
  }

  /**
   * Two renderings of a statement made in another language, each in its own words ("No one will be
   * left alone" / "We will not abandon anyone"): in two articles, the one utterance of a speaker
   * that neither has matched in the other, when some source says it translated the statement.
   * They must share a content word and be of comparable length. Being translations, their
   * differences are not flagged.
   */
  private renderings(): void {
    const { articles } = this;
    const marked = new Set([...this.articleOf.keys()].filter(isMarkedTranslated).map((o) => this.find(o)));
    const rendered = (q: Quote) =>
      marked.has(this.find(q)) ||
      this.utterances.withOriginal.has(q) ||
      this.utterances.translating.has(this.articleOf.get(q)!);
    const found: [Quote, Quote][] = [];
    for (let i = 0; i < articles.length; i++)
      for (let j = i + 1; j < articles.length; j++)
        for (const qa of articles[i].quotes) {
          const qb = this.soleRendering(qa, articles[j]);
          // Each way the other's best part: the parts of an utterance pair once, the rest through them.
          if (qb && (rendered(qa) || rendered(qb)) && this.soleRendering(qb, articles[i]) === qa)
            found.push([qa, qb]);
        }
    for (const [qa, qb] of found) {
      const pair = renderingPair(qa, qb);
      this.setBest(qa, {
        article: this.articleOf.get(qb)!,
        quote: qb,
        pair,
        way: 'direct',
        translated: true,
      });
      this.setBest(qb, {
        article: this.articleOf.get(qa)!,
        quote: qa,
        pair,
        way: 'direct',
        translated: true,
      });
      this.union(qa, qb);
    }
  }

  /** The part of the one utterance in `b`, by `q`'s speaker, unmatched either way, that could render `q`. */
  private soleRendering(q: Quote, b: ArticleAnalysis): Quote | undefined {
    const a = this.articleOf.get(q)!;
    const matched = (x: Quote, other: ArticleAnalysis) =>
      this.utterances.partsOf(x).some((p) => this.best.get(p)?.has(other));
    if (!q.speaker || wordCount(q.text) < RENDERING_WORDS || matched(q, b)) return undefined;
    const mine = contentStemsOf(q.text);
    const shared = (x: Quote) => [...contentStemsOf(x.text)].filter((w) => mine.has(w)).length;
    const fits = b.quotes.filter(
      (x) =>
        x.speaker === q.speaker &&
        this.speakers.relation(q, x) === 'same' &&
        !matched(x, a) &&
        comparableLength(q, x) &&
        shared(x) > 0,
    );
    if (new Set(fits.map((x) => this.utterances.partsOf(x))).size !== 1) return undefined;
    return fits.reduce((x, y) => (shared(y) > shared(x) ? y : x));
  }

  private setBest(q: Quote, m: QuoteMatch): void {
    let per = this.best.get(q);
    if (!per) this.best.set(q, (per = new Map()));
    per.set(m.article, m);
  }

  /**
   * A version found through a third source: `q` has a version there, and that one has a version
   * in `b`, one of the two being a copy (verbatim or trimmed) so that the chain cannot drift to
   * another utterance. This finds a fragment of a reworded quotation ("wrong on the facts" inside
   * a longer version whose synonyms it no longer shares). A fragment shared by two quotations is
   * a bridge only when it is long enough to be theirs alone.
   */
  private viaThird(q: Quote, b: ArticleAnalysis): QuoteMatch | undefined {
    const a = this.articleOf.get(q);
    let best: QuoteMatch | undefined;
    for (const c of this.articles) {
      if (c === a || c === b) continue;
      const first = this.best.get(q)?.get(c);
      const second = first?.way === 'direct' ? this.best.get(first.quote)?.get(b) : undefined;
      if (!first || !second || second.way !== 'direct') continue;
      if (!agrees(first.pair) && !agrees(second.pair)) continue;
      const shared =
        agrees(first.pair) && agrees(second.pair) && isFragmentOfBoth(first.quote, q, second.quote);
      if (shared && (first.pair.words < 5 || first.pair.content < 3)) continue;
      const score = Math.min(first.pair.score, second.pair.score);
      if (!best || score > best.pair.score)
        best = { ...second, pair: { ...second.pair, score, hunks: [] }, way: 'via' };
    }
    return best;
  }

  /**
   * A version of another part of the same utterance, the nearest part first: of this article's
   * utterance, else of the utterance a third source prints. One- and two-word versions ("final")
   * are no evidence of the whole.
   */
  private viaParts(q: Quote, b: ArticleAnalysis): QuoteMatch | undefined {
    const a = this.articleOf.get(q);
    const starts: Quote[] = [q];
    for (const c of this.articles) {
      const m = c === a || c === b ? undefined : this.best.get(q)?.get(c);
      if (m) starts.push(m.quote);
    }
    for (const start of starts) {
      for (const p of this.utterances.matesOf(start)) {
        const m = this.best.get(p)?.get(b);
        if (m && m.pair.words >= 3) return { ...m, pair: { ...m.pair, hunks: [] }, way: 'part' };
      }
    }
    return undefined;
  }

  /**
   * Two versions are translations when the utterance was printed somewhere beside its
   * original-language text, or some article says it rendered it from another language ("said,
   * speaking in Korean"), or when either article prints such originals (it translates).
   */
  private isTranslated(q: Quote, m: QuoteMatch): boolean {
    const { translating, withOriginal } = this.utterances;
    const a = this.articleOf.get(q);
    if ((a && translating.has(a)) || translating.has(m.article)) return true;
    this.translatedRoots ??= new Set([...withOriginal].map((o) => this.find(o)));
    if (this.translatedRoots.has(this.find(q))) return true;
    return isOwnRendering(m.pair) && this.markedRoots().has(this.find(q));
  }

  /** Utterances some article says it rendered from another language. */
  private markedRoots(): Set<Quote> {
    this.marked ??= new Set([...this.articleOf.keys()].filter(isMarkedTranslated).map((o) => this.find(o)));
    return this.marked;
  }

  private find(q: Quote): Quote {
    let r = q;
    while (this.root.has(r) && this.root.get(r) !== r) r = this.root.get(r)!;
    for (let x = q; x !== r;) {
      const next = this.root.get(x)!;
      this.root.set(x, r);
      x = next;
    }
    return r;
  }

  private union(a: Quote, b: Quote): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.root.set(ra, rb);
  }
}

/** Fewest words of a quotation matched as a rendering by its speaker alone: a statement, not a phrase. */
const RENDERING_WORDS = 5;

/** Whether two renderings are of comparable length: neither twice the other. */
function comparableLength(a: Quote, b: Quote): boolean {
  const [x, y] = [wordCount(a.text), wordCount(b.text)];
  return x <= 2 * y && y <= 2 * x && y >= RENDERING_WORDS;
}

/** The comparison of two renderings: reworded throughout, nothing to point at. */
function renderingPair(a: Quote, b: Quote): PairAnalysis {
  const [sa, sb] = [contentStemsOf(a.text), contentStemsOf(b.text)];
  const common = [...sa].filter((w) => sb.has(w)).length;
  const score = (2 * common) / Math.max(1, sa.size + sb.size);
  const words = Math.min(wordCount(a.text), wordCount(b.text));
  const content = Math.min(sa.size, sb.size);
  return { relation: 'paraphrased', score, hunks: [], basis: 'words', words, content };
}

/** Share of words above which a version copies another's rendering rather than making its own. */
const COPIED = 0.8;

/**
 * Whether two versions of a translated statement look like two renderings of it, each in its own
 * words and sentence shapes, rather than one rendering copied with a word or two changed, or with
 * its skeleton kept and synonyms swapped in: a copy is held to the rendering it copies.
 */
function isOwnRendering(pair: PairAnalysis): boolean {
  return pair.basis === 'words' && pair.score < COPIED;
}

/** Whether `c` is shorter than both `q` and `b`: a fragment the two merely share. */
function isFragmentOfBoth(c: Quote, q: Quote, b: Quote): boolean {
  return c.text.length < q.text.length && c.text.length < b.text.length;
}

/** Share of `q`'s words the matched parts can account for: a fragment covers little of a long quotation. */
function coverage(q: Quote, parts: readonly Direct[]): number {
  const mine = wordCount(q.text);
  const theirs = parts.reduce((n, p) => n + wordCount(p.quote.text), 0);
  return mine === 0 ? 0 : Math.min(1, theirs / mine);
}

/** The part a quotation matches best: a copy first, then the highest score, then the earliest. */
function closest(parts: readonly Direct[]): Quote {
  const value = (p: Direct) => (agrees(p.pair) ? 2 : 0) + p.pair.score;
  return parts.reduce((x, y) => (value(y) > value(x) ? y : x)).quote;
}

function flip(pair: PairAnalysis): PairAnalysis {
  return { ...pair, hunks: pair.hunks.map(flipHunk) };
}
