import type { ArticleAnalysis, Finding, Quote, RelatedLocation, Severity } from '../model';
import type { ChangeKind, Hunk, PairAnalysis, QuoteRelation } from './quotePair';
import type { QuoteAlignment, QuoteMatch } from './quoteAlign';
import { agrees, alignQuotes } from './quoteAlign';

export { analyzeQuotePair, classifyQuotePair } from './quotePair';
export type { ChangeKind, Hunk, PairAnalysis, QuoteRelation } from './quotePair';
export { alignQuotes } from './quoteAlign';
export type { QuoteAlignment, QuoteMatch } from './quoteAlign';
export { sameSpeaker, speakerRelation } from './quoteSpeakers';

/** How serious each kind of change is, most serious first. */
const CHANGES: ChangeKind[] = ['negation', 'number', 'name', 'word', 'form'];
const SEVERITY: Record<ChangeKind, Severity> = {
  negation: 'error',
  number: 'error',
  name: 'warning',
  word: 'warning',
  form: 'info',
};

/**
 * Aligns quotations of the same utterance across articles and flags differing wording: one
 * finding per quotation whose version in some other article is paraphrased or altered rather
 * than verbatim or trimmed — except against a version its own wording prevails over, being
 * shared by more sources. Two translations of a statement made in another language are not
 * flagged unless a number differs. The counterparts are the ones hovers show
 * ({@link alignQuotes}).
 */
