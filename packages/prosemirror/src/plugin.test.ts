import type { Fact } from '@factdesk/core';
import { EditorState, Plugin, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkNow, findingsOf, nextFinding } from './commands';
import { factCheckKey } from './keys';
import { factCheck } from './plugin';
import { settleTies } from './recheck';
import { memoryFactSource } from './source';
import { docOf, facts, freshFindings, mount, pluginFindings, schema } from './testing';

const contradicted = 'Officials said nearly 500 people were evacuated on Saturday night.';
const unsourced = 'The group has 3,700 volunteers across the north.';

afterEach(() => {
  document.body.replaceChildren();
});

describe('factCheck', () => {
  it('decorates each finding with the classes and data attributes of the contract', () => {
    const { view } = mount(docOf(contradicted, unsourced));
    const found = findingsOf(view.state);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      const el = view.dom.querySelector(`[data-finding-id="${f.id}"]`)!;
      expect(el).not.toBeNull();
      expect(el.classList.contains('factdesk-finding')).toBe(true);
      expect(el.classList.contains(`factdesk-finding--${f.severity}`)).toBe(true);
      expect(el.getAttribute('data-finding-kind')).toBe(f.kind);
      expect(el.textContent).toBe(f.text);
    }
    expect(found.map((f) => f.kind)).toContain('figure-contradicted');
    view.destroy();
  });

  it('reads a sentence that opens on a year before the story date as background', () => {
    const past = 'In 2011, nearly 500 people were evacuated on Saturday night.';
    const kinds = (date: string) => {
      const { view } = mount(docOf(past), { date });
      const found = findingsOf(view.state).map((f) => f.kind);
      view.destroy();
      return found;
    };
    expect(kinds('2018-07-22')).not.toContain('figure-contradicted');
    expect(kinds('2011-07-22')).toContain('figure-contradicted');
  });

  it('draws a finding that contains a tied figure as one element', () => {
    const quote: Fact = {
      id: 'safadi-numbers',
      kind: 'quote',
      subject: 'Safadi on how many were evacuated',
      speaker: { name: 'Ayman Safadi', aliases: ['Safadi'] },
      text: 'The number requested was much higher but the actual number evacuated settled at 422.',
      source: { name: 'Ayman Safadi on Twitter' },
    };
    const { view } = mount(
      docOf(
        '“The number requested was much higher but the final number evacuated settled at 422,” Safadi said.',
      ),
      { source: memoryFactSource([...facts, quote]) },
    );
    const ties = settleTies(factCheckKey.getState(view.state)!, view.state.doc).ties.find();
    expect(ties.map((t) => t.spec.tie.factId)).toContain('evacuated-total');
    const [altered] = findingsOf(view.state).filter((f) => f.kind === 'quote-altered');
    expect(altered.text).toContain('422');
    const els = view.dom.querySelectorAll(`[data-finding-id="${altered.id}"]`);
    expect(els).toHaveLength(1);
    expect(els[0].textContent).toBe(altered.text);
    view.destroy();
  });

  it('renders nothing for a figure the record confirms', () => {
    const { view } = mount(docOf('Only 422 made it to the meeting point.'));
    expect(findingsOf(view.state)).toEqual([]);
    expect(view.dom.querySelectorAll('span')).toHaveLength(0);
    expect(view.dom.textContent).toBe('Only 422 made it to the meeting point.');
    view.destroy();
  });

  it('gives findings ids from kind, fact and claim text, numbering repeated claims', () => {
    const { view } = mount(docOf(contradicted, contradicted));
    const ids = findingsOf(view.state)
      .filter((f) => f.kind === 'figure-contradicted')
      .map((f) => f.id);
    expect(ids).toEqual([
      'figure-contradicted:evacuated-total:nearly-500',
      'figure-contradicted:evacuated-total:nearly-500~2',
    ]);
    view.destroy();
  });

  it('keeps findings equal to a fresh check through typing, splitting and joining', () => {
    const { view, source } = mount(docOf(contradicted, unsourced, 'He said more.'));
    const expectFresh = () =>
      expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
    expectFresh();
    // Typing inside a figure: "nearly 500" becomes "nearly 5100".
    view.dispatch(view.state.tr.insertText('1', 1 + contradicted.indexOf('500') + 1));
    expectFresh();
    view.dispatch(
      view.state.tr.insertText(
        ' About 300 people were evacuated.',
        view.state.doc.child(0).nodeSize - 1,
      ),
    );
    expectFresh();
    view.dispatch(view.state.tr.split(10));
    expectFresh();
    view.dispatch(view.state.tr.join(view.state.doc.child(0).nodeSize));
    expectFresh();
    const second = view.state.doc.child(0).nodeSize;
    view.dispatch(view.state.tr.delete(second, second + view.state.doc.child(1).nodeSize));
    expectFresh();
    view.destroy();
  });

  it('takes the person the previous paragraph names as the speaker of a quote opening the next, while they are there', () => {
    const { view, source } = mount(docOf('Jane Smith spoke to reporters.', '“We will rebuild.”'));
    const kinds = () => pluginFindings(view.state).map((f) => f.kind);
    expect(kinds()).toEqual([]);
    // The name goes: the quote has no speaker, and its paragraph is re-checked for it.
    view.dispatch(view.state.tr.insertText('The crowd', 1, 11));
    expect(kinds()).toEqual(['quote-unattributed']);
    expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
    view.dispatch(view.state.tr.insertText('Jane Smith', 1, 10));
    expect(kinds()).toEqual([]);
    view.destroy();
  });

  it('by default, re-checks the blocks changed meanwhile in one batch 250 ms after the first edit', () => {
    vi.useFakeTimers();
    // `mount` checks at once unless told otherwise; `undefined` asks for the plugin's default.
    const { view, source } = mount(docOf(contradicted, unsourced), { delay: undefined });
    const end = view.state.doc.child(0).nodeSize - 1;
    view.dispatch(view.state.tr.insertText(' About 300', end));
    view.dispatch(view.state.tr.insertText(' people were evacuated.', end + ' About 300'.length));
    expect(factCheckKey.getState(view.state)!.dirty.length).toBeGreaterThan(0);
    expect(pluginFindings(view.state)).not.toEqual(freshFindings(view.state.doc, source));
    vi.advanceTimersByTime(249);
    expect(factCheckKey.getState(view.state)!.dirty.length).toBeGreaterThan(0);
    vi.advanceTimersByTime(1);
    expect(factCheckKey.getState(view.state)!.dirty).toEqual([]);
    expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
    expect(checkNow(view.state)).toBe(false);
    vi.useRealTimers();
    view.destroy();
  });

  it('re-checks only the block a keystroke changed', () => {
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `Paragraph ${i} says ${100 + i} people were evacuated.`,
    );
    const { view } = mount(docOf(...paragraphs));
    view.dispatch(view.state.tr.insertText(' really', 1 + 'Paragraph 0 says'.length));
    expect(factCheckKey.getState(view.state)!.checked).toHaveLength(1);
    view.destroy();
  });

  it('maps findings through a whole-document replacement by diffing the documents', () => {
    const { view, source } = mount(docOf(contradicted, unsourced, contradicted));
    const before = findingsOf(view.state);
    const next = docOf(contradicted, `${unsourced} and more text.`, contradicted);
    view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, next.content));
    expect(factCheckKey.getState(view.state)!.checked).toHaveLength(1);
    expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
    expect(findingsOf(view.state).map((f) => f.id)).toEqual(before.map((f) => f.id));
    view.destroy();
  });

  it('reads a hard break as one character so offsets stay positions', () => {
    const para = schema.node('paragraph', null, [
      schema.text('A line.'),
      schema.node('hard_break'),
      schema.text(contradicted),
    ]);
    const { view } = mount(schema.node('doc', null, [para]));
    for (const f of findingsOf(view.state))
      expect(view.state.doc.textBetween(f.from, f.to)).toBe(f.text);
    expect(findingsOf(view.state).length).toBeGreaterThan(0);
    view.destroy();
  });

  it('keeps findings equal to a fresh check in nested blocks', () => {
    const p = (t: string) => schema.node('paragraph', null, [schema.text(t)]);
    const doc = schema.node('doc', null, [
      p(contradicted),
      schema.node('blockquote', null, [p(unsourced), p('He said 300 were evacuated.')]),
      schema.node('code_block', null, [schema.text('500 evacuated')]),
      p('Then 422 made it to the meeting point.'),
    ]);
    const { view, source } = mount(doc);
    const expectFresh = () =>
      expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
    expectFresh();
    const inQuote = view.state.doc.child(0).nodeSize + 2;
    view.dispatch(view.state.tr.insertText('About 250 people were evacuated. ', inQuote));
    expectFresh();
    view.dispatch(
      view.state.tr.insertText('Nearly 900 were evacuated. ', view.state.doc.content.size - 2),
    );
    expectFresh();
    view.dispatch(view.state.tr.delete(1, view.state.doc.child(0).nodeSize - 1));
    expectFresh();
    view.destroy();
  });

  it('does not check code blocks', () => {
    const doc = schema.node('doc', null, [
      schema.node('code_block', null, [schema.text(contradicted)]),
    ]);
    const { view } = mount(doc);
    expect(findingsOf(view.state)).toEqual([]);
    view.destroy();
  });

  it('re-checks the blocks a changed fact concerns when the source reports it', () => {
    const source = memoryFactSource(facts);
    const { view } = mount(docOf(contradicted, unsourced, 'Nothing here.'), { source });
    expect(findingsOf(view.state).map((f) => f.kind)).toContain('figure-contradicted');
    source.upsert([
      { ...(facts[0] as Extract<(typeof facts)[0], { kind: 'figure' }>), value: 480 },
    ]);
    const s = factCheckKey.getState(view.state)!;
    expect(s.checked).toHaveLength(1);
    expect(findingsOf(view.state).map((f) => f.kind)).not.toContain('figure-contradicted');
    expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
    view.destroy();
  });

  it('opens no tooltip for a selection change outside findings', () => {
    const { view } = mount(docOf(contradicted));
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 2)));
    expect(factCheckKey.getState(view.state)!.active).toBeNull();
    view.destroy();
  });

  it('gives two editors built from one plugin a tooltip each, and points each to its own', () => {
    const plugin = factCheck({ source: memoryFactSource(facts), date: '2018-07-22', delay: 0 });
    const open = () =>
      new EditorView(document.body.appendChild(document.createElement('div')), {
        state: EditorState.create({ doc: docOf(contradicted), plugins: [plugin] }),
      });
    const views = [open(), open()];
    const tips = [...document.querySelectorAll<HTMLElement>('.factdesk-tooltip')];
    expect(new Set(tips.map((t) => t.id)).size).toBe(2);
    for (const view of views) {
      nextFinding(view.state, view.dispatch);
      const described = view.dom.querySelector('[aria-describedby]')!;
      const tip = document.getElementById(described.getAttribute('aria-describedby')!)!;
      expect(view.dom.parentNode!.contains(tip)).toBe(true);
      expect(tip.hidden).toBe(false);
    }
    for (const view of views) view.destroy();
  });

  it('leaves Escape to the host when it shows no tooltip', () => {
    const pressed: string[] = [];
    const host = new Plugin({
      props: {
        handleKeyDown: (_, e) => {
          pressed.push(e.key);
          return false;
        },
      },
    });
    const { view } = mount(docOf(contradicted), { tooltip: false }, []);
    view.updateState(view.state.reconfigure({ plugins: [...view.state.plugins, host] }));
    const f = findingsOf(view.state).find((x) => x.kind === 'figure-contradicted')!;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, f.from + 2)));
    view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(pressed).toEqual(['Escape']);
    view.destroy();
  });
});
