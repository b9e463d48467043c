import type { ArticleContext, Mention } from '../model';
import {
  EVENT_HEADS,
  FAC_HEADS,
  GPE_ACRONYMS,
  GPE_HEADS,
  HEAD_FIRST,
  LAW_HEADS,
  LOC_HEADS,
  ORG_HEADS,
  FUNCTION_WORDS,
  NOT_NAMES,
  PREFIX_TYPES,
  REGION_ADJECTIVES,
  WORLD_REGIONS,
  ROLE_HEADS,
  TITLE_WORDS,
  gazetteerType,
  isCity,
  isCommonWord,
  isLanguage,
} from './lexicon';
import { tokenize } from './tokens';
import type { Token } from './tokens';
import { sequences } from './nameRuns';
import { HONORIFIC, bare, isHead, lowerRoleBefore, mention, splitTitle, typeByShape } from './nameShape';
import { appositiveRoles } from './appositives';
import { creditMentions } from './credits';
import { CALENDAR, resolvePending, retypeByUsage } from './entityContext';
import type { Pending } from './entityContext';

type Mode = 'normal' | 'titlecase' | 'allcaps';

const SUFFIXED =
  /-(based|born|bred|led|owned|run|made|funded|backed|headquartered|listed|registered|controlled|traded|flagged|operated|built)$/i;

