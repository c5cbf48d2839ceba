import type { Fact } from '@factdesk/core';
import { EditorState, TextSelection } from 'prosemirror-state';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applySuggestion,
  dismissedOf,
  dismissFinding,
  findingsOf,
  nextFinding,
  prevFinding,
  restoreFindings,
  selectFinding,
} from './commands';
import { factCheckKey } from './keys';
import { factCheck } from './plugin';
import { memoryFactSource } from './source';
import { docOf, facts, mount, schema } from './testing';

const a = 'Officials said nearly 500 people were evacuated on Saturday night.';
const b = 'The group has 3,700 volunteers across the north.';
const c = 'By Monday, about 300 people had been evacuated.';

afterEach(() => {
  document.body.replaceChildren();
});

function selected(state: EditorState): string {
  return state.doc.textBetween(state.selection.from, state.selection.to);
}

describe('commands', () => {
  it('moves to the next and previous finding, wrapping round, and opens the tooltip', () => {
    const { view } = mount(docOf(a, b, c));
    const all = findingsOf(view.state);
    expect(all.length).toBeGreaterThanOrEqual(3);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 1)));
    expect(nextFinding(view.state, view.dispatch)).toBe(true);
    expect(selected(view.state)).toBe(all[0].text);
    expect(factCheckKey.getState(view.state)!.active?.id).toBe(all[0].id);
    nextFinding(view.state, view.dispatch);
    expect(selected(view.state)).toBe(all[1].text);
    prevFinding(view.state, view.dispatch);
    expect(selected(view.state)).toBe(all[0].text);
    prevFinding(view.state, view.dispatch);
    expect(selected(view.state)).toBe(all[all.length - 1].text);
    nextFinding(view.state, view.dispatch);
    expect(selected(view.state)).toBe(all[0].text);
    view.destroy();
  });

  it('binds Alt-F8 and Shift-Alt-F8 to next and previous finding', () => {
    const { view } = mount(docOf(a, b));
    const all = findingsOf(view.state);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 1)));
    view.dom.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'F8', altKey: true, bubbles: true }),
    );
    expect(selected(view.state)).toBe(all[0].text);
    view.dom.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'F8', altKey: true, bubbles: true }),
    );
    expect(selected(view.state)).toBe(all[1].text);
    view.dom.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'F8', altKey: true, shiftKey: true, bubbles: true }),
    );
    expect(selected(view.state)).toBe(all[0].text);
    view.destroy();
  });

  it('finds nothing to move to in a document without findings', () => {
    const state = EditorState.create({
      doc: docOf('Nothing to see.'),
      plugins: [factCheck({ source: memoryFactSource(facts), delay: 0 })],
    });
    expect(nextFinding(state)).toBe(false);
    expect(prevFinding(state)).toBe(false);
  });

  it('selects a finding by id', () => {
    const { view } = mount(docOf(a, b));
    const last = findingsOf(view.state).at(-1)!;
    expect(selectFinding(last.id)(view.state, view.dispatch)).toBe(true);
    expect(selected(view.state)).toBe(last.text);
    expect(selectFinding('no-such-id')(view.state)).toBe(false);
    view.destroy();
  });

  it('applies the suggestion, keeping the marks of the replaced figure', () => {
    const strong = schema.marks.strong.create();
    const para = schema.node('paragraph', null, [
      schema.text('Officials said '),
      schema.text('nearly 500', [strong]),
      schema.text(' people were evacuated on Saturday night.'),
    ]);
    const { view } = mount(schema.node('doc', null, [para]));
    const f = findingsOf(view.state).find((x) => x.kind === 'figure-contradicted')!;
    expect(f.suggestion).toBeTruthy();
    expect(applySuggestion(f.id)(view.state, view.dispatch)).toBe(true);
    const text = view.state.doc.textContent;
    expect(text).toBe(`Officials said ${f.suggestion} people were evacuated on Saturday night.`);
    const from = 1 + 'Officials said '.length;
    view.state.doc.nodesBetween(from, from + f.suggestion!.length, (node) => {
      if (node.isText) expect(strong.isInSet(node.marks)).toBeTruthy();
    });
    expect(findingsOf(view.state).some((x) => x.kind === 'figure-contradicted')).toBe(false);
    view.destroy();
  });

  it('keeps the marks of the figure when the suggestion only adds characters', () => {
    for (const mark of [
      schema.marks.strong.create(),
      schema.marks.link.create({ href: 'https://example.org' }),
    ]) {
      for (const figure of ['22', '42']) {
        // "22" becomes "422" (a character before it), "42" becomes "422" (one after it).
        const para = schema.node('paragraph', null, [
          schema.text('Only '),
          schema.text(figure, [mark]),
          schema.text(' made it to the meeting point.'),
        ]);
        const { view } = mount(schema.node('doc', null, [para]));
        const [f] = findingsOf(view.state);
        expect(f.suggestion).toBe('422');
        // Stored marks (bold toggled at an empty cursor) are not the figure's.
        view.dispatch(view.state.tr.setStoredMarks([schema.marks.em.create()]));
        expect(applySuggestion(f.id)(view.state, view.dispatch)).toBe(true);
        const parts: string[] = [];
        view.state.doc.child(0).forEach((n) => {
          parts.push(`${n.text}${n.marks.map((m) => `[${m.type.name}]`).join('')}`);
        });
        expect(parts).toEqual([
          'Only ',
          `422[${mark.type.name}]`,
          ' made it to the meeting point.',
        ]);
        view.destroy();
      }
    }
  });

  it('gives the new figure the marks of the old one, not of a word before it', () => {
    for (const mark of [
      schema.marks.strong.create(),
      schema.marks.link.create({ href: 'https://example.org' }),
    ]) {
      const para = schema.node('paragraph', null, [
        schema.text('Officials said nearly '),
        schema.text('500', [mark]),
        schema.text(' people were evacuated on Saturday night.'),
      ]);
      const { view } = mount(schema.node('doc', null, [para]));
      const f = findingsOf(view.state).find((x) => x.kind === 'figure-contradicted')!;
      expect(applySuggestion(f.id)(view.state, view.dispatch)).toBe(true);
      const marked: string[] = [];
      view.state.doc.child(0).forEach((n) => {
        if (mark.isInSet(n.marks)) marked.push(n.text!);
      });
      expect(view.state.doc.textContent).toContain(`said ${f.suggestion} people`);
      expect(marked.join('')).toMatch(/^\d[\d,.]*$/);
      expect(f.suggestion).toContain(marked.join(''));
      view.destroy();
    }
  });

  it('refuses to apply a suggestion to a figure typed on to and not checked again', () => {
    const { view } = mount(docOf('Officials said nearly 500 people were evacuated.'), {
      delay: 60_000,
    });
    const [f] = findingsOf(view.state);
    // "nearly 500" becomes "nearly 5000": the finding still covers "nearly 500".
    view.dispatch(view.state.tr.insertText('0', f.to));
    expect(applySuggestion(f.id)(view.state, view.dispatch)).toBe(false);
    expect(view.state.doc.textContent).toBe('Officials said nearly 5000 people were evacuated.');
    // Typing elsewhere in the paragraph leaves the suggestion usable.
    view.dispatch(
      view.state.tr.delete(f.to, f.to + 1).insertText(' Update.', view.state.doc.content.size - 1),
    );
    expect(applySuggestion(f.id)(view.state, view.dispatch)).toBe(true);
    expect(view.state.doc.textContent).toBe(
      `Officials said ${f.suggestion} people were evacuated. Update.`,
    );
    view.destroy();
  });

  it('goes back from inside a finding to the one before it', () => {
    const { view } = mount(docOf(a, b, c));
    const all = findingsOf(view.state);
    // The cursor in the second finding opens its tooltip; Previous goes to the first.
    view.dispatch(
      view.state.tr.setSelection(TextSelection.create(view.state.doc, all[1].from + 1)),
    );
    expect(factCheckKey.getState(view.state)!.active?.id).toBe(all[1].id);
    prevFinding(view.state, view.dispatch);
    expect(factCheckKey.getState(view.state)!.active?.id).toBe(all[0].id);
    // With the tooltip closed, from inside the second finding again.
    view.dispatch(
      view.state.tr.setSelection(TextSelection.create(view.state.doc, all[1].from + 1)),
    );
    view.dispatch(view.state.tr.setMeta(factCheckKey, { type: 'active', id: null }));
    prevFinding(view.state, view.dispatch);
    expect(factCheckKey.getState(view.state)!.active?.id).toBe(all[0].id);
    view.destroy();
  });

  it('goes on from the finding whose tooltip is open, even one the pointer opened', () => {
    const { view } = mount(docOf(a, b, c));
    const all = findingsOf(view.state);
    expect(all.length).toBeGreaterThanOrEqual(3);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 1)));
    view.dispatch(
      view.state.tr.setMeta(factCheckKey, { type: 'active', id: all[1].id, hover: true }),
    );
    nextFinding(view.state, view.dispatch);
    expect(factCheckKey.getState(view.state)!.active?.id).toBe(all[2].id);
    view.dispatch(
      view.state.tr.setMeta(factCheckKey, { type: 'active', id: all[1].id, hover: true }),
    );
    prevFinding(view.state, view.dispatch);
    expect(factCheckKey.getState(view.state)!.active?.id).toBe(all[0].id);
    view.destroy();
  });

  it('applies the suggestion to a quote typed over a hard break', () => {
    const doc = schema.node('doc', null, [
      schema.node('paragraph', null, [
        schema.text('Safadi said: \u201cWe will rebuild'),
        schema.nodes.hard_break.create(),
        schema.text('what was destroyed.\u201d'),
      ]),
    ]);
    const quote: Fact = {
      id: 'safadi-quote',
      kind: 'quote',
      subject: 'Safadi on rebuilding',
      text: 'We will rebuild what was lost.',
      speaker: { name: 'Ayman Safadi' },
      source: { name: 'Press conference' },
    };
    const { view } = mount(doc, { source: memoryFactSource([quote]) });
    const f = findingsOf(view.state).find((x) => x.kind === 'quote-altered')!;
    expect(f.suggestion).toBeTruthy();
    expect(applySuggestion(f.id)(view.state, view.dispatch)).toBe(true);
    const { doc: after } = view.state;
    expect(after.textBetween(0, after.content.size, undefined, '\n')).toContain(f.suggestion);
    view.destroy();
  });

  it('leaves the tooltip of another finding open when one is dismissed', () => {
    const { view } = mount(docOf(a, b));
    const [first, other] = findingsOf(view.state);
    selectFinding(first.id)(view.state, view.dispatch);
    dismissFinding(other.id)(view.state, view.dispatch);
    expect(factCheckKey.getState(view.state)!.active?.id).toBe(first.id);
    dismissFinding(first.id)(view.state, view.dispatch);
    expect(factCheckKey.getState(view.state)!.active).toBeNull();
    view.destroy();
  });

  it('refuses to apply a suggestion to a finding without one', () => {
    const { view } = mount(docOf(b));
    const f = findingsOf(view.state).find((x) => x.suggestion == null)!;
    expect(f).toBeDefined();
    expect(applySuggestion(f.id)(view.state)).toBe(false);
    view.destroy();
  });

  it('dismisses a finding with a reason and restores it', () => {
    const { view } = mount(docOf(a, b), { user: 'ana' });
    const f = findingsOf(view.state)[0];
    expect(dismissFinding(f.id, 'checked with the desk')(view.state, view.dispatch)).toBe(true);
    expect(findingsOf(view.state).map((x) => x.id)).not.toContain(f.id);
    expect(view.dom.querySelector(`[data-finding-id="${f.id}"]`)).toBeNull();
    const [gone] = dismissedOf(view.state);
    expect(gone.id).toBe(f.id);
    expect(gone.dismissed).toMatchObject({ by: 'ana', reason: 'checked with the desk' });
    expect(restoreFindings()(view.state, view.dispatch)).toBe(true);
    expect(findingsOf(view.state).map((x) => x.id)).toContain(f.id);
    expect(dismissedOf(view.state)).toEqual([]);
    expect(restoreFindings()(view.state)).toBe(false);
    view.destroy();
  });

  it('keeps a dismissed finding dismissed while the text around it is edited', () => {
    const { view } = mount(docOf(a, b));
    const f = findingsOf(view.state)[0];
    dismissFinding(f.id)(view.state, view.dispatch);
    view.dispatch(view.state.tr.insertText('Update: ', 1));
    expect(findingsOf(view.state).map((x) => x.id)).not.toContain(f.id);
    expect(dismissedOf(view.state).map((x) => x.id)).toEqual([f.id]);
    view.destroy();
  });
});
