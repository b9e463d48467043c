import type {
  ArticleAnalysis,
  ClaimSource,
  Entity,
  Finding,
  RelatedLocation,
  Span,
  StoryAnalysis,
} from '../core';
import { lineStarts, offsetToPosition } from '../core';
import type {
  CliReport,
  JsonArticle,
  JsonClaimSource,
  JsonEntity,
  JsonFinding,
  JsonLineColumn,
  JsonRelated,
} from './schema';

/** An article as the CLI handed it to the engine. */
export interface ReportSource {
  /** The engine's identifier of the article. */
  uri: string;
  /** The path shown to the user. */
  file: string;
  text: string;
}

/** Builds the report every output format reads from the story's analysis; engine URIs become files. */
export function buildReport(analysis: StoryAnalysis, sources: readonly ReportSource[]): CliReport {
  const byUri = new Map(sources.map((s) => [s.uri, s]));
  const starts = new Map<string, number[]>();
  const fileOf = (uri: string) => byUri.get(uri)?.file ?? uri;
  const lineColumn = (uri: string, span: Span): JsonLineColumn => {
    let ls = starts.get(uri);
    if (!ls) {
      ls = lineStarts(byUri.get(uri)?.text ?? '');
      starts.set(uri, ls);
    }
    const a = offsetToPosition(ls, span.start);
    const b = offsetToPosition(ls, span.end);
    return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  };
  return {
    version: 1,
    articles: analysis.articles.map((a) => articleToJson(a, fileOf(a.uri), fileOf)),
    entities: analysis.entities.map((e) => entityToJson(e, fileOf)),
    findings: analysis.findings.map((f) => findingToJson(f, fileOf, lineColumn)),
  };
}

function articleToJson(a: ArticleAnalysis, file: string, fileOf: (uri: string) => string): JsonArticle {
  return {
    file,
    title: a.title,
    published: a.published,
    ...(a.publishedInferred ? { publishedInferred: true } : {}),
    boilerplate: a.boilerplate.map(({ start, end }) => ({ start, end })),
    mentions: a.mentions.map((m) => ({
      entity: m.entity,
      type: m.type,
      text: m.text,
      start: m.start,
      end: m.end,
      ...(m.title ? { title: m.title } : {}),
    })),
    figures: a.figures.map((f) => ({
      kind: f.kind,
      text: f.text,
      start: f.start,
      end: f.end,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      about: f.about,
      ...(f.vague !== undefined ? { vague: f.vague } : {}),
    })),
    quotes: a.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      ...(q.speakerLabel ? { speakerLabel: q.speakerLabel } : {}),
      ...(q.translated ? { translated: true } : {}),
    })),
    claims: a.claims.map((c) => ({
      id: c.id,
      text: c.text,
      start: c.start,
      end: c.end,
      ...(c.score !== undefined ? { score: c.score } : {}),
      ...(c.reportedBy?.length ? { reportedBy: c.reportedBy.map((s) => claimSourceToJson(s, fileOf)) } : {}),
      ...(c.contradictedBy?.length
        ? {
            contradictedBy: c.contradictedBy.map((s) => ({
              ...claimSourceToJson(s, fileOf),
              finding: s.finding,
            })),
          }
        : {}),
    })),
  };
}

function claimSourceToJson(s: ClaimSource, fileOf: (uri: string) => string): JsonClaimSource {
  return { file: fileOf(s.uri), start: s.start, end: s.end, text: s.text };
}

function entityToJson(e: Entity, fileOf: (uri: string) => string): JsonEntity {
  const out: JsonEntity = { id: e.id, name: e.name, type: e.type, aliases: [...e.aliases] };
  if (e.roles)
    out.roles = Object.fromEntries(Object.entries(e.roles).map(([uri, roles]) => [fileOf(uri), roles]));
  return out;
}

function findingToJson(
  f: Finding,
  fileOf: (uri: string) => string,
  lineColumn: (uri: string, span: Span) => JsonLineColumn,
): JsonFinding {
  const out: JsonFinding = {
    id: f.id,
    kind: f.kind,
    severity: f.severity,
    message: f.message,
    file: fileOf(f.uri),
    start: f.start,
    end: f.end,
    ...lineColumn(f.uri, f),
    text: f.text,
    related: f.related.map((r) => relatedToJson(r, fileOf, lineColumn)),
  };
  if (f.suggestions?.length) out.suggestions = [...f.suggestions];
  if (f.entity) out.entity = f.entity;
  return out;
}

function relatedToJson(
  r: RelatedLocation,
  fileOf: (uri: string) => string,
  lineColumn: (uri: string, span: Span) => JsonLineColumn,
): JsonRelated {
  return {
    file: fileOf(r.uri),
    start: r.start,
    end: r.end,
    ...lineColumn(r.uri, r),
    text: r.text,
    message: r.message,
  };
}

/** Counts of findings by severity; hints count as info, as the summary line shows them. */
export function countBySeverity(report: CliReport): { errors: number; warnings: number; info: number } {
  const counts = { errors: 0, warnings: 0, info: 0 };
  for (const f of report.findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.info++;
  }
  return counts;
}
