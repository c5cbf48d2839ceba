// Spans found in masked Markdown, fitted to the source. The extractor reads "Nearly *500*" as
// "Nearly  500 ", so its span ends inside the emphasis ("Nearly *500"): a suggestion applied
// there would leave "422*". A span is widened to take the marks it cuts through whole.

/** A span of the source: `from` inclusive, `to` exclusive. */
export interface SourceSpan {
  from: number;
  to: number;
}

/** A span fitted to the Markdown marks; `whole` is false when no widening balances them. */
export interface FittedSpan extends SourceSpan {
  whole: boolean;
}

const space = /\s/;

/**
 * The span `span` of the masked text `masked` (from `maskMarkdown`) fitted to `source`: unchanged
 * when it holds no blanked mark; otherwise widened over the marks right before and after it
 * ("Nearly *500" → "Nearly *500*", "Nearly](url) 500" → "[Nearly](url) 500") when that leaves
 * every emphasis, code mark, bracket and tag it holds closed. When it does not, the span is
 * returned unchanged with `whole` false: a replacement of it would break the Markdown.
 */
export function fitToMarks(source: string, masked: string, span: SourceSpan): FittedSpan {
  const mark = (i: number) => source[i] !== masked[i] && !space.test(source[i]);
  let inner = false;
  for (let i = span.from; i < span.to && !inner; i++) inner = mark(i);
  if (!inner) return { ...span, whole: true };
  // Tags are taken outward only to pair a tag the span cuts through: never "<br>" or "<sup>".
  const { opens, closes } = tagsIn(source, mark, span.from, span.to);
  let from = span.from;
  let to = span.to;
  while (from > 0 && mark(from - 1)) {
    const tag = tagEndingAt(source, mark, from);
    if (tag) {
      if (tag.closing || tag.name !== closes[0]) break;
      closes.shift();
      from = tag.from;
    } else from--;
  }
  while (to < source.length && mark(to)) {
    const tag = tagAt(source, mark, to);
    if (tag) {
      if (!tag.closing || tag.name !== opens.at(-1)) break;
      opens.pop();
      to = tag.to;
    } else to++;
  }
  return closed(source, mark, from, to)
    ? { from, to, whole: true }
    : { from: span.from, to: span.to, whole: false };
}

interface Tag {
  from: number;
  to: number;
  name: string;
  closing: boolean;
}

// An HTML tag as `maskMarkdown` blanks it: "<b>", "</b>", "<br/>".
const tagPattern = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/y;
// Tags that take no closing tag.
const voids = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

// The blanked tag starting at `at`, if any.
function tagAt(source: string, mark: (i: number) => boolean, at: number): Tag | undefined {
  tagPattern.lastIndex = at;
  const m = tagPattern.exec(source);
  if (!m) return undefined;
  for (let i = at; i < at + m[0].length; i++) if (!mark(i)) return undefined;
  return { from: at, to: at + m[0].length, name: m[2].toLowerCase(), closing: m[1] === '/' };
}

// The blanked tag ending right before `end`, if any.
function tagEndingAt(source: string, mark: (i: number) => boolean, end: number): Tag | undefined {
  if (source[end - 1] !== '>') return undefined;
  const start = source.lastIndexOf('<', end - 1);
  const tag = start < 0 ? undefined : tagAt(source, mark, start);
  return tag?.to === end ? tag : undefined;
}

// The tags of [from, to) left unpaired there: the names of the opening tags still open (innermost
// last) and of the closing tags that close a tag before `from` (nearest first).
function tagsIn(source: string, mark: (i: number) => boolean, from: number, to: number) {
  const opens: string[] = [];
  const closes: string[] = [];
  for (let i = source.indexOf('<', from); i >= 0 && i < to; i = source.indexOf('<', i + 1)) {
    const tag = tagAt(source, mark, i);
    if (!tag || tag.to > to || voids.has(tag.name) || source[tag.to - 2] === '/') continue;
    if (!tag.closing) opens.push(tag.name);
    else if (opens.at(-1) === tag.name) opens.pop();
    else closes.push(tag.name);
    i = tag.to - 1;
  }
  return { opens, closes };
}

const closers: Record<string, string> = { '[': ']', '(': ')', '<': '>' };

// True when every mark opened in [from, to) is closed there: brackets, parentheses and tags by
// their closer, runs of `*`, `_`, `` ` `` and `~` by a run of the same character after a word.
function closed(source: string, mark: (i: number) => boolean, from: number, to: number): boolean {
  const open: string[] = [];
  for (let i = from; i < to; i++) {
    if (!mark(i)) continue;
    const c = source[i];
    const top = open.at(-1);
    // A link target or a tag is opaque: its `_` and `*` are not emphasis.
    if (top === ')' || top === '>') {
      if (c === top) open.pop();
      continue;
    }
    if (closers[c]) open.push(closers[c]);
    else if (c === ']' || c === ')' || c === '>') {
      if (open.pop() !== c) return false;
    } else if ('*_`~'.includes(c)) {
      let j = i;
      while (j < to && source[j] === c && mark(j)) j++;
      let left = j - i;
      const closes = i > 0 && !space.test(source[i - 1]) && top?.[0] === c;
      if (!closes) open.push(c.repeat(left));
      while (closes && left > 0) {
        const run = open.pop();
        if (run?.[0] !== c) return false;
        if (run.length > left) open.push(run.slice(left));
        left -= Math.min(left, run.length);
      }
      i = j - 1;
    }
  }
  return open.length === 0;
}
