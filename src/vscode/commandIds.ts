// Command identifiers, shared by the manifest, the commands and the hover links.

/** Re-reads every article and analyses again. */
export const REANALYZE_COMMAND = 'articleLens.reanalyze';
/** Shows the log. */
export const SHOW_OUTPUT_COMMAND = 'articleLens.showOutput';
/** Opens a span of an article: the only command hover links may run. */
export const OPEN_LOCATION_COMMAND = 'articleLens.openLocation';
/** Adds a spelling to the folder's accepted spellings (a quick fix). */
export const ACCEPT_SPELLING_COMMAND = 'articleLens.acceptSpelling';
/** Adds a pair of names to the folder's distinct entities (a quick fix). */
export const DISTINCT_ENTITIES_COMMAND = 'articleLens.distinctEntities';
