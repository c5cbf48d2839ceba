// @factdesk/core: the framework-free checker. Flat named exports of every module.

export { extractAttributions } from './attributions';
export { checkAttributions } from './attributions-check';
export {
  type BlockResult,
  type CheckOptions,
  check,
  checkBlock,
  crossCheck,
  type FigureTie,
  sentenceAt,
} from './check';
export { extractDates } from './dates';
export { extract } from './extract';
export { FactIndex, quoteGrams, type TermHit } from './fact-index';
export { extractFigures } from './figures';
export {
  formatAmount,
  formatDate,
  formatInterval,
  formatLike,
  recordOf,
  sourceLabel,
  weekdayOf,
} from './format';
export { maskMarkdown } from './markdown';
export {
  alteredSimilarity,
  isPronoun,
  matchQuote,
  namesSpeaker,
  type QuoteMatch,
  quotedSpans,
  recordWithin,
  sameChannel,
} from './quotes';
export {
  factSchema,
  formatPath,
  isFactDate,
  type Problem,
  parseFact,
  parseFactFile,
} from './schema';
export { splitSentences } from './sentences';
export {
  findPhrases,
  type KeyedWord,
  keyedWords,
  matchesAt,
  nameKeys,
  type PhraseHit,
  phraseKeys,
  type QuoteWord,
  quoteWords,
  termKey,
  wordsBetween,
} from './terms';
export { assignTies, type TieOption, tieScore } from './tie';
export { type Token, type TokenKind, tokenize } from './tokenize';
export type * from './types';
export {
  dateVerdict,
  dayRange,
  type FigureVerdict,
  figureVerdict,
  inside,
  intervalOf,
  overlaps,
  unitOf,
} from './verdict';
