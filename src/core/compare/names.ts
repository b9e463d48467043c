import type { LensConfig } from '../config';
import type { ArticleAnalysis, Entity, Finding, Mention, RelatedLocation } from '../model';
import { nameWords, sameWord } from '../link/entities';
import { fold } from '../extract/tokens';
import { isCommonWord } from '../extract/lexicon';
import { similarity } from '../text/similarity';

interface Placed {
  article: ArticleAnalysis;
  mention: Mention;
  words: string[];
}

/**
 * Flags mentions spelled differently from the story's consensus spelling of the same person.
 * Consensus-respecting differences (accents, initials, surname only, nickname) are not flagged.
 * One finding per article and variant spelling, at its first occurrence, so a long article does not
 * drown in repeated diagnostics.
 */
export function compareNames(
  articles: readonly ArticleAnalysis[],
  entities: readonly Entity[],
  config: LensConfig,
): Finding[] {
  const accepted = new Set(config.acceptedSpellings.map((s) => fold(s.trim())));
  const byEntity = new Map<string, Placed[]>();
  for (const article of articles) {
    for (const mention of article.mentions) {
      if (mention.type !== 'PERSON' || !mention.entity) continue;
      const list = byEntity.get(mention.entity) ?? [];
      list.push({ article, mention, words: nameWords(mention.text, 'PERSON') });
      byEntity.set(mention.entity, list);
    }
  }
  const findings: Finding[] = [];
  for (const entity of entities) {
    const placed = byEntity.get(entity.id);
    if (!placed || placed.length < 2) continue;
    const canon = nameWords(entity.name, 'PERSON');
    const canonSurface = entity.name
      .replace(/[“"][^”"]*[”"]\s*/g, '')
      .split(/\s+/)
      .filter((w) => w.replace(/\./g, '').length > 1);
    // Umlauts written out only where some source writes the umlaut: French "Coeur" is no "Cour".
    const umlauts = placed.some((p) => /[äöüÄÖÜ]/.test(p.mention.text));
    const inCanon = (w: string) =>
      canon.includes(w) || (umlauts && canon.some((c) => sameTransliteration(w, c)));
    const agreeing = placed.filter((p) => p.words.every(inCanon));
    const seen = new Set<string>();
    for (const p of placed) {
      // A variant is a word that misspells a word of the consensus name; an extra word is not a spelling.
      const misspelt = p.words.filter((w) => !inCanon(w));
      if (!misspelt.length || !misspelt.some((w) => canon.some((c) => nearWord(w, c)))) continue;
      // A lone everyday word near another ("Updated" / "Wildfire Updates") is page furniture read as a
      // name; a surname that is a word, written with its first name ("Ned Rice" / "Ned Price"), is checked.
      if (
        p.words.length === 1 &&
        misspelt.every((w) => isCommonWord(w) && canon.some((c) => nearWord(w, c) && isCommonWord(c)))
      )
        continue;
      if (accepted.has(fold(p.mention.text.replace(/\s+/g, ' ')))) continue;
      const form = `${p.article.uri}|${p.words.join(' ')}`;
      if (seen.has(form)) continue;
      seen.add(form);
      const count = placed.filter(
        (q) => q.article === p.article && q.words.join(' ') === p.words.join(' '),
      ).length;
      const variantSources = new Set(
        placed.filter((q) => q.words.join(' ') === p.words.join(' ')).map((q) => q.article.uri),
      ).size;
      findings.push(
        spellingFinding(entity, p, variantSources, agreeing, count, suggestion(p, canon, canonSurface)),
      );
    }
  }
  return findings;
}

function spellingFinding(
  entity: Entity,
  p: Placed,
  variantSources: number,
  agreeing: readonly Placed[],
  count: number,
  fix: string,
): Finding {
  const related: RelatedLocation[] = [];
  const perArticle = new Map<string, Placed>();
  for (const a of agreeing) if (!perArticle.has(a.article.uri)) perArticle.set(a.article.uri, a);
  for (const a of perArticle.values()) {
    related.push({
      uri: a.article.uri,
      start: a.mention.start,
      end: a.mention.end,
      text: a.mention.text,
      message:
        a.article.uri === p.article.uri
          ? `spelled '${oneLine(a.mention.text)}' earlier in this article`
          : `spelled '${oneLine(a.mention.text)}' here`,
    });
  }
  const others = [...perArticle.keys()].filter((u) => u !== p.article.uri).length;
  const where =
    others > 0 ? `in ${others} other source${others === 1 ? '' : 's'}` : 'elsewhere in this article';
  const times = count > 1 ? ` (${count} times in this article)` : '';
  return {
    id: `name_spelling:${p.article.uri}:${p.mention.start}`,
    kind: 'name_spelling',
    // When as many sources write the variant as the consensus, either may be the slip.
    severity: others > 0 && others <= variantSources ? 'info' : 'warning',
    message: `'${oneLine(p.mention.text)}' is spelled '${fix}' ${where}${times}: ${entity.name}`,
    uri: p.article.uri,
    start: p.mention.start,
    end: p.mention.end,
    text: p.mention.text,
    related,
    suggestions: [fix],
    entity: entity.id,
  };
}

/** The consensus spelling in the shape of the mention: surname only stays surname only. */
function suggestion(p: Placed, canon: readonly string[], canonSurface: readonly string[]): string {
  if (canonSurface.length !== canon.length) return canonSurface.join(' ');
  if (p.words.length >= canon.length || (p.words.length >= 2 && sameWord(p.words[0], canon[0])))
    return canonSurface.join(' ');
  // Surname-only: the canonical words that the mention's words stand for, in order.
  const lastWord = p.words[p.words.length - 1];
  let end = canon.length;
  for (let i = canon.length - 1; i >= 0; i--) {
    if (sameWord(canon[i], lastWord) || canon.slice(i).join('').length >= lastWord.length - 1) {
      end = i + 1;
      break;
    }
  }
  const start = Math.max(0, end - Math.max(p.words.length, 1));
  return canonSurface.slice(start, end).join(' ');
}

/**
 * German umlauts written out, as English copy often does ("Köhler" / "Koehler", "Weißmüller" /
 * "Weissmueller"): folded, "oe", "ue" and "ae" spell the vowel the umlaut marks.
 */
function sameTransliteration(a: string, b: string): boolean {
  const key = (w: string) => w.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  return a !== b && key(a) === key(b);
}

function nearWord(a: string, b: string): boolean {
  return sameWord(a, b) || (Math.min(a.length, b.length) >= 4 && a[0] === b[0] && similarity(a, b) >= 0.6);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}
