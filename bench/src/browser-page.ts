// The page of the browser benchmark: editors on one draft, with or without the plugin, that time
// each real keystroke from its `keydown` to the end of the layout it causes.
import { FactIndex } from '@factdesk/core';
import { factCheck, memoryFactSource } from '@factdesk/prosemirror';
import { baseKeymap } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { corpus, spots } from './draft';

/** What the page offers the benchmark. */
export interface BenchPage {
  /**
   * Opens an editor, with the plugin or not, on the draft of `words` words tied to `count`
   * facts, `wrong` of them wrong; returns its number.
   */
  mount(words: number, count: number, wrong: number, plugin: boolean): number;
  /** Puts the cursor of editor `i` at the `k`th of the draft's spots and focuses the editor. */
  cursor(i: number, k: number): void;
  /** The keystrokes editor `i` timed since the last call, µs. */
  take(i: number): number[];
  /** The story's text in editor `i` (to check that the editors typed the same). */
  text(i: number): string;
  /**
   * The first full check of the draft of `words` words tied to `count` facts, `runs` times in a
   * row, ms: the state with the plugin created from a document built beforehand.
   */
  firstCheck(words: number, count: number, runs: number): number[];
}

declare global {
  interface Window {
    bench: BenchPage;
  }
}

const editors: { view: EditorView; times: number[]; at: number[] }[] = [];
let start = 0;

// The first listener of the page, so a keystroke is timed from before the editor sees it.
window.addEventListener(
  'keydown',
  () => {
    start = performance.now();
  },
  true,
);

window.bench = {
  mount(words, count, wrong, plugin) {
    const { paragraphs, facts } = corpus(words, count, words + count, wrong);
    const doc = schema.node(
      'doc',
      null,
      paragraphs.map((p) => schema.node('paragraph', null, [schema.text(p)])),
    );
    const source = memoryFactSource(new FactIndex(facts));
    const plugins = [keymap(baseKeymap)];
    if (plugin) plugins.unshift(factCheck({ source }));
    const place = document.createElement('div');
    document.body.appendChild(place);
    const times: number[] = [];
    const v = new EditorView(place, {
      state: EditorState.create({ doc, plugins }),
      dispatchTransaction(tr) {
        v.updateState(v.state.apply(tr));
        if (start) {
          // The style and layout the change needs, which the browser would do before painting.
          v.dom.getBoundingClientRect();
          times.push((performance.now() - start) * 1000);
          start = 0;
        }
      },
    });
    editors.push({ view: v, times, at: spots(doc) });
    return editors.length - 1;
  },
  cursor(i, k) {
    const { view: v, at } = editors[i];
    v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, at[k])));
    v.focus();
    start = 0;
    editors[i].times.length = 0;
  },
  take(i) {
    return editors[i].times.splice(0);
  },
  text(i) {
    return editors[i].view.state.doc.textContent;
  },
  firstCheck(words, count, runs) {
    const { paragraphs, facts } = corpus(words, count, words + count);
    const doc = schema.node(
      'doc',
      null,
      paragraphs.map((p) => schema.node('paragraph', null, [schema.text(p)])),
    );
    const source = memoryFactSource(new FactIndex(facts));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      EditorState.create({ doc, plugins: [factCheck({ source, tooltip: false })] });
      times.push(performance.now() - t0);
    }
    return times;
  },
};
