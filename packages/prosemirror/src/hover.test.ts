import { afterEach, describe, expect, it, vi } from 'vitest';
import { findingsOf } from './commands';
import { factCheckKey } from './keys';
import { docOf, mount, schema } from './testing';

const first = 'Yes.';
const a = 'Officials said nearly 500 people were evacuated on Saturday night.';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
  delete (document as { elementFromPoint?: unknown }).elementFromPoint;
});

/** The drawn element of the contradicted figure. */
function contradiction(view: ReturnType<typeof mount>['view']): HTMLElement {
  const f = findingsOf(view.state).find((x) => x.kind === 'figure-contradicted')!;
  return view.dom.querySelector<HTMLElement>(`[data-finding-id="${f.id}"]`)!;
}

/**
 * A colleague's change as y-prosemirror brings one, the whole document replaced: the short first
 * paragraph joined to the figure's, whose element ProseMirror then draws anew.
 */
function remoteEdit(view: ReturnType<typeof mount>['view']): void {
  const p = schema.node('paragraph', null, [schema.text(`${first} ${a}`)]);
  view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, p));
}

describe('hover', () => {
  it('opens the finding that took the place of the element under a resting pointer', () => {
    vi.useFakeTimers();
    const { view } = mount(docOf(first, a));
    const rested = contradiction(view);
    rested.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: 30, clientY: 12 }));
    rested.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 40, clientY: 12 }));
    remoteEdit(view);
    expect(rested.isConnected).toBe(false);
    // jsdom lays nothing out: what a browser finds at the pointer's place is the new element.
    const asked: number[][] = [];
    document.elementFromPoint = (x: number, y: number) => {
      asked.push([x, y]);
      return contradiction(view);
    };
    vi.advanceTimersByTime(250);
    expect(asked).toEqual([[40, 12]]);
    expect(factCheckKey.getState(view.state)!.active).toMatchObject({
      id: contradiction(view).dataset.findingId,
      hover: true,
    });
    view.destroy();
  });

  it('opens nothing when the pointer rests on plain text after the change', () => {
    vi.useFakeTimers();
    const { view } = mount(docOf(first, a));
    const rested = contradiction(view);
    rested.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: 40, clientY: 12 }));
    remoteEdit(view);
    document.elementFromPoint = () => view.dom.querySelector('p');
    vi.advanceTimersByTime(250);
    expect(factCheckKey.getState(view.state)!.active).toBeNull();
    view.destroy();
  });

  it('stops listening when the editor is destroyed', () => {
    vi.useFakeTimers();
    const { view } = mount(docOf(first, a));
    const rested = contradiction(view);
    rested.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const send = vi.spyOn(view, 'dispatch');
    view.destroy();
    vi.advanceTimersByTime(1000);
    rested.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(1000);
    expect(send).not.toHaveBeenCalled();
  });
});
