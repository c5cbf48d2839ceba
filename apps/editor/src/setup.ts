import {
  baseKeymap,
  chainCommands,
  exitCode,
  setBlockType,
  toggleMark,
  wrapIn,
} from 'prosemirror-commands';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import {
  ellipsis,
  emDash,
  type InputRule,
  inputRules,
  textblockTypeInputRule,
  undoInputRule,
  wrappingInputRule,
} from 'prosemirror-inputrules';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-markdown';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import type { Command, Plugin } from 'prosemirror-state';
import { redoCommand as redo, undoCommand as undo } from 'y-prosemirror';

/** The story schema: prosemirror-markdown's (headings, paragraphs, quotes, lists, strong, em, links). */
export { schema };

const { nodes, marks } = schema;

/** Turns `# `, `> `, `- ` and `1. ` at the start of a block into headings, quotes and lists. */
function rules(): Plugin {
  const list: InputRule[] = [ellipsis, emDash];
  list.push(wrappingInputRule(/^\s*>\s$/, nodes.blockquote));
  list.push(
    wrappingInputRule(
      /^(\d+)\.\s$/,
      nodes.ordered_list,
      (match) => ({ order: +match[1] }),
      (match, node) => node.childCount + node.attrs.order === +match[1],
    ),
  );
  list.push(wrappingInputRule(/^\s*([-+*])\s$/, nodes.bullet_list));
  list.push(
    textblockTypeInputRule(/^(#{1,3})\s$/, nodes.heading, (match) => ({ level: match[1].length })),
  );
  return inputRules({ rules: list });
}

function bind(map: Record<string, Command>, key: string, cmd: Command) {
  map[key] = map[key] ? chainCommands(map[key], cmd) : cmd;
}

/** The story editor's keys: marks, block types, lists, and Yjs undo and redo. */
function keys(): Record<string, Command> {
  const map: Record<string, Command> = {};
  bind(map, 'Mod-z', undo);
  bind(map, 'Shift-Mod-z', redo);
  bind(map, 'Mod-y', redo);
  bind(map, 'Backspace', undoInputRule);
  bind(map, 'Mod-b', toggleMark(marks.strong));
  bind(map, 'Mod-i', toggleMark(marks.em));
  bind(map, 'Mod-`', toggleMark(marks.code));
  bind(map, 'Shift-Ctrl-8', wrapInList(nodes.bullet_list));
  bind(map, 'Shift-Ctrl-9', wrapInList(nodes.ordered_list));
  bind(map, 'Ctrl->', wrapIn(nodes.blockquote));
  const br = nodes.hard_break;
  const hardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
    dispatch?.(state.tr.replaceSelectionWith(br.create()).scrollIntoView());
    return true;
  });
  bind(map, 'Mod-Enter', hardBreak);
  bind(map, 'Shift-Enter', hardBreak);
  bind(map, 'Enter', splitListItem(nodes.list_item));
  bind(map, 'Mod-[', liftListItem(nodes.list_item));
  bind(map, 'Mod-]', sinkListItem(nodes.list_item));
  bind(map, 'Shift-Ctrl-0', setBlockType(nodes.paragraph));
  for (let level = 1; level <= 3; level++) {
    bind(map, `Shift-Ctrl-${level}`, setBlockType(nodes.heading, { level }));
  }
  return map;
}

/** The editing plugins of the story editor: input rules, keys, base keymap, drop and gap cursors. */
export function editingPlugins(): Plugin[] {
  return [rules(), keymap(keys()), keymap(baseKeymap), dropCursor(), gapCursor()];
}
