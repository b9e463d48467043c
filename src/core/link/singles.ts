import type { EntityType } from '../model';
import { ORG_HEADS, isCommonWord } from '../extract/lexicon';
import type { Cluster } from './entities';

// Lone words and product names: records a name's form alone cannot place, placed by the story.

/**
 * A lone word typed as a person that no person's name explains ("Merida") belongs to the
 * programme or organisation whose name it starts, when exactly one does.
 */
export function reassignSingles(clusters: Cluster[]): Cluster[] {
  // Only guesses: a lone word typed as a person; places and nationalities come from the gazetteer.
  const guessable = new Set<EntityType>(['PERSON', 'ORG', 'LAW', 'EVENT', 'PRODUCT', 'OTHER']);
  const lone = clusters.filter(
    (c) =>
      guessable.has(c.type) &&
      c.nodes.every((n) => n.words.length === 1 && !/^\p{Lu}+$/u.test(n.mention.text)),
  );
  for (const c of lone) {
    const w = c.nodes[0].words[0];
    const targets = clusters.filter(
      (o) =>
        o !== c &&
        o.type !== 'PERSON' &&
        o.type !== 'GPE' &&
        o.nodes.some((n) => n.words.length > 1 && n.words[0] === w),
    );
    // "the Commission" for "the European Commission": an organisation's head word alone.
    if (!targets.length && ORG_HEADS.has(w)) {
      const ends = clusters.filter(
        (o) =>
          o !== c &&
          o.type === 'ORG' &&
          o.nodes.some((n) => n.words.length > 1 && n.words[n.words.length - 1] === w),
      );
      if (ends.length === 1) {
        ends[0].nodes.push(...c.nodes);
        c.nodes = [];
        continue;
      }
    }
    // Several names start with the word ("Veltrix Systems", "Veltrix Cloud"): the one an
    // organisation's head word ends is the organisation the lone word stands for.
    const headed = targets.filter((o) =>
      o.nodes.some((n) => n.words.length > 1 && ORG_HEADS.has(n.words[n.words.length - 1])),
    );
    const orgs = targets.filter((o) => o.type === 'ORG');
    const target =
      targets.length === 1
        ? targets[0]
        : headed.length === 1
          ? headed[0]
          : orgs.length === 1
            ? orgs[0]
            : undefined;
    if (target) {
      target.nodes.push(...c.nodes);
      c.nodes = [];
    }
  }
  return clusters.filter((c) => c.nodes.length);
}

/**
 * A "person" named by a company's own name and ordinary words ("Orvana Cloud", "Orvana Pay",
 * when the story names "Orvana Systems") is one of its products.
 */
export function retypeProducts(clusters: Cluster[]): Cluster[] {
  const companies = new Set(
    clusters
      .filter((c) => c.type === 'ORG')
      .flatMap((c) => c.nodes.filter((n) => n.words.length > 1 && ORG_HEADS.has(n.words[n.words.length - 1])))
      .map((n) => n.words[0]),
  );
  for (const c of clusters) {
    if (c.type !== 'PERSON') continue;
    const product = c.nodes.every(
      (n) =>
        n.words.length >= 2 && companies.has(n.words[0]) && n.words.slice(1).every((w) => isCommonWord(w)),
    );
    if (product) c.type = 'PRODUCT';
  }
  return clusters;
}
