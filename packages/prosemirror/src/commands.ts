import { diffChars } from 'diff';
import { type Command, type EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import type { FindingSpec } from './decorations';
import { factCheckKey } from './keys';
import type { Action } from './state';
import { leafText } from './text';
import type { DocFinding } from './types';
import { settled } from './window';

function toFinding(d: Decoration): DocFinding {
  const spec = d.spec as FindingSpec;
  return { ...spec.finding, from: d.from, to: d.to, id: spec.id, key: spec.key };
}

/** Document order; findings on the same text by id, so the order never depends on how the set was built. */
const byPos = (a: DocFinding, b: DocFinding) =>
  a.from - b.from || a.to - b.to || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

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
  const active = s.active && (id === undefined || id === s.active.id) ? s.active : null;
  if (active) {
    // The tooltip's finding is drawn: no need to bring the full set up to date. It is only
    // ever looked for where it is, so a finding that took its id elsewhere is never it.
    const pick = (sp: FindingSpec) => sp.id === active.id;
    const [d] = s.shown.find(active.from, active.to, pick);
    const [e] = d ? [d] : settled(state)!.decorations.find(active.from, active.to, pick);
    return e && toFinding(e);
  }
  const all = settled(state)!.decorations;
  const { from, to } = state.selection;
  const [e] = id
    ? all.find(undefined, undefined, (sp: FindingSpec) => sp.id === id)
    : all.find(from, to);
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

/** The index of the finding whose tooltip is open, however it was opened (several may share a span). */
function current(state: EditorState, all: DocFinding[]): number {
  const id = factCheckKey.getState(state)?.active?.id;
  return id ? all.findIndex((f) => f.id === id) : -1;
}

/**
 * Selects the next live finding (wrapping round) and opens its tooltip: the one after the open
 * tooltip's finding, else after the selection.
 */
export const nextFinding: Command = (state, dispatch) => {
  const all = findingsOf(state);
  const i = current(state, all);
  const at = state.selection.from;
  const next = i >= 0 ? all[(i + 1) % all.length] : (all.find((f) => f.from > at) ?? all[0]);
  return go(state, next, dispatch);
};

/**
 * Selects the previous live finding (wrapping round) and opens its tooltip: the one before the
 * open tooltip's finding, else before the selection (and before the finding it is in).
 */
export const prevFinding: Command = (state, dispatch) => {
  const all = findingsOf(state);
  const i = current(state, all);
  const { from } = state.selection;
  const at = all.find((f) => f.from < from && from <= f.to)?.from ?? from;
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

/** A letter or digit: text that would make one word or number with the finding's. */
const wordChar = /[\p{L}\p{N}]/u;

/**
 * Whether the finding's text was edited since its block was last checked: its text differs, or
 * the figure now runs on into the text beside it ("500" typed on to "5000").
 */
function edited(state: EditorState, f: DocFinding): boolean {
  if (state.doc.textBetween(f.from, f.to, undefined, leafText) !== f.text) return true;
  const dirty = factCheckKey.getState(state)?.dirty ?? [];
  if (!dirty.some((r) => r.from <= f.to && f.from <= r.to)) return false;
  const $from = state.doc.resolve(f.from);
  const $to = state.doc.resolve(f.to);
  const before = $from.parent.textBetween(Math.max(0, $from.parentOffset - 1), $from.parentOffset);
  const after = $to.parent.textBetween(
    $to.parentOffset,
    Math.min($to.parent.content.size, $to.parentOffset + 1),
  );
  return wordChar.test(before) || wordChar.test(after);
}

const isDigit = (c: string) => c >= '0' && c <= '9';

/**
 * Replaces a finding's text with its suggestion (the record's value). Only the characters that
 * differ are replaced, each keeping the marks of the text it replaces (inserted characters take
 * those of the finding's character beside them, inserted digits those of its nearest digit). `id` defaults to the finding the tooltip is
 * open on, else the one at the cursor. Refused in a read-only view, and while the finding's text
 * is being edited and not yet checked again.
 */
export function applySuggestion(id?: string): Command {
  return (state, dispatch, view) => {
    if (view && !view.editable) return false;
    const f = findingAt(state, id);
    if (!f || f.suggestion == null || f.suggestion === f.text || edited(state, f)) return false;
    if (dispatch) {
      const tr = state.tr;
      const { schema } = state;
      // The marks of the finding's character at `offset` (its last for the end).
      const marksAt = (offset: number) =>
        state.doc.nodeAt(f.from + Math.min(offset, f.text.length - 1))?.marks ?? [];
      // A numeral takes the marks of the figure's nearest digit: in "nearly **500**" the new
      // figure is bold, and stays inside a link that covers only the number.
      const digitNear = (offset: number) => {
        for (let i = offset; i < f.text.length; i++) if (isDigit(f.text[i])) return i;
        for (let i = offset - 1; i >= 0; i--) if (isDigit(f.text[i])) return i;
        return offset;
      };
      const marksFor = (offset: number, text: string) =>
        marksAt([...text].some(isDigit) ? digitNear(offset) : offset);
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
        let e = edits[i];
        const prev = edits[i - 1];
        if (prev && prev.to === e.from && prev.text === '' && e.from === e.to) {
          // A removal followed by an insertion at its end: one replacement.
          e = { from: prev.from, to: prev.to, text: e.text };
          i--;
        }
        const from = f.from + e.from;
        const to = f.from + e.to;
        if (e.text) tr.replaceWith(from, to, schema.text(e.text, marksFor(e.from, e.text)));
        else tr.delete(from, to);
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/**
 * Dismisses a finding (default: the active one, else the one at the cursor) with an optional
 * reason. The dismissal hides every finding of the same claim key and, with a shared map, is
 * written there by the plugin view for every collaborator. Refused in a read-only view.
 */
export function dismissFinding(id?: string, reason?: string): Command {
  return (state, dispatch, view) => {
    if (view && !view.editable) return false;
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

/**
 * Restores dismissed findings: those of the given claim keys (or finding ids), or all. Refused
 * in a read-only view.
 */
export function restoreFindings(keys?: readonly string[]): Command {
  return (state, dispatch, view) => {
    if (view && !view.editable) return false;
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
