/** Word lists shared by the figure extractor and comparator. Generic English, nothing story-specific. */

export const UNIT_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALE_WORDS: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // South Asian numbering: a lakh is a hundred thousand, a crore ten million ("Rs 5 lakh", "1.2 lakh people").
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

/** Abbreviated scales written after a numeral ("3bn", "€5m"). */
export const SCALE_ABBREVS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
  trln: 1e12,
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  hundredth: 100,
};

export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** UTC offsets in minutes of common time-zone abbreviations. */
export const ZONES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  IST: 330,
  JST: 540,
  AEST: 600,
  AEDT: 660,
  EDT: -240,
  EST: -300,
  CDT: -300,
  CST: -360,
  MDT: -360,
  MST: -420,
  PDT: -420,
  PST: -480,
};

/** Function words and reporting verbs that say nothing about what a figure measures. */
export const STOP_WORDS = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without within into onto upon about above ' +
    'over under below between among through during before after since until till than then as per via ' +
    "this that these those it its it’s it's they them their theirs he him his she her hers we us our you your i me my " +
    'who whom whose which what when where why how there here not no yes all any each every some such ' +
    'is are was were be been being am has have had having do does did doing will would shall should can could ' +
    'may might must also only just even still already more most less least much many few nearly almost around ' +
    'roughly approximately some up down out off again further once very too own same other another both either ' +
    'neither whether if while though although because however said says say saying told tells tell stated ' +
    'added adds according reported reports reporting announced think thinks look looks come comes ' +
    'came get gets got go goes went make makes made take takes took see seen well now like one ones last next ' +
    'year years total estimated estimate least close upwards excess mr mrs ms dr'
  ).split(' '),
);

/** Words too generic to identify what is counted. */
export const GENERIC_NOUNS = new Set([
  'time',
  'times',
  'way',
  'ways',
  'thing',
  'things',
  'part',
  'parts',
  'lot',
]);

/** Words saying a figure is one of several values over time ("rose to", "up from"): not a claim to compare. */
export const CHANGE =
  /\b(?:rose|rise[ns]?|rising|fell|fall(?:s|en|ing)?|(?:in|de)creas(?:e[ds]?|ing)|gr[eo]wn?|growing|dropp(?:ed|ing)|climb(?:ed|ing)|jump(?:ed|ing)|declin(?:e[ds]?|ing)|doubl(?:ed|ing)|tripl(?:ed|ing)|halved|up from|down from|compared (?:with|to)|previous(?:ly)?|prior|revised|earlier estimate|from \S*\d\S* to)\b/i;
