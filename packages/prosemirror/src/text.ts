import type { Node } from 'prosemirror-model';

/**
 * The text of a textblock as the checker reads it. An inline leaf (a hard break, an image) reads
 * as one character, so a text offset plus the block's start is a document position. Only inline
 * nodes with content break that; for them `toPos` maps offsets to positions.
 */
export interface BlockText {
  text: string;
  /** Document position of each text offset, relative to the block's content start; null if 1:1. */
  toPos: Int32Array | null;
}

const objectChar = '\ufffc';

/** How the checker reads an inline leaf: a hard break as a line break, anything else as one object character. */
export function leafText(node: Node): string {
  return node.type.name === 'hard_break' ? '\n' : objectChar;
}

/** Reads a textblock's text (see `BlockText`). */
export function blockText(node: Node): BlockText {
  // Most paragraphs are one text node: read its text as it is.
  if (node.childCount === 1 && node.firstChild!.isText)
    return { text: node.firstChild!.text!, toPos: null };
  let simple = true;
  node.forEach((child) => {
    if (!child.isText && !child.isLeaf) simple = false;
  });
  if (simple) {
    let text = '';
    node.forEach((child) => {
      text += child.isText ? child.text! : leafText(child);
    });
    return { text, toPos: null };
  }
  let text = '';
  const pos: number[] = [];
  node.descendants((child, at) => {
    if (child.isText) {
      for (let i = 0; i < child.text!.length; i++) pos.push(at + i);
      text += child.text;
    } else if (child.isLeaf) {
      pos.push(at);
      text += leafText(child);
    }
    return true;
  });
  pos.push(node.content.size);
  return { text, toPos: Int32Array.from(pos) };
}

/** Maps a text offset of `block` to a document position, given the position of its content start. */
export function offsetToPos(block: BlockText, start: number, offset: number): number {
  return start + (block.toPos ? block.toPos[Math.min(offset, block.toPos.length - 1)] : offset);
}

/** Lowercases and collapses white space: the form in which claim texts are compared. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/**
 * The key of a claim's finding: kind, fact id and the normalised claim text, in a form safe for
 * an attribute selector (`figure-contradicted:evacuated-total:nearly-500`). Edits elsewhere in
 * the document leave it unchanged; dismissals are stored under it.
 */
export function claimKey(kind: string, factId: string | undefined, text: string): string {
  const norm = normalise(text);
  let slug = norm.replace(/[^a-z0-9.,%$£€]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > 40 || /[^a-z0-9 .,%$£€-]/.test(norm))
    slug = `${slug.slice(0, 40)}-${hash(norm)}`;
  return `${kind}:${factId ?? 'none'}:${slug}`;
}

/** The id of the n-th (1-based) finding with this key in document order. */
export function findingId(key: string, occurrence: number): string {
  return occurrence > 1 ? `${key}~${occurrence}` : key;
}