/** Finds the named-entity mentions of an article (PERSON, ORG, GPE, LOC, NORP, EVENT, LAW, FAC). */
export function extractMentions(ctx: ArticleContext): Mention[] {
  const mentions: Mention[] = [];
  const pending: Pending[] = [];
  // Words the article writes in lower case somewhere: capitalised elsewhere only by position.
  const lower = new Set<string>();
  // Prose only: tags, slugs and addresses of the page furniture ("tags: [spokane]", "/news/reading")
  // are written in lower case whatever the word is.
  const furniture = ctx.boilerplate;
  let f = 0;
  for (const m of ctx.text.matchAll(/(?<![\p{L}\p{M}/@#._-])\p{Ll}[\p{L}\p{M}]*(?![/@_]|\.\p{L})/gu)) {
    while (f < furniture.length && furniture[f].end <= m.index) f++;
    if (f < furniture.length && furniture[f].start <= m.index) continue;
    lower.add(m[0]);
  }
  for (const s of ctx.sentences) {
    const tokens = tokenize(ctx.text, s.start, s.end);
    const mode = sentenceMode(tokens);
    if (mode === 'allcaps') {
      mentions.push(...gazetteerPlaces(tokens));
      continue;
    }
    for (const seq of sequences(ctx.text, tokens)) {
      classifySequence(ctx.text, seq, mode, mentions, pending, lower);
    }
  }
  mentions.push(...roads(ctx.text, ctx.sentences));
  // A numbered place wins over the words of it read as a name ("Mile House").
  const numbered = milePlaces(ctx.text, ctx.sentences);
  for (let k = mentions.length - 1; k >= 0; k--)
    if (numbered.some((n) => n.start < mentions[k].end && mentions[k].start < n.end)) mentions.splice(k, 1);
  mentions.push(...numbered);
  resolvePending(ctx.text, pending, mentions, lower);
  retypeByUsage(ctx.text, mentions);
  appositiveRoles(ctx.text, mentions);
  mentions.push(...creditMentions(ctx));
  mentions.sort((a, b) => a.start - b.start);
  return acronymDefinitions(ctx.text, dedupe(mentions));
}

/** Marks each acronym written in brackets right after a name as defined by it: "Hanul Telecom (HNT)". */
function acronymDefinitions(text: string, mentions: Mention[]): Mention[] {
  for (let k = 1; k < mentions.length; k++) {
    const [name, acr] = [mentions[k - 1], mentions[k]];
    // An acronym or a one-word short name ("Mofcom", "Sernageomin") in brackets after a name.
    if (!/^\p{Lu}[\p{L}.&]{1,15}$/u.test(acr.text) || !/\s/.test(name.text)) continue;
    if (/^\s*\(\s*$/.test(text.slice(name.end, acr.start)) && /^\s*\)/.test(text.slice(acr.end, acr.end + 3)))
      acr.definedBy = name.start;
  }
  return withoutDefinedTerms(text, mentions);
}

/**
 * "indium tin oxide (ITO)", "liquefied natural gas (LNG)": an acronym defined by lower-case words
 * is a term, not a name, wherever the article uses it.
 */
function withoutDefinedTerms(text: string, mentions: Mention[]): Mention[] {
  const terms = new Set<string>();
  for (const m of mentions) {
    if (!/^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u.test(m.text) || !/\p{Lu}.*\p{Lu}/u.test(m.text)) continue;
    // Lower-case words, the first of them capitalised only at the start of a sentence.
    const before =
      /(?:(?:^|[.!?:;]\s+|\n\s*)(\p{Lu}\p{Ll}+\s+)|\s)((?:\p{Ll}[\p{Ll}-]*\s+){1,6})\(\s*$/u.exec(
        text.slice(Math.max(0, m.start - 80), m.start),
      );
    if (!before || text[m.end] !== ')') continue;
    const initials = `${before[1] ?? ''}${before[2]}`
      .toLowerCase()
      .trim()
      .split(/[\s-]+/)
      .filter((w) => !/^(of|and|the|for|in|on|to|a|an)$/.test(w))
      .map((w) => w[0])
      .join('');
    const letters = m.text.replace(/\p{Ll}/gu, '').toLowerCase();
    if (initials.endsWith(letters) || initials.endsWith(m.text.toLowerCase())) terms.add(m.text);
  }
  return terms.size ? mentions.filter((m) => !terms.has(m.text)) : mentions;
}

const VESSEL_BEFORE =
  /\b(?:vessel|ship|tanker|freighter|bulk carrier|trawler|yacht|submarine|frigate|destroyer|cruiser|icebreaker)\s+$/;

/** Wire copy abbreviates a compass point onto a country: "S.Korea", "N.Ireland", "S.Africa". */
function compassAbbreviated(text: string, m: Mention): Mention {
  if (m.type !== 'GPE' || !/(?:^|[^\p{L}.])[NSEW]\.$/u.test(text.slice(Math.max(0, m.start - 3), m.start)))
    return m;
  return { ...m, start: m.start - 2, text: text.slice(m.start - 2, m.end) };
}

// Numbered places: "100 Mile House", "70 Mile Creek" (named for their distance along an old road).
const MILE_PLACE = /\b\d{1,3}[ \t]+Mile[ \t]+\p{Lu}\p{Ll}+\b/gu;

function milePlaces(text: string, sentences: readonly { start: number; end: number }[]): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences)
    for (const m of text.slice(s.start, s.end).matchAll(MILE_PLACE))
      out.push({
        entity: '',
        type: 'GPE',
        text: m[0],
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
      });
  return out;
}

// Numbered roads: "Highway 97", "Interstate 5", "US 97", "I-95", "the M25", "Route 66".
const ROAD =
  /\b(?:(?:Highway|Hwy\.?|Route|Interstate|Motorway|Autoroute|Autobahn|Freeway|State Route|US|SR)\s+\d{1,4}[A-Z]?|[AIM]-?\d{1,3}(?![\d,.]))\b/g;

function roads(text: string, sentences: readonly { start: number; end: number }[]): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    for (const m of body.matchAll(ROAD)) {
      // "A 4" or "M1" alone could be a grade or a size: single letters need a road word nearby.
      if (
        /^[AIM]/.test(m[0]) &&
        !/\b(road|roads|motorway|junction|lanes?|traffic|interstate|closed|jams?)\b/i.test(body)
      )
        continue;
      const start = s.start + m.index!;
      out.push({ entity: '', type: 'FAC', text: m[0], start, end: start + m[0].length });
    }
  }
  return out;
}

