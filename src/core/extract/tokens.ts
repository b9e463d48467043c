/** A word token with its UTF-16 offsets in the article text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S."). */
  allCaps: boolean;
  /** First token of its sentence (after any opening quotation mark). */
  initial: boolean;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const ABBREV_WITH_PERIOD =
  /^(mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|cpt|sgt|cmdr|adm|gov|sen|rep|atty|rev|st|jr|sr|mt|ft|engr|barr)$/i;

/** Tokenises one sentence (or any span) of the text. Possessive endings are cut off the word. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const body = text.slice(start, end);
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    let word = m[0];
    // The name of an HTML entity left by a scraper ("&amp;", "&nbsp;") is no word.
    if (body[m.index - 1] === '&' && body[m.index + word.length] === ';') continue;
    // Words glued together by a scraper: "InitiativeAccording" → "Initiative" + "According".
    // Brand names in camel case ("NewsPulse", "YouTube") have a short first part; glued words a long one.
    const glued = /^(\p{Lu}?\p{Ll}{4,})(\p{Lu}\p{Ll}{3,})$/u.exec(word);
    if (glued && isGluedPair(glued[1], glued[2])) {
      word = glued[1];
      WORD.lastIndex = m.index + word.length;
    }
    const possessive = /['’]s$/i.exec(word);
    if (possessive && word.length > 3) word = word.slice(0, -2);
    // Keep the period of initials and title abbreviations: "J.", "Gen.", "Atty.".
    if (body[m.index + word.length] === '.' && (/^\p{Lu}$/u.test(word) || ABBREV_WITH_PERIOD.test(word))) {
      word += '.';
      WORD.lastIndex = m.index + word.length;
    }
    const s = start + m.index;
    out.push({
      text: word,
      start: s,
      end: s + word.length,
      // "l’Ouest", "d’Ivoire": an elided article or preposition before a capitalised name.
      cap: /^(?:[dl]['’])?\p{Lu}/u.test(word),
      allCaps: /^[\p{Lu}.]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word),
      initial: out.length === 0,
    });
  }
  return out;
}

function isGluedPair(first: string, second: string): boolean {
  return (
    first.length >= 6 ||
    /^(according|after|before|however|meanwhile|while|when|the|this|that|but|and)$/i.test(second)
  );
}

/** Text between two tokens. */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

// Letters that Unicode does not decompose into a base letter and an accent.
const LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ħ: 'h',
  þ: 'th',
  ð: 'd',
};

/** Lower case, with the letters Unicode cannot decompose spelled plainly ("Elazığ" → "elazığ" → "elazig"). */
export function plainLetters(s: string): string {
  return s.toLowerCase().replace(/[ıłøæœßđħþð]/g, (c) => LETTERS[c]);
}

/** Folds accents and case: "López" → "lopez", "Elazığ" → "elazig", "Łódź" → "lodz". */
export function fold(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[ıłøæœßđħþð]/g, (c) => LETTERS[c])
      // "Sk’emtsín" and "Sk'emtsín" are one spelling: apostrophes differ only in the typing.
      .replace(/[’‘ʼ`´]/g, "'")
  );
}
