import { PluginKey } from 'prosemirror-state';
import type { FactCheckState } from './state';

/** The key of the fact-check plugin: read its state with `factCheckKey.getState(state)`. */
export const factCheckKey = new PluginKey<FactCheckState>('factdesk');

/**
 * The origin of the Yjs transactions that write dismissals to a shared map. A `Y.UndoManager`
 * that does not list it in `trackedOrigins` (y-prosemirror's yUndoPlugin does not) keeps
 * dismissals out of the undo history.
 */
export const dismissalOrigin = 'factdesk-dismissal';