export function compareQuotes(articles: readonly ArticleAnalysis[]): Finding[] {
  const alignment = alignQuotes(articles);
  const findings: Finding[] = [];
  for (const article of articles) {
    for (const quote of article.quotes) {
      const mine = alignment.counterparts(quote).filter((m) => m.way === 'direct');
      const differing = mine.flatMap((d) => {
        if (!differs(d)) return [];
        const open = contested(d, mine, alignment);
        if (!open.length) return [];
        const relation: QuoteRelation = open.some((h) => h.meaning) ? 'altered' : 'paraphrased';
        return [{ ...d, pair: { ...d.pair, relation, hunks: open } }];
      });
      const attested = (m: QuoteMatch) => copiesOf(m.quote, alignment);
      const byWeight = differing.sort((x, y) => attested(y) - attested(x) || rank(x) - rank(y));
      const loose = (m: QuoteMatch) => rewordedThroughout(quote, m, alignment);
      const finding = flag(article, quote, byWeight, mine.filter((m) => agrees(m.pair)).length, loose);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/** Whether a version differs in a way worth flagging: translations only by a number. */
function differs(m: QuoteMatch): boolean {
  if (agrees(m.pair)) return false;
  return !m.translated || m.pair.hunks.some((h) => h.change === 'number');
}

/**
 * Whether a comparison shows change `h`: on each side, a content word in common (the stretches
 * of two comparisons seldom end at the same words), or for function words only, the same words.
 */
const hasHunk = (pair: PairAnalysis | undefined, h: Hunk) =>
  !!pair && pair.hunks.some((g) => sameSide(h, g, 0) && sameSide(h, g, 1));

function sameSide(h: Hunk, g: Hunk, side: 0 | 1): boolean {
  const [ch, cg] = [h.content[side], g.content[side]];
  if (ch.length && cg.length) return ch.some((w) => cg.includes(w));
  const [part, whole] = [h.key[side], g.key[side]];
  return part ? ` ${whole} `.includes(` ${part} `) : !whole;
}

/**
 * The places where a quotation differs from version `d` and its own wording does not prevail.
 * At each place, the sources that have its words there (itself, and any other whose own
 * comparison with `d` shows the same change) are counted against those that have `d`'s words
 * (`d`, and any other that differs from this quotation the same way); its wording prevails
 * where it has more. So a fragment that leaves out the changed words counts for neither side,
 * and a source that rewords elsewhere still counts where it agrees. It prevails everywhere when
 * more copies of it (verbatim or trimmed) differ from `d` wherever it does than sources word
 * it like `d`. The prevailing wording is the reference `d` is flagged against; it is not
 * flagged itself.
 */
function contested(d: QuoteMatch, mine: readonly QuoteMatch[], alignment: QuoteAlignment): Hunk[] {
  const others = mine.filter((m) => m !== d);
  const hunks = d.translated ? d.pair.hunks.filter((h) => h.change === 'number') : d.pair.hunks;
  const versions = new Map(others.map((s) => [s, versionOf(s, d, alignment)]));
  const mineAt = (h: Hunk) => others.filter((s) => hasHunk(versions.get(s), h));
  const theirsAt = (h: Hunk) => others.filter((o) => hasHunk(o.pair, h));
  const copies = others.filter((s) => agrees(s.pair) && hunks.every((h) => hasHunk(versions.get(s), h)));
  const likeD = others.filter((o) => hunks.every((h) => hasHunk(o.pair, h)));
  if (copies.length > likeD.length) return [];
  return hunks.filter((h) => mineAt(h).length <= theirsAt(h).length);
}

/** How source `s` compares with version `d`: its direct comparison with the same utterance. */
function versionOf(s: QuoteMatch, d: QuoteMatch, alignment: QuoteAlignment): PairAnalysis | undefined {
  const v = alignment.counterparts(s.quote).find((m) => m.article === d.article);
  return v && v.way === 'direct' && alignment.sameUtterance(v.quote, d.quote) ? v.pair : undefined;
}

/** How many sources carry a version's wording (itself and its verbatim or trimmed copies). */
function copiesOf(q: Quote, alignment: QuoteAlignment): number {
  return 1 + alignment.counterparts(q).filter((m) => m.way === 'direct' && agrees(m.pair)).length;
}

/**
 * The finding on a quotation, given the versions it differs from, best attested first: the
 * message and the severity say how it differs from the best-attested one.
 */
function flag(
  article: ArticleAnalysis,
  quote: Quote,
  differing: readonly QuoteMatch[],
  agreeing: number,
  loose: (m: QuoteMatch) => boolean,
): Finding | null {
  if (differing.length === 0) return null;
  const worst = differing[0];
  const change = worstChange(worst.pair);
  const n = differing.length;
  const same = agreeing > 0 ? `; same wording in ${agreeing} other source${agreeing === 1 ? '' : 's'}` : '';
  const translated = differing.every((d) => d.translated) ? '; both may be translations of the original' : '';
  return {
    id: `quote_wording:${article.uri}:${quote.start}`,
    kind: 'quote_wording',
    severity: worst.translated || loose(worst) ? 'info' : SEVERITY[change],
    message: `Quotation worded differently in ${n} other source${n === 1 ? '' : 's'} (${describe(worst.pair)})${same}${translated}`,
    uri: article.uri,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    related: differing.map(related),
  };
}

/** Fewest replaced words that make a rewording "throughout" rather than a targeted change. */
const THROUGHOUT = 3;

/**
 * Whether a version rewords the whole statement with other words of the same sense (a synonym
 * "spinner", a loose rendering) rather than changing a word or two: it keeps only the sentence's
 * skeleton, or replaces words in three places or more across the parts of the utterance, and
 * changes no negation, number or name. Such a version is reported as information: not the
 * speaker's words, but probably their sense.
 */
function rewordedThroughout(quote: Quote, m: QuoteMatch, alignment: QuoteAlignment): boolean {
  const serious = (h: Hunk) => h.change === 'negation' || h.change === 'number' || h.change === 'name';
  if (m.pair.hunks.some(serious)) return false;
  if (m.pair.basis === 'skeleton') return true;
  let words = 0;
  for (const part of alignment.partsOf(quote)) {
    const v = part === quote ? m : alignment.counterparts(part).find((x) => x.article === m.article);
    if (v?.way === 'direct') words += v.pair.hunks.filter((h) => h.change === 'word').length;
  }
  return words >= THROUGHOUT;
}

/** Most serious first: by the worst change, then altered before paraphrased. */
function rank(m: QuoteMatch): number {
  return CHANGES.indexOf(worstChange(m.pair)) * 2 + (m.pair.relation === 'altered' ? 0 : 1);
}

function worstChange(pair: PairAnalysis): ChangeKind {
  return CHANGES.find((c) => pair.hunks.some((h) => h.change === c)) ?? 'form';
}

function describe(pair: PairAnalysis): string {
  const change = worstChange(pair);
  const hunk: Hunk | undefined = pair.hunks.find((h) => h.change === change) ?? pair.hunks[0];
  if (!hunk) return pair.relation;
  return `${pair.relation}: ${show(hunk.a)} vs ${show(hunk.b)}`;
}

function show(words: string): string {
  return words ? `"${words}"` : '(nothing)';
}

function related(m: QuoteMatch): RelatedLocation {
  const q = m.quote;
  return {
    uri: m.article.uri,
    start: q.start,
    end: q.end,
    text: q.text,
    message: `Version in this source: ${describe(m.pair)}`,
  };
}
