// One draft of the plugin benchmark, measured in a process of its own (`pnpm bench` starts one
// per draft, as each story opens in a fresh page, so no draft's heap or garbage weighs on
// another's): its first full check, or its local keystrokes and remote y-prosemirror updates in
// editors with and without the plugin.
import { corpus, fmt, random, shuffled, spots } from './draft';
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

/** Remote updates an editor takes in a row before the next editor's turn. */
const block = 55;
/** The first updates of each turn, left out of the figures. */
const settle = 5;
/** Keystrokes a typist types in a row in one editor (four words typed and deleted again). */
const turn = 56;
/** The first keystrokes of each turn, left out of the figures. */
const turnSettle = 6;

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
  const {
    EditorState,
    TextSelection,
    Plugin: PluginClass,
    PluginKey,
  } = await import('prosemirror-state');
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

  /**
   * A typist: `move(k)` puts the cursor at the `k`th of the draft's spots (see `spots`); each
   * `key()` types the next character of a word at the cursor, or once the word is typed deletes
   * it again, and returns the keystroke's microseconds. Four words' keystrokes leave the
   * paragraph as it was.
   */
  const typist = (view: InstanceType<typeof EditorView>, at: number[]) => {
    const word = 'report ';
    let i = 0;
    return {
      move(k: number) {
        const tr = view.state.tr.setSelection(TextSelection.create(view.state.doc, at[k]));
        view.dispatch(tr.setMeta(drawingKey, k));
      },
      key(): number {
        const k = i++ % (word.length * 2);
        const t0 = performance.now();
        if (k < word.length) view.dispatch(view.state.tr.insertText(word[k]));
        else {
          const head = view.state.selection.head;
          view.dispatch(view.state.tr.delete(head - 1, head));
        }
        return (performance.now() - t0) * 1000;
      },
    };
  };

  const drawingKey = new PluginKey<DecorationSet>('drawing');
  /**
   * ProseMirror drawing the findings the plugin draws around the typist, and mapping them
   * through each keystroke, with none of the plugin's work: what drawing them costs alone. Its
   * set for each spot is the plugin's, with the cursor there.
   */
  const drawing = (doc: Node, at: number[]): Plugin => {
    const sets = at.map((pos) => {
      const probe = EditorState.create({
        doc,
        selection: TextSelection.create(doc, pos),
        plugins: [factCheck({ source, tooltip: false })],
      });
      return factCheckKey.getState(probe)!.shown;
    });
    return new PluginClass<DecorationSet>({
      key: drawingKey,
      state: {
        init: () => sets[0],
        apply(tr, set) {
          const k = tr.getMeta(drawingKey) as number | undefined;
          if (k !== undefined) return sets[k];
          return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        },
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
  const places = spots(doc);
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
    drawing: mount(doc, [drawing(doc, places)]),
    yPlain: boundEditor([]),
    yDeferred: boundEditor([factCheck({ source, tooltip: false })]),
  };
  const names = Object.keys(editors) as (keyof typeof editors)[];
  const type = Object.fromEntries(names.map((k) => [k, typist(editors[k], places)]));
  const times = Object.fromEntries(names.map((k) => [k, [] as number[]]));
  const checks: number[] = [];
  // Each editor types turns of 56 keystrokes in one spot, as a typist's keystrokes follow one
  // another in one editor, and the first 6 of each turn are left out: they find the caches full
  // of the other editors' work. The editors take turns in a new order each round, so drift and
  // contention on the shared machine fall on all alike and no editor always follows the same
  // one; each round types in the next of the five spots. Twenty rounds warm up, as the JIT has
  // after a few minutes of typing; twenty more give 1,000 keystrokes each.
  for (let round = 0; round < 40; round++) {
    const warm = round < 20;
    for (const k of shuffled(names, rnd)) {
      type[k].move(round % places.length);
      for (let j = 0; j < turn; j++) {
        const t = type[k].key();
        if (!warm && j >= turnSettle) times[k].push(t);
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

  // Remote updates: keystrokes made on another Y.Doc, a block of them in the middle of each of
  // the five paragraphs the typist types in, in turn, applied to three bound editors in turn:
  // without the plugin, with it as shipped, and with it checking inside every update.
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
  const typed = places.map((pos) => doc.resolve(pos).index(0));
  const updates: Uint8Array[] = [];
  origin.on('update', (u: Uint8Array) => updates.push(u));
  for (let b = 0; b < 30; b++) {
    const para = frag.get(typed[b % typed.length]) as InstanceType<typeof Y.XmlElement>;
    const text = para.get(0) as InstanceType<typeof Y.XmlText>;
    const at = text.length >> 1;
    // An odd number to a block: each block leaves one more "x" in its paragraph.
    for (let j = 0; j < block; j++) {
      if (j % 2 === 0) text.insert(at, 'x');
      else text.delete(at, 1);
    }
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
