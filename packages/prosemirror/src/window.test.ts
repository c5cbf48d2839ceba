import { AllSelection, EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { canJoin } from 'prosemirror-transform';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkNow,
  dismissFinding,
  findingsOf,
  nextFinding,
  restoreFindings,
  selectFinding,
} from './commands';
import type { FindingSpec } from './decorations';
import { factCheckKey } from './keys';
import { findingsSnapshot } from './panel';
import { factCheck } from './plugin';
import { memoryFactSource } from './source';
import { docOf, facts, freshFindings, mount, pluginFindings, random } from './testing';
import { settled, widen } from './window';

afterEach(() => {
  vi.restoreAllMocks();
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

/**
 * Makes jsdom report a screen showing paragraphs `first` to `last`: every element's box fills
 * the screen, and its top and bottom edges are in those paragraphs.
 */
function showOnScreen(first: number, last: number): void {
  const box = { x: 0, y: 0, top: 0, left: 0, right: 500, bottom: 500, width: 500, height: 500 };
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    ...box,
    toJSON() {},
  });
  vi.spyOn(EditorView.prototype, 'posAtCoords').mockImplementation(function (this: EditorView, c) {
    return { pos: inside(this, c.top < 10 ? first : last), inside: -1, affinity: 0 };
  });
}

function moveTo(view: EditorView, i: number): void {
  const { tr } = view.state;
  view.dispatch(tr.setSelection(TextSelection.create(tr.doc, inside(view, i))));
}

const windowed = { window: { above: 10, margin: 2 } };

/**
 * Expects a state to draw what its window holds: every live finding that overlaps the window
 * (every one, without a window), and nothing but live findings, where they are.
 */
