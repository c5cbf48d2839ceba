// One draft of the plugin benchmark, measured in a process of its own (`pnpm bench` starts one
// per draft, as each story opens in a fresh page, so no draft's heap or garbage weighs on
// another's): its first full check, or its local keystrokes and remote y-prosemirror updates in
// editors with and without the plugin.
import { corpus, fmt, random, shuffled } from './draft';
import { installDom } from './jsdom';

/** A full garbage collection when node runs with `--expose-gc` (as `pnpm bench` does). */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The median of the figures. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Keystrokes (or remote updates) an editor takes in a row before the next editor's turn. */
const block = 55;
/** The first keystrokes of each turn, left out of the figures. */
const settle = 5;

/** One draft's figures, µs: the median keystroke and remote update of each editor. */
export interface DraftFigures {
  keystroke: Record<'bare' | 'plugin' | 'sync' | 'every' | 'drawing' | 'yBare' | 'yPlugin', number>;
  /** The check after a pause, alone. */
  check: number;
  update: Record<'bare' | 'plugin' | 'sync', number>;
}

/**
 * The first full check of the draft of `words` words tied to `count` facts (9 runs, the first
 * of them before the JIT has warmed up), and the checker alone on the same paragraphs.
 */
export async function firstCheck(words: number, count: number): Promise<string[]> {
  installDom();
  const { FactIndex, extract, checkBlock } = await import('@factdesk/core');
  const { factCheck, memoryFactSource } = await import('@factdesk/prosemirror');
  const { schema } = await import('prosemirror-schema-basic');
  const { EditorState } = await import('prosemirror-state');
  const { paragraphs, facts } = corpus(words, count, words + count);
  const doc = schema.node(
    'doc',
    null,
    paragraphs.map((p) => schema.node('paragraph', null, [schema.text(p)])),
  );
  const index = new FactIndex(facts);
  const source = memoryFactSource(index);
  const runs: number[] = [];
  const core: number[] = [];
  // No forced collection here: it shrinks the young generation, and the check would then
  // pay for growing it again, which an editor that has just loaded a story does not.
  for (let i = 0; i < 9; i++) {
    let t0 = performance.now();
    EditorState.create({ doc, plugins: [factCheck({ source, tooltip: false })] });
    runs.push(performance.now() - t0);
    t0 = performance.now();
    let lead: import('@factdesk/core').Mention[] = [];
    for (const p of paragraphs) {
      const claims = extract(p, { lead });
      checkBlock(p, claims, index);
      lead = claims.mentions;
    }
    core.push(performance.now() - t0);
  }
  return [
    fmt(words),
    fmt(count),
    fmt(paragraphs.length),
    median(runs).toFixed(1),
    Math.min(...runs).toFixed(1),
    median(core).toFixed(1),
    runs[0].toFixed(1),
  ];
}

