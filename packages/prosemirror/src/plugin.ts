import { keydownHandler } from 'prosemirror-keymap';
import type { Node } from 'prosemirror-model';
import { type EditorState, Plugin } from 'prosemirror-state';
import type { DecorationSet, EditorView } from 'prosemirror-view';
import { blockKeys } from './check';
import { factCheckKeys } from './commands';
import { type FindingSpec, findingDecoration } from './decorations';
import { trackHover } from './hover';
import { dismissalOrigin, factCheckKey } from './keys';
import { findingsSnapshot, sameSnapshot } from './panel';
import {
  type Action,
  applyTransaction,
  type FactCheckState,
  initState,
  type StateContext,
  sameDismissals,
} from './state';
import { Tooltip, tooltipId } from './tooltip';
import type { Dismissal, FactCheckOptions, FindingsSnapshot } from './types';
import { onScreen } from './viewport';
import { covers, windowOptions } from './window';

type Listener = (snapshot: FindingsSnapshot) => void;

const views = new WeakMap<EditorView, FactCheckView>();

/**
 * A view's findings panels and the snapshot they last got. Kept by the editor view, not its
 * plugin view: a host that loads a new state gets a new plugin view, and the panels stay.
 */
interface Panels {
  listeners: Set<Listener>;
  snapshot: FindingsSnapshot | null;
}

const panels = new WeakMap<EditorView, Panels>();

/** Milliseconds the view gathers the terms of edited blocks before asking the source for them. */
const askDelay = 250;

/**
 * The default `delay`: long enough that a burst of typing costs one check, short enough that a
 * figure's warning shows while its sentence is still being written.
 */
const defaultDelay = 250;

/**
 * The well-formed dismissals of the shared map. Any peer can write to it: an entry that is not a
 * dismissal (`at`, and `by` and `reason` if there, all strings) dismisses nothing.
 */
function readMap(options: FactCheckOptions): Map<string, Dismissal> {
  const out = new Map<string, Dismissal>();
  options.dismissals?.forEach((value: unknown, key) => {
    const v = value as Partial<Record<keyof Dismissal, unknown>> | null;
    const text = (x: unknown) => x === undefined || typeof x === 'string';
    if (typeof v !== 'object' || !v || typeof v.at !== 'string') return;
    if (!text(v.by) || !text(v.reason)) return;
    out.set(key, {
      at: v.at,
      ...(v.by ? { by: v.by as string } : {}),
      ...(v.reason ? { reason: v.reason as string } : {}),
    });
  });
  return out;
}

/**
 * The plugin view: the only place with side effects. It asks the fact source for the terms of
 * checked blocks, turns source changes and shared dismissals into transactions, writes local
 * dismissals to the shared map, runs the delayed re-check, shows the tooltip and tells the
 * findings panel.
 */
class FactCheckView {
  readonly panels: Panels;
  readonly tooltip: Tooltip | null;
  private revision = -1;
  private written: number;
  private writing = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private asked = new Set<string>();
  private toAsk = new Set<Node>();
  private askTimer: ReturnType<typeof setTimeout> | null = null;
  private frame = 0;
  private readonly unsubscribe: () => void;
  private readonly stopHover: () => void;
  private reading = false;
  private editable = true;
  private readonly observer = () => {
    if (this.writing || this.reading) return;
    this.reading = true;
    // A Y.Map calls this inside the Yjs transaction, before y-prosemirror has brought the
    // editor up to date with the rest of it: a dispatch now would let ySync write its stale
    // document back, reverting a peer's paragraphs that came in the same update. Read the map
    // once the transaction is over.
    queueMicrotask(() => {
      this.reading = false;
      const s = factCheckKey.getState(this.view.state);
      if (!s || this.view.isDestroyed) return;
      const entries = readMap(this.options);
      if (!sameDismissals(s.dismissed, entries)) this.send({ type: 'dismissals', entries });
    });
  };

