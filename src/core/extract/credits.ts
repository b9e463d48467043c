import type { ArticleContext, Mention, Span } from '../model';

/**
 * The people an article credits outside its prose: wire credit lines ("(Reporting by Ana Ruiz in
 * Lima; Editing by Tom Hale)"), the author fields of Markdown front matter, and a newsletter's
 * sign-off ("— Dana"). Those lines are page furniture, which the prose pass skips, but the names in
 * them are people of the article: a reader asks who reported it.
 */
export function creditMentions(ctx: ArticleContext): Mention[] {
  const inFurniture = (s: Span) => ctx.boilerplate.some((b) => b.start <= s.start && s.end <= b.end);
  // A sign-off may sit in the last paragraph of the prose, which the prose pass reads as a lone word.
  return [
    ...wireCredits(ctx.text, inFurniture),
    ...frontMatterAuthors(ctx.text).filter(inFurniture),
    ...signOff(ctx.text),
  ];
}

// "Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by", …
const CREDIT =
  /\b(?:(?:additional\s+)?reporting|writing|editing|compiled|written|reported|produced|graphics|fact-checking)\s+by\s+/gi;
/** Where the names of one credit end: a semicolon, a closing parenthesis, a blank line or the next credit. */
const CREDIT_END = /;|\)|\n\s*\n|\b(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b/i;
/** One name: capitalised words, initials and the particles of many languages, wrapped lines allowed. */
const NAME =
  /\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\s+(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|la|le|al|el|bin|ibn|ben)\s+)*\p{Lu}[\p{L}\p{M}'’-]*\.?){0,4}/uy;
/** Words that make a credit a desk or an agency rather than a person. */
const NOT_PERSON =
  /\b(?:staff|desk|team|newsroom|agency|agencies|bureau|reporters?|correspondents?|wires?)\b/i;

/** The names of every credit whose words ("Reporting by") are page furniture; names may wrap onto the next line. */
function wireCredits(text: string, inFurniture: (s: Span) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(CREDIT)) {
    if (!inFurniture({ start: m.index, end: m.index + m[0].trimEnd().length })) continue;
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 300);
    const stop = CREDIT_END.exec(rest);
    const segment = rest.slice(0, stop ? stop.index : rest.length);
    out.push(...namesIn(text, from, segment, 2));
  }
  return out;
}

/**
 * The names of a list ("Ana Ruiz in Lima, and Tom Hale in Quito"): each part up to its "in"
 * (where the reporter was), split at commas and "and".
 */
function namesIn(text: string, offset: number, segment: string, minWords: number): Mention[] {
  const out: Mention[] = [];
  let at = 0;
  for (const part of segment.split(/,|\band\b|&/)) {
    const start = segment.indexOf(part, at);
    at = start + part.length;
    const lead = part.length - part.trimStart().length;
    NAME.lastIndex = lead;
    const m = NAME.exec(part);
    if (!m || NOT_PERSON.test(part)) continue;
    // A place after "in" is where the reporter was, not part of the name.
    const name = m[0].replace(/\s+(?:in|at|from)$/i, '').trimEnd();
    const words = name.split(/\s+/);
    if (words.length < minWords || words.some((w) => /^\p{Lu}{2,}$/u.test(w))) continue;
    const s = offset + start + lead;
    out.push({
      entity: '',
      type: 'PERSON',
      text: text.slice(s, s + name.length),
      start: s,
      end: s + name.length,
    });
  }
  return out;
}

const FRONT_MATTER = /^(?:---|\+\+\+)\r?\n([\s\S]*?)\r?\n(?:---|\+\+\+)\s*(?:\r?\n|$)/;
const AUTHOR_FIELD = /^(?:author|authors|byline|by|writer|reporter)\s*[:=]\s*(.*)$/i;

/** `author: Dana Ruiz`, `authors: [Ana Ruiz, Tom Hale]` or a list below `authors:`. */
function frontMatterAuthors(text: string): Mention[] {
  const fm = FRONT_MATTER.exec(text);
  if (!fm) return [];
  const out: Mention[] = [];
  let offset = text.indexOf(fm[1]);
  let inList = false;
  for (const line of fm[1].split('\n')) {
    const field = AUTHOR_FIELD.exec(line.trim());
    const item = /^\s*-\s+(.*)$/.exec(line);
    const value = field ? field[1] : inList && item ? item[1] : null;
    if (field) inList = !field[1].trim();
    else if (!item) inList = false;
    if (value) {
      const clean = value.replace(/["'[\]]/g, ' ');
      out.push(...namesIn(text, offset + line.indexOf(value), clean, 2));
    }
    offset += line.length + 1;
  }
  return out;
}

/** A sign-off near the end: "— Dana", "-- Dana Ruiz", alone on its line. */
function signOff(text: string): Mention[] {
  const out: Mention[] = [];
  const tail = Math.max(0, text.length - 1500);
  for (const m of text
    .slice(tail)
    .matchAll(
      /^[ \t]*(?:—|–|--)[ \t]*(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})[ \t]*\r?$/gmu,
    )) {
    const start = tail + m.index + m[0].indexOf(m[1]);
    out.push({ entity: '', type: 'PERSON', text: m[1], start, end: start + m[1].length });
  }
  return out;
}
