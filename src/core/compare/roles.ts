import type { ArticleAnalysis, Entity, Finding, Mention, RelatedLocation } from '../model';
import { ROLE_HEADS, TITLE_WORDS, gazetteerType } from '../extract/lexicon';

// Honorifics say nothing about an office; "former"/"acting" change its time, not the office.
// Academic and courtesy titles ("Professor", "Dr") are honorifics too.
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'prof',
  'professor',
  // Honorifics of West African and Muslim usage.
  'alhaji',
  'alhaja',
  'hajiya',
  'mallam',
  'otunba',
  'engr',
  'barr',
  'syed',
  'sayed',
  'syeda',
  'mian',
  'makhdoom',
  'sardar',
  'khawaja',
  'nawab',
  'begum',
  'maulana',
  'mufti',
]);
// Offices told apart by their portfolio: "Energy Minister" is not the "Minister of Trade".
const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'commissioner']);
const FILLER = new Set(['of', 'and', 'the', 'for', 'a', 'an', 'its', 'their', '&']);
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
  // "head of public health" is its director, told in plainer words.
  head: 'director',
};

interface Titled {
  article: ArticleAnalysis;
  mention: Mention;
  /** The office: role words of the title, lower case ("deputy mayor", "city manager"). */
  office: string;
  head: string;
  /** For ministers and secretaries, the words of the portfolio ("energy", "mines"). */
  portfolio: Set<string>;
}

function sameOffice(a: Titled, b: Titled): boolean {
  if (a.head !== b.head) return false;
  if (!PORTFOLIO_HEADS.has(a.head) || !a.portfolio.size || !b.portfolio.size) return true;
  return [...a.portfolio].some((w) => b.portfolio.has(w));
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
    // Group the titles by office; a title joins the first group whose office it is.
    const groups: Titled[][] = [];
    for (const t of titled) {
      const g = groups.find((x) => sameOffice(x[0], t));
      if (g) g.push(t);
      else groups.push([t]);
    }
    const groupOf = new Map<Titled, string>();
    groups.forEach((g, i) => g.forEach((t) => groupOf.set(t, String(i))));
    const articlesByHead = new Map<string, Set<string>>();
    for (const t of titled) {
      const key = groupOf.get(t)!;
      articlesByHead.set(key, (articlesByHead.get(key) ?? new Set()).add(t.article.uri));
    }
    if (articlesByHead.size < 2) continue;
    const seen = new Set<string>();
    for (const t of titled) {
      const mine = articlesByHead.get(groupOf.get(t)!)!;
      // Flag the minority office: others agree on another office this source never uses.
      const others = [...articlesByHead.entries()].filter(
        ([h, uris]) => h !== groupOf.get(t) && uris.size > mine.size && !uris.has(t.article.uri),
      );
      if (!others.length || seen.has(`${t.article.uri}|${groupOf.get(t)}`)) continue;
      seen.add(`${t.article.uri}|${groupOf.get(t)}`);
      const related: RelatedLocation[] = titled
        .filter((o) => others.some(([h]) => h === groupOf.get(o)))
        .filter((o, i, all) => all.findIndex((x) => x.article.uri === o.article.uri) === i)
        .map((o) => ({
          uri: o.article.uri,
          ...titleSpan(o.mention),
          message: `called '${o.mention.title}' here`,
        }));
      const consensus = titled.find((o) => groupOf.get(o) === others[0][0])!.mention.title;
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

function office(title: string): { office: string; head: string; portfolio: Set<string> } | undefined {
  const words = title
    .toLowerCase()
    .replace(/\./g, '')
    .split(/[\s,]+/)
    // A possessor names whose office it is, not the office: "NHS England's", "Brazil's".
    .filter((_w, i, all) => !all.slice(i).some((x) => /['’]s?$/.test(x)))
    .filter((w) => w && !TIME_WORDS.has(w) && !HONORIFICS.has(w));
  const heads = words.filter((w) => ROLE_HEADS.has(w) || w === 'executive' || w === 'head');
  if (!heads.length) return undefined;
  const head = SYNONYMS[heads[heads.length - 1]] ?? heads[heads.length - 1];
  // The modifier right before the head distinguishes offices: "deputy mayor" vs "mayor", "fire chief" vs "police chief".
  const i = words.lastIndexOf(heads[heads.length - 1]);
  // Places between the modifier and the office do not change it: "Deputy U.S. Attorney".
  let k = i - 1;
  while (k > 0 && (gazetteerType(words[k]) || /^(us|uk|un|eu)$/.test(words[k]))) k--;
  const mod =
    k >= 0 &&
    TITLE_WORDS.has(words[k]) &&
    /^(deputy|vice|city|county|fire|police|prime|foreign|chief|assistant|associate|managing|medical)$/.test(
      words[k],
    )
      ? words[k]
      : '';
  const portfolio = new Set(
    words.filter(
      (w) =>
        !FILLER.has(w) &&
        !ROLE_HEADS.has(w) &&
        !gazetteerType(w) &&
        !/^(deputy|vice|chief|assistant|associate|junior|senior|state)$/.test(w),
    ),
  );
  return { office: words.join(' '), head: mod ? `${mod} ${head}` : head, portfolio };
}