/** Measures the draft of `words` words tied to `count` facts, `wrong` of its figures wrong. */
export async function runDraft(words: number, count: number, wrong: number): Promise<DraftFigures> {
  installDom();
  const { FactIndex } = await import('@factdesk/core');
  const { factCheck, factCheckKey, memoryFactSource, checkNow } = await import(
    '@factdesk/prosemirror'
  );
  const { schema } = await import('prosemirror-schema-basic');
  const { EditorState, TextSelection, Plugin: PluginClass } = await import('prosemirror-state');
  const { EditorView } = await import('prosemirror-view');
  const Y = await import('yjs');
  const { ySyncPlugin, prosemirrorToYXmlFragment } = await import('y-prosemirror');
  type Plugin = import('prosemirror-state').Plugin;
  type Node = import('prosemirror-model').Node;
  type DecorationSet = import('prosemirror-view').DecorationSet;

  const docOf = (paragraphs: string[]): Node =>
    schema.node(
      'doc',
      null,
      paragraphs.map((p) => schema.node('paragraph', null, [schema.text(p)])),
    );
  const mount = (doc: Node, plugins: Plugin[]) => {
    const place = document.createElement('div');
    document.body.appendChild(place);
    return new EditorView(place, { state: EditorState.create({ doc, plugins }) });
  };

  /** Where the typist types: the middle of the middle paragraph. */
  const middle = (doc: Node): number => {
    const mid = doc.child(doc.childCount >> 1);
    let pos = 0;
    doc.forEach((node, offset) => {
      if (node === mid) pos = offset + 1 + Math.floor(node.content.size / 2);
    });
    return pos;
  };

  /**
   * A typist with the cursor in the middle of the middle paragraph: each call types the next
   * character of a word at the cursor, or once the word is typed deletes it again, and returns
   * the keystroke's microseconds.
   */
  const typist = (view: InstanceType<typeof EditorView>): (() => number) => {
    const pos = middle(view.state.doc);
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
    const word = 'report ';
    let i = 0;
    return () => {
      const k = i++ % (word.length * 2);
      const t0 = performance.now();
      if (k < word.length) view.dispatch(view.state.tr.insertText(word[k]));
      else {
        const at = view.state.selection.head;
        view.dispatch(view.state.tr.delete(at - 1, at));
      }
      return (performance.now() - t0) * 1000;
    };
  };

  /**
   * ProseMirror drawing the findings the plugin draws around the typist, and mapping them
   * through each keystroke, with none of the plugin's work: what drawing them costs alone.
   */
  const drawing = (doc: Node): Plugin => {
    const probe = EditorState.create({
      doc,
      selection: TextSelection.create(doc, middle(doc)),
      plugins: [factCheck({ source, tooltip: false })],
    });
    const shown = factCheckKey.getState(probe)!.shown;
    return new PluginClass<DecorationSet>({
      state: {
        init: () => shown,
        apply: (tr, set) => (tr.docChanged ? set.map(tr.mapping, tr.doc) : set),
      },
      props: {
        decorations(state) {
          return this.getState(state);
        },
      },
    });
  };

  const { paragraphs, facts } = corpus(words, count, words + count, wrong);
  const rnd = random(words + count);
  const doc = docOf(paragraphs);
  const index = new FactIndex(facts);
  const source = memoryFactSource(index);

  // Local keystrokes in two editors: bare ProseMirror, and bound to a Y.Doc by ySyncPlugin as
  // in the newsroom editor. Each without the plugin, with it as shipped (re-checking after a
  // pause), and bare with it re-checking inside every keystroke (`delay: 0`) or drawing every
  // finding of a long draft (`window: false`). The median keystroke is what a typist feels.
  const boundEditor = (plugins: Plugin[]) => {
    const y = new Y.Doc();
    prosemirrorToYXmlFragment(doc, y.getXmlFragment('prosemirror'));
    const empty = schema.node('doc', null, [schema.node('paragraph')]);
    return mount(empty, [ySyncPlugin(y.getXmlFragment('prosemirror')), ...plugins]);
  };
  const editors = {
    plain: mount(doc, []),
    deferred: mount(doc, [factCheck({ source, tooltip: false })]),
    sync: mount(doc, [factCheck({ source, tooltip: false, delay: 0 })]),
    every: mount(doc, [factCheck({ source, tooltip: false, window: false })]),
    drawing: mount(doc, [drawing(doc)]),
    yPlain: boundEditor([]),
    yDeferred: boundEditor([factCheck({ source, tooltip: false })]),
  };
  const names = Object.keys(editors) as (keyof typeof editors)[];
  const type = Object.fromEntries(names.map((k) => [k, typist(editors[k])]));
  const times = Object.fromEntries(names.map((k) => [k, [] as number[]]));
  const checks: number[] = [];
  // Each editor types blocks of 55 keystrokes, as a typist's keystrokes follow one another in
  // one editor, and the first 5 of each block are left out: they find the caches full of the
  // other editors' work. The editors take turns block by block, in a new order each round, so
  // drift and contention on the shared machine fall on all alike and no editor always follows
  // the same one. Twenty rounds warm up, as the JIT has after a few minutes of typing; twenty
  // more give 1,000 keystrokes each.
  for (let round = 0; round < 40; round++) {
    const warm = round < 20;
    for (const k of shuffled(names, rnd)) {
      for (let j = 0; j < block; j++) {
        const t = type[k]();
        if (!warm && j >= settle) times[k].push(t);
      }
    }
    if (round % 2 === 1) {
      // The check the pause after a burst of 110 keystrokes runs, timed on its own.
      const t0 = performance.now();
      checkNow(editors.deferred.state, editors.deferred.dispatch);
      if (!warm) checks.push((performance.now() - t0) * 1000);
      checkNow(editors.yDeferred.state, editors.yDeferred.dispatch);
    }
  }
  const [p, d, s, e, w, yp, yd] = names.map((k) => median(times[k]));
  const keystroke = { bare: p, plugin: d, sync: s, every: e, drawing: w, yBare: yp, yPlugin: yd };
  const check = median(checks);
  for (const v of Object.values(editors)) v.destroy();

  // Remote updates: keystrokes made on another Y.Doc, in the middle of the middle paragraph
  // as above, applied to three bound editors in turn: without the plugin, with it as
  // shipped, and with it checking inside every update.
  const origin = new Y.Doc();
  prosemirrorToYXmlFragment(doc, origin.getXmlFragment('prosemirror'));
  const bind = (plugin: Plugin | null) => {
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(origin));
    const plugins = [ySyncPlugin(local.getXmlFragment('prosemirror'))];
    if (plugin) plugins.push(plugin);
    const view = mount(schema.node('doc', null, [schema.node('paragraph')]), plugins);
    return { local, view };
  };
  const bound = {
    plain: bind(null),
    deferred: bind(factCheck({ source, tooltip: false })),
    sync: bind(factCheck({ source, tooltip: false, delay: 0 })),
  };
  const frag = origin.getXmlFragment('prosemirror');
  const para = frag.get(frag.length >> 1) as InstanceType<typeof Y.XmlElement>;
  const text = para.get(0) as InstanceType<typeof Y.XmlText>;
  const at = text.length >> 1;
  const updates: Uint8Array[] = [];
  origin.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < 30 * block; i++) {
    if (i % 2 === 0) text.insert(at, 'x');
    else text.delete(at, 1);
  }
  const remote = { plain: [] as number[], deferred: [] as number[], sync: [] as number[] };
  collect();
  // In blocks as the keystrokes above: twenty to warm up, ten give 500 updates each.
  for (let from = 0; from < updates.length; from += block) {
    for (const k of shuffled(['plain', 'deferred', 'sync'] as const, rnd)) {
      for (let j = 0; j < block; j++) {
        const t0 = performance.now();
        Y.applyUpdate(bound[k].local, updates[from + j]);
        if (from >= 20 * block && j >= settle) remote[k].push((performance.now() - t0) * 1000);
      }
    }
    if ((from / block) % 2 === 1) checkNow(bound.deferred.view.state, bound.deferred.view.dispatch);
  }
  for (const b of Object.values(bound)) b.view.destroy();
  const update = {
    bare: median(remote.plain),
    plugin: median(remote.deferred),
    sync: median(remote.sync),
  };
  return { keystroke, check, update };
}
