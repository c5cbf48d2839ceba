import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import { checkNow, findingsOf, nextFinding, selectFinding } from './commands';
import { factCheckKey } from './keys';
import { findingsSnapshot } from './panel';
import { docOf, freshFindings, mount, pluginFindings } from './testing';

afterEach(() => {
  document.body.replaceChildren();
});

/** A long draft: paragraph i says `i + 1` tens of people were evacuated (wrong: the record says 422). */
const long = (count: number) =>
  docOf(...Array.from({ length: count }, (_, i) => `Officials said ${i + 1}0 were evacuated.`));

/** The paragraphs (by index) whose findings the view draws, read from the DOM. */
function drawnParagraphs(view: EditorView): number[] {
  const out = new Set<number>();
  const paragraphs = [...view.dom.children];
  for (const el of view.dom.querySelectorAll('.factdesk-finding')) {
    out.add(paragraphs.findIndex((p) => p.contains(el)));
  }
  return [...out].sort((a, b) => a - b);
}

/** The position inside paragraph `i`. */
function inside(view: EditorView, i: number): number {
  let pos = 0;
  view.state.doc.forEach((_node, offset, index) => {
    if (index === i) pos = offset + 2;
  });
  return pos;
}

function moveTo(view: EditorView, i: number): void {
  const { tr } = view.state;
  view.dispatch(tr.setSelection(TextSelection.create(tr.doc, inside(view, i))));
}

const windowed = { window: { above: 10, margin: 2 } };

describe('window', () => {
  it('draws every finding of a draft of at most `above` blocks', () => {
    const { view } = mount(long(10), windowed);
    expect(drawnParagraphs(view)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(factCheckKey.getState(view.state)!.window).toBeNull();
  });

  it('draws only the findings within the margin of the cursor in a long draft', () => {
    const { view } = mount(long(30), windowed);
    expect(drawnParagraphs(view)).toEqual([0, 1, 2]);
    // The commands and the panel still see every finding.
    expect(findingsOf(view.state)).toHaveLength(30);
    expect(findingsSnapshot(view.state).findings).toHaveLength(30);
  });

  it('draws all of a long draft when told not to window', () => {
    const { view } = mount(long(30), { window: false });
    expect(drawnParagraphs(view)).toHaveLength(30);
  });

  it('redraws around the cursor when it leaves the drawn blocks', () => {
    const { view } = mount(long(30), windowed);
    moveTo(view, 20);
    expect(drawnParagraphs(view)).toEqual([18, 19, 20, 21, 22]);
    // Moving inside the drawn blocks draws the same findings.
    const shown = factCheckKey.getState(view.state)!.shown;
    moveTo(view, 21);
    expect(factCheckKey.getState(view.state)!.shown).toBe(shown);
  });

  it('draws the part on screen as the view reports it, beside the cursor', () => {
    const { view } = mount(long(30), windowed);
    const from = inside(view, 12);
    const to = inside(view, 14);
    view.dispatch(view.state.tr.setMeta(factCheckKey, { type: 'viewport', from, to }));
    expect(drawnParagraphs(view)).toEqual([0, 1, 2, 10, 11, 12, 13, 14, 15, 16]);
  });

  it('keeps every finding exact while typing maps only the drawn ones', () => {
    const { view, source } = mount(long(30), { ...windowed, delay: 60_000 });
    moveTo(view, 15);
    for (const ch of 'Earlier, ') {
      view.dispatch(view.state.tr.insertText(ch, inside(view, 15) - 1));
    }
    view.dispatch(view.state.tr.insertText(' About 300 were evacuated.', inside(view, 25) + 20));
    const s = factCheckKey.getState(view.state)!;
    // The full sets lag behind the keystrokes; readers see them brought up to date.
    expect(s.lag.length).toBe(10);
    for (const f of findingsOf(view.state))
      expect(view.state.doc.textBetween(f.from, f.to)).toBe(f.text);
    checkNow(view.state, view.dispatch);
    expect(factCheckKey.getState(view.state)!.lag.length).toBe(0);
    expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
    expect(findingsOf(view.state)).toHaveLength(31);
    expect(drawnParagraphs(view)).toEqual([13, 14, 15, 16, 17]);
  });

  it('moves the window with the next-finding command', () => {
    const { view } = mount(long(30), windowed);
    moveTo(view, 2);
    nextFinding(view.state, view.dispatch);
    nextFinding(view.state, view.dispatch);
    expect(drawnParagraphs(view)).toEqual([1, 2, 3, 4, 5]);
    const last = findingsOf(view.state)[29];
    selectFinding(last.id)(view.state, view.dispatch);
    expect(drawnParagraphs(view)).toEqual([27, 28, 29]);
    // The tooltip's finding is the drawn one at the cursor.
    expect(factCheckKey.getState(view.state)!.active?.id).toBe(last.id);
  });
});
