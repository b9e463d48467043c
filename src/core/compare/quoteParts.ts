import type { ArticleAnalysis, Quote } from '../model';
import { isForeignLanguage, wordCount } from './quoteTokens';
import type { SpeakerRelation } from './quoteSpeakers';

/** The utterances of a story's articles: which quotations are parts of one statement. */
export interface Utterances {
  /** The parts of a quotation's utterance, in order (the quotation alone when it stands alone). */
  partsOf(q: Quote): readonly Quote[];
  /** The other parts of a quotation's utterance, nearest first. */
  matesOf(q: Quote): Quote[];
  /** Quotations printed beside their original-language text: translations. */
  readonly withOriginal: ReadonlySet<Quote>;
  /** Articles that print an original beside its translation: they translate their quotations. */
  readonly translating: ReadonlySet<ArticleAnalysis>;
}

/** Longest gap (characters) between the parts of one interrupted quotation: room for "she said". */
const PART_GAP = 200;
/** Longest gap between a translated quotation and its original printed beside it. */
const ORIGINAL_GAP = 400;
/** Fewest words of a part of running speech: "its “final” word" quotes a word, not a statement. */
const CLAUSE_WORDS = 3;

/**
 * Groups each article's quotations into utterances. A quotation continues the one before when
 * only an attribution separates them ("…afford," she said. "My door…"): no other sentence
 * begins between them, both are clauses rather than a word or two quoted inside a sentence,
 * and nothing says the speakers differ. An original-language quotation printed beside an
 * English one ("(In the original: «…»)") is part of its utterance and marks it as a translation.
 */
export function groupUtterances(
  articles: readonly ArticleAnalysis[],
  speakers: (a: Quote, b: Quote) => SpeakerRelation,
): Utterances {
  const parts = new Map<Quote, Quote[]>();
  const withOriginal = new Set<Quote>();
  const translating = new Set<ArticleAnalysis>();
  for (const a of articles) {
    const qs = [...a.quotes].sort((x, y) => x.start - y.start);
    const foreign = qs.map((q) => isForeignLanguage(q.text));
    let current: Quote[] = [];
    qs.forEach((q, i) => {
      const prev = qs[i - 1];
      const gap = prev ? q.start - prev.end : Infinity;
      const compatible = !!prev && speakers(prev, q) !== 'different';
      // The original after its translation, or before it within the same sentence.
      const original =
        compatible &&
        gap <= ORIGINAL_GAP &&
        ((foreign[i] && !foreign[i - 1]) || (!foreign[i] && foreign[i - 1] && !sentenceBetween(a, prev, q)));
      const clauses = !!prev && wordCount(prev.text) >= CLAUSE_WORDS && wordCount(q.text) >= CLAUSE_WORDS;
      const continues = compatible && clauses && gap <= PART_GAP && !sentenceBetween(a, prev, q);
      if (!continues && !original) current = [];
      current.push(q);
      parts.set(q, current);
      if (original) {
        withOriginal.add(foreign[i] ? prev : q);
        translating.add(a);
      }
    });
  }
  const partsOf = (q: Quote) => parts.get(q) ?? [q];
  return {
    partsOf,
    matesOf(q) {
      const all = partsOf(q);
      const at = all.indexOf(q);
      return all
        .map((p, i) => ({ p, d: Math.abs(i - at) }))
        .filter((x) => x.p !== q)
        .sort((x, y) => x.d - y.d)
        .map((x) => x.p);
    },
    withOriginal,
    translating,
  };
}

/** Whether a sentence other than the one `next` opens begins between two quotations. */
function sentenceBetween(a: ArticleAnalysis, prev: Quote, next: Quote): boolean {
  return a.sentences.some((s) => s.start >= prev.end && s.start < next.start - 2);
}
