/**
 * Plain data produced by the engine. Every offset is a UTF-16 code unit index into the
 * article text as read (BOM removed, line endings untouched): the unit VS Code uses.
 */

/** A half-open range [start, end) of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** One article handed to the engine. */
export interface ArticleInput {
  /** Stable identifier: a URI in the editor, a path in the CLI. */
  uri: string;
  text: string;
  /** Editor version; when omitted the text itself decides whether re-analysis is needed. */
  version?: number;
}

export const ENTITY_TYPES = [
  'PERSON',
  'ORG',
  'GPE',
  'LOC',
  'NORP',
  'EVENT',
  'LAW',
  'FAC',
  'PRODUCT',
  'OTHER',
] as const;
/** Named-entity type, OntoNotes-style. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One occurrence of a named entity in one article. */
export interface Mention extends Span {
  /** Story-wide entity id; empty until the story links mentions. */
  entity: string;
  type: EntityType;
  /** Exact source text of the span (the name only, without a title before it). */
  text: string;
  /**
   * Title or role given to the person in this mention: before the name ("Secretary of State") or in
   * apposition next to it ("…, the agency's medical director,").
   */
  title?: string;
  /** Offset where `title` starts in the text (it ends at titleStart + title.length). */
  titleStart?: number;
  /** For an acronym defined in brackets right after a name ("Hanul Telecom (HNT)"): that name's start. */
  definedBy?: number;
}

export const FIGURE_KINDS = [
  'money',
  'count',
  'percent',
  'date',
  'time',
  'duration',
  'distance',
  'ordinal',
  'other',
] as const;
/** What kind of quantity a figure is. */
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const QUALIFIERS = ['about', 'nearly', 'more than', 'at least', 'at most', 'exact'] as const;
/** Hedge written with a figure; null when the text says nothing either way. */
export type Qualifier = (typeof QUALIFIERS)[number] | null;

/** Normalised value: a number, an ISO date string, or a [low, high] range of either. */
export type FigureValue = number | string | [number, number] | [string, string] | null;

/** A number, date, amount or measure found in an article. */
export interface Figure extends Span {
  kind: FigureKind;
  text: string;
  value: FigureValue;
  /** Unit after normalisation: "USD", "percent", "km", "years", "people"…; null when none applies. */
  unit: string | null;
  qualifier: Qualifier;
  /** What the figure measures, as a short lower-case phrase from its sentence; null when unknown. */
  about: string | null;
  /** True for figures that give no precise value ("thousands of", "dozens", "multimillion-dollar"). */
  vague?: boolean;
}

/** A direct quotation; the span covers the words between the marks. */
export interface Quote extends Span {
  id: string;
  text: string;
  /** Story-wide entity id of the speaker, or null when unknown or anonymous. */
  speaker: string | null;
  /** Span of the mention that names the speaker, before linking fills `speaker`. */
  speakerSpan?: Span | null;
  /** How the article names the speaker when no entity does ("a senior administration official"). */
  speakerLabel?: string | null;
  /**
   * The article says it rendered this quotation from another language ("speaking in Korean", a
   * "Translated from …" note): another source's rendering may differ without anyone misquoting.
   */
  translated?: boolean;
}

/** A sentence of another article that states the same claim. */
export interface ClaimSource extends Span {
  uri: string;
  text: string;
}

/** A sentence of another article that states the claim differently, with the finding that says how. */
export interface ClaimConflict extends ClaimSource {
  /** Id of the finding that relates the two sentences. */
  finding: string;
}

/** A check-worthy sentence. */
export interface Claim extends Span {
  id: string;
  text: string;
  /** 0..1, higher means more worth checking. */
  score?: number;
  /** Sentences of other articles that report the same claim, at most one per article; set once the story is compared. */
  reportedBy?: ClaimSource[];
  /** Sentences of other articles that report the claim with a conflicting detail (figure, date, role, quotation). */
  contradictedBy?: ClaimConflict[];
}

/** Everything the engine knows about one article on its own. */
export interface ArticleAnalysis {
  uri: string;
  version: number | undefined;
  title: string | null;
  /**
   * ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of publication when the article states it; for a
   * dateline with a day but no year, the year is taken from the other sources (`publishedInferred`).
   */
  published: string | null;
  /** True when the year of `published` comes from the other articles of the story, not this one. */
  publishedInferred?: boolean;
  boilerplate: Span[];
  sentences: Span[];
  mentions: Mention[];
  figures: Figure[];
  quotes: Quote[];
  claims: Claim[];
}

/** One real-world entity, linked across the articles of a story. */
export interface Entity {
  id: string;
  /** Canonical name: the spelling most sources use, preferring full forms. */
  name: string;
  type: EntityType;
  /** Other spellings and short forms seen in the story. */
  aliases: string[];
  /** Titles or roles given to it, per article URI. */
  roles?: Record<string, string[]>;
}

export const FINDING_KINDS = ['name_spelling', 'numeric', 'date', 'quote_wording', 'role', 'other'] as const;
/** What sort of inconsistency a finding reports. */
export type FindingKind = (typeof FINDING_KINDS)[number];

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
/** How serious a finding is; maps onto editor diagnostic severities. */
export type Severity = (typeof SEVERITIES)[number];

/** A place in another (or the same) article that a finding points to. */
export interface RelatedLocation extends Span {
  uri: string;
  text: string;
  message: string;
}

/** An inconsistency between or within articles. */
export interface Finding extends Span {
  id: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  uri: string;
  text: string;
  related: RelatedLocation[];
  /** Replacement texts a quick fix may offer for the span, best first. */
  suggestions?: string[];
  /** Entity the finding is about, when there is one. */
  entity?: string;
}

/** The whole analysis of a story. */
export interface StoryAnalysis {
  articles: ArticleAnalysis[];
  entities: Entity[];
  findings: Finding[];
}

/** What an extractor needs besides the text: the article's structure, computed once. */
export interface ArticleContext {
  text: string;
  /** Sentences outside boilerplate, in order. */
  sentences: Span[];
  /** Spans to ignore (site furniture, markup). */
  boilerplate: Span[];
  /** Publication date (ISO) when known, for resolving relative dates. */
  published: string | null;
  /** Day of a dateline without a year ("--03-11"), when `published` is unknown. */
  datelineDay?: string | null;
}
