import type { ArticleAnalysis, Figure, Span } from '../../model';
import { CHANGE } from '../../extract/figures/lexicon';
import { numericInterval } from './intervals';

/** A figure with what the comparison needs to know about its surroundings. */
export interface FigureInfo {
  article: ArticleAnalysis;
  figure: Figure;
  sentence: Span | null;
  /** Stemmed words of what it measures. */
  about: Set<string>;
  /** "age", "term" or "" for durations stated as an age, an adjectival term, or plainly. */
  frame: string;
  rate: string | null;
  /** Entity ids (or names, before linking) mentioned in the sentence. */
  entities: Set<string>;
  /** The towns, regions and countries among them: a figure about one town is not a figure about another. */
  places: Set<string>;
  /** Years the sentence is about (other date figures in it). */
  years: Set<string>;
  /** Days the sentence names ("on Jan. 21"), or only the day of its tally ("as of Thursday"). */
  days: Set<string>;
  /** Set when `days` is the day a tally is given for. */
  asOf?: boolean;
  /** For counts, the word right after the counted noun ("killed" in "people killed"), stemmed. */
  predicate: string | null;
  /** The date of a dateline ("LISBON, March 10 (XPR) -"): when the article was filed, not when anything happened. */
  dateline?: boolean;
  /** Stemmed content words of its whole sentence. */
  words: Set<string>;
  /** The figure reports a change or a comparison ("rose to", "up from"): it is one of several values over time. */
  change: boolean;
  /**
   * Set on a date derived from an age ("the 12-year-old plant" in a 2025 article: founded in
   * 2012–2013), so an age can meet "opened in 2010"; how the figure reads in messages.
   */
  derived?: string;
}

const SYNONYMS: Record<string, string> = {
  murder: 'kill',
  slain: 'kill',
  dead: 'kill',
  death: 'kill',
  die: 'kill',
  died: 'kill',
  fatality: 'kill',
  fatalitie: 'kill',
  homicide: 'kill',
  provid: 'give',
  provide: 'give',
  given: 'give',
  gave: 'give',
  grant: 'give',
  allocat: 'give',
  invest: 'spend',
  investment: 'spend',
  spent: 'spend',
  pact: 'agreement',
  deal: 'agreement',
  accord: 'agreement',
  treaty: 'agreement',
  wound: 'injur',
  hurt: 'injur',
  detain: 'arrest',
  disappear: 'missing',
  person: 'people',
  // The dead and their families: "heirs of each deceased", "every bereaved family", "household of each victim".
  deceas: 'kill',
  bereav: 'kill',
  heir: 'family',
  household: 'family',
  kin: 'family',
  began: 'start',
  begun: 'start',
  begin: 'start',
  commenc: 'start',
  kick: 'start',
  consignment: 'shipment',
  batch: 'shipment',
  cargo: 'shipment',
  spott: 'detect',
  discover: 'detect',
  notic: 'detect',
  brok: 'collaps',
  broken: 'collaps',
  // Beginnings: an age meets the date a thing began.
  open: 'found',
  establish: 'found',
  launch: 'found',
  inaugurat: 'found',
  creat: 'found',
  born: 'found',
  built: 'found',
};

/** Crude stem, then a few news synonyms, so "murdered" meets "killed" and "pact" meets "agreement". */
const stems = new Map<string, string>();

export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemWord(word);
    // Bounded: a story's vocabulary is small, but an editor session may see many stories.
    if (stems.size > 50_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (SYNONYMS[w]) return SYNONYMS[w];
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // "fine" and "fined" meet at "fin".
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return SYNONYMS[w] ?? w;
}

function sentenceOf(a: ArticleAnalysis, f: Figure): Span | null {
  return a.sentences.find((s) => f.start >= s.start && f.end <= s.end) ?? null;
}

