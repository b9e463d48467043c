import type { Qualifier } from '../../model';

const BEFORE: [RegExp, Exclude<Qualifier, null>][] = [
  [/\b(?:no more than|a maximum of|at most|up to|as many as|as much as|as high as)\s+$/i, 'at most'],
  [/\b(?:less than|fewer than|under|below|just under|just shy of)\s+$/i, 'at most'],
  [/\b(?:at least|no fewer than|no less than|a minimum of)\s+$/i, 'at least'],
  [/\b(?:more than|over|upwards of|in excess of|above|just over|well over|well above)\s+$/i, 'more than'],
  [/\b(?:nearly|almost|close to|just short of|not quite)\s+$/i, 'nearly'],
  [
    /\b(?:about|around|roughly|some|approximately|approx\.|an estimated|estimated|circa|ca\.|c\.|an approximate)\s+$/i,
    'about',
  ],
  // The tilde of newsletters and social copy: "~$9.3M", "~40%".
  [/(?:^|\s|\()~\s?$/, 'about'],
  // "Round 120 officers" opening a sentence: the British "round" for "around" (a round of a
  // contest is numbered after a determiner or a preposition, "in round 3").
  [/^\s*["“‘']?Round\s+$/, 'about'],
];

const AFTER: [RegExp, Exclude<Qualifier, null>][] = [
  [/^(?:\s+or\s+more|\s+and\s+up|\s*-?plus\b|\+)/i, 'at least'],
  [/^\s+or\s+so\b/i, 'about'],
  [/^\s+or\s+(?:less|fewer)\b/i, 'at most'],
];

/** Only these hedges make sense before a date or a clock time. */
const DATE_HEDGES = /\b(?:about|around|circa|roughly|approximately)\s+$/i;

/** Reads the hedge written just before `start` (or right after `end`) in a sentence. */
export function hedgeAt(s: string, start: number, end: number, dateLike: boolean): Qualifier {
  const before = s.slice(Math.max(0, start - 24), start);
  if (dateLike) return DATE_HEDGES.test(before) ? 'about' : null;
  for (const [re, q] of BEFORE) if (re.test(before)) return q;
  const after = s.slice(end, end + 12);
  for (const [re, q] of AFTER) if (re.test(after)) return q;
  return null;
}
