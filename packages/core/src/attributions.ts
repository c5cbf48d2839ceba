// Attributions: speech and reporting cues with their source, outlet and
// content, and direct quotes with their speaker. One pass over the tokens
// finds the quotes and the cues; each quote is then tied to a cue nearby.

import { type Ctx, type Cue, cueWords, isCloseQuote, type Quote, readCue } from './cues';
import { readWords, VERB, type Words } from './lexicon';
import { scanMentions } from './mentions';
import type { Attribution, Mention, Sentence, Span } from './types';
import { zeros } from './zeros';

/** Finds the top-level quotations: “ ” and " " pairs, and ‘ ’ where ’ is no apostrophe. */
function scanQuotes(w: Words, quoted: number[]): Quote[] {
  const out: Quote[] = [];
  const { tokens, text } = w;
  let open = -1;
  let mark = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A quotation left open runs to the end of its paragraph.
    if (open >= 0 && i > open + 1 && blankLine(text, tokens[i - 1].to, t.from)) {
      out.push(quote(w, quoted, open, i - 1, false));
      open = -1;
    }
    if (t.kind !== 'punct') continue;
    const c = t.text.charCodeAt(0);
    const glued = i + 1 < tokens.length && tokens[i + 1].from === t.to;
    if (open < 0) {
      if (c === 0x201c || c === 34 || (c === 0x2018 && glued)) {
        open = i;
        mark = c === 0x2018 ? 0x2019 : c === 34 ? 34 : 0x201d;
      }
    } else if (c === mark && i > open) {
      if (mark !== 0x2019 || !glued || tokens[i + 1].kind === 'punct') {
        out.push(quote(w, quoted, open, i, true));
        open = -1;
      }
    }
  }
  if (open >= 0 && open < tokens.length - 1)
    out.push(quote(w, quoted, open, tokens.length - 1, false));
  return out;
}

function quote(w: Words, quoted: number[], open: number, close: number, closed: boolean): Quote {
  const { tokens } = w;
  quoted.fill(1, open, close + 1);
  const to = closed ? tokens[close].from : tokens[close].to;
  return { open, close, from: tokens[open].to, to };
}

function blankLine(text: string, from: number, to: number): boolean {
  let lines = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines >= 2;
}

/**
 * The cue a quote belongs to: a speech verb in its sentence before it, then
 * one after it, then a reporting frame ("according to", "reported"); for a
 * quote that is a sentence of its own, a bare cue in the next sentence
 * ("She said so.") or the last cue of the previous one.
 */
function link(ctx: Ctx, cues: readonly Cue[], firstCue: readonly number[], q: Quote): Cue | null {
  const { w } = ctx;
  const sOpen = w.sentence[q.open];
  const sClose = w.sentence[q.close];
  for (let pass = 0; pass < 2; pass++) {
    const frame = pass === 1;
    let before: Cue | null = null;
    for (let i = firstCue[sOpen]; i < firstCue[sOpen + 1]; i++) {
      const c = cues[i];
      if (c.frame === frame && c.end <= q.open) before = c;
    }
    if (before) return before;
    for (let i = firstCue[sClose]; i < firstCue[sClose + 1]; i++) {
      const c = cues[i];
      if (c.frame === frame && c.at > q.close) return c;
    }
  }
  let alone = q.open === w.first[sOpen];
  for (let k = q.close + 1; alone && k < w.first[sClose + 1]; k++)
    alone = w.tokens[k].kind === 'punct' && !isCloseQuote(w.lower[k]);
  if (!alone) return null;
  if (sClose + 2 < firstCue.length)
    for (let i = firstCue[sClose + 1]; i < firstCue[sClose + 2]; i++) {
      const c = cues[i];
      if (!c.content && !c.linked) return c;
    }
  if (sOpen > 0 && firstCue[sOpen] > firstCue[sOpen - 1]) return cues[firstCue[sOpen] - 1];
  return null;
}

/** Where the clause before `at` ends, without the comma or conjunction that joins the next. */
function clauseEnd(text: string, from: number, at: number): number {
  let e = at;
  for (let round = 0; round < 3; round++) {
    while (e > from && text.charCodeAt(e - 1) <= 32) e--;
    const c = text.charCodeAt(e - 1);
    if (c === 44 || c === 59) e--;
    else if (text.endsWith(' and', e) || text.endsWith(' but', e)) e -= 4;
    else break;
  }
  return e;
}

function cover(a: Attribution, s: Span | undefined): void {
  if (!s) return;
  if (s.from < a.from) a.from = s.from;
  if (s.to > a.to) a.to = s.to;
}