function sentenceMode(tokens: readonly Token[]): Mode {
  const letters = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (letters.length >= 3 && letters.every((t) => t.allCaps || t.text.length === 1)) return 'allcaps';
  const capped = letters.filter((t) => t.cap).length;
  const small = (t: Token) =>
    /^(of|the|and|to|in|for|on|at|with|as|a|an|by|from|or|vs|but|into|over)$/i.test(t.text);
  // Headline style: most words, function words included, capitalised.
  if (
    letters.length >= 4 &&
    capped / letters.length >= 0.75 &&
    // a capitalised function word other than the sentence's first
    letters.some((t, i) => i > 0 && t.cap && small(t))
  ) {
    return 'titlecase';
  }
  // AP and Chicago style keep short function words in lower case: every other word is capitalised,
  // and ordinary words among them ("CEO Bows in Apology as Data of Users Exposed") say it is a headline.
  if (
    letters.length >= 5 &&
    letters.every((t) => t.cap || small(t)) &&
    // Not a byline or credit: "By Ana Ruiz", "Reporting by Ana Ruiz in Lima; Editing by Tom Hale".
    !letters.some((t) => /^by$/i.test(t.text)) &&
    letters.filter((t, i) => i > 0 && t.cap && !t.allCaps && isCommonWord(t.text.toLowerCase())).length >= 2
  )
    return 'titlecase';
  return 'normal';
}

function spanText(text: string, seq: readonly Token[]): string {
  return text.slice(seq[0].start, seq[seq.length - 1].end);
}

