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
    'notes stresses urges observes remarks comments tweets concludes predicts suggests cautions confirms',
    'denies complains vows promises maintains contends asserts affirms reiterates mentions claims replies',
    'responds continues countered counters retorted retorts agreed agrees disagreed objected protested',
    'pleaded lamented laments boasted joked recounted reflected mused explained posted',
    // Translated and re-worded copy: "underlined that", "expressed that".
    'expressed underlined underscored highlighted stressed',
    // Courts and translated copy: "testified", "he guaranteed" (Portuguese "garantiu"), "affirms".
    'testified testifies guaranteed guarantees affirms',
  ]
    .join(' ')
    .split(' '),
);

/** Nouns for what someone said: "Her reply:", "His message to voters:". */
export const SPEECH_NOUN =
  /^(?:words?|lines?|quotes?|message|reply|answer|response|retort|verdict|advice|warning|promise|pledge|vow|plea|appeal|comments?|remarks?|statement|explanation|summary|assessment|conclusion|argument|point|view|take|verdict|instructions?|question|caveat|prediction|forecast|reaction|riposte|rejoinder|position|stance|diagnosis|prognosis)$/;

/** Verbs whose object is the listener, never the speaker ("told reporters"). */
export const TELL_VERBS = new Set(
  'tell tells told telling informed informs asked asks assured reminded advised instructed'.split(' '),
);

/**
 * Verbs that label a phrase rather than quote anyone: "the so-called", "which he calls", "known
 * to everyone in the village as".
 */
export const NAMING_CUES =
  /\b(?:so[- ]called|dubbed|nicknamed|known(?:\s+[\p{L}-]+){0,6}?\s+as|called|calls|calling|call|termed|titled|entitled|named|the (?:term|phrase|word|slogan|motto|label|name)s?|a (?:term|phrase|word|slogan|motto|label|name))(?:\s+(?:a|an|the|it|this|them|him|her))?\W*$/iu;

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

/** Auxiliaries, modals and adverbs of time: a phrase holding one is a clause, not a speaker. */
export const AUXILIARY =
  /^(?:to|will|would|could|should|can|cannot|may|might|must|did|does|do|not|never|has|have|had|is|are|was|were|been|be|also|again|once|later|then)$|n['’]t$/;

/** Forms of "be" and "get" that make the next participle passive ("was told", "were asked"). */
export const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);

/** Prepositions: a name governed by one is an object or adjunct, never a clause's subject. */
export const PREPOSITIONS = new Set(
  (
    'of for at in on from with by to about against outside inside near into onto over under without ' +
    'within behind beside between among amongst toward towards through across around after before ' +
    'during via like including alongside beyond upon throughout'
  ).split(' '),
);

/** Conjunctions that open a subordinate clause: its subject is what follows them. */
export const SUBORDINATORS = new Set('as while when because although though whereas unless if'.split(' '));

/** Relative pronouns: what follows describes the noun before them. */
export const RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'that']);

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