  constructor(
    readonly view: EditorView,
    private readonly options: FactCheckOptions,
    private readonly ctx: StateContext,
  ) {
    const s = factCheckKey.getState(view.state)!;
    this.written = s.outbox.length ? s.outbox[s.outbox.length - 1].seq : 0;
    this.panels = panels.get(view) ?? { listeners: new Set(), snapshot: null };
    panels.set(view, this.panels);
    this.tooltip = options.tooltip === false ? null : new Tooltip(view, s.tooltip, options.source);
    this.unsubscribe = options.source.subscribe((change) => this.send({ type: 'facts', change }));
    options.dismissals?.observe(this.observer);
    this.stopHover = trackHover(view, this.tooltip?.dom ?? null, options.hoverDelay ?? 200, (id) =>
      this.send(id ? { type: 'active', id, hover: true } : { type: 'active', id: null }),
    );
    // Scrolling any container of the editor: a capturing listener on the window sees them all.
    this.window?.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.window?.addEventListener('resize', this.onScroll, { passive: true });
    views.set(view, this);
    // No dispatch here, nor in the first `update`: one inside the view's constructor reaches
    // the host's `dispatchTransaction` before its `view` exists. `update` schedules `report()`
    // for the next frame; the first request to the source and the catching up wait for the end
    // of this task.
    this.update(view, null);
    queueMicrotask(() => this.catchUp());
  }

  /**
   * Takes in what changed between the state's creation and this view's, when nothing listened:
   * shared dismissals (a provider that synced in between) and facts. Then asks the source for
   * the terms of the first check.
   */
  private catchUp(): void {
    const s = factCheckKey.getState(this.view.state);
    if (!s || this.view.isDestroyed) return;
    if (this.options.dismissals) {
      const entries = readMap(this.options);
      if (!sameDismissals(s.dismissed, entries)) this.send({ type: 'dismissals', entries });
    }
    if (this.options.source.facts.version !== s.version) this.send({ type: 'resync' });
    this.ask();
  }

  private get window(): Window | null {
    return this.view.dom.ownerDocument.defaultView;
  }

  private onScroll = () => {
    if (!this.frame && this.window)
      this.frame = this.window.requestAnimationFrame(() => {
        this.frame = 0;
        this.report();
      });
  };

  /**
   * Tells the state which part of a long draft is on screen when it leaves what is drawn, or
   * when the state let go of the last report.
   */
  private report(): void {
    const s = factCheckKey.getState(this.view.state);
    if (!s?.window || this.view.isDestroyed) return;
    const seen = onScreen(this.view);
    if (seen && (!s.viewport || !covers(s.window, seen))) this.send({ type: 'viewport', ...seen });
  }

  private send(action: Action): void {
    const { view } = this;
    if (view.isDestroyed) return;
    view.dispatch(view.state.tr.setMeta(factCheckKey, action).setMeta('addToHistory', false));
  }

  update(view: EditorView, prev: EditorState | null): void {
    const s = factCheckKey.getState(view.state)!;
    const old = prev && factCheckKey.getState(prev);
    // A new state of the same plugin (`updateState`) brings its own tooltip id.
    if (this.tooltip && this.tooltip.dom.id !== s.tooltip) this.tooltip.dom.id = s.tooltip;
    this.flush(s);
    if (s.dirty.length && this.ctx.delay > 0 && !this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        if (factCheckKey.getState(this.view.state)?.dirty.length) this.send({ type: 'check' });
      }, this.ctx.delay);
    }
    if (this.options.source.need && s.checked !== old?.checked && s.checked.length) {
      for (const node of s.checked) this.toAsk.add(node);
      // The first check asks once the view exists (`catchUp`); while typing, one request per
      // pause is enough.
      if (old && !this.askTimer) this.askTimer = setTimeout(() => this.ask(), askDelay);
    }
    if (s.revision !== this.revision) {
      this.revision = s.revision;
      const next = findingsSnapshot(view.state);
      const p = this.panels;
      if (!p.snapshot || !sameSnapshot(p.snapshot, next)) {
        p.snapshot = next;
        for (const l of [...p.listeners]) l(next);
      }
    }
    // A draft that has just grown long, or a change that swallowed the part on screen: find
    // out what is on screen.
    if (s.window && (!old?.window || (!s.viewport && old.viewport))) this.onScroll();
    // The drawn findings change with every keystroke; they, re-checks and fact changes matter
    // only to an open tooltip.
    const open =
      s.active &&
      (s.shown !== old?.shown || s.revision !== old.revision || s.version !== old.version);
    // A view made read-only, or editable again: the tooltip's edits come or go.
    const editable = view.editable;
    if (!old || s.active !== old.active || open || editable !== this.editable) {
      this.tooltip?.update();
    }
    this.editable = editable;
  }

  /** The current panel snapshot. */
  current(): FindingsSnapshot {
    if (!this.panels.snapshot) this.panels.snapshot = findingsSnapshot(this.view.state);
    return this.panels.snapshot;
  }

  private flush(s: FactCheckState): void {
    const map = this.options.dismissals;
    const last = s.outbox[s.outbox.length - 1];
    if (!last || last.seq <= this.written) return;
    const pending = s.outbox.filter((w) => w.seq > this.written);
    this.written = pending[pending.length - 1].seq;
    if (!map) return;
    const write = () => {
      for (const w of pending) {
        if (w.value) map.set(w.key, w.value);
        else map.delete(w.key);
      }
    };
    const transact =
      this.options.transact ??
      (map.doc ? (f: () => void) => map.doc!.transact(f, dismissalOrigin) : (f: () => void) => f());
    this.writing = true;
    try {
      transact(write);
    } finally {
      this.writing = false;
    }
  }

  private ask(): void {
    if (this.askTimer) clearTimeout(this.askTimer);
    this.askTimer = null;
    const fresh: string[] = [];
    const nodes = [...this.toAsk];
    this.toAsk.clear();
    for (const node of nodes) {
      for (const k of blockKeys(this.ctx, node)) {
        if (!this.asked.has(k)) {
          this.asked.add(k);
          fresh.push(k);
        }
      }
    }
    if (fresh.length) this.options.source.need!(fresh);
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.stopHover();
    if (this.askTimer) clearTimeout(this.askTimer);
    if (this.frame) this.window?.cancelAnimationFrame(this.frame);
    this.window?.removeEventListener('scroll', this.onScroll, { capture: true });
    this.window?.removeEventListener('resize', this.onScroll);
    this.unsubscribe();
    this.options.dismissals?.unobserve(this.observer);
    this.tooltip?.destroy();
    views.delete(this.view);
  }
}

