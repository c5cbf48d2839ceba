export { type Changes, type Diff, diffChanges } from './changes';
export {
  applySuggestion,
  checkNow,
  closeTooltip,
  dismissedOf,
  dismissFinding,
  factCheckKeys,
  findingAt,
  findingsOf,
  nextFinding,
  prevFinding,
  restoreFindings,
  selectFinding,
} from './commands';
export { dismissalOrigin, factCheckKey } from './keys';
export { findingsSnapshot } from './panel';
export { factCheck, subscribeFindings } from './plugin';
export { type MemoryFactSource, memoryFactSource } from './source';
export type { Action, FactCheckState } from './state';
export { claimKey } from './text';
export type {
  Dismissal,
  DocFinding,
  FactChange,
  FactCheckOptions,
  FactSource,
  FindingsSnapshot,
  SharedMap,
} from './types';
