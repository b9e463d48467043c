import {
  EVENT_HEADS,
  FAC_HEADS,
  GPE_HEADS,
  LAW_HEADS,
  LOC_HEADS,
  NAME_CONNECTORS,
  ORG_HEADS,
  PREFIX_TYPES,
  ROLE_HEADS,
  TITLE_WORDS,
  gazetteerType,
  isCommonWord,
} from './lexicon';
import type { Token } from './tokens';

// The runs of capitalised words that may be names: the first step of entity recognition.

const CALENDAR_WORD =
  /^(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;

/** Runs of capitalised words, with connectors inside, never across punctuation. */
export function sequences(text: string, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  const flush = () => {
    while (cur.length && !cur[cur.length - 1].cap) cur.pop();
    if (cur.length) out.push(cur);
    cur = [];
  };
  let possessive = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = cur[cur.length - 1];
    const joinable =
      prev !== undefined && (joins(text, prev, t) || (possessive && joinsPossessive(text, prev, t)));
    if (!joinable) flush();
    if (t.cap && !/^\p{N}/u.test(t.text)) {
      cur.push(t);
    } else if (
      cur.length &&
      (connectorFits(cur, t, nextCapped(tokens, i)) ||
        andInTitle(tokens, i) ||
        andInInstitution(text, tokens, i, cur)) &&
      joins(text, t, tokens[i + 1])
    ) {
      cur.push(t);
    } else {
      flush();
    }
    // A possessive ends a name, unless a place or institution name goes on after it:
    // "Royal Children's Hospital", "St Thomas' Hospital".
    possessive = isPossessive(text, t) && t.cap && possessiveInName(cur, t) && headedAhead(tokens, i + 1);
    if (isPossessive(text, t) && !possessive) flush();
  }
  flush();
  return out;
}

/**
 * "Securities and Exchange Commission", "Food and Drug Administration": an "and" between one
 * capitalised word and a short run that ends in an institution's head.
 */
function andInInstitution(text: string, tokens: readonly Token[], i: number, cur: readonly Token[]): boolean {
  const own = cur.filter((t) => !/^the$/i.test(t.text));
  // The words before "and" are a field ("Securities", "National Geology"), not someone's name ("Ana and Partners").
  if (tokens[i].text !== 'and' || !own.length || own.length > 3) return false;
  if (!isCommonWord(own[0].text.toLowerCase())) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    if (!tokens[j].cap) return false;
    // The run ends at a lower-case word or at punctuation ("Mining Service (Sernageomin)").
    const last = j === tokens.length - 1 || !tokens[j + 1].cap || !joins(text, tokens[j], tokens[j + 1]);
    if (last) return j > i && ORG_HEADS.has(tokens[j].text.toLowerCase());
  }
  return false;
}

/** "Mines and Energy Minister", "Trade and Industry Secretary": an "and" inside a portfolio title. */
function andInTitle(tokens: readonly Token[], i: number): boolean {
  // The words before "and" must be a portfolio ("Mines", "Emergency Management"), not someone's name.
  const before = tokens[i - 1];
  if (tokens[i].text !== 'and' || !before?.cap || !isCommonWord(before.text.toLowerCase())) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    if (!tokens[j].cap) return false;
    if (ROLE_HEADS.has(tokens[j].text.toLowerCase())) return true;
    // "Fisheries and Oceans Canada", "Environment and Climate Change Canada": a department named
    // by its fields and its country.
    const last = j === tokens.length - 1 || !tokens[j + 1].cap;
    if (last && j > i + 1 && gazetteerType(tokens[j].text) === 'GPE') return true;
  }
  return false;
}

/** The next capitalised token after a run of connectors ("de la Fuente"), or undefined. */
function nextCapped(tokens: readonly Token[], i: number): Token | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    if (tokens[j].cap) return tokens[j];
    if (!NAME_CONNECTORS.has(tokens[j].text.toLowerCase())) return undefined;
  }
  return undefined;
}