/**
 * The entities a figure is about: those of its sentence, and when the sentence gives several counts
 * or amounts ("Manchester said 2,300, while Leeds said 1,240"), only those nearest to this one.
 */
function entitiesOf(
  a: ArticleAnalysis,
  sentence: Span | null,
  figure: Figure,
  placesOnly = false,
): Set<string> {
  if (!sentence) return new Set();
  const inSentence = (x: Span) => x.start < sentence.end && sentence.start < x.end;
  const siblings = a.figures.filter(
    (f) => inSentence(f) && (f.kind === 'count' || f.kind === 'money' || f.kind === 'percent'),
  );
  const distance = (m: Span, f: Span) => (m.end <= f.start ? f.start - m.end : Math.max(0, m.start - f.end));
  const nearest = (m: Span) =>
    siblings.length < 2 || !siblings.includes(figure)
      ? true
      : siblings.every((o) => o === figure || distance(m, figure) <= distance(m, o));
  const opening = datelineEnd(a, sentence);
  const clause = clauseOf(a, sentence, figure);
  const ids = a.mentions
    // The dateline's town and agency say where the report was filed, not what the figure is about.
    .filter((m) => inSentence(m) && nearest(m) && m.start >= opening)
    // Clauses joined by a semicolon state separate facts: "the court authorised the raids; three were arrested".
    .filter((m) => m.start >= clause.start && m.end <= clause.end)
    // "told Reuters", "told the BBC": the outlet a source spoke to is not what the figure is about.
    .filter((m) => !toldTo(a, sentence, m))
    // Towns, regions and countries: a street or a building does not say which town a figure is about.
    .filter((m) => !placesOnly || m.type === 'GPE')
    .map((m) => m.entity || `m:${m.text.toLowerCase()}`);
  return new Set(ids);
}

/** The clause of a sentence, between semicolons, that holds a figure. */
function clauseOf(a: ArticleAnalysis, sentence: Span, figure: Span): Span {
  const claim = a.claims.find((c) => c.start <= sentence.start && c.end >= sentence.end);
  if (!claim || !claim.text.includes(';')) return sentence;
  const at = figure.start - claim.start;
  const start = claim.text.lastIndexOf(';', at);
  const end = claim.text.indexOf(';', at);
  return { start: claim.start + start + 1, end: end < 0 ? claim.end : claim.start + end };
}

/** The words before the outlet a source spoke to. */
const TOLD = /\b(?:told|telling|tells)\s+(?:the\s+)?$/i;

/** Whether a mention is the outlet a source spoke to ("told Reuters", "told the BBC"). */
function toldTo(a: ArticleAnalysis, sentence: Span, m: Span): boolean {
  const claim = a.claims.find((c) => c.start <= sentence.start && c.end >= sentence.end);
  if (!claim) return false;
  return TOLD.test(claim.text.slice(Math.max(0, m.start - claim.start - 20), m.start - claim.start));
}

