import {
  EVENT_HEADS,
  GPE_HEADS,
  LAW_HEADS,
  LOC_HEADS,
  NAME_CONNECTORS,
  ORG_HEADS,
  PREFIX_TYPES,
  ROLE_HEADS,
  TITLE_WORDS,
} from './lexicon';
import type { Token } from './tokens';

// The runs of capitalised words that may be names: the first step of entity recognition.

/** Runs of capitalised words, with connectors inside, never across punctuation. */
export function sequences(text: string, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  const flush = () => {
    while (cur.length && !cur[cur.length - 1].cap) cur.pop();
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = cur[cur.length - 1];
    const joinable = prev !== undefined && joins(text, prev, t);
    if (!joinable) flush();
    if (t.cap && !/^\p{N}/u.test(t.text)) {
      cur.push(t);
    } else if (cur.length && connectorFits(cur, t, nextCapped(tokens, i)) && joins(text, t, tokens[i + 1])) {
      cur.push(t);
    } else {
      flush();
    }
    if (isPossessive(text, t)) flush();
  }
  flush();
  return out;
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
  // Whitespace (a wrapped line too), or a nickname in quotation marks: Joaquín “El Chapo” Guzmán.
  return /^[ \t]*(\r?\n|\r)?[ \t]*$/.test(gap) && gap.length > 0 ? true : /^\s+["“]$|^["”]\s+$/.test(gap);
}

function isPossessive(text: string, t: Token): boolean {
  return /^['’]s\b/i.test(text.slice(t.end, t.end + 3));
}

function connectorFits(cur: readonly Token[], t: Token, next: Token | undefined): boolean {
  const w = t.text.toLowerCase();
  if (!NAME_CONNECTORS.has(w) || !next?.cap) return false;
  const words = cur.map((c) => c.text.toLowerCase());
  const last = words[words.length - 1];
  if (w === '&') return true;
  if (w === 'and') {
    // Only inside institution names: "Department of Health and Human Services".
    const at = words.findIndex((x) => x === 'of' || x === 'for');
    return at > 0 && (ORG_HEADS.has(words[at - 1]) || PREFIX_TYPES[words[at - 1]] !== undefined);
  }
  if (w === 'the') return last === 'of' || last === 'for';
  if (/^(la|le|der|den)$/.test(w) && NAME_CONNECTORS.has(last)) return true;
  if (w === 'for' || w === 'on') return ORG_HEADS.has(last) || LAW_HEADS.has(last);
  // "of" only after a word that takes it in a name: "University of", "Secretary of", "Gulf of".
  if (w === 'of') {
    return (
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
