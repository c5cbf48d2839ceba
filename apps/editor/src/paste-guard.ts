import type { Attrs, Slice } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';

/**
 * Refuses a paste or a drop that the collaboration server would refuse whole: once in the shared
 * document, such a change is sent again on every reconnect and every later edit waits behind it.
 * Offline, the edits not yet saved travel in one message when the link comes back, so they count
 * too. `limit()` is the largest message the server takes (undefined: no guard); `unsent()` the
 * bytes of edits the server has not acknowledged; `refused` is told the slice's size, the unsent
 * bytes and the limit.
 */
export function pasteGuard(
  limit: () => number | undefined,
  unsent: () => number,
  refused: (bytes: number, unsent: number, limit: number) => void,
): Plugin {
  const check = (slice: Slice): boolean => {
    const max = limit();
    if (!max) return false;
    const bytes = sizeOf(slice);
    // A quarter of the message is left for what else it carries: the nodes' and marks' names
    // and attributes, and edits made after the paste.
    const pending = bytes <= max * 0.75 ? unsent() : 0;
    if (bytes + pending <= max * 0.75) return false;
    refused(bytes, pending, max);
    return true;
  };
  return new Plugin({
    props: {
      handlePaste: (_view, _event, slice) => check(slice),
      handleDrop: (_view, _event, slice) => check(slice),
    },
  });
}

const encoder = new TextEncoder();

/**
 * About the bytes a slice adds to the shared document: its text in UTF-8, each node's attributes
 * (an image's `src` may be a whole data URL) and each formatted run's marks, twice (where the
 * formatting starts and where it ends), and a few bytes of bookkeeping for each.
 */
function sizeOf(slice: Slice): number {
  let bytes = 0;
  const json = (attrs: Attrs) => encoder.encode(JSON.stringify(attrs)).length;
  slice.content.descendants((node) => {
    bytes += 16 + (node.isText ? encoder.encode(node.text).length : json(node.attrs));
    for (const mark of node.marks) bytes += 2 * (16 + mark.type.name.length + json(mark.attrs));
  });
  return bytes;
}
