import { z } from 'zod';
import { ENTITY_TYPES, FIGURE_KINDS, FINDING_KINDS, QUALIFIERS, SEVERITIES } from '../core';

// The JSON contract of `article-lens check --format json`. Other tools read it: fields may be added
// (objects are not strict), never renamed or removed. Offsets are UTF-16 code units of the text as read.

const offset = z.number().int().nonnegative();
const span = { start: offset, end: offset };
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** A boilerplate span. */
export const jsonSpanSchema = z.object(span);

/** One occurrence of an entity. */
export const jsonMentionSchema = z.object({
  entity: z.string(),
  type: z.enum(ENTITY_TYPES),
  text: z.string(),
  ...span,
});

/** A figure with its normalised value. */
export const jsonFigureSchema = z.object({
  kind: z.enum(FIGURE_KINDS),
  text: z.string(),
  ...span,
  value: z.union([
    z.number(),
    z.string(),
    z.tuple([z.number(), z.number()]),
    z.tuple([z.string(), z.string()]),
    z.null(),
  ]),
  unit: z.string().nullable(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  about: z.string().nullable(),
});

/** A direct quotation. */
export const jsonQuoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  ...span,
  speaker: z.string().nullable(),
  /** How the article names a speaker no entity stands for ("a senior official"). */
  speakerLabel: z.string().optional(),
  /** The article says it rendered the quotation from another language. */
  translated: z.literal(true).optional(),
});

/** A sentence of another file that states the same claim. */
export const jsonClaimSourceSchema = z.object({ file: z.string(), ...span, text: z.string() });

/** A sentence of another file that states the claim with a conflicting detail; `finding` is the finding's id. */
export const jsonClaimConflictSchema = jsonClaimSourceSchema.extend({ finding: z.string() });

/** A check-worthy sentence, with the other sources that report it or contradict it (both optional, added in version 1). */
export const jsonClaimSchema = z.object({
  id: z.string(),
  text: z.string(),
  ...span,
  reportedBy: z.array(jsonClaimSourceSchema).optional(),
  contradictedBy: z.array(jsonClaimConflictSchema).optional(),
});

/** Everything found in one article. */
export const jsonArticleSchema = z.object({
  file: z.string(),
  title: z.string().nullable(),
  published: isoDate.nullable(),
  /** True when the article's dateline gives day and month and the year comes from the other sources. */
  publishedInferred: z.boolean().optional(),
  boilerplate: z.array(jsonSpanSchema),
  mentions: z.array(jsonMentionSchema),
  figures: z.array(jsonFigureSchema),
  quotes: z.array(jsonQuoteSchema),
  claims: z.array(jsonClaimSchema),
});

/** An entity linked across the story. */
export const jsonEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()),
});

/** A place a finding points to. */
export const jsonRelatedSchema = z.object({
  file: z.string(),
  ...span,
  text: z.string(),
  message: z.string(),
});

/** An inconsistency. */
export const jsonFindingSchema = z.object({
  id: z.string(),
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  file: z.string(),
  ...span,
  text: z.string(),
  related: z.array(jsonRelatedSchema),
});

/** The whole JSON report. */
export const jsonReportSchema = z.object({
  version: z.literal(1),
  articles: z.array(jsonArticleSchema),
  entities: z.array(jsonEntitySchema),
  findings: z.array(jsonFindingSchema),
});

/** A 1-based line and column (UTF-16 code units), added next to the offsets of findings. */
export interface JsonLineColumn {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The JSON report as the contract defines it. */
export type JsonReport = z.infer<typeof jsonReportSchema>;
/** A sentence of another file that reports a claim. */
export type JsonClaimSource = z.infer<typeof jsonClaimSourceSchema>;
/** One article of the report. */
export type JsonArticle = z.infer<typeof jsonArticleSchema>;
/** An entity, with the roles given to it per file when known. */
export type JsonEntity = z.infer<typeof jsonEntitySchema> & { roles?: Record<string, string[]> };
/** A related location, with line and column. */
export type JsonRelated = z.infer<typeof jsonRelatedSchema> & JsonLineColumn;
/** A finding, with line and column and the optional extras. */
export type JsonFinding = Omit<z.infer<typeof jsonFindingSchema>, 'related'> &
  JsonLineColumn & { related: JsonRelated[]; suggestions?: string[]; entity?: string };

/** The report the CLI builds and every output format reads: the contract plus the extras. */
export type CliReport = Omit<JsonReport, 'entities' | 'findings'> & {
  entities: JsonEntity[];
  findings: JsonFinding[];
};