/** A wire dateline opening a sentence: "SEOUL, March 5 (XYZ) - ", "LAGOS (XYZ) — ". */
const DATELINE =
  /^\s*[A-Z][A-Z .'-]{2,40},?\s+(?:[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2},\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s+)?(?:\([^()]{1,24}\)\s*)?[-–—]+\s*/;

/** Where the dateline of a sentence ends (its start when it has none). */
function datelineEnd(a: ArticleAnalysis, sentence: Span): number {
  const claim = a.claims.find((c) => c.start <= sentence.start && c.end >= sentence.end);
  const m = claim && DATELINE.exec(claim.text);
  return m ? claim.start + m[0].length : sentence.start;
}

function predicateOf(figure: Figure, words: string[]): string | null {
  if (figure.kind !== 'count' || !figure.unit) return null;
  const head = stem(figure.unit);
  const at = words.findIndex((w) => stem(w) === head);
  // "eight workers remain trapped", "nine miners were killed": a linking verb before the participle.
  const link =
    at >= 0 && /^(remain|remained|remains|were|are|was|is|been|still|now)$/i.test(words[at + 1] ?? '');
  const next = at >= 0 ? words[at + (link ? 2 : 1)] : undefined;
  // Only a participle says what happened to the counted people ("killed", "evacuated"); "residents of
  // this central Ohio city" has none.
  return next && /^(\w+ed|\w+en|dead|missing|hurt|left|lost|held|kept)$/i.test(next) ? stem(next) : null;
}

/** Builds the comparison view of every figure of the story. */
export function describeFigures(articles: readonly ArticleAnalysis[]): FigureInfo[] {
  const out: FigureInfo[] = [];
  for (const article of articles) {
    for (const figure of article.figures) {
      const sentence = sentenceOf(article, figure);
      const words = (figure.about ?? '').split(/\s+/).filter(Boolean);
      const frame = words[1] === 'of' && (words[0] === 'age' || words[0] === 'term') ? words[0] : '';
      const rateAt = words.indexOf('per');
      const rate = rateAt >= 0 ? (words[rateAt + 1] ?? null) : null;
      const content = words.filter(
        (w, k) => w !== 'of' && w !== 'per' && !(rateAt >= 0 && k === rateAt + 1) && !(frame && k === 0),
      );
      const dates = article.figures.filter(
        (g) =>
          g !== figure &&
          !isDateline(article, g) &&
          g.kind === 'date' &&
          sentence &&
          g.start >= sentence.start &&
          g.end <= sentence.end &&
          !adjectivalYear(article, g),
      );
      const values = (gs: Figure[]) =>
        gs
          .flatMap((g) => (Array.isArray(g.value) ? g.value : [g.value]))
          .filter((v): v is string => typeof v === 'string');
      const years = new Set(values(dates).map((v) => v.slice(0, 4)));
      // "As of Thursday, 3,690 cases…": the day a tally is given for, whatever else the sentence dates.
      const asOf = dates.filter((g) => asOfDate(article, g));
      const days = new Set(values(asOf.length ? asOf : dates).filter((v) => v.length === 10));
      const info: FigureInfo = {
        article,
        figure,
        sentence,
        about: new Set(content.map(stem)),
        frame,
        rate,
        entities: entitiesOf(article, sentence, figure),
        places: entitiesOf(article, sentence, figure, true),
        years,
        days,
        predicate: predicateOf(figure, content),
        words: sentenceWords(article, sentence),
        change: CHANGE.test(figure.about ?? '') || words.includes('from-to'),
      };
      if (figure.kind === 'date' && isDateline(article, figure)) info.dateline = true;
      if (figure.kind === 'date' && bornIn(article, figure)) birthOf(info);
      if (asOf.length) info.asOf = true;
      out.push(info);
      const since = frame === 'age' ? beginningOf(info) : null;
      if (since) out.push(since);
    }
  }
  return out;
}

/**
 * The date an age implies ("12-year-old" in an article of March 2025: begun in 2012 or 2013), as
 * a date figure about the same thing's beginning; null without a publication date.
 */
function beginningOf(info: FigureInfo): FigureInfo | null {
  const f = info.figure;
  const published = info.article.published;
  // An age is counted in whole years gone by: "27" in November 2026 was born between November 1998
  // and November 1999, so an exact age allows a year more, not half a year either side.
  const exact = typeof f.value === 'number' && (f.qualifier === 'exact' || f.qualifier === null);
  const span: [number, number] | null = exact
    ? [f.value as number, (f.value as number) + 1]
    : numericInterval(f);
  if (f.kind !== 'duration' || f.unit !== 'years' || !published || !span) return null;
  const year = +published.slice(0, 4) + (published.length >= 7 ? (+published.slice(5, 7) - 1) / 12 : 0.5);
  const first = Math.floor(year - span[1]);
  const last = Math.floor(year - span[0]);
  if (!(first > 0) || last < first) return null;
  const range = first === last ? `${first}` : `${first}–${last}`;
  return {
    ...info,
    figure: { ...f, kind: 'date', value: [String(first), String(last)], unit: null, qualifier: null },
    about: new Set([...info.about, 'found']),
    frame: '',
    derived: `${f.text} (so begun in ${range})`,
  };
}

/** "born in 1962", "Born in Eldoret in 2001", "born on March 3, 1990", "(born 1975)", "b. 1975". */
const BORN = /(?:\bborn(?:\s+(?:in|at|near)\s+[A-Z][^,;.()]{0,40}?)?\s+(?:in|on)?|\(\s*(?:born|b\.))\s*$/i;

/** Whether a date is the year or day someone or something was born. */
function bornIn(article: ArticleAnalysis, figure: Figure): boolean {
  const claim = article.claims.find((c) => c.start <= figure.start && c.end >= figure.end);
  if (!claim) return false;
  const at = figure.start - claim.start;
  return BORN.test(claim.text.slice(Math.max(0, at - 60), at));
}

/**
 * A birth date is the beginning of the person the sentence names: it meets their age given in any
 * source ("Born in 1962, Ana Ruiz…" against "Ruiz, 58,").
 */
function birthOf(info: FigureInfo): void {
  info.about.add('found');
  for (const e of info.entities)
    if (e.startsWith('person:')) for (const w of e.slice(7).split('-')) if (w) info.about.add(stem(w));
}

/** A place in capitals and an optional country or state before the date opens a wire dateline. */
const DATELINE_HEAD = /^\s*[A-Z][A-Z .'-]{2,40},\s+(?:[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2},\s+)?$/;

function isDateline(article: ArticleAnalysis, figure: Figure): boolean {
  const claim = article.claims.find((c) => c.start <= figure.start && c.end >= figure.end);
  return !!claim && DATELINE_HEAD.test(claim.text.slice(0, figure.start - claim.start));
}

const SENTENCE_STOP = new Set(
  'a an and are as at be but by for from had has have he her his in is it its of on or our said says she that the their they this to was we were which who will with would'.split(
    ' ',
  ),
);

function sentenceWords(article: ArticleAnalysis, sentence: Span | null): Set<string> {
  if (!sentence) return new Set();
  // The article keeps the text of its claim sentences, which are the sentences that give figures.
  const text = article.claims.find((c) => c.start <= sentence.start && c.end >= sentence.end)?.text ?? '';
  return new Set(
    (text.toLowerCase().match(/[a-z][a-z'’-]+/g) ?? []).filter((w) => !SENTENCE_STOP.has(w)).map(stem),
  );
}

/** Whether a date is the one a tally is given for: "as of Thursday", "as at 6 p.m. on Monday". */
function asOfDate(article: ArticleAnalysis, g: Figure): boolean {
  const claim = article.claims.find((c) => c.start <= g.start && c.end >= g.end);
  return (
    !!claim &&
    /\bas (?:of|at)\s+(?:\S+\s+){0,3}$/i.test(
      claim.text.slice(Math.max(0, g.start - claim.start - 30), g.start - claim.start),
    )
  );
}

/**
 * A year used as an adjective ("of its 2025 turnover") names the base of a figure, not the time
 * of the fact: it does not set the years a sentence is about.
 */
function adjectivalYear(article: ArticleAnalysis, g: Figure): boolean {
  if (typeof g.value !== 'string' || g.value.length !== 4) return false;
  // Asked once per figure of the sentence: remember the answer.
  const known = adjectival.get(g);
  if (known !== undefined) return known;
  const claim = article.claims.find((c) => c.start <= g.start && c.end >= g.end);
  const answer = !!claim && /^\s+[a-z]/.test(claim.text.slice(g.end - claim.start, g.end - claim.start + 3));
  adjectival.set(g, answer);
  return answer;
}

const adjectival = new WeakMap<Figure, boolean>();
