import type { EditorView } from 'prosemirror-view';
import { factCheckKey } from './keys';

/** Milliseconds the pointer rests off a finding and its tooltip before the tooltip closes. */
const leaveDelay = 300;

/**
 * Opens the tooltip on the finding the pointer rests on for `delay` ms, and closes a tooltip the
 * pointer opened once it has left both the finding and the tooltip. `open(id)` (null: close)
 * tells the plugin state. Returns a function that stops listening.
 */
export function trackHover(
  view: EditorView,
  tooltip: HTMLElement | null,
  delay: number,
  open: (id: string | null) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Where the pointer last was over a finding while the timer ran, in client coordinates.
  let x = 0;
  let y = 0;
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  // The finding element of this editor under the pointer's last known place, if any.
  const atPointer = (): HTMLElement | null => {
    const root = view.root as Document | ShadowRoot;
    const el = root.elementFromPoint?.(x, y)?.closest<HTMLElement>('.factdesk-finding');
    return el && view.dom.contains(el) ? el : null;
  };
  const onHover = (e: MouseEvent) => {
    const target = (e.target as HTMLElement).closest?.<HTMLElement>('.factdesk-finding');
    const id = target?.dataset.findingId;
    // Plain text: the pointer left a finding, and `onLeave` has set the tooltip to close.
    if (!target || !id) return;
    stop();
    if (id === factCheckKey.getState(view.state)?.active?.id) return;
    x = e.clientX;
    y = e.clientY;
    timer = setTimeout(() => {
      timer = null;
      // The element's id now: a change in the meantime (a colleague's deleted paragraph) may
      // have renumbered its finding, and another finding may have taken the old id. A change
      // that replaced the element leaves the pointer on whatever took its place, which no
      // browser is bound to announce with a new `mouseover`.
      const now = (target.isConnected ? target : atPointer())?.dataset.findingId;
      if (now) open(now);
    }, delay);
  };
  // Only while the timer runs: a long finding's element may be replaced under a pointer that
  // moved within it since it entered.
  const onMove = (e: MouseEvent) => {
    if (!timer) return;
    x = e.clientX;
    y = e.clientY;
  };
  const onLeave = (e: MouseEvent) => {
    const to = e.relatedTarget as HTMLElement | null;
    if (to?.closest?.('.factdesk-tooltip, .factdesk-finding')) return;
    stop();
    timer = setTimeout(() => {
      timer = null;
      if (factCheckKey.getState(view.state)?.active?.hover) open(null);
    }, leaveDelay);
  };
  view.dom.addEventListener('mouseover', onHover);
  view.dom.addEventListener('mouseout', onLeave);
  view.dom.addEventListener('mousemove', onMove, { passive: true });
  tooltip?.addEventListener('mouseenter', stop);
  tooltip?.addEventListener('mouseleave', onLeave);
  return () => {
    stop();
    view.dom.removeEventListener('mouseover', onHover);
    view.dom.removeEventListener('mouseout', onLeave);
    view.dom.removeEventListener('mousemove', onMove);
    tooltip?.removeEventListener('mouseenter', stop);
    tooltip?.removeEventListener('mouseleave', onLeave);
  };
}
