import type { EntityType, Mention } from '../model';
import { ORG_HEADS, gazetteerType, isCity, isCommonWord } from './lexicon';
import { fold } from './tokens';
import type { Token } from './tokens';
import { similarity } from '../text/similarity';

// The second pass of entity recognition: words the first pass left open are typed by what the
// article says elsewhere and by the words around them.

/** A single capitalised word the first pass could not type; the second pass decides from the article. */
export interface Pending {
  token: Token;
  before: string;
  after: string;
  /** A run of a headline: a name if the article writes it elsewhere, else its words one by one. */
  run?: Token[];
}

/** Months and weekdays: dates, never names. */
export const CALENDAR =
  /^(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const SPEECH_AFTER =
  /^\s*(said|says|told|added|stated|noted|argued|wrote|explained|insisted|asked|warned|replied)\b/i;
const SPEECH_BEFORE = /\b(said|says|told|added|stated|according to)\s*$/i;
const LEADER_AFTER = /^\s+(administration|government|presidency|era|campaign|cabinet)\b/i;
// "her son Alfie", "colleague Max": a relation word before a lone name makes it a person's.
const KIN_BEFORE =
  /\b(son|daughter|wife|husband|mother|father|brother|sister|mum|mom|dad|grandson|granddaughter|grandmother|grandfather|nephew|niece|cousin|partner|boyfriend|girlfriend|fiancée?|colleague|boy|girl)\s+$/i;
/**
 * A lower-case role right before a lone name ("Basarnas chief Suharyanto", "pilot Andika"): a person
 * known by one name, as many Indonesians, Brazilians and others are.
 */
const ROLE_BEFORE =
  /\b(?:spokes(?:man|woman|person)|chief|director|minister|secretary|head|pilot|co-?pilot|captain|officer|commander|official|analyst|lawyer|governor|mayor|president|chairman|chairwoman|chairperson|inspector|superintendent|engineer|mechanic|farmer|fisherman|survivor|witness|teacher|student|nurse|doctor|midfielder|striker|defender|goalkeeper|coach|singer|rapper|actor|actress)\s+$/;
const EMPLOYER_OF =
  /^\s+(?:chief|spokes(?:man|woman|person)|director|head|officials?|official|chairman|chairwoman|president|executives?|investigators?|rescuers?|staff|workers|engineers|lawyers?)\b/;
const PLACE_BEFORE =
  /\b(?:in|at|from|near|across|into|outside|throughout|to|via|around|(?:district|province|city|town|village|region|municipality|county|island|port|commune|department|prefecture|governorate)s?\s+of)\s*$/i;

export function resolvePending(
  text: string,
  pending: readonly Pending[],
  out: Mention[],
  lower: ReadonlySet<string>,
): void {
  const places = new Set(out.filter((m) => m.type === 'GPE' || m.type === 'LOC').map((m) => fold(m.text)));
  const personWords = new Map<string, boolean>();
  const firstWords = new Map<string, EntityType>();
  const orgHeads = new Set<string>();
  const firstNames: string[] = [];
  // "Tendai" alone after "Cyclone Tendai": the storm, not a person.
  const storms = new Set(
    out
      .filter((m) => m.type === 'EVENT' && /^(cyclone|hurricane|typhoon)\s/i.test(m.text))
      .map((m) => fold(m.text.split(/\s+/).pop()!)),
  );
  for (const m of out) {
    const words = m.text.split(/\s+/).map(fold);
    if (m.type === 'ORG' && words.length > 1) orgHeads.add(words[words.length - 1]);
    if (m.type === 'PERSON') {
      for (const w of words) if (w.length > 1) personWords.set(w.replace(/\.$/, ''), true);
      if (words.length > 1) firstNames.push(words[0]);
    }
    if (words.length > 1 && m.type !== 'PERSON' && m.type !== 'GPE') firstWords.set(words[0], m.type);
  }
  const whole = new Map<string, EntityType>();
  for (const m of out) if (/\s/.test(m.text)) whole.set(fold(m.text.replace(/\s+/g, ' ')), m.type);
  const queue: Pending[] = [];
  for (const p of pending) {
    if (!p.run) {
      queue.push(p);
      continue;
    }
    // The longest stretch from each word that the article names elsewhere, else the word alone.
    const run = p.run;
    for (let i = 0; i < run.length;) {
      let j = run.length;
      let type: EntityType | undefined;
      for (; j > i + 1; j--) {
        type = whole.get(fold(text.slice(run[i].start, run[j - 1].end).replace(/\s+/g, ' ')));
        if (type) break;
      }
      if (type) {
        const [start, end] = [run[i].start, run[j - 1].end];
        out.push({ entity: '', type, text: text.slice(start, end), start, end });
        i = j;
      } else queue.push({ token: run[i++], before: '', after: '' });
    }
  }
  // "National Geology and Mining Service (Sernageomin)": a single name in brackets right after an
  // organisation's is its short name, here and wherever the article uses it alone.
  const orgEnds = new Set(out.filter((m) => m.type === 'ORG' && /\s/.test(m.text)).map((m) => m.end));
  const shortNames = new Set(
    queue
      .filter((p) => {
        const open = /\s*\(\s*$/.exec(p.before);
        return !!open && orgEnds.has(p.token.start - open[0].length) && text[p.token.end] === ')';
      })
      .map((p) => fold(p.token.text)),
  );
  const firms = new Set<string>();
  const undecided: Pending[] = [];
  for (const p of queue) {
    const key = fold(p.token.text);
    if (CALENDAR.test(key)) continue;
    let type: EntityType | undefined;
    // "the Obama administration", "the Lula government": a leader's name, whatever else it may be.
    if (LEADER_AFTER.test(p.after) && /\bthe\s+$/i.test(p.before)) type = 'PERSON';
    else if (storms.has(key)) type = 'EVENT';
    // "Viamig, the state-controlled road operator,", "shares of Quillfin": a firm, even opening a sentence.
    else if ((FIRM_APPOSITION.test(p.after) || FIRM_BEFORE.test(p.before)) && !isCommonWord(key))
      type = 'ORG';
    else if (shortNames.has(key)) type = 'ORG';
    else if (places.has(key)) type = 'GPE';
    else if (personWords.has(key)) type = 'PERSON';
    // "Max said" after "Maximilian Ortega": the short form of a first name the article gives, speaking.
    else if (key.length >= 3 && SPEECH_AFTER.test(p.after) && firstNames.some((f) => f.startsWith(key)))
      type = 'PERSON';
    // A misspelt surname of someone the article names: "Solbaken" after "Ingrid Solbakken".
    else if (
      key.length >= 5 &&
      [...personWords.keys()].some((w) => w.length >= 5 && similarity(w, key) >= 0.8)
    )
      type = 'PERSON';
    // "Spokane" alone after "Spokane Regional Clean Air Agency": an organisation named after its city
    // does not make the city an organisation (a programme named after a city is another matter:
    // "Merida" for the "Merida Initiative").
    else if (
      ['ORG', 'EVENT', 'FAC'].includes(firstWords.get(key) ?? '') &&
      isCity(key) &&
      !SPEECH_AFTER.test(p.after) &&
      !lower.has(key)
    )
      type = 'GPE';
    else if (firstWords.has(key)) type = firstWords.get(key);
    // "the Commission" after "the European Commission", "the Ministry" after "the Health Ministry".
    else if (ORG_HEADS.has(key) && (orgHeads.has(key) || /\bthe\s+$/i.test(p.before))) type = 'ORG';
    else if (!p.before && !p.after) type = undefined;
    // A known city, unless it reads as someone speaking or is an everyday word ("Reading", "Mobile").
    else if (isCity(key) && !SPEECH_AFTER.test(p.after) && !lower.has(key) && !p.token.initial) type = 'GPE';
    else if (isCommonWord(key) || p.token.initial) type = undefined;
    else if (
      SPEECH_AFTER.test(p.after) ||
      /\b(said|says)\s*$/i.test(p.before) ||
      KIN_BEFORE.test(p.before) ||
      ROLE_BEFORE.test(p.before)
    )
      type = 'PERSON';
    // "consultancy Metalytica", "the insurer Halvern": a kind of firm before a lone name.
    else if (FIRM_NOUN_BEFORE.test(p.before)) type = 'ORG';
    // "Basarnas chief Suharyanto", "Sernageomin officials": the name before a lower-case role employs it.
    else if (EMPLOYER_OF.test(p.after)) type = 'ORG';
    else if (
      (PLACE_BEFORE.test(p.before) && !/\baccording\s+to\s*$/i.test(p.before)) ||
      gazetteerType(/^,\s*([\p{L}]+(?: [\p{Lu}][\p{L}]+)?)(?!['’]s\b)/u.exec(p.after)?.[1] ?? '') === 'GPE'
    )
      type = 'GPE';
    else if (SPEECH_BEFORE.test(p.before)) type = 'ORG';
    if (type === 'ORG') firms.add(key);
    if (!type) undecided.push(p);
    else
      out.push({
        entity: '',
        type,
        text: text.slice(p.token.start, p.token.end),
        start: p.token.start,
        end: p.token.end,
      });
  }
  // A firm the article has shown to be one ("Viamig, the road operator,") is one where nothing else
  // tells, a sentence's first word included ("Viamig said…").
  for (const p of undecided)
    if (firms.has(fold(p.token.text)) && !CALENDAR.test(fold(p.token.text)))
      out.push({ entity: '', type: 'ORG', text: p.token.text, start: p.token.start, end: p.token.end });
}

/**
 * A name guessed to be a person but used like an organisation anywhere in the article ("the Corvell
 * Polymers plant", "Corvell Polymers spokesperson") is an organisation everywhere in it.
 */
export function retypeByUsage(text: string, mentions: Mention[]): void {
  const orgLike = new Set<string>();
  const placeLike = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.title) continue;
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const after = text.slice(m.end, m.end + 60);
    const theBefore = /\bthe\s+$/i.test(before) && !/\blate\s+$/i.test(before);
    const roleAfter =
      /^['’]?s?\s+(spokes(man|woman|person)|plant|facility|factory|site|employees?|workers|officials?|executives?|shares|headquarters|board|chief executive|ceo)\b/i.test(
        after,
      ) ||
      FIRM_APPOSITION.test(after) ||
      FIRM_BEFORE.test(before);
    if (PLACE_NOUN_AFTER.test(after) || (IN_PLACE.test(before) && /\s/.test(m.text)))
      placeLike.add(m.text.replace(/\s+/g, ' '));
    // "The Tanui Case" in a headline does not make Josephat Tanui's surname a firm.
    else if (((theBefore && !LEADER_AFTER.test(after)) || roleAfter) && !surnameOf(m, mentions))
      orgLike.add(m.text.replace(/\s+/g, ' '));
  }
  // "Le Pen" after "Marine Le Pen": a surname that opens with an article is still a person's when the
  // article names someone with that particle (misspelt too: "Le Cour" after "Romaine Le Coeur").
  const surnames = mentions.filter((m) => m.type === 'PERSON').map((m) => ` ${m.text.replace(/\s+/g, ' ')}`);
  // Someone given a title anywhere is a person, whatever preposition stands before the name elsewhere.
  for (const m of mentions) if (m.type === 'PERSON' && m.title) placeLike.delete(m.text.replace(/\s+/g, ' '));
  for (const m of mentions) {
    const key = m.text.replace(/\s+/g, ' ');
    if (m.type === 'ORG' && /^(Le|La|El|Il|Lo|Der|Die|Das|Het)\s/.test(key) && particleName(key, surnames))
      m.type = 'PERSON';
    else if (m.type === 'PERSON' && placeLike.has(key)) m.type = 'GPE';
    else if (m.type === 'PERSON' && orgLike.has(key)) m.type = 'ORG';
  }
}

/** "Naushahro Feroze district", "the Puna region": a name before a lower-case kind of place is a place. */
/** "Viamig, the state-controlled road operator,": a name in apposition with a kind of firm. */
const FIRM_APPOSITION =
  /^,\s+(?:the|a|an|its)\s+(?:[\p{L}-]+\s+){0,4}(?:company|firm|group|operator|carrier|maker|producer|manufacturer|developer|start-?up|bank|lender|insurer|retailer|airline|conglomerate|supplier|broker|exporter|importer|miner|utility|chipmaker|automaker|carmaker|shipowner)(?=\s*[,.;)—–]|\s+(?:that|which|based|in|of|with)\b)/u;
const FIRM_NOUN_BEFORE =
  /\b(?:consultancy|consultancies|insurer|lender|broker|brokerage|startup|start-up|chipmaker|automaker|carmaker|miner|retailer|conglomerate|airline|shipowner|manufacturer|supplier|exporter|importer|bank|firm|company|publisher|broadcaster|newspaper|agency)\s+$/;
/** "shares of Viamig", "a stake in Hengtai", "a unit of Jinlin": the name owns shares or units. */
const FIRM_BEFORE =
  /\b(?:shares (?:of|in)|stake in|subsidiary of|unit of|acquisition of|takeover of|stock of)\s+$/i;

/** "in Naushahro Feroze", "near Tierra Amarilla": people are not where things happen. */
const IN_PLACE = /\b(?:in|near|outside|across|throughout)\s+$/;
const PLACE_NOUN_AFTER =
  /^\s+(?:and\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+)?(district|districts|province|provinces|county|counties|region|valley|village|villages|town|township|municipality|prefecture|governorate|division|tehsil|taluka|commune|oblast)\b/u;

/** Whether someone of the article bears this particle name, perhaps misspelt ("Le Cour" / "Romaine Le Coeur"). */
function particleName(key: string, people: readonly string[]): boolean {
  const [particle, word] = key.split(' ');
  if (!word) return false;
  return people.some((n) => {
    const at = n.split(' ').indexOf(particle);
    const next = at >= 0 ? n.split(' ')[at + 1] : undefined;
    return !!next && similarity(fold(next), fold(word)) >= 0.6;
  });
}

/** Whether a one-word mention is the surname of a fuller person's name in the article. */
function surnameOf(m: Mention, mentions: readonly Mention[]): boolean {
  return (
    !/\s/.test(m.text) &&
    mentions.some((o) => o.type === 'PERSON' && /\s/.test(o.text) && o.text.endsWith(` ${m.text}`))
  );
}
