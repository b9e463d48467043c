/** Word lists shared by the quotation extractor. Lower-case; general English, no story-specific names. */

/** Verbs (and verb forms) that attribute speech to someone. */
export const SAY_VERBS = new Set(
  [
    'say says said saying',
    'stated added adds adding noted noting wrote writes argued argues insisted insists',
    'explained explains declared declares announced announces continued replied responded',
    'warned warns claimed acknowledged acknowledges admitted admits recalled recalls stressed',
    'emphasized emphasised urged observed remarked commented tweeted concluded predicted',
    'suggested cautioned conceded concedes confirmed denied complained vowed promised',
    'exclaimed quipped whispered shouted maintained contended asserted affirmed reiterated',
    'mentioned cited citing',
  ]
    .join(' ')
    .split(' '),
);

/** Verbs whose object is the listener, never the speaker ("told reporters"). */
export const TELL_VERBS = new Set(
  'tell tells told telling informed informs asked asks assured reminded advised'.split(' '),
);

/** Verbs that label a phrase rather than quote anyone: "the so-called", "which he calls". */
export const NAMING_CUES =
  /\b(?:so[- ]called|dubbed|nicknamed|known as|called|calls|calling|call|termed|titled|entitled|named|the (?:term|phrase|word|slogan|motto|label|name)s?|a (?:term|phrase|word|slogan|motto|label|name))(?:\s+(?:a|an|the|it|this|them|him|her))?\W*$/i;

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'him', 'her', 'it']);

/** Words at the start of a subject phrase that are not part of it. */
export const LEADING_FILLER = new Set([
  'however',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'while',
  'although',
  'though',
  'as',
  'then',
  'also',
  'nevertheless',
  'meanwhile',
  'instead',
  'still',
  'later',
  'earlier',
  'that',
  'which',
  'because',
  'when',
]);

/** Determiners that make a description indefinite: such a speaker stays anonymous. */
export const INDEFINITE =
  /^(?:an?|one|two|three|several|some|many|other|another|senior|unnamed|anonymous)\b/i;

/** Plural or collective speakers that never name one person. */
export const COLLECTIVE =
  /^(?:officials|sources|people|experts|analysts|residents|witnesses|police|authorities)\b/i;

/** Words that end a speaker phrase: an apposition, a relative clause, a time or place adjunct. */
export const PHRASE_STOP =
  /\s(?:who|which|that|whose|during|at|in|on|to|on|after|before|while|when|because|from|of|with|for|about|via|(?:last|this|next)\s)\b|[,;:()[\]—–]/i;

/** Head nouns of descriptions that stand for an unnamed person ("a senior official", "the spokesman"). */
export const ROLE_NOUN =
  /^(?:officials?|sources?|aides?|diplomats?|officers?|spokes(?:man|woman|person|people)|persons?|people|advis[eo]rs?|insiders?|analysts?|experts?|lawmakers?|staffers?|employees?|executives?|ministers?|secretary|president|chief|director|negotiators?|investigators?|witness(?:es)?|residents?|members?|leaders?|representatives?|envoys?|ambassadors?|minister|governor|mayor|senator|professor|researchers?|commanders?|man|woman|men|women)$/i;

/** Whether a speaker label is a description of someone unnamed rather than a name. */
export function isAnonymousLabel(label: string): boolean {
  const ws = label.trim().split(/\s+/);
  const head = ws[ws.length - 1] ?? '';
  if (!ROLE_NOUN.test(head)) return false;
  return INDEFINITE.test(label) || COLLECTIVE.test(label) || /^(?:the|this|that|these|those)\b/i.test(label);
}
