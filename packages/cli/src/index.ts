// @factdesk/cli: the `factdesk` command, and its parts for other tools.

export {
  type Block,
  blocksOf,
  checkDocument,
  type DocumentOptions,
  extractDocument,
} from './document';
export { InputError, lineColumn } from './errors';
export { expandInputs, type Input, parseJson, readFactFile, readText } from './inputs';
export { type Io, run } from './program';
export { formatFindings, summary } from './report';