/**
 * The fact-check plugin: checks every textblock of the document against the facts of
 * `options.source`, re-checks only the blocks a change touches, and decorates each finding.
 */
export function factCheck(options: FactCheckOptions): Plugin<FactCheckState> {
  const ctx: StateContext = {
    source: options.source,
    date: options.date,
    all: options.all,
    cache: new WeakMap(),
    keys: new WeakMap(),
    delay: options.delay ?? defaultDelay,
    window: windowOptions(options.window),
  };
  // Without a tooltip, Escape is the host's: there is nothing of ours to close.
  const { Escape: _, ...moves } = factCheckKeys;
  const bindings = options.tooltip === false ? moves : factCheckKeys;
  const keys = options.keys === false ? null : keydownHandler(bindings);
  let memo: {
    set: DecorationSet;
    active: FactCheckState['active'];
    tooltip: string;
    out: DecorationSet;
  } | null = null;
  return new Plugin<FactCheckState>({
    key: factCheckKey,
    factdeskUser: options.user,
    state: {
      init: (_, state) =>
        initState(state.doc, state.selection.head, ctx, readMap(options), tooltipId()),
      apply: (tr, prev) => applyTransaction(tr, prev, ctx),
    },
    props: {
      decorations(state) {
        const s = factCheckKey.getState(state)!;
        if (!s.active || options.tooltip === false) return s.shown;
        if (memo?.set !== s.shown || memo.active !== s.active || memo.tooltip !== s.tooltip) {
          // The active finding's own decoration gains `aria-describedby` and the active class.
          const { from, to, id: active } = s.active;
          const found = s.shown.find(from, to, (sp: FindingSpec) => sp.id === active);
          const marked = found.map((d) => findingDecoration(d.from, d.to, d.spec, s.tooltip));
          const out = s.shown.remove(found).add(state.doc, marked);
          memo = { set: s.shown, active: s.active, tooltip: s.tooltip, out };
        }
        return memo.out;
      },
      handleKeyDown: (view, event) => keys?.(view, event) ?? false,
    },
    view: (view) => new FactCheckView(view, options, ctx),
  });
}

/**
 * Subscribes a findings panel to a view with the plugin: `listener` gets the current snapshot
 * at once, then a new one only when the list of findings really changes (a finding appears,
 * goes, changes or is dismissed or restored; not when typing only moves them). Returns the
 * unsubscribe function.
 */
export function subscribeFindings(view: EditorView, listener: Listener): () => void {
  const v = views.get(view);
  if (!v) throw new Error('subscribeFindings: the view has no factCheck plugin');
  v.panels.listeners.add(listener);
  listener(v.current());
  return () => v.panels.listeners.delete(listener);
}
