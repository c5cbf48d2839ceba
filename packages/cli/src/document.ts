// A whole document, block by block: Markdown masked, paragraphs extracted with the mentions of
// the paragraph before (so "He told CNN" can resolve), checked, then cross-checked.
import {
  type Claims,
  checkBlock,
  crossCheck,
  extract,
  type FactIndex,
  type FigureTie,
  type Finding,
  type Mention,
  maskMarkdown,
  type TextSpan,
} from '@factdesk/core';
import { fitToMarks } from './markup-spans';

/** How to read and check a document. */
export interface DocumentOptions {
  /** The reference date of relative dates (`YYYY-MM-DD`). */
  date?: string;
  /** Read the text as Markdown (offsets stay offsets into the source). */
  markdown?: boolean;
  /** Report ok findings too. */
  all?: boolean;
}

/** A block of a document: a paragraph, heading or list item's run of lines. */
export interface Block {
  from: number;
  to: number;
}

// A Markdown line that starts a block of its own even without a blank line before it.
const blockStart = /^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|#{1,6}(?:\s|$))/;
const quoteLine = /^\s{0,3}>/;

/**
 * The blocks of a text: runs of non-blank lines. With `markdown` (the source), a heading, list
 * item or block quote line also starts a new block, so list items are checked one by one.
 */
export function blocksOf(text: string, markdown?: string): Block[] {
  const out: Block[] = [];
  let from = -1;
  let to = -1;
  let at = 0;
  let quoted = false;
  for (const line of text.split('\n')) {
    const blank = line.trim() === '';
    const source = markdown?.slice(at, at + line.length) ?? '';
    // A block quote starts a block at its first line; its next lines continue it.
    const quote = quoteLine.test(source);
    const starts = blockStart.test(source) || (quote && !quoted);
    quoted = quote;
    if ((blank || starts) && from >= 0) {
      out.push({ from, to });
      from = -1;
    }
    if (!blank) {
      if (from < 0) from = at + line.search(/\S/);
      to = at + line.trimEnd().length;
    }
    at += line.length + 1;
  }
  if (from >= 0) out.push({ from, to });
  return out;
}

function shift<T extends { from: number; to: number }>(span: T, by: number): T {
  return { ...span, from: span.from + by, to: span.to + by };
}

function shiftClaims(c: Claims, by: number): Claims {
  return {
    schema: 'factdesk.claims/v1',
    figures: c.figures.map((f) => shift(f, by)),
    dates: c.dates.map((d) => shift(d, by)),
    attributions: c.attributions.map((a) => ({
      ...shift(a, by),
      cue: shift(a.cue, by),
      content: shift(a.content, by),
      ...(a.source ? { source: shift(a.source, by) } : {}),
      ...(a.outlet ? { outlet: shift(a.outlet, by) } : {}),
    })),
    sentences: c.sentences.map((s) => shift(s, by)),
    mentions: c.mentions.map((m) => shift(m, by)),
  };
}

/** The text the extractor reads: Markdown syntax blanked when `markdown` is set. */
function prose(text: string, markdown?: boolean): string {
  return markdown ? maskMarkdown(text) : text;
}

// A span of `plain` with the source's own text, widened over the Markdown marks it cuts through;
// `whole` is false when it still cuts through some.
function toSource<T extends TextSpan>(text: string, plain: string, span: T) {
  const fit = text === plain ? { ...span, whole: true } : fitToMarks(text, plain, span);
  const fitted: T = { ...span, from: fit.from, to: fit.to, text: text.slice(fit.from, fit.to) };
  return { span: fitted, whole: fit.whole };
}

function eachBlock(
  text: string,
  plain: string,
  options: DocumentOptions,
  visit: (block: Block, blockText: string, claims: Claims, lead: Mention[]) => void,
): void {
  let lead: Mention[] = [];
  for (const block of blocksOf(plain, options.markdown ? text : undefined)) {
    const blockText = plain.slice(block.from, block.to);
    const claims = extract(blockText, { date: options.date, lead });
    visit(block, blockText, claims, lead);
    lead = claims.mentions;
  }
}

/**
 * The claims of a whole document, offsets into `text`. Every `text` of a claim is the source's
 * own, Markdown marks included, and a span that would cut through marks ("Nearly *500") takes
 * them whole ("Nearly *500*"), as the findings of `checkDocument` do.
 */
export function extractDocument(text: string, options: DocumentOptions = {}): Claims {
  const all: Claims = {
    schema: 'factdesk.claims/v1',
    figures: [],
    dates: [],
    attributions: [],
    sentences: [],
    mentions: [],
  };
  const plain = prose(text, options.markdown);
  const fit = <T extends TextSpan>(span: T): T => toSource(text, plain, span).span;
  eachBlock(text, plain, options, (block, _text, claims) => {
    const c = shiftClaims(claims, block.from);
    // Loops, not `push(...list)`: a paragraph of many thousand claims would overflow the stack.
    for (const f of c.figures) all.figures.push(fit(f));
    for (const d of c.dates) all.dates.push(fit(d));
    for (const a of c.attributions)
      all.attributions.push({
        ...a,
        cue: fit(a.cue),
        ...(a.source ? { source: fit(a.source) } : {}),
        ...(a.outlet ? { outlet: fit(a.outlet) } : {}),
      });
    for (const s of c.sentences) all.sentences.push(s);
    for (const m of c.mentions) all.mentions.push(fit(m));
  });
  return all;
}

/**
 * The findings of a whole document against the facts, sorted by `from`, offsets into `text`
 * (the `text` of each finding is the source's own, Markdown marks included). A span that would
 * cut through Markdown marks takes them whole ("Nearly *500*"), so its suggestion replaces
 * both; when no widening closes them, the finding keeps its span and loses its suggestion.
 */
export function checkDocument(
  text: string,
  index: FactIndex,
  options: DocumentOptions = {},
): Finding[] {
  const findings: Finding[] = [];
  const blocks: { offset: number; ties: FigureTie[] }[] = [];
  const plain = prose(text, options.markdown);
  eachBlock(text, plain, options, (block, blockText, claims, lead) => {
    const result = checkBlock(blockText, claims, index, {
      all: options.all,
      date: options.date,
      lead,
    });
    for (const f of result.findings) findings.push(shift(f, block.from));
    blocks.push({ offset: block.from, ties: result.ties });
  });
  for (const f of crossCheck(blocks, index)) findings.push(f);
  const fitted = findings.map((f) => {
    const { span, whole } = toSource(text, plain, f);
    if (!whole) delete span.suggestion;
    return span;
  });
  return fitted.sort((a, b) => a.from - b.from || a.to - b.to);
}
