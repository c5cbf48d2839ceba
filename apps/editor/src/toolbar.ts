import { lift, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands';
import type { MarkType, NodeType } from 'prosemirror-model';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import { type Command, type EditorState, Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { redoCommand as redo, undoCommand as undo } from 'y-prosemirror';
import { h } from './dom';
import { schema } from './setup';

interface Item {
  label: string;
  title: string;
  run: Command;
  active?: (state: EditorState) => boolean;
}

function markActive(type: MarkType) {
  return (state: EditorState) => {
    const { from, $from, to, empty } = state.selection;
    if (empty) return !!type.isInSet(state.storedMarks ?? $from.marks());
    return state.doc.rangeHasMark(from, to, type);
  };
}

function blockActive(type: NodeType, attrs: Record<string, unknown> = {}) {
  return (state: EditorState) => {
    const { $from, to } = state.selection;
    if (to > $from.end()) return false;
    const node = $from.parent;
    return node.type === type && Object.entries(attrs).every(([k, v]) => node.attrs[k] === v);
  };
}

function wrappedIn(type: NodeType) {
  return (state: EditorState) => {
    const { $from } = state.selection;
    for (let d = $from.depth; d > 0; d--) if ($from.node(d).type === type) return true;
    return false;
  };
}

/** Toggles a link on the selection, asking for the address when adding one. */
const toggleLink: Command = (state, dispatch) => {
  const type = schema.marks.link;
  if (markActive(type)(state)) return toggleMark(type)(state, dispatch);
  if (state.selection.empty) return false;
  if (!dispatch) return true;
  const href = window.prompt('Link address (https://...)', 'https://');
  if (!href || !/^(https?:|mailto:)/i.test(href.trim())) return false;
  return toggleMark(type, { href: href.trim(), title: null })(state, dispatch);
};

function toggleList(type: NodeType): Command {
  return (state, dispatch, view) =>
    wrappedIn(type)(state)
      ? liftListItem(schema.nodes.list_item)(state, dispatch, view)
      : wrapInList(type)(state, dispatch, view);
}

const toggleQuote: Command = (state, dispatch, view) =>
  wrappedIn(schema.nodes.blockquote)(state)
    ? lift(state, dispatch, view)
    : wrapIn(schema.nodes.blockquote)(state, dispatch, view);

function toggleHeading(level: number): Command {
  return (state, dispatch, view) =>
    blockActive(schema.nodes.heading, { level })(state)
      ? setBlockType(schema.nodes.paragraph)(state, dispatch, view)
      : setBlockType(schema.nodes.heading, { level })(state, dispatch, view);
}

const { marks, nodes } = schema;

const groups: Item[][] = [
  [
    {
      label: 'B',
      title: 'Bold (Ctrl-B)',
      run: toggleMark(marks.strong),
      active: markActive(marks.strong),
    },
    {
      label: 'I',
      title: 'Italic (Ctrl-I)',
      run: toggleMark(marks.em),
      active: markActive(marks.em),
    },
    { label: 'Link', title: 'Link', run: toggleLink, active: markActive(marks.link) },
  ],
  [
    {
      label: 'H1',
      title: 'Heading 1 (Shift-Ctrl-1)',
      run: toggleHeading(1),
      active: blockActive(nodes.heading, { level: 1 }),
    },
    {
      label: 'H2',
      title: 'Heading 2 (Shift-Ctrl-2)',
      run: toggleHeading(2),
      active: blockActive(nodes.heading, { level: 2 }),
    },
    {
      label: '❝',
      title: 'Blockquote (Ctrl->)',
      run: toggleQuote,
      active: wrappedIn(nodes.blockquote),
    },
    {
      label: '•',
      title: 'Bullet list (Shift-Ctrl-8)',
      run: toggleList(nodes.bullet_list),
      active: wrappedIn(nodes.bullet_list),
    },
    {
      label: '1.',
      title: 'Numbered list (Shift-Ctrl-9)',
      run: toggleList(nodes.ordered_list),
      active: wrappedIn(nodes.ordered_list),
    },
  ],
  [
    { label: '↶', title: 'Undo (Ctrl-Z)', run: undo },
    { label: '↷', title: 'Redo (Ctrl-Shift-Z)', run: redo },
  ],
];

/**
 * The formatting toolbar as a plugin whose view renders into `place` (outside the editable
 * element), so it is registered with every other plugin when the view is created.
 */
export function toolbar(place: HTMLElement): Plugin {
  return new Plugin({
    view(view: EditorView) {
      const bar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Formatting' });
      const buttons: { item: Item; el: HTMLButtonElement }[] = [];
      for (const group of groups) {
        const g = h('div', { class: 'toolbar__group', role: 'group' });
        for (const item of group) {
          const el = h(
            'button',
            {
              type: 'button',
              class: 'toolbar__button',
              title: item.title,
              'aria-label': item.title,
            },
            item.label,
          );
          // Keep the editor's selection: act on mousedown and never take focus.
          el.addEventListener('mousedown', (e) => {
            e.preventDefault();
            if (!view.editable) return;
            item.run(view.state, view.dispatch, view);
            view.focus();
          });
          el.addEventListener('keydown', (e) => {
            if (e.key !== 'Enter' && e.key !== ' ') return;
            e.preventDefault();
            if (!view.editable) return;
            item.run(view.state, view.dispatch, view);
            view.focus();
          });
          g.append(el);
          buttons.push({ item, el });
        }
        bar.append(g);
      }
      place.append(bar);
      const update = (v: EditorView) => {
        for (const { item, el } of buttons) {
          // A read-only story (a viewer's) offers no formatting.
          el.disabled = !v.editable || !item.run(v.state, undefined, v);
          if (item.active) el.setAttribute('aria-pressed', String(item.active(v.state)));
        }
      };
      update(view);
      return { update, destroy: () => bar.remove() };
    },
  });
}