function joins(text: string, a: Token, b: Token | undefined): boolean {
  if (!b) return false;
  const gap = text.slice(a.end, b.start);
  // Whitespace (a wrapped line too), a nickname in quotation marks (Joaquín “El Chapo” Guzmán), or
  // an ampersand between capitalised words, also as scraped markup ("Johnson &amp; Johnson").
  if (/^[ \t]*(\r?\n|\r)?[ \t]*$/.test(gap) && gap.length > 0) return true;
  return /^\s+["“]$|^["”]\s+$/.test(gap) || (b.cap && /^\s?(?:&|&amp;)\s?$/.test(gap));
}

function joinsPossessive(text: string, a: Token, b: Token): boolean {
  return /^['’]s?[ \t]+$/.test(text.slice(a.end, b.start));
}

function isPossessive(text: string, t: Token): boolean {
  return (
    /^['’]s\b/i.test(text.slice(t.end, t.end + 3)) ||
    (/s$/i.test(t.text) && /^['’]\s/.test(text.slice(t.end, t.end + 2)))
  );
}

// Possessors that are part of an institution's name: "Children's Hospital", "Workers' Party".
const NAME_POSSESSORS = new Set(
  'children women men people peoples workers veterans farmers teachers nurses doctors citizens'.split(' '),
);

/** Saints and royals name hospitals and schools ("St Thomas' Hospital"); "Ohio's State Council" is two names. */
function possessiveInName(cur: readonly Token[], t: Token): boolean {
  const first = (cur[0] ?? t).text.toLowerCase().replace(/\.$/, '');
  return NAME_POSSESSORS.has(t.text.toLowerCase()) || /^(st|saint|san|santa|royal|queen|king)$/.test(first);
}

/** Whether the capitalised words from `i` on end, within three words, in a place or institution head. */
function headedAhead(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < tokens.length && j < i + 3; j++) {
    if (!tokens[j].cap) return false;
    const w = tokens[j].text.toLowerCase();
    if (FAC_HEADS.has(w) || ORG_HEADS.has(w)) return true;
  }
  return false;
}

function connectorFits(cur: readonly Token[], t: Token, next: Token | undefined): boolean {
  const w = t.text.toLowerCase();
  // "Commission on Tuesday", "Council in May": a date after a connector is not part of the name.
  if (!NAME_CONNECTORS.has(w) || !next?.cap || CALENDAR_WORD.test(next.text)) return false;
  const words = cur.map((c) => c.text.toLowerCase());
  const last = words[words.length - 1];
  if (w === '&') return true;
  if (w === 'and') {
    // Only inside institution names: "Department of Health and Human Services".
    const at = words.findIndex((x) => x === 'of' || x === 'for' || x === 'on');
    return at > 0 && (ORG_HEADS.has(words[at - 1]) || PREFIX_TYPES[words[at - 1]] !== undefined);
  }
  if (w === 'the') return last === 'of' || last === 'for';
  if (/^(la|le|der|den)$/.test(w) && NAME_CONNECTORS.has(last)) return true;
  // "Committee for…", and a remit after an institution already named: "Court of Arbitration for Sport".
  if (w === 'for' || w === 'on')
    return (
      ORG_HEADS.has(last) ||
      LAW_HEADS.has(last) ||
      (words.length <= 4 &&
        words.some((x, k) => k < words.length - 1 && ORG_HEADS.has(x) && words[k + 1] === 'of'))
    );
  // "of" only after a word that takes it in a name: "University of", "Secretary of", "Gulf of".
  if (w === 'of') {
    // A second "of" inside an institution's name: "Council of Indigenous Communities of the Andes",
    // "Office for the Coordination of Humanitarian Affairs".
    const at = words.findIndex((x) => x === 'of' || x === 'for' || x === 'on');
    const institution = at > 0 && (ORG_HEADS.has(words[at - 1]) || PREFIX_TYPES[words[at - 1]] === 'ORG');
    return (
      (institution && words.length <= 6) ||
      ORG_HEADS.has(last) ||
      LAW_HEADS.has(last) ||
      EVENT_HEADS.has(last) ||
      LOC_HEADS.has(last) ||
      GPE_HEADS.has(last) ||
      ROLE_HEADS.has(last) ||
      PREFIX_TYPES[last] !== undefined ||
      TITLE_WORDS.has(last)
    );
  }
  return true;
}
