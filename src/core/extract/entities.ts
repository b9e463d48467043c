import type { ArticleContext, EntityType, Mention } from '../model';
import {
  EVENT_HEADS,
  FAC_HEADS,
  GPE_ACRONYMS,
  GPE_HEADS,
  LAW_HEADS,
  LOC_HEADS,
  LOWER_ROLES,
  NAME_CONNECTORS,
  ORG_HEADS,
  FUNCTION_WORDS,
  HEAD_FIRST,
  NOT_NAMES,
  PREFIX_TYPES,
  REGION_ADJECTIVES,
  WORLD_REGIONS,
  ROLE_HEADS,
  TITLE_WORDS,
  gazetteerType,
  isCity,
  isCommonWord,
  isVeryCommonWord,
} from './lexicon';
import { tokenize } from './tokens';
import type { Token } from './tokens';
import { sequences } from './nameRuns';
import { appositiveRoles } from './appositives';
import { CALENDAR, resolvePending, retypeByUsage } from './entityContext';
import type { Pending } from './entityContext';

type Mode = 'normal' | 'titlecase' | 'allcaps';

const SINGLE_WORD_ORGS = new Set([
  'government',
  'congress',
  'senate',
  'parliament',
  'pentagon',
  'kremlin',
  'cabinet',
  'interpol',
  'europol',
  'nato',
]);

/** Finds the named-entity mentions of an article (PERSON, ORG, GPE, LOC, NORP, EVENT, LAW, FAC). */
export function extractMentions(ctx: ArticleContext): Mention[] {
  const mentions: Mention[] = [];
  const pending: Pending[] = [];
  // Words the article writes in lower case somewhere: capitalised elsewhere only by position.
  const lower = new Set<string>();
  for (const m of ctx.text.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) lower.add(m[0]);
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
  resolvePending(ctx.text, pending, mentions, lower);
  retypeByUsage(ctx.text, mentions);
  appositiveRoles(ctx.text, mentions);
  mentions.sort((a, b) => a.start - b.start);
  return dedupe(mentions);
}

function sentenceMode(tokens: readonly Token[]): Mode {
  const letters = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (letters.length >= 3 && letters.every((t) => t.allCaps || t.text.length === 1)) return 'allcaps';
  const capped = letters.filter((t) => t.cap).length;
  // Headline style: most words, function words included, capitalised.
  if (
    letters.length >= 4 &&
    capped / letters.length >= 0.75 &&
    // a capitalised function word other than the sentence's first
    letters.some(
      (t, i) => i > 0 && t.cap && /^(of|the|and|to|in|for|on|at|with|as|a|an|by|from)$/i.test(t.text),
    )
  ) {
    return 'titlecase';
  }
  return 'normal';
}

function bare(t: Token): string {
  return t.text.toLowerCase().replace(/\.$/, '');
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
  let seq = trimLeading(text, seqIn, lower);
  // Months and weekdays are dates, never names ("In August, Mexico filed…").
  while (seq.length && CALENDAR.test(bare(seq[0]))) seq = seq.slice(1);
  if (!seq.length) return;
  if (seq.length === 1 && NOT_NAMES.has(bare(seq[0])) && (seq[0].allCaps || seq[0].text.length <= 4)) return;
  if (seq.length === 1 && REGION_ADJECTIVES.has(bare(seq[0])))
    return void out.push(mention(text, seq, 'NORP'));
  const full = spanText(text, seq);
  if (WORLD_REGIONS.has(full.replace(/\s+/g, ' ').toLowerCase()))
    return void out.push(mention(text, seq, 'LOC'));
  // A word in capitals that the article also writes in lower case is emphasis, not an acronym ("LIVE").
  if (seq.length === 1 && seq[0].allCaps && seq[0].text.length >= 4 && lower.has(seq[0].text.toLowerCase()))
    return;
  const gaz = gazetteerType(full.replace(/\s+/g, ' '));
  if (gaz) return void out.push(mention(text, seq, gaz));
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
    for (const t of seq)
      if (!places.some((p) => p.start <= t.start && p.end >= t.end))
        pending.push({ token: t, before: '', after: '' });
    return;
  }
  const titled = splitTitle(text, seq, out);
  // A title followed by something that is not a name ("Atty. According to…", "Secretary of Defense
  // of Mexico"): no person here, but the places named in it count.
  if (
    !titled &&
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
    const role = /^(dr|prof|professor)\.?$/i.test(titled.title) ? lowerRoleBefore(text, seq[0]) : undefined;
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
    const headed =
      s.length > 1 && (ORG_HEADS.has(lastWord) || LAW_HEADS.has(lastWord) || EVENT_HEADS.has(lastWord));
    // A capitalised ordinary word is dropped only when the article also writes it in lower case:
    // common-word lists hold first names too ("Maria", "Mark").
    const participle = w.length >= 6 && /(ed|ing)$/.test(w) && isCommonWord(w);
    const beforePlace = rest.length > 0 && gazetteerType(spanText(text, rest)) !== undefined;
    const ordinary =
      FUNCTION_WORDS.has(w) || participle || (isCommonWord(w) && (lower.has(w) || beforePlace));
    if (ordinary && (positional || (restIsName && !headed)) && !ORG_HEADS.has(w) && !LAW_HEADS.has(w)) {
      s = rest;
      while (s.length && !s[0].cap) s = s.slice(1);
    } else break;
  }
  return s;
}

