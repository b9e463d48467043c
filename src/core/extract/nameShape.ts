import type { EntityType, Mention } from '../model';
import {
  COMPASS,
  EVENT_HEADS,
  FAC_HEADS,
  GPE_ACRONYMS,
  GPE_HEADS,
  HEAD_FIRST,
  LAW_HEADS,
  LOC_HEADS,
  LOWER_ROLES,
  NAME_CONNECTORS,
  ORG_HEADS,
  PREFIX_TYPES,
  ROLE_HEADS,
  TITLE_WORDS,
  WORLD_REGIONS,
  gazetteerType,
  isCity,
  isCommonWord,
  isVeryCommonWord,
} from './lexicon';
import type { Token } from './tokens';

// The shape of a name run: titles and roles before a name, and the type a run's words give it.

const SINGLE_WORD_ORGS = new Set([
  // Supranational bodies usually written in title case.
  'mercosur',
  'mercosul',
  'frontex',
  'caricom',
  'unasur',
  'eurostat',
  'eurojust',
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

export function mention(text: string, seq: readonly Token[], type: EntityType): Mention {
  const start = seq[0].start;
  const end = seq[seq.length - 1].end;
  return { entity: '', type, text: text.slice(start, end), start, end };
}

export function bare(t: Token): string {
  return t.text.toLowerCase().replace(/\.$/, '');
}

function spanText(text: string, seq: readonly Token[]): string {
  return text.slice(seq[0].start, seq[seq.length - 1].end);
}

/** "Secretary of State Antony Blinken" → title + name; undefined when the run has no title. */
export function splitTitle(
  text: string,
  seq: readonly Token[],
  out: Mention[],
): { title: string; name: Token[] } | undefined {
  // The last role word whose following words (after "of State", "of Homeland Security") form a name.
  for (let k = seq.length - 1; k >= 0; k--) {
    if (!isRoleWord(seq[k])) continue;
    // "Court of Justice", "Ministry of Justice": a role word after "of" names the institution's field.
    if (k > 0 && bare(seq[k - 1]) === 'of') continue;
    let j = k + 1;
    if (j < seq.length && bare(seq[j]) === 'of') {
      j++;
      // "Minister of Mining María José Fuentes": the first word after "of" is the portfolio.
      const portfolio = j;
      while (
        j < seq.length &&
        (isTitleModifier(seq[j]) ||
          gazetteerType(seq[j].text) ||
          (j === portfolio && isCommonWord(bare(seq[j]))))
      )
        j++;
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
    // A country named by its initials inside an office ("U.S. Attorney", "UK Prime Minister") is part
    // of the title; a name in words ("Mexican", "Sindh") still counts as its place or people.
    for (const p of seq.slice(t0, k)) {
      const type = gazetteerType(p.text);
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
export function isHead(w: string): boolean {
  return ORG_HEADS.has(w) || LAW_HEADS.has(w) || EVENT_HEADS.has(w) || FAC_HEADS.has(w) || LOC_HEADS.has(w);
}

/** A role head, also hyphenated with title words ("Vice-President", "Attorney-General"). */
function isRoleWord(t: Token): boolean {
  const w = bare(t);
  if (ROLE_HEADS.has(w) || LOWER_ROLES.has(w)) return true;
  // "Vice-President", "Prosecutor-General", "Secretary-General", "Director-General".
  const parts = w.split('-');
  return (
    parts.length > 1 &&
    parts.some((p) => ROLE_HEADS.has(p)) &&
    parts.every((p) => TITLE_WORDS.has(p) || ROLE_HEADS.has(p) || LOWER_ROLES.has(p) || OFFICE_NOUNS.test(p))
  );
}

const OFFICE_NOUNS =
  /^(?:prosecutor|auditor|solicitor|procurator|registrar|postmaster|surgeon|advocate|ombudsman)$/;

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
export function typeByShape(seq: readonly Token[]): EntityType | undefined {
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
  // "Nova Lima", "São Bernardo": a town named head first, even when its last word is a place too.
  if (HEAD_FIRST[first] === 'GPE' && !ORG_HEADS.has(last)) return 'GPE';
  // "Environment Canada", "Transport Scotland": a government body named by its field and its country.
  if (
    seq.length >= 2 &&
    gazetteerType(seq[seq.length - 1].text) === 'GPE' &&
    words.slice(0, -1).every((w) => isCommonWord(w))
  )
    return 'ORG';
  // "Shanghai Metals Market", "Frankfurt Stock Exchange": a body named by its city and what it does.
  if (
    seq.length >= 3 &&
    (gazetteerType(seq[0].text) === 'GPE' || isCity(seq[0].text)) &&
    words.slice(1).every((w) => isCommonWord(w))
  )
    return 'ORG';
  // "World Athletics", "International Paralympic Committee"-like bodies named by their scope and field.
  if (
    seq.length >= 2 &&
    /^(world|international|global|national|european|asian|african|arab|pan-african|inter-american)$/.test(
      first,
    ) &&
    words.slice(1).every((w) => isCommonWord(w))
  )
    return 'ORG';
  // "Category A", "Group B", "Phase 2": a label, not a name.
  if (seq.length === 2 && isCommonWord(first) && /^[A-Z0-9]$/.test(seq[1].text)) return undefined;
  // "Lunar New Year", "Chinese New Year": a holiday.
  if (seq.length >= 2 && words.slice(-2).join(' ') === 'new year') return 'EVENT';
  // "South Cariboo", "Upper Nile": a region of a place.
  if (seq.length === 2 && COMPASS.has(first) && !isCommonWord(last)) return 'LOC';
  if (LAW_HEADS.has(last)) return 'LAW';
  if (ORG_HEADS.has(last)) return 'ORG';
  if (EVENT_HEADS.has(last)) return 'EVENT';
  if (FAC_HEADS.has(last)) return 'FAC';
  if (LOC_HEADS.has(last)) return 'LOC';
  if (GPE_HEADS.has(last)) return 'GPE';
  // An English head word at the end wins over a head-first word: "Cordillera Metals Advisory".
  if (HEAD_FIRST[first]) return HEAD_FIRST[first];
  if (words.includes('of') || words.includes('for')) return 'ORG';
  // "Group on Vaccine Provision", "Committee on Climate Change": an institution's remit after "on".
  if (words.slice(1).some((w, i) => w === 'on' && ORG_HEADS.has(words[i]))) return 'ORG';
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
  // "Le Monde", "El País", "Die Zeit": a name that opens with an article is a title or a body, not a
  // person (a surname like "Le Pen" comes after a first name; retypeByUsage gives it back).
  if (/^(le|la|les|el|il|lo|los|las|der|die|das|het)$/.test(first)) return 'ORG';
  // "Médecins Sans Frontières", "Reporters Without Borders": no person's name says "without".
  if (words.slice(1, -1).some((w) => /^(without|sans|sin|sem|ohne|senza)$/.test(w))) return 'ORG';
  return 'PERSON';
}

/**
 * Courtesy, academic and religious honorifics: titles that say nothing of an office, so a role
 * may stand before them ("agency chief executive Professor Ana Ruiz", "irrigation minister Makhdoom
 * Ali Shah").
 */
export const HONORIFIC =
  /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rev|syed|sayed|syeda|mian|makhdoom|sardar|khawaja|nawab|begum|maulana|mufti|alhaji|alhaja|hajiya|mallam|otunba|chief|engr|barr)\.?$/i;

export function lowerRoleBefore(text: string, first: Token): { title: string; start: number } | undefined {
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
  // A minister's or secretary's modifier is the portfolio: "irrigation minister", "culture secretary".
  const portfolio = /^(minister|secretary|commissioner)$/.test(m[3]);
  if (portfolio && modifier) return { title: `${modifier} ${m[3]}`, start: from + m.index + m[1].length };
  if (
    modifier &&
    !TITLE_WORDS.has(modifier) &&
    !/^(medical|national|chief|senior|deputy|general|managing|executive)$/.test(modifier)
  )
    return m[1] ? undefined : { title: m[3], start: from + m.index + m[1].length + m[2].length };
  return { title: (m[1] + m[2] + m[3]).trim(), start: from + m.index };
}
