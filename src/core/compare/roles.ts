import type { ArticleAnalysis, Entity, Finding, Mention, RelatedLocation } from '../model';
import { ROLE_HEADS, TITLE_WORDS } from '../extract/lexicon';

// Honorifics say nothing about an office; "former"/"acting" change its time, not the office.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev']);
const TIME_WORDS = new Set(['former', 'acting', 'interim', 'late', 'then']);

// Gendered and spelling variants of one office.
const SYNONYMS: Record<string, string> = {
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
  congressman: 'congressperson',
  congresswoman: 'congressperson',
  councilman: 'councillor',
  councilwoman: 'councillor',
  councilor: 'councillor',
  assemblyman: 'assemblymember',
  assemblywoman: 'assemblymember',
  prof: 'professor',
  gen: 'general',
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  atty: 'attorney',
  capt: 'captain',
  lt: 'lieutenant',
};

interface Titled {
  article: ArticleAnalysis;
  mention: Mention;
  /** The office: role words of the title, lower case ("deputy mayor", "city manager"). */
  office: string;
  head: string;
}

/**
 * Flags a person given a different office in one source than in the others ("Deputy Mayor" where the
 * other sources say "City Manager"). Only titles written before a name count; honorifics are ignored.
 */
export function compareRoles(articles: readonly ArticleAnalysis[], entities: readonly Entity[]): Finding[] {
  const findings: Finding[] = [];
  for (const entity of entities) {
    if (entity.type !== 'PERSON') continue;
    const titled: Titled[] = [];
    for (const article of articles) {
      for (const mention of article.mentions) {
        if (mention.entity !== entity.id || !mention.title) continue;
        const o = office(mention.title);
        if (o) titled.push({ article, mention, ...o });
      }
    }
    const articlesByHead = new Map<string, Set<string>>();
    for (const t of titled)
      articlesByHead.set(t.head, (articlesByHead.get(t.head) ?? new Set()).add(t.article.uri));
    if (articlesByHead.size < 2) continue;
    const seen = new Set<string>();
    for (const t of titled) {
      const mine = articlesByHead.get(t.head)!;
      // Flag the minority office: others agree on another office this source never uses.
      const others = [...articlesByHead.entries()].filter(
        ([h, uris]) => h !== t.head && uris.size > mine.size && !uris.has(t.article.uri),
      );
      if (!others.length || seen.has(`${t.article.uri}|${t.head}`)) continue;
      seen.add(`${t.article.uri}|${t.head}`);
      const related: RelatedLocation[] = titled
        .filter((o) => others.some(([h]) => h === o.head))
        .filter((o, i, all) => all.findIndex((x) => x.article.uri === o.article.uri) === i)
        .map((o) => ({
          uri: o.article.uri,
          ...titleSpan(o.mention),
          message: `called '${o.mention.title}' here`,
        }));
      const consensus = titled.find((o) => o.head === others[0][0])!.mention.title;
      findings.push({
        id: `role:${t.article.uri}:${t.mention.start}`,
        kind: 'role',
        severity: others[0][1].size >= 2 ? 'warning' : 'info',
        message: `${entity.name} is called '${t.mention.title}' here but '${consensus}' in ${others[0][1].size} other source${others[0][1].size === 1 ? '' : 's'}`,
        uri: t.article.uri,
        ...titleSpan(t.mention),
        related,
        entity: entity.id,
      });
    }
  }
  return findings;
}

/** The span of the title when the extractor recorded it, else the name's. */
function titleSpan(m: Mention): { start: number; end: number; text: string } {
  if (m.title && m.titleStart !== undefined)
    return { start: m.titleStart, end: m.titleStart + m.title.length, text: m.title };
  return { start: m.start, end: m.end, text: m.text };
}

function office(title: string): { office: string; head: string } | undefined {
  const words = title
    .toLowerCase()
    .replace(/\./g, '')
    .split(/\s+/)
    .filter((w) => !TIME_WORDS.has(w) && !HONORIFICS.has(w));
  const heads = words.filter((w) => ROLE_HEADS.has(w));
  if (!heads.length) return undefined;
  const head = SYNONYMS[heads[heads.length - 1]] ?? heads[heads.length - 1];
  // The modifier right before the head distinguishes offices: "deputy mayor" vs "mayor", "fire chief" vs "police chief".
  const i = words.lastIndexOf(head);
  const mod =
    i > 0 &&
    TITLE_WORDS.has(words[i - 1]) &&
    /^(deputy|vice|city|county|fire|police|prime|foreign|chief|assistant|associate)$/.test(words[i - 1])
      ? words[i - 1]
      : '';
  return { office: words.join(' '), head: mod ? `${mod} ${head}` : head };
}