/** "Secretary of State Antony Blinken" → title + name; undefined when the run has no title. */
function splitTitle(
  text: string,
  seq: readonly Token[],
  out: Mention[],
): { title: string; name: Token[] } | undefined {
  // The last role word whose following words (after "of State", "of Homeland Security") form a name.
  for (let k = seq.length - 1; k >= 0; k--) {
    if (!isRoleWord(seq[k])) continue;
    let j = k + 1;
    if (j < seq.length && bare(seq[j]) === 'of') {
      j++;
      while (j < seq.length && (isTitleModifier(seq[j]) || gazetteerType(seq[j].text))) j++;
    }
    // Title words after the role belong to it: "Chief Executive", "Executive Vice-President".
    while (j < seq.length - 1 && (TITLE_WORDS.has(bare(seq[j])) || isRoleWord(seq[j])) && seq[j].cap) j++;
    const name = seq.slice(j);
    // Connectors do not count: "María Eugenia Sáenz de la Vega" is a four-word name.
    const words = name.filter((t) => t.cap).length;
    if (words > 4 || (name.length && !personLike(name))) continue;
    if (name.length === 1 && isCommonWord(bare(name[0]))) return undefined;
    // Title words and places just before the role belong to the title ("Mexican Foreign Minister").
    let t0 = k;
    while (
      t0 > 0 &&
      (isTitleModifier(seq[t0 - 1]) || gazetteerType(seq[t0 - 1].text) || GPE_ACRONYMS[seq[t0 - 1].text])
    )
      t0--;
    for (const p of seq.slice(t0, k)) {
      const type = gazetteerType(p.text) ?? GPE_ACRONYMS[p.text];
      if (type) out.push(mention(text, [p], type));
    }
    // Whatever stands before the title is a name of its own: "Bramley County Emergency Agency Director X".
    const prefix = seq.slice(0, t0);
    if (prefix.length) {
      const type = gazetteerType(spanText(text, prefix)) ?? typeByShape(prefix);
      if (type && type !== 'PERSON') out.push(mention(text, prefix, type));
      else {
        // "Swedish Migration Minister": the nationality still counts.
        for (const p of prefix) {
          const g = gazetteerType(p.text) ?? GPE_ACRONYMS[p.text];
          if (g) out.push(mention(text, [p], g));
        }
      }
    }
    return {
      title: text.slice(seq[0].start, seq[j - 1].end),
      name,
    };
  }
  return undefined;
}

/** A word that ends the name of an organisation, programme, event, facility or place. */
function isHead(w: string): boolean {
  return ORG_HEADS.has(w) || LAW_HEADS.has(w) || EVENT_HEADS.has(w) || FAC_HEADS.has(w) || LOC_HEADS.has(w);
}

/** A role head, also hyphenated with title words ("Vice-President", "Attorney-General"). */
function isRoleWord(t: Token): boolean {
  const w = bare(t);
  if (ROLE_HEADS.has(w) || LOWER_ROLES.has(w)) return true;
  const parts = w.split('-');
  return (
    parts.length > 1 && parts.every((p) => TITLE_WORDS.has(p)) && ROLE_HEADS.has(parts[parts.length - 1])
  );
}

function isTitleModifier(t: Token): boolean {
  const w = bare(t);
  return (
    TITLE_WORDS.has(w) ||
    w === 'the' ||
    /^(affairs|public|safety|commerce|treasury|veterans|services|state)$/.test(w)
  );
}

