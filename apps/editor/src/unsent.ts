import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';

/**
 * About the bytes of this tab's edits the server has not acknowledged: what the provider sends
 * in one message when it reconnects. Zero while everything is saved; otherwise the update from
 * the state the server last acknowledged, encoded on demand (a paste asks, not a keystroke).
 */
export function unsentBytes(doc: Y.Doc, provider: HocuspocusProvider): () => number {
  // The state at the last moment every local edit was acknowledged: the server had all of it.
  let saved = Y.encodeStateVector(doc);
  provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    if (number === 0) saved = Y.encodeStateVector(doc);
  });
  return () => (provider.hasUnsyncedChanges ? Y.encodeStateAsUpdate(doc, saved).length : 0);
}
