/**
 * Which way in time a clause points, read from its verbs: a date named without a year or a week
 * ("in July", "on Sunday") is the last one before publication in a past-tense clause and the next
 * one after it in a future one.
 */
export type Tense = 'past' | 'future' | null;

/**
 * Words and phrases that put a clause in the future (or in a plan, which is the same for a date):
 * a forecast is of days to come, and "starting Thursday" names a day ahead.
 */
const FUTURE =
  /^(?:will|would|shall|\w*['’]ll|won['’]t|going|due|scheduled|planned|plans?|aims?|intends?|expects?|expected|upcoming|forthcoming|hopes?|set|forecasts?|predicts?|starting|beginning)$/;
/** Scheduling verbs in the present, which news uses for what is planned: "the court rules on Friday". */
const SCHEDULED =
  /^(?:begins|starts|opens|closes|ends|meets|resumes|returns|expires|runs|convenes|launches|arrives|departs|visits|travels|votes|rules|sits|reopens|takes)$/;
/** Finite past forms that are not made with -ed. */
const PAST_IRREGULAR = new Set(
  (
    'was were had did said told began came went took made met left rose fell grew won lost saw held sent ' +
    'spent paid sold bought brought built struck fought gave got knew led ran shut stood broke spoke wrote ' +
    'chose drove flew froze hid rode rang sang sank swore threw wore woke ago last since previously ' +
    'became felt kept meant found thought heard'
  ).split(' '),
);
/** Words ending in -ed that are not past verbs. */
const NOT_PAST_ED =
  /^(?:need|feed|speed|seed|breed|bed|red|shed|hundred|indeed|proceed|exceed|succeed|based)$/;
/** Auxiliaries that make an -ed word a present or future passive ("is expected", "will be held"). */
const PASSIVE_AUX = /^(?:is|are|be|being|am|\w*['’](?:s|re))$/;
const WORD = /[A-Za-z]+(?:['’][a-z]+)?|['’](?:ll|s|re)\b/g;
/** Where a clause ends, for reading its verbs. */
const CLAUSE_BREAK = /[;:“”"(—]|,\s+(?:and|but|while|whereas|although|though)\b/;

/** "due to" before a determiner or a name is a cause ("due to the floods"), not a plan ("due to open"). */
const CAUSAL_DUE = /^(?:the|a|an|its|their|his|her|this|that|these|those|[A-Z].*)$/;

function markOf(words: string[], k: number): Tense {
  const w = words[k].toLowerCase();
  if (FUTURE.test(w)) {
    // "going" and "set" are plans only before "to" ("going to sign", "set to open"); "set" also
    // before what is scheduled "for" a day ("set sentencing for Jan. 14", "set a hearing for May 3").
    const next = words.slice(k + 1, k + 4).map((x) => x.toLowerCase());
    if (w === 'set' && next[0] !== 'to' && next.includes('for') && next[0] !== 'fire') return 'future';
    if (/^(?:going|set)$/.test(w)) return next[0] === 'to' ? 'future' : null;
    // Reported future ("said the ship would dock on Wednesday"), not a past conditional ("would have").
    if (w === 'would') return next[0] === 'have' || next[0] === "'ve" ? 'past' : 'future';
    if (w === 'due' && words[k + 1]?.toLowerCase() === 'to' && CAUSAL_DUE.test(words[k + 2] ?? ''))
      return null;
    return 'future';
  }
  if (SCHEDULED.test(w) && /^[a-z]/.test(words[k])) return 'future';
  if (PAST_IRREGULAR.has(w)) return 'past';
  // Lower-case only: "United", "Ahmed" are names.
  if (/^[a-z]{3,}ed$/.test(words[k]) && !NOT_PAST_ED.test(w)) {
    const prev = words[k - 1]?.toLowerCase() ?? '';
    return PASSIVE_AUX.test(prev) ? null : 'past';
  }
  return null;
}

function wordsOf(s: string): string[] {
  return s.match(WORD) ?? [];
}

/**
 * The tense of the clause around [start, end): the verb marker nearest before the span, else the
 * first one after it in the same clause; null when the clause has none (present tense, no verb).
 */
export function tenseAt(s: string, start: number, end: number): Tense {
  const before = s.slice(0, start);
  const breakAt = Math.max(-1, ...[...before.matchAll(new RegExp(CLAUSE_BREAK, 'g'))].map((m) => m.index!));
  const left = wordsOf(before.slice(breakAt + 1));
  for (let k = left.length - 1; k >= 0; k--) {
    const mark = markOf(left, k);
    if (mark) return mark;
  }
  // After the span a comma ends the clause too: "Alfie, who turns nine in March, was due…".
  const afterText = s.slice(end);
  const stop = /[,;:“”"(—]/.exec(afterText);
  const right = wordsOf(stop ? afterText.slice(0, stop.index) : afterText).slice(0, 8);
  for (let k = 0; k < right.length; k++) {
    const mark = markOf(right, k);
    if (mark) return mark;
  }
  return null;
}

/** The tense a single word marks ("rose" past, "will" future), null for any other word. */
export function wordTense(word: string): Tense {
  return markOf([word], 0);
}