function personLike(name: readonly Token[]): boolean {
  if (name.filter((t) => t.cap).length > 5 || !name[0].cap || !name[name.length - 1].cap) return false;
  if (name.some((t) => !t.cap && !NAME_CONNECTORS.has(t.text.toLowerCase()))) return false;
  if (name.some((t) => /^(of|for|and|the|on)$/i.test(t.text))) return false;
  const last = bare(name[name.length - 1]);
  if (
    ORG_HEADS.has(last) ||
    LAW_HEADS.has(last) ||
    EVENT_HEADS.has(last) ||
    FAC_HEADS.has(last) ||
    LOC_HEADS.has(last)
  )
    return false;
  return !name.some((t) => /^\p{N}/u.test(t.text)) && !(name.length === 1 && name[0].allCaps);
}

/** Type from the form of a multi-word run or an acronym; undefined when the form says nothing. */
function typeByShape(seq: readonly Token[]): EntityType | undefined {
  const words = seq.map(bare);
  const first = words[0];
  const last = words[words.length - 1];
  if (seq.length === 1) {
    if (SINGLE_WORD_ORGS.has(first)) return 'ORG';
    // Acronyms; not wire flags written in capitals ("UPDATE", "EXCLUSIVE", "ANALYSIS").
    if (
      seq[0].allCaps &&
      seq[0].text.replace(/\./g, '').length >= 2 &&
      !(seq[0].text.length >= 4 && isCommonWord(first))
    )
      return 'ORG';
    return undefined;
  }
  if (words[1] === 'of' && PREFIX_TYPES[first]) return PREFIX_TYPES[first];
  if (HEAD_FIRST[first]) return HEAD_FIRST[first];
  if (LAW_HEADS.has(last)) return 'LAW';
  if (ORG_HEADS.has(last)) return 'ORG';
  if (EVENT_HEADS.has(last)) return 'EVENT';
  if (FAC_HEADS.has(last)) return 'FAC';
  if (LOC_HEADS.has(last)) return 'LOC';
  if (GPE_HEADS.has(last)) return 'GPE';
  if (words.includes('of') || words.includes('for')) return 'ORG';
  // An organisation's head and the place it covers: "Open Cloud Alliance Europe", "Caritas Internationalis".
  const headAt = words.findIndex((w) => ORG_HEADS.has(w));
  if (headAt > 0 && words.slice(headAt + 1).every((w) => WORLD_REGIONS.has(w) || gazetteerType(w) === 'GPE'))
    return 'ORG';
  // An acronym and a name: "NHS England", "BBC News" (not "UK Prime Minister", a role).
  if (seq[0].allCaps && seq.length <= 3 && !seq.slice(1).some((t) => t.allCaps) && !TITLE_WORDS.has(last))
    return 'ORG';
  if (seq.length > 5 || seq.some((t) => t.allCaps)) return undefined;
  // "Former Defense Minister" with no name after it is a role, not a person.
  if (ROLE_HEADS.has(last)) return undefined;
  if (isCity(seq.map((t) => t.text).join(' '))) return 'GPE';
  // Capitalised ordinary words mid-sentence name an institution or a thing ("Red Cross", "White House").
  if (words.every((w) => isVeryCommonWord(w) || NAME_CONNECTORS.has(w)))
    return seq[0].initial ? undefined : 'ORG';
  return 'PERSON';
}

function lowerRoleBefore(text: string, first: Token): { title: string; start: number } | undefined {
  const from = Math.max(0, first.start - 80);
  const before = text.slice(from, first.start);
  // Modifiers and role on the same line or a wrapped one, never across a sentence end or a blank line.
  // One lower-case modifier may come before the role: "chief executive", "finance minister".
  const m =
    /((?:\p{Lu}[\p{L}'’-]*(?:[ \t]+|\r?\n(?![ \t]*\r?\n)))*)((?:\p{Ll}+[ \t]+)?)(\p{Ll}+)(?:[ \t]+|\r?\n)$/u.exec(
      before,
    );
  if (!m || !LOWER_ROLES.has(m[3])) return undefined;
  // Capitalised words before a lower-case modifier name the employer, not the role, when no modifier ties them.
  const modifier = m[2].trim();
  if (
    modifier &&
    !TITLE_WORDS.has(modifier) &&
    !/^(medical|national|chief|senior|deputy|general|managing|executive)$/.test(modifier)
  )
    return m[1] ? undefined : { title: m[3], start: from + m.index + m[1].length + m[2].length };
  return { title: (m[1] + m[2] + m[3]).trim(), start: from + m.index };
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

function mention(text: string, seq: readonly Token[], type: EntityType): Mention {
  const start = seq[0].start;
  const end = seq[seq.length - 1].end;
  return { entity: '', type, text: text.slice(start, end), start, end };
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
