import type { EditorView } from 'prosemirror-view';
import type { Range } from './changes';

/**
 * The part of the document on screen: from the position at the top of the editor's visible box
 * to the one at its bottom. Null when the editor is not laid out (off screen, hidden, or a DOM
 * without layout), and the plugin then draws around the cursor only.
 */
export function onScreen(view: EditorView): Range | null {
  const win = view.dom.ownerDocument.defaultView;
  if (!win) return null;
  const box = view.dom.getBoundingClientRect();
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, win.innerHeight);
  if (bottom - top < 2 || box.width <= 0) return null;
  const left = box.left + box.width / 2;
  try {
    const a = view.posAtCoords({ left, top: top + 1 });
    const b = view.posAtCoords({ left, top: bottom - 1 });
    return a && b ? { from: Math.min(a.pos, b.pos), to: Math.max(a.pos, b.pos) } : null;
  } catch {
    // posAtCoords needs a layout engine (elementFromPoint, caret positions).
    return null;
  }
}