function classifySequence(
  text: string,
  seqIn: Token[],
  mode: Mode,
  out: Mention[],
  pending: Pending[],
  lower: ReadonlySet<string>,
): void {
  // "3°C Light rain": the unit of a temperature is not the start of a name.
  const degrees = seqIn.length && /^[CF]$/.test(seqIn[0].text) && text[seqIn[0].start - 1] === '°';
  let seq = trimLeading(text, degrees ? seqIn.slice(1) : seqIn, lower);
  // Months and weekdays are dates, never names ("In August, Mexico filed…"), nor are time zones ("GMT Tuesday").
  const notName = (t: Token) => CALENDAR.test(bare(t)) || (t.allCaps && NOT_NAMES.has(bare(t)));
  while (seq.length && notName(seq[0])) seq = seq.slice(1);
  // "Ministry of Science and ICT": an acronym after "and" ends the name, whatever else it may abbreviate.
  const joined = (k: number) => k > 0 && /^(and|&|&amp;)$/i.test(seq[k - 1].text);
  while (seq.length > 1 && notName(seq[seq.length - 1]) && !joined(seq.length - 1)) seq = seq.slice(0, -1);
  // "Santiago-based", "the Lagos-based Harlow Group": the place is a name, the suffix is not, and
  // what follows is a name of its own.
  const k = seq.findIndex((t) => SUFFIXED.test(t.text));
  if (k >= 0) {
    const t = seq[k];
    const cut = SUFFIXED.exec(t.text)![0].length;
    const left = [...seq.slice(0, k), { ...t, text: t.text.slice(0, -cut), end: t.end - cut }];
    if (k < seq.length - 1) {
      classifySequence(text, left, mode, out, pending, lower);
      // "the Panama-flagged Deniz Yildizi": what flies a flag is a vessel.
      if (/-flagged$/i.test(t.text)) return void out.push(mention(text, seq.slice(k + 1), 'PRODUCT'));
      return classifySequence(text, seq.slice(k + 1), mode, out, pending, lower);
    }
    seq = left;
  }
  if (!seq.length) return;
  if (seq.length === 1 && NOT_NAMES.has(bare(seq[0])) && (seq[0].allCaps || seq[0].text.length <= 4)) return;
  if (seq.length === 1 && REGION_ADJECTIVES.has(bare(seq[0])))
    return void out.push(mention(text, seq, 'NORP'));
  // A language ("in Mandarin", "Urdu-language") is how people speak, not a place.
  if (seq.length === 1 && isLanguage(seq[0].text)) return void out.push(mention(text, seq, 'NORP'));
  const full = spanText(text, seq);
  if (WORLD_REGIONS.has(full.replace(/\s+/g, ' ').toLowerCase()))
    return void out.push(mention(text, seq, 'LOC'));
  // A word in capitals that the article also writes in lower case is emphasis, not an acronym ("LIVE").
  if (seq.length === 1 && seq[0].allCaps && seq[0].text.length >= 4 && lower.has(seq[0].text.toLowerCase()))
    return;
  const gaz = gazetteerType(full.replace(/\s+/g, ' '));
  if (gaz) return void out.push(compassAbbreviated(text, mention(text, seq, gaz)));
  // A city in capitals is a dateline: "HOUSTON (Wire) -".
  if (seq.length === 1 && seq[0].allCaps && isCity(seq[0].text))
    return void out.push(mention(text, seq, 'GPE'));
  // "US$2.5 billion", "A$40": a currency, not the country.
  if (seq.length === 1 && GPE_ACRONYMS[seq[0].text] && text[seq[0].end] !== '$')
    return void out.push(mention(text, seq, GPE_ACRONYMS[seq[0].text]));
  if (seq.length === 1 && GPE_ACRONYMS[seq[0].text]) return;
  if (mode === 'titlecase') {
    const places = gazetteerPlaces(seq);
    out.push(...places);
    const rest = seq.filter((t) => !places.some((p) => p.start <= t.start && p.end >= t.end));
    // A headline capitalises everything: a run is a name only as the article writes it elsewhere,
    // whole ("Marcus Albrecht-Lowe") or word by word.
    if (rest.length > 1 && rest.length === seq.length)
      pending.push({ token: rest[0], before: '', after: '', run: rest });
    else for (const t of rest) pending.push({ token: t, before: '', after: '' });
    return;
  }
  const titled = splitTitle(text, seq, out);
  // A title followed by something that is not a name ("Atty. According to…", "Secretary of Defense
  // of Mexico"): no person here, but the places named in it count.
  const institution = seq.some((t, i) => ORG_HEADS.has(bare(t)) && bare(seq[i + 1] ?? t) === 'of');
  if (
    !titled &&
    !institution &&
    seq.some((t) => ROLE_HEADS.has(bare(t))) &&
    !PREFIX_TYPES[bare(seq[0])] &&
    !isHead(bare(seq[seq.length - 1]))
  ) {
    for (const t of seq) {
      const g = gazetteerType(t.text) ?? GPE_ACRONYMS[t.text];
      if (g) out.push(mention(text, [t], g));
    }
    return;
  }
  if (titled) {
    if (!titled.name.length) return;
    const m = mention(text, titled.name, 'PERSON');
    m.title = titled.title;
    m.titleStart = seq[0].start;
    // "agency chief executive Professor Ana Ruiz": the office is written in lower case before the courtesy title.
    const role = HONORIFIC.test(titled.title) ? lowerRoleBefore(text, seq[0]) : undefined;
    if (role) {
      m.title = text.slice(role.start, seq[0].start + titled.title.length);
      m.titleStart = role.start;
    }
    return void out.push(m);
  }
  seq = trimTrailing(
    text,
    seq.filter((t) => !/^\p{N}/u.test(t.text)),
  );
  // "Hernán Ruiz, Jujuy's mining secretary": a possessive after the comma starts an apposition, not a place.
  const placeAfter = /^,\s*([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?)(?!['’]s\b)/u.exec(
    text.slice(seq[seq.length - 1].end, seq[seq.length - 1].end + 30),
  );
  const gazSeq = gazetteerType(spanText(text, seq));
  if (gazSeq) return void out.push(mention(text, seq, gazSeq));
  // "Harlow & Finch": people are not joined by an ampersand, firms are.
  // "the bulk carrier Aurora Bay", "the tanker Sea Breeze": a vessel's name.
  if (VESSEL_BEFORE.test(text.slice(Math.max(0, seq[0].start - 24), seq[0].start)))
    return void out.push(mention(text, seq, 'PRODUCT'));
  let type = /&/.test(spanText(text, seq)) ? 'ORG' : typeByShape(seq);
  // "Del Rio, Texas", "KESSINGTON, Ohio": a name followed by a state or country is a place.
  const beforePlace = placeAfter && gazetteerType(placeAfter[1]) === 'GPE';
  const lastWord = bare(seq[seq.length - 1]);
  const headed =
    ORG_HEADS.has(lastWord) ||
    LAW_HEADS.has(lastWord) ||
    EVENT_HEADS.has(lastWord) ||
    FAC_HEADS.has(lastWord);
  if (beforePlace && !headed) type = 'GPE';
  // "the Loon Ridge fire", "the Dixie wildfire": a named fire is an event, its lower-case head included.
  const fire = /^[ \t]+(fire|wildfire|blaze|bushfire)\b/.exec(
    text.slice(seq[seq.length - 1].end, seq[seq.length - 1].end + 12),
  );
  if (fire && type !== 'ORG' && type !== 'PERSON' && seq.length > 1) {
    const end = seq[seq.length - 1].end + fire[0].length;
    return void out.push({
      entity: '',
      type: 'EVENT',
      text: text.slice(seq[0].start, end),
      start: seq[0].start,
      end,
    });
  }
  if (type) {
    const m = mention(text, seq, type);
    if (type === 'PERSON') {
      const role = lowerRoleBefore(text, seq[0]);
      if (role) {
        m.title = role.title;
        m.titleStart = role.start;
      }
    }
    return void out.push(m);
  }
  if (seq.length === 1) {
    const t = seq[0];
    const sentenceStart = Math.max(0, t.start - 60);
    pending.push({
      token: t,
      before: text.slice(sentenceStart, t.start),
      after: text.slice(t.end, t.end + 40),
    });
  }
}

/** "Washington Threatened To" → "Washington": ordinary words after a known place are not part of it. */
function trimTrailing(text: string, seq: Token[]): Token[] {
  for (let n = seq.length - 1; n >= 1; n--) {
    const tail = seq.slice(n).map(bare);
    const headed = tail.some(
      (w) =>
        ORG_HEADS.has(w) ||
        LAW_HEADS.has(w) ||
        EVENT_HEADS.has(w) ||
        FAC_HEADS.has(w) ||
        LOC_HEADS.has(w) ||
        GPE_HEADS.has(w),
    );
    if (!headed && gazetteerType(spanText(text, seq.slice(0, n))) && tail.every((w) => isCommonWord(w)))
      return seq.slice(0, n);
  }
  return seq;
}

/** Drops words capitalised only by position ("Officials", "The", "Enter Mexico"). */
function trimLeading(text: string, seq: Token[], lower: ReadonlySet<string>): Token[] {
  let s = seq;
  while (s.length) {
    const first = s[0];
    const w = bare(first);
    if (gazetteerType(spanText(text, s)) || first.allCaps || TITLE_WORDS.has(w)) break;
    const rest = s.slice(1);
    const restIsName =
      rest.length > 0 && (gazetteerType(spanText(text, rest)) !== undefined || rest.length >= 2);
    const positional =
      first.initial || /["“‘(]\s*$/.test(text.slice(Math.max(0, first.start - 2), first.start));
    const lastWord = bare(s[s.length - 1]);
    // "Insurance Bureau of Canada": an organisation head before "of" heads the name as much as a last word.
    const headOf = s.some(
      (t, i) => i > 0 && ORG_HEADS.has(bare(t)) && /^(of|for|on)$/.test(bare(s[i + 1] ?? t)),
    );
    const headed =
      s.length > 1 &&
      (ORG_HEADS.has(lastWord) || LAW_HEADS.has(lastWord) || EVENT_HEADS.has(lastWord) || headOf);
    // A capitalised ordinary word is dropped only when the article also writes it in lower case:
    // common-word lists hold first names too ("Maria", "Mark").
    const participle = w.length >= 6 && /(ed|ing)$/.test(w) && isCommonWord(w);
    const beforePlace = rest.length > 0 && gazetteerType(spanText(text, rest)) !== undefined;
    const ordinary =
      FUNCTION_WORDS.has(w) || participle || (isCommonWord(w) && (lower.has(w) || beforePlace));
    if (
      ordinary &&
      (positional || (restIsName && !headed)) &&
      !ORG_HEADS.has(w) &&
      !LAW_HEADS.has(w) &&
      !HEAD_FIRST[w]
    ) {
      s = rest;
      while (s.length && !s[0].cap) s = s.slice(1);
    } else break;
  }
  return s;
}

/** In all-caps and title-case headlines only places from the gazetteer are told apart reliably. */
function gazetteerPlaces(tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const win = tokens.slice(i, i + n);
      if (win.length < n) continue;
      const name = win.map((t) => t.text).join(' ');
      // A dateline opens with its city: "HOUSTON (Wire) -".
      const dateline = i === 0 && win.every((t) => t.allCaps) && isCity(name);
      const type = gazetteerType(name) ?? GPE_ACRONYMS[name] ?? (dateline ? 'GPE' : undefined);
      if (type) {
        out.push({ entity: '', type, text: name, start: win[0].start, end: win[n - 1].end });
        i += n - 1;
        break;
      }
    }
  }
  return out.filter((m, _i, all) => all.length > 0 && m.end - m.start === m.text.length);
}

function dedupe(sorted: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