function expectWindowDrawn(state: EditorState, where: string): void {
  const s = settled(state)!;
  const label = (d: Decoration) => `${(d.spec as FindingSpec).id}@${d.from}-${d.to}`;
  const live = s.decorations.find();
  const drawn = new Set(s.shown.find().map(label));
  const ranges = s.window ?? [{ from: 0, to: state.doc.content.size }];
  const within = live.filter((d) => ranges.some((r) => d.from < r.to && d.to > r.from));
  const all = new Set(live.map(label));
  expect(
    within.map(label).filter((l) => !drawn.has(l)),
    where,
  ).toEqual([]);
  expect(
    [...drawn].filter((l) => !all.has(l)),
    where,
  ).toEqual([]);
}

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

  it('draws only the findings within `reach` of the cursor in a long paragraph', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Officials said ${i + 1}0 were evacuated.`);
    const { view } = mount(docOf(text.join(' ')), { window: { reach: 200 } });
    // One paragraph of some 1,500 positions: past twice `reach`, it draws a window.
    const drawn = () =>
      [...view.dom.querySelectorAll('[data-finding-id]')].map((e) => e.textContent);
    expect(drawn()).toEqual(['10', '20', '30', '40', '50', '60']);
    expect(findingsOf(view.state)).toHaveLength(40);
    view.dispatch(view.state.tr.setSelection(TextSelection.atEnd(view.state.doc)));
    expect(drawn()).toEqual(['350', '360', '370', '380', '390', '400']);
    // Every finding within `reach` of the part on screen is drawn too.
    const middle = view.state.doc.textContent.indexOf('200 were');
    view.dispatch(
      view.state.tr.setMeta(factCheckKey, { type: 'viewport', from: middle, to: middle + 10 }),
    );
    expect(drawn()).toContain('200');
    expect(drawn()).toContain('350');
    expect(drawn()).not.toContain('100');
  });

  it('widens the window over findings that overlap one another at its edges', () => {
    // "4m" (a figure) and "m group" (a source) share the "m": taking in one crosses the other.
    const doc = docOf('The 4m group say many were killed.');
    const all = DecorationSet.create(doc, [
      Decoration.inline(5, 7, {}, {}),
      Decoration.inline(6, 13, {}, {}),
    ]);
    expect(widen([{ from: 10, to: 30 }], all)).toEqual([{ from: 5, to: 30 }]);
    expect(widen([{ from: 1, to: 6 }], all)).toEqual([{ from: 1, to: 13 }]);
  });

  it('draws every finding of a short paragraph, whatever its `reach`', () => {
    const { view } = mount(docOf('Officials said 10 were evacuated. About 20 were.'), {
      window: { reach: 30 },
    });
    expect(view.dom.querySelectorAll('[data-finding-id]')).toHaveLength(2);
    expect(factCheckKey.getState(view.state)!.window).toBeNull();
  });

  it('draws around the end of the document with no margin', () => {
    const { view } = mount(long(30), { window: { above: 10, margin: 0 } });
    view.dispatch(view.state.tr.setSelection(new AllSelection(view.state.doc)));
    expect(drawnParagraphs(view)).toEqual([29]);
  });

  it('reads the part on screen once the view is built, not inside its constructor', async () => {
    // jsdom has no layout: the editor's box fills the screen, showing paragraphs 12 to 14.
    showOnScreen(12, 14);
    const place = document.createElement('div');
    document.body.appendChild(place);
    const state = EditorState.create({
      doc: long(30),
      plugins: [factCheck({ source: memoryFactSource(facts), date: '2018-07-22', ...windowed })],
    });
    // The host's usual dispatch, which needs `view` to exist.
    const view: EditorView = new EditorView(place, {
      state,
      dispatchTransaction: (tr) => view.updateState(view.state.apply(tr)),
    });
    expect(drawnParagraphs(view)).toEqual([0, 1, 2]);
    await new Promise((done) => requestAnimationFrame(done));
    expect(drawnParagraphs(view)).toEqual([0, 1, 2, 10, 11, 12, 13, 14, 15, 16]);
    view.destroy();
  });

  it('reads the screen again after someone deletes the part on screen', async () => {
    const { view } = mount(long(60), windowed);
    await new Promise((done) => requestAnimationFrame(done));
    const report = { type: 'viewport', from: inside(view, 40), to: inside(view, 45) };
    view.dispatch(view.state.tr.setMeta(factCheckKey, report));
    // jsdom has no layout: from now on the screen shows paragraphs 38 to 43.
    showOnScreen(38, 43);
    // A collaborator deletes paragraphs 38 to 47; the cursor, at the top, stays.
    const start = (i: number) => inside(view, i) - 2;
    view.dispatch(view.state.tr.delete(start(38), start(48)));
    await new Promise((done) => requestAnimationFrame(done));
    expect(drawnParagraphs(view)).toEqual(expect.arrayContaining([38, 39, 40, 41, 42, 43]));
    view.destroy();
  });

  it('lets go of the part on screen when a paste swallows it', () => {
    const { view, source } = mount(long(30), { ...windowed, delay: 60_000 });
    moveTo(view, 13);
    const [from, to] = [inside(view, 12), inside(view, 14)];
    view.dispatch(view.state.tr.setMeta(factCheckKey, { type: 'viewport', from, to }));
    view.dispatch(view.state.tr.insert(inside(view, 13) - 1, long(200).content));
    expect(factCheckKey.getState(view.state)!.viewport).toBeNull();
    checkNow(view.state, view.dispatch);
    // Only the cursor's blocks are drawn until the view says what is on screen.
    expect(drawnParagraphs(view).length).toBeLessThanOrEqual(5);
    expect(pluginFindings(view.state)).toEqual(freshFindings(view.state.doc, source));
  });

  it.each([1, 2, 3, 4])(
    'finds what drawing everything finds, ids included, as edits make the draft long and short (seed %i)',
    (seed) => {
      const rnd = random(seed);
      const source = memoryFactSource(facts);
      const start = docOf('Officials said nearly 500 people were evacuated.', 'About 300 were.');
      const create = (window: false | { above: number; margin: number; reach?: number }) =>
        EditorState.create({
          doc: start,
          plugins: [factCheck({ source, date: '2018-07-22', delay: 60_000, window })],
        });
      // The same transactions go to a state that draws everything, one that windows above 5
      // blocks and one that windows drafts of more than 120 positions, 60 around the cursor.
      const states = [
        create(false),
        create({ above: 5, margin: 1 }),
        create({ above: 1000, margin: 1, reach: 60 }),
      ];
      const run = (command: (s: EditorState, d: (tr: Transaction) => void) => unknown) => {
        for (let i = 0; i < states.length; i++)
          command(states[i], (tr) => (states[i] = states[i].apply(tr)));
      };
      let long = 0;
      let wide = 0;
      for (let round = 0; round < 200; round++) {
        const [a] = states;
        const tr = randomEdit(a, rnd);
        if (tr) {
          for (let i = 1; i < states.length; i++) {
            const twin = states[i].tr;
            for (const step of tr.steps) twin.step(step);
            twin.setSelection(TextSelection.near(twin.doc.resolve(tr.selection.head)));
            states[i] = states[i].apply(twin);
          }
          states[0] = a.apply(tr);
        }
        const act = rnd();
        const some = findingsOf(states[0])[0];
        if (act < 0.05 && some) run(dismissFinding(some.id));
        else if (act < 0.08) run(restoreFindings());
        if (act > 0.7) run(checkNow);
        if (factCheckKey.getState(states[1])!.window) long++;
        if (factCheckKey.getState(states[2])!.window) wide++;
        // The windowed states are read only now and then: they lag in between.
        if (round % 7 === 0) {
          run(checkNow);
          const where = `seed ${seed}, round ${round}`;
          for (const s of states.slice(1)) {
            expect(pluginFindings(s), where).toEqual(pluginFindings(states[0]));
            expectWindowDrawn(s, where);
          }
        }
      }
      run(checkNow);
      for (const s of states.slice(1)) expect(pluginFindings(s)).toEqual(pluginFindings(states[0]));
      expect(pluginFindings(states[0])).toEqual(freshFindings(states[0].doc, source));
      expect(long).toBeGreaterThan(20);
      expect(wide).toBeGreaterThan(20);
    },
  );
});

const phrases = [
  ' Nearly 500 people were evacuated.',
  ' Only 422 made it to the meeting point.',
  ' More than half a million people have died.',
  ' 500',
  ' evacuated',
];

/**
 * A random edit of `state`: typing a phrase, deleting, splitting, joining, replacing the whole
 * document with an edited copy (as y-prosemirror does), pasting ten paragraphs or deleting most
 * of a long draft; or only moving the cursor.
 */
function randomEdit(state: EditorState, rnd: () => number): Transaction | null {
  const positions: number[] = [];
  state.doc.forEach((node, offset) => {
    for (let i = 0; i <= node.content.size; i++) positions.push(offset + 1 + i);
  });
  const pick = () => positions[Math.floor(rnd() * positions.length)];
  const { tr, doc } = state;
  const op = rnd();
  if (op < 0.35) tr.insertText(phrases[Math.floor(rnd() * phrases.length)], pick());
  else if (op < 0.5) {
    const from = pick();
    tr.delete(from, Math.min(doc.content.size - 1, from + 1 + Math.floor(rnd() * 80)));
  } else if (op < 0.65) tr.split(pick());
  else if (op < 0.75) {
    const joints: number[] = [];
    doc.forEach((_n, offset, i) => {
      if (i > 0 && canJoin(doc, offset)) joints.push(offset);
    });
    if (joints.length) tr.join(joints[Math.floor(rnd() * joints.length)]);
  } else if (op < 0.8) {
    const texts: string[] = [];
    doc.forEach((n) => {
      texts.push(n.textContent);
    });
    texts[Math.floor(rnd() * texts.length)] += phrases[0];
    tr.replaceWith(0, doc.content.size, docOf(...texts).content);
  } else if (op < 0.85) {
    if (doc.childCount < 8) tr.insert(doc.content.size, long(10).content);
    else tr.delete(doc.child(0).nodeSize + 1, doc.content.size - 1);
  } else return tr.setSelection(TextSelection.create(doc, pick()));
  if (!tr.docChanged) return null;
  return tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(pick(), tr.doc.content.size))));
}
