import type { Mention } from '../../model';
import type { Found } from './assign';
import { words } from './filter';
import { isAnonymousLabel } from './lexicon';
import type { Paragraph } from './paragraphs';

/**
 * The delayed lede: "A mother whose son has waited 18 months says she is “…”", and the next
 * paragraph names her ("Joanne Ruiz, 41, said …"). A description in the story's first paragraph
 * that is not an anonymous source ("a senior official") is the person the next paragraph opens
 * with, when that is the first time the article names them.
 */
export function identifyDelayedLede(
  text: string,
  found: Found[],
  paragraphs: readonly Paragraph[],
  mentions: readonly Mention[],
): void {
  const lede = paragraphs.findIndex((p) => isProse(text.slice(p.start, p.end)));
  const next = paragraphs[lede + 1];
  if (lede < 0 || !next) return;
  const m = mentions.find((x) => x.type === 'PERSON' && x.start >= next.start && x.end <= next.end);
  if (!m || /\p{L}/u.test(text.slice(next.start, m.titleStart ?? m.start)) || !/\s/.test(m.text)) return;
  const last = m.text.split(/\s+/).pop() as string;
  if (mentions.some((x) => x.type === 'PERSON' && x.end <= next.start && x.text.split(/\s+/).includes(last)))
    return;
  const aged = /^\s*,\s*\d{1,3}\s*,/.test(text.slice(m.end, m.end + 8));
  const body = text.slice(next.start, next.end).toLowerCase();
  for (const f of found) {
    const label = f.speaker?.label;
    if (
      f.para !== lede ||
      !label ||
      f.speaker?.span ||
      !/^(?:an?|one)\s/i.test(label) ||
      isAnonymousLabel(label)
    ) {
      continue;
    }
    // Told apart from an official who speaks next: the named person's age, or the description again.
    const head = (label.toLowerCase().split(/\s+/).pop() as string).replace(/[^\p{L}\p{N}-]/gu, '');
    if (!aged && !new RegExp(`\\b${head}\\b`).test(body)) continue;
    const named = { span: { start: m.start, end: m.end }, label: null, at: f.speaker?.at ?? m.start };
    const described = f.speaker;
    for (const g of found) if (g.speaker === described) g.speaker = named;
  }
}

/** A paragraph of running text (not site furniture, a heading or a byline block). */
function isProse(body: string): boolean {
  return words(body).length >= 15 && /[.!?]["”’]?\s*(?:<\/\w+>)?\s*$/.test(body);
}

/**
 * An unattributed quotation takes the speaker of the quotation before or after it in its
 * paragraph, of the one it continues, or, when its paragraph holds nothing but quotation, of the
 * last quotation of the paragraph just before.
 */
export function inheritFromNeighbours(text: string, found: Found[], paragraphs: readonly Paragraph[]): void {
  for (let i = 1; i < found.length; i++) {
    const f = found[i];
    const prev = found[i - 1];
    if (f.speaker) continue;
    if (prev.para === f.para || f.continues || followsOn(text, f, prev, found, paragraphs)) {
      f.speaker = prev.speaker;
      f.weak = true;
    }
  }
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i];
    const next = found[i + 1];
    if (!f.speaker && (next.para === f.para || next.continues)) {
      f.speaker = next.speaker;
      f.weak = true;
    }
  }
}

/** A paragraph of nothing but quotation, right after one with a quotation (not a heading). */
function followsOn(
  text: string,
  f: Found,
  prev: Found,
  found: readonly Found[],
  paragraphs: readonly Paragraph[],
): boolean {
  if (prev.para !== f.para - 1 || paragraphs[f.para].headline || paragraphs[prev.para].headline) return false;
  return onlyQuotation(text, f, found, paragraphs);
}

/** Whether the quotation's paragraph holds nothing outside its quotations but punctuation. */
function onlyQuotation(
  text: string,
  f: Found,
  found: readonly Found[],
  paragraphs: readonly Paragraph[],
): boolean {
  const p = paragraphs[f.para];
  let rest = '';
  let at = p.start;
  for (const g of found.filter((x) => x.para === f.para)) {
    rest += text.slice(at, g.raw.open);
    at = g.raw.close + 1;
  }
  rest += text.slice(at, p.end);
  return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * A quotation with no named speaker whose words are part of another, attributed quotation of the
 * article (a headline repeating a line of the story) has that quotation's speaker.
 */
export function inheritFromRepeats(text: string, found: Found[]): void {
  const wordsOf = (f: Found) => ` ${words(text.slice(f.inner.start, f.inner.end).toLowerCase()).join(' ')} `;
  for (const f of found) {
    if (f.speaker && !f.weak) continue;
    const own = wordsOf(f);
    if (own.trim().split(' ').length < 3) continue;
    const source = found.find((g) => g !== f && g.speaker && !g.weak && wordsOf(g).includes(own));
    if (source) {
      f.speaker = source.speaker;
      f.weak = true;
    }
  }
}
