// The only import point of the engine for the editor, the CLI and the tests' public-API checks.
export * from './model';
export * from './config';
export * from './log';
export { Story, analyzeStory } from './story';
export * from './query';
export type { StoryOptions } from './story';
export { decodeArticleBytes, checkArticleText, stripBom, MAX_ARTICLE_CHARS } from './text/decode';
export type { DecodeResult } from './text/decode';
export { lineStarts, offsetToPosition, positionToOffset } from './text/lines';
export type { Position } from './text/lines';
export { matchGlob, isIncluded } from './glob';
export { figuresAgree } from './compare/figures';
export { analyzeQuotePair } from './compare/quotePair';
export type { QuoteRelation } from './compare/quotePair';
export { wordDiff } from './compare/wordDiff';
export type { DiffOp } from './compare/wordDiff';
