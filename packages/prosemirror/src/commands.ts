import { diffChars } from 'diff';
import { type Command, type EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import type { FindingSpec } from './decorations';
import { factCheckKey } from './keys';
import type { Action } from './state';
import type { DocFinding } from './types';
import { settled } from './window';

function toFinding(d: Decoration): DocFinding {
  const spec = d.spec as FindingSpec;
  return { ...spec.finding, from: d.from, to: d.to, id: spec.id, key: spec.key };
}

const byPos = (a: DocFinding, b: DocFinding) => a.from - b.from || a.to - b.to;

/** The live (not dismissed) findings of a state, in document order, at current positions. */
export function findingsOf(state: EditorState): DocFinding[] {
  const s = settled(state);
  return s ? s.decorations.find().map(toFinding).sort(byPos) : [];
}

/** The dismissed findings of a state, in document order, each with its `dismissed` record. */
export function dismissedOf(state: EditorState): DocFinding[] {
  const s = settled(state);
  if (!s) return [];
  return s.hidden
    .find()
    .map((d) => {
      const f = toFinding(d);
      f.dismissed = s.dismissed.get(f.key);
      return f;
    })
    .sort(byPos);
}

/** The live finding with this id, or the one the tooltip is open on, or the one at the cursor. */
export function findingAt(state: EditorState, id?: string): DocFinding | undefined {
  const s = factCheckKey.getState(state);
  if (!s) return undefined;
  const want = id ?? s.active?.id;
  // The cursor's and the tooltip's findings are drawn: no need to bring the full set up to date.
  const active = want && s.active?.id === want ? s.active : null;
  const pick = (sp: FindingSpec) => sp.id === want;
  const [d] = active ? s.shown.find(active.from, active.to, pick) : [];
  if (d) return toFinding(d);
  const all = settled(state)!.decorations;
  const { from, to } = state.selection;
  const [e] = want ? all.find(undefined, undefined, pick) : all.find(from, to);
  return e && toFinding(e);
}

function act(action: Action): Command {
  return (state, dispatch) => {
    if (!factCheckKey.getState(state)) return false;
    dispatch?.(state.tr.setMeta(factCheckKey, action).setMeta('addToHistory', false));
    return true;
  };
}

function go(
  state: EditorState,
  f: DocFinding | undefined,
  dispatch?: (tr: Transaction) => void,
): boolean {
  if (!f) return false;
  if (dispatch) {
    const tr = state.tr.setSelection(TextSelection.create(state.doc, f.from, f.to));
    dispatch(
      tr.setMeta(factCheckKey, { type: 'active', id: f.id } satisfies Action).scrollIntoView(),
    );
  }
  return true;
}

/** The index of the finding the selection is on, when its tooltip is open (several may share a span). */
function current(state: EditorState, all: DocFinding[]): number {
  const id = factCheckKey.getState(state)?.active?.id;
  const { from, to } = state.selection;
  return id ? all.findIndex((f) => f.id === id && f.from === from && f.to === to) : -1;
}

/** Selects the next live finding after the selection (wrapping round) and opens its tooltip. */
export const nextFinding: Command = (state, dispatch) => {
  const all = findingsOf(state);
  const i = current(state, all);
  const at = state.selection.from;
  const next = i >= 0 ? all[(i + 1) % all.length] : (all.find((f) => f.from > at) ?? all[0]);
  return go(state, next, dispatch);
};

/** Selects the previous live finding before the selection (wrapping round) and opens its tooltip. */
export const prevFinding: Command = (state, dispatch) => {
  const all = findingsOf(state);
  const i = current(state, all);
  const at = state.selection.from;
  const prev =
    i >= 0
      ? all[(i - 1 + all.length) % all.length]
      : (all.findLast((f) => f.from < at) ?? all[all.length - 1]);
  return go(state, prev, dispatch);
};

/** Selects the live finding with this id and opens its tooltip. */
export function selectFinding(id: string): Command {
  return (state, dispatch) => go(state, findingAt(state, id), dispatch);
}

/**
 * Replaces a finding's text with its suggestion (the record's value). Only the characters that
 * differ are replaced, each keeping the marks of the text it replaces. `id` defaults to the
 * finding the tooltip is open on, else the one at the cursor.
 */
export function applySuggestion(id?: string): Command {
  return (state, dispatch) => {
    const f = findingAt(state, id);
    if (!f || f.suggestion == null || f.suggestion === f.text) return false;
    if (state.doc.textBetween(f.from, f.to, undefined, '\ufffc') !== f.text) return false;
    if (dispatch) {
      const tr = state.tr;
      // Edits are applied from the end so earlier offsets stay valid.
      const edits: { from: number; to: number; text: string }[] = [];
      let offset = 0;
      for (const part of diffChars(f.text, f.suggestion)) {
        if (part.added) edits.push({ from: offset, to: offset, text: part.value });
        else {
          if (part.removed) edits.push({ from: offset, to: offset + part.value.length, text: '' });
          offset += part.value.length;
        }
      }
      for (let i = edits.length - 1; i >= 0; i--) {
        const e = edits[i];
        const prev = edits[i - 1];
        if (prev && prev.to === e.from && prev.text === '' && e.from === e.to) {
          // A removal followed by an insertion at its end: one replacement keeps the marks.
          tr.insertText(e.text, f.from + prev.from, f.from + prev.to);
          i--;
        } else if (e.text) tr.insertText(e.text, f.from + e.from);
        else tr.delete(f.from + e.from, f.from + e.to);
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/**
 * Dismisses a finding (default: the active one, else the one at the cursor) with an optional
 * reason. The dismissal hides every finding of the same claim key and, with a shared map, is
 * written there by the plugin view for every collaborator.
 */
export function dismissFinding(id?: string, reason?: string): Command {
  return (state, dispatch) => {
    const f = findingAt(state, id);
    if (!f) return false;
    const by = factCheckKey.get(state)?.spec.factdeskUser as string | undefined;
    const dismissal = {
      at: new Date().toISOString(),
      ...(by ? { by } : {}),
      ...(reason ? { reason } : {}),
    };
    return act({ type: 'dismiss', key: f.key, dismissal })(state, dispatch);
  };
}

/** Restores dismissed findings: those of the given claim keys (or finding ids), or all. */
export function restoreFindings(keys?: readonly string[]): Command {
  return (state, dispatch) => {
    const s = factCheckKey.getState(state);
    if (!s?.dismissed.size) return false;
    const list = keys?.map((k) => k.replace(/~\d+$/, '')) ?? null;
    if (list && !list.some((k) => s.dismissed.has(k))) return false;
    return act({ type: 'restore', keys: list })(state, dispatch);
  };
}

/** Re-checks the changed blocks now instead of after the `delay`. */
export const checkNow: Command = (state, dispatch) => {
  const s = factCheckKey.getState(state);
  if (!s?.dirty.length) return false;
  return act({ type: 'check' })(state, dispatch);
};

/** Closes the tooltip. */
export const closeTooltip: Command = (state, dispatch) => {
  const s = factCheckKey.getState(state);
  if (!s?.active) return false;
  return act({ type: 'active', id: null })(state, dispatch);
};

/**
 * The default keys: Alt-F8 / Shift-Alt-F8 and Mod-Alt-ArrowDown / Mod-Alt-ArrowUp for the next
 * and previous finding, Escape to close the tooltip.
 */
export const factCheckKeys: Record<string, Command> = {
  'Alt-F8': nextFinding,
  'Shift-Alt-F8': prevFinding,
  'Mod-Alt-ArrowDown': nextFinding,
  'Mod-Alt-ArrowUp': prevFinding,
  Escape: closeTooltip,
};
