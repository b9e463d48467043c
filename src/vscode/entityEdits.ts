// What renaming an entity and separating two people change, as plain offsets. No 'vscode' import:
// rename.ts and codeActions.ts turn these into editor edits, the unit tests check them directly.
import { articleOf, entityById, entityKey, foldName, mentionsOf } from '../core';
import type { Finding, Mention, StoryAnalysis } from '../core';

/** One replacement in one article: `original` is the exact text expected at [start, end). */
export interface TextEdit {
  uri: string;
  start: number;
  end: number;
  original: string;
  text: string;
}

/** A name with its runs of whitespace (line breaks of wire copy included) collapsed to one space. */
export function normalizeName(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whole-word occurrences of `word` in `text`, as [start, end) offsets. */
export function wordOccurrences(text: string, word: string): [number, number][] {
  if (!word) return [];
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The words a rename changes, old word → new word, when both names have as many words:
 * "Kowalcyzk" → "Kowalczyk", or "Adrian Kowalcyzk" → "Adrian Kowalczyk" (only the surname
 * changes). Undefined when the word counts differ or one old word would become two different words
 * ("Ana Ana" → "Ana Bea").
 */
export function wordSubstitutions(oldName: string, newName: string): Map<string, string> | undefined {
  const from = normalizeName(oldName).split(' ');
  const to = normalizeName(newName).split(' ');
  if (from.length !== to.length) return undefined;
  // Every old word with what it becomes, itself included: a word both kept and changed is ambiguous.
  const all = new Map<string, string>();
  for (let i = 0; i < from.length; i++) {
    if (all.has(from[i]) && all.get(from[i]) !== to[i]) return undefined;
    all.set(from[i], to[i]);
  }
  return new Map([...all].filter(([word, next]) => word !== next));
}

/**
 * Replaces the substituted words inside one written name, whole words only, keeping everything
 * else (line breaks, possessives, other words). An all-capitals word becomes the new word in
 * capitals, so that a headline keeps its case. Offsets are relative to `text`.
 */
export function substituteWords(
  text: string,
  substitutions: ReadonlyMap<string, string>,
): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const [from, to] of substitutions) {
    for (const [s, e] of wordOccurrences(text, from)) out.push({ start: s, end: e, text: to });
    const upper = from.toUpperCase();
    if (upper !== from)
      for (const [s, e] of wordOccurrences(text, upper))
        out.push({ start: s, end: e, text: to.toUpperCase() });
  }
  return withoutOverlaps(out);
}

/**
 * The edits that rename the entity of `mention` to `newName` across the story. A mention written
 * exactly like the renamed one (whitespace aside) takes the new name; when the old and new names
 * have as many words, the changed words are also replaced inside every other form of that entity,
 * so renaming "Kowalcyzk" to "Kowalczyk" turns "Adrian Kowalcyzk" into "Adrian Kowalczyk" while
 * "Kowalcyzk" stays a surname alone, and forms spelled differently are left as they are.
 */
export function renameEdits(analysis: StoryAnalysis, mention: Mention, newName: string): TextEdit[] {
  const oldForm = normalizeName(mention.text);
  const newForm = normalizeName(newName);
  if (!newForm || newForm === oldForm) return [];
  const substitutions = wordSubstitutions(oldForm, newForm);
  const edits: TextEdit[] = [];
  for (const { uri, mention: m } of mentionsOf(analysis, entityKey(mention))) {
    const exact = normalizeName(m.text) === oldForm;
    if (exact && !substitutions) {
      edits.push({ uri, start: m.start, end: m.end, original: m.text, text: newForm });
      continue;
    }
    if (!substitutions?.size) continue;
    for (const part of substituteWords(m.text, substitutions))
      edits.push({
        uri,
        start: m.start + part.start,
        end: m.start + part.end,
        original: m.text.slice(part.start, part.end),
        text: part.text,
      });
  }
  const byUri = new Map<string, TextEdit[]>();
  for (const e of edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
  return [...byUri.values()].flatMap((list) => withoutOverlaps(list));
}

/**
 * The pair of names to record in `distinctEntities` so that the engine stops joining a spelling
 * finding's variant to its entity: the variant's full form (a surname alone is completed from the
 * same article) and the entity's canonical name. Undefined when either is a single word: the
 * engine reads `distinctEntities` between full names only, so such a pair would change nothing.
 */
export function distinctPair(analysis: StoryAnalysis, finding: Finding): [string, string] | undefined {
  if (finding.kind !== 'name_spelling' || !finding.entity) return undefined;
  const entity = entityById(analysis, finding.entity);
  if (!entity) return undefined;
  const canonical = normalizeName(entity.name);
  let variant = normalizeName(finding.text);
  if (variant.split(' ').length < 2) {
    const surname = foldName(variant);
    const full = articleOf(analysis, finding.uri)?.mentions.find((m) => {
      const words = normalizeName(m.text).split(' ');
      return m.entity === entity.id && words.length >= 2 && foldName(words[words.length - 1]) === surname;
    });
    // Without a full form in its article the surname itself is recorded; the engine keeps it apart too.
    if (full) variant = normalizeName(full.text);
  }
  if (canonical.split(' ').length < 2 || foldName(variant) === foldName(canonical)) return undefined;
  return [variant, canonical];
}

/** Sorted by start; a span overlapping an earlier one is dropped. */
function withoutOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}