function attribution(c: Cue, content: Span, quote: boolean, marks: Span): Attribution {
  const a: Attribution = { from: marks.from, to: marks.to, cue: c.cue, content, quote };
  if (c.source) a.source = c.source;
  if (c.outlet) a.outlet = c.outlet;
  cover(a, c.cue);
  cover(a, c.source);
  cover(a, c.outlet);
  return a;
}

const byPlace = (a: Attribution, b: Attribution) => a.from - b.from || a.cue.from - b.cue.from;

function inOrder(list: readonly Attribution[]): boolean {
  for (let i = 1; i < list.length; i++) if (byPlace(list[i - 1], list[i]) > 0) return false;
  return true;
}

/**
 * Finds the attributions of `text`, split into `sentences`: speech and
 * reporting cues ("said", "told CNN", "according to", "Haaretz reported") with
 * their source, outlet and content, and every direct quote with its speaker.
 *
 * - A quote tied to a cue is one attribution with `quote: true` and the text
 *   inside the marks as `content`; a cue tied to quotes yields nothing else.
 * - A reporting frame around a quoted statement ("The Israeli military stated
 *   that, “...,” Haaretz reported.") is a second layer: the quote belongs to
 *   the speaker (cue "stated"), and the frame is its own attribution with
 *   `quote: false` whose content is the reported clause, quote included.
 * - A quote with no cue near it has no `source` and an empty `cue` at its
 *   opening mark.
 * - A pronoun source ("He told CNN") carries `resolved`: the nearest earlier
 *   fitting mention in its sentence or the one before, else, in the first
 *   sentence, the last fitting mention of `lead` (the preceding paragraph's).
 * - Hedges with no source ("reportedly", "are estimated to") are not attributions.
 *
 * Also returns the person and group mentions of the text, in order.
 */
export function extractAttributions(
  text: string,
  sentences: Sentence[],
  lead?: Mention[],
): { attributions: Attribution[]; mentions: Mention[] } {
  const w = readWords(text, sentences);
  const m = scanMentions(w);
  const n = w.tokens.length;
  const byStart = zeros(n);
  const byEnd = zeros(n);
  for (let i = 0; i < m.mentions.length; i++) {
    byStart[m.start[i]] = i + 1;
    byEnd[m.end[i] - 1] = i + 1;
  }
  const quoted = zeros(n);
  const quotes = scanQuotes(w, quoted);
  const ctx: Ctx = {
    w,
    m,
    byStart,
    byEnd,
    sentences,
    quotes,
    quoted,
    lead: lead ?? [],
    leadKinds: null,
    outlets: zeros(m.mentions.length),
  };
  const cues: Cue[] = [];
  for (let i = 0; i < n; i++) {
    if (!(w.flags[i] & VERB) || quoted[i]) continue;
    const kind = cueWords.get(w.lower[i]);
    if (kind === undefined) continue;
    const c = readCue(ctx, i, kind);
    if (c) cues.push(c);
  }
  const firstCue = zeros(sentences.length + 1, cues.length);
  for (let i = cues.length - 1; i >= 0; i--) firstCue[cues[i].sentence] = i;
  for (let s = sentences.length - 1; s >= 0; s--)
    if (firstCue[s] > firstCue[s + 1]) firstCue[s] = firstCue[s + 1];
  // A statement ends where the next cue of its sentence begins: at the
  // trailing frame ("..., Reuters reported") or at the next speaker ("..., and Y said").
  for (let i = 1; i < cues.length; i++) {
    const c = cues[i];
    const p = cues[i - 1];
    if (p.sentence !== c.sentence || !p.content || !c.content) continue;
    if (c.trailing) {
      if (p.content.to > c.content.to) p.content.to = c.content.to;
    } else if (c.source && c.source.from > p.content.from && c.source.from < p.content.to) {
      const to = clauseEnd(text, p.content.from, c.source.from);
      if (to > p.content.from) p.content.to = to;
    }
  }
  const out: Attribution[] = [];
  for (const q of quotes) {
    const marks = { from: w.tokens[q.open].from, to: w.tokens[q.close].to };
    const content = { from: q.from, to: q.to };
    const c = link(ctx, cues, firstCue, q);
    if (c) {
      // A cue in another sentence keeps its own statement as well.
      if (c.sentence === w.sentence[q.open] || c.sentence === w.sentence[q.close]) c.linked = true;
      out.push(attribution(c, content, true, marks));
    } else {
      const cue = { from: marks.from, to: marks.from, text: '' };
      out.push({ from: marks.from, to: marks.to, cue, content, quote: true });
    }
  }
  for (const c of cues) {
    if (c.linked || !c.content) continue;
    out.push(attribution(c, c.content, false, c.content));
  }
  // Quotes and cues each come in order; a sort copies them, so only when they interleave.
  if (!inOrder(out)) out.sort(byPlace);
  return { attributions: out, mentions: m.mentions };
}
