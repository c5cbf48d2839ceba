import { diffChanges } from '@factdesk/prosemirror';
import { Plugin, TextSelection, type Transaction } from 'prosemirror-state';
import { ySyncPluginKey } from 'y-prosemirror';

/** Whether a transaction is a colleague's edit as y-prosemirror applies it (not an undo). */
function remote(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as
    | { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean }
    | undefined;
  return meta?.isChangeOrigin === true && !meta.isUndoRedoOperation;
}

/**
 * Keeps the cursor beside the same text when a colleague's edit arrives. y-prosemirror restores
 * the selection from Yjs relative positions, and when someone splits or joins the paragraph the
 * cursor is in, those point into the half it re-inserts: the cursor jumps to their edit
 * (yjs/y-prosemirror#44), and the next keystroke lands there. When a batch holds only colleagues'
 * edits and the selection lay outside everything they changed, it is mapped through the diff of
 * the two documents instead: the text on its side of the change is the same, only shifted.
 */
export function keepCursor(): Plugin {
  return new Plugin({
    appendTransaction(trs, before, after) {
      if (!trs.every(remote) || !(before.selection instanceof TextSelection)) return null;
      const { diff } = diffChanges(before.doc, after.doc);
      if (!diff) return null;
      // Inside the change (or at its edge, where either side is right) y-prosemirror's answer stays.
      const map = (pos: number) =>
        pos < diff.start ? pos : pos > diff.endA ? pos + diff.endB - diff.endA : -1;
      const anchor = map(before.selection.anchor);
      const head = map(before.selection.head);
      if (anchor < 0 || head < 0) return null;
      if (after.selection.anchor === anchor && after.selection.head === head) return null;
      const $anchor = after.doc.resolve(anchor);
      const $head = after.doc.resolve(head);
      if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return null;
      return after.tr
        .setSelection(new TextSelection($anchor, $head))
        .setMeta('addToHistory', false);
    },
  });
}
