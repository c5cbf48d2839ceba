// Speech and reporting cues ("said", "told CNN", "according to", "Haaretz
// reported") with their source, outlet and content, read from the tokens
// around a cue word with Set lookups.

import { antecedent } from './antecedents';
import { isOutletWord } from './channels';
import { DET, VERB, type Words } from './lexicon';
import { type MentionKind, type MentionTokens, pronouns } from './mentions';
import { describedOutlet, descriptionBefore, media } from './outlet-descriptions';
import { mentionAt, roleBefore, sentenceSubject, subjectBefore } from './subjects';
import type { Mention, Sentence, Span, TextSpan } from './types';

const words = (s: string) => new Set(s.split(' '));

/** How a cue word attaches its source, outlet and content. */
export type CueKind = 'say' | 'tell' | 'report' | 'according' | 'refer' | 'call';

/** Cue words and how each attaches its parts. */
export const cueWords = new Map<string, CueKind>();
for (const w of 'said says say stated states confirmed confirms announced announces added adds wrote writes tweeted tweets estimates estimated estimate claim claims claimed denounced denounces accused accuses accuse insisted insists explained noted warned argued denied denies admitted acknowledged declared replied'.split(
  ' ',
))
  cueWords.set(w, 'say');
for (const w of ['told', 'tells', 'tell', 'informed', 'informs']) cueWords.set(w, 'tell');
for (const w of ['reported', 'reports', 'report']) cueWords.set(w, 'report');
for (const w of ['refer', 'refers', 'referred']) cueWords.set(w, 'refer');
cueWords.set('according', 'according');
// "called the evacuation a “smuggling operation”": a cue only before a quotation.
for (const w of ['called', 'calls', 'call', 'dubbed', 'branded', 'labelled', 'labeled'])
  cueWords.set(w, 'call');
cueWords.set('described', 'say');
// "She urged governments to act, saying …": the sentence's subject says it.
const PARTICIPLES = new Set(['saying', 'adding', 'warning', 'insisting', 'arguing']);
const OTHER_CLAUSE = new Set([
  ',',
  ';',
  'as',
  'while',
  'when',
  'because',
  'after',
  'before',
  'but',
]);
for (const w of PARTICIPLES) cueWords.set(w, 'say');
cueWords.set('describes', 'say');

/** A word before a cue verb that makes it an adjective or a noun ("the said agreement", "all told"). */
const notBeforeCue = words(
  'the a an this that these those said his her its their our my your all any no',
);
/** Objects of "told" that are people, not outlets. */
const audiences = words(
  'him her them us me reporters journalists lawmakers legislators parliament mps senators analysts investors shareholders supporters delegates staff employees workers students jurors jury court crowd audience voters colleagues police detectives investigators members committee inquiry tribunal panel hearing council senate congress assembly chamber rally meeting summit conference',
);
/** Channel nouns: "in a tweet", "in a statement". */
export const channels = words(
  'tweet statement interview post release email letter video speech message op-ed column blog podcast broadcast briefing conference',
);
/** Platforms: "on Twitter". */
export const platforms = words(
  'twitter facebook instagram telegram youtube tiktok linkedin threads bluesky x',
);
/** Time words that may sit between a verb and its channel ("confirmed Sunday in a tweet"). */
const timeWords = words(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later week month night morning evening afternoon on last this the next same following previous day',
);

/** True when the tokens `[a, b)` only say when ("Sunday", "on Monday", "the next day"). */
function onlyTime(w: Words, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!timeWords.has(w.lower[k])) return false;
  return true;
}

/** True for an opening quotation mark token. */
function isOpenQuote(t: string): boolean {
  return t === '“' || t === '"' || t === '‘';
}

/** A direct quotation: the marks at `open`..`close` (token indices) and the text between. */
export interface Quote extends Span {
  open: number;
  close: number;
}

/** A cue with what could be attached to it. */
export interface Cue {
  kind: CueKind;
  /** Token range of the cue words. */
  at: number;
  end: number;
  sentence: number;
  cue: TextSpan;
  source?: TextSpan & { resolved?: string };
  outlet?: TextSpan;
  content?: Span;
  /** True for reporting frames ("according to", "reported"): a quote prefers a speech verb. */
  frame: boolean;
  /** True when what is said comes before the cue ("..., Haaretz reported."). */
  trailing: boolean;
  /** True when a quote was tied to this cue. */
  linked: boolean;
}

function span(w: Words, from: number, to: number): TextSpan {
  const a = w.tokens[from].from;
  const b = w.tokens[to - 1].to;
  return { from: a, to: b, text: w.text.slice(a, b) };
}

/** What the cue reader needs to know about the text. */
export interface Ctx {
  w: Words;
  m: MentionTokens;
  /** Mention index + 1 by its first token and by its last token (0: none). */
  byStart: number[];
  byEnd: number[];
  sentences: readonly Sentence[];
  quotes: Quote[];
  /** 1 for each token inside a quotation. */
  quoted: number[];
  lead: readonly Mention[];
  leadKinds: MentionKind[] | null;
  /** 1 for each mention read as a cue's outlet, which no pronoun stands for. */
  outlets: number[];
}

function sourceSpan(ctx: Ctx, r: [number, number]): TextSpan & { resolved?: string } {
  const s: TextSpan & { resolved?: string } = span(ctx.w, r[0], r[1]);
  if (r[1] - r[0] === 1 && pronouns.has(ctx.w.lower[r[0]])) {
    const resolved = antecedent(ctx, r[0]);
    if (resolved !== undefined) s.resolved = resolved;
  }
  return s;
}

/** The character offset where the content of sentence `s` ends (terminators trimmed). */
function sentenceEnd(ctx: Ctx, s: number): number {
  const { text } = ctx.w;
  let e = ctx.sentences[s].to;
  while (e > ctx.sentences[s].from) {
    const c = text.charCodeAt(e - 1);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 32 || c === 58 || c === 59) e--;
    else break;
  }
  return e;
}

/**
 * Reads the cue at token `v` (a cue word), or returns null when the word is
 * used otherwise ("the said agreement", "all told") or names no source.
 */
export function readCue(ctx: Ctx, v: number, kind: CueKind): Cue | null {
  const { w } = ctx;
  const s = w.sentence[v];
  const s0 = w.first[s];
  const s1 = w.first[s + 1];
  if (v > s0 && notBeforeCue.has(w.lower[v - 1])) return null;
  let end = v + 1;
  let src: [number, number] | null = null;
  if (kind === 'according') {
    if (w.lower[v + 1] !== 'to' || v + 2 >= s1) return null;
    end = v + 2;
    if (pronouns.has(w.lower[v + 2])) src = [v + 2, v + 3];
    else {
      // "according to Portuguese newspaper A Bola": the name, not its description.
      const named = describedOutlet(ctx, v + 2, s1);
      const m = named >= 0 ? named : mentionAt(ctx, v + 2);
      if (m >= 0) src = [ctx.m.start[m], ctx.m.end[m]];
    }
  } else if (kind === 'refer') {
    if (w.lower[v + 1] !== 'to') return null;
    let k = v + 2;
    while (k < s1 && k < v + 10 && w.lower[k] !== 'as') k++;
    if (k >= s1 || w.lower[k] !== 'as') return null;
    end = k + 1;
  } else if (kind === 'call') {
    let k = v + 1;
    while (k < s1 && k < v + 8 && !isOpenQuote(w.lower[k])) k++;
    if (k >= s1 || !isOpenQuote(w.lower[k])) return null;
  }
  if (PARTICIPLES.has(w.lower[v])) {
    // Speech only before "that" or a quotation: not "Prices rose, adding to the pressure".
    if (v === s0 || w.lower[v - 1] !== ',') return null;
    // …and the quotation in the participle's own clause: not "warning residents to stay indoors
    // as a neighbour screamed “…”".
    let k = v + 1;
    if (w.lower[k] !== 'that')
      while (k < s1 && !isOpenQuote(w.lower[k]) && !OTHER_CLAUSE.has(w.lower[k])) k++;
    if (k < s1 && OTHER_CLAUSE.has(w.lower[k])) k = s1;
    src = k < s1 ? sentenceSubject(ctx, s0) : null;
    if (!src) return null;
  }
  if (!src && kind !== 'according') src = subjectBefore(ctx, v);
  const prev = v > s0 ? w.lower[v - 1] : '';
  let inverted = false;
  if (!src && kind !== 'according' && (v === s0 || prev === ',' || isCloseQuote(prev))) {
    // "“...,” said the minister.", "“...,” said captain Marcus Hale."
    const r = roleBefore(ctx, v + 1);
    const m = mentionAt(ctx, r);
    if (m >= 0) {
      src = [v + 1, ctx.m.end[m]];
      inverted = true;
    }
  }
  if (!src) return null;
  const cue = span(w, v, end);
  let after = kind === 'according' || inverted ? src[1] : end;
  let outlet: TextSpan | undefined;
  let outletMention = -1;
  if (kind === 'tell') {
    if (after >= s1 || w.tokens[after].kind !== 'word') return null;
    const described = describedOutlet(ctx, after, s1);
    const m = described >= 0 ? described : mentionAt(ctx, after);
    if (audiences.has(w.lower[after])) after++;
    else if (m >= 0) {
      // "told veteran broadcaster Iain Dale": a broadcaster may be a person, who is no outlet;
      // "told Save the Children staff" and "told the court" speak to people or a body, not to
      // an outlet; "told Keller" most often to a person, whom a story names by surname. A
      // pronoun after the name opens what is said ("told Sky News her client would appeal").
      const head = w.lower[ctx.m.end[m] - 1];
      const next = w.lower[ctx.m.end[m]];
      const name = ctx.m.mentions[m].text;
      if (
        ctx.m.kind[m] !== 'person' &&
        (!audiences.has(next) || pronouns.has(next)) &&
        !audiences.has(head) &&
        (described >= 0 || ctx.m.end[m] - ctx.m.start[m] > 1 || isOutletWord(name))
      ) {
        outlet = ctx.m.mentions[m];
        outletMention = m;
      }
      after = ctx.m.end[m] + (described === m && media.has(w.lower[ctx.m.end[m]]) ? 1 : 0);
    }
  }
  // "confirmed Sunday in a tweet", "said on Twitter", "in an interview with CNN",
  // "confirmed the numbers the next day in a tweet".
  for (let k = after; k + 1 < s1 && k < after + 10; k++) {
    const lw = w.lower[k];
    if (lw === ',' || lw === ':' || lw === 'that' || w.flags[k] & VERB || isOpenQuote(lw)) break;
    if (lw === 'in') {
      let c = k + 1;
      if (c < s1 && (w.flags[c] & DET || w.lower[c] === 'a')) c++;
      if (c < s1 && channels.has(w.lower[c])) {
        const m = w.lower[c + 1] === 'with' ? mentionAt(ctx, c + 2) : -1;
        // "told CNN in an interview": the outlet is CNN, the interview how.
        outlet = m >= 0 ? ctx.m.mentions[m] : (outlet ?? span(w, c, c + 1));
        if (m >= 0) outletMention = m;
        // Only a channel right after the verb comes before the content.
        if (onlyTime(w, after, k)) after = m >= 0 ? ctx.m.end[m] : c + 1;
        break;
      }
    } else if (lw === 'on' && platforms.has(w.lower[k + 1])) {
      outlet = span(w, k + 1, k + 2);
      if (onlyTime(w, after, k)) after = k + 2;
      break;
    }
  }
  // "In a statement, the ministry said ...".
  if (!outlet && w.lower[s0] === 'in' && channels.has(w.lower[s0 + 2]) && w.lower[s0 + 3] === ',')
    outlet = span(w, s0 + 2, s0 + 3);
  while (
    after < s1 &&
    (w.lower[after] === ',' || w.lower[after] === ':' || w.lower[after] === 'that')
  )
    after++;
  const endChar = sentenceEnd(ctx, s);
  let content: Span | undefined;
  let trailing = false;
  // The source's phrase, with an outlet's description before its name (", Portuguese newspaper
  // A Bola reported"): a trailing frame starts there.
  const srcFirst = kind === 'according' ? src[0] : descriptionBefore(ctx, src[0], s0);
  const clauseBefore =
    srcFirst > s0 && (w.lower[srcFirst - 1] === ',' || isCloseQuote(w.lower[srcFirst - 1]));
  const rest = after < s1 ? w.tokens[after].from : endChar;
  if (kind === 'according' ? v > s0 : (clauseBefore || inverted) && rest >= endChar) {
    // A trailing frame: what is said comes before ("..., Haaretz reported.").
    trailing = true;
    const head = kind === 'according' ? v : Math.min(srcFirst, v);
    let e = head - 1;
    // Drop the comma before the frame, keep a closing quotation mark.
    if (e > s0 && (w.lower[e] === ',' || w.lower[e] === '—')) e--;
    if (e >= s0) content = { from: w.tokens[s0].from, to: w.tokens[e].to };
  } else if (rest < endChar) {
    // What is said ends at a semicolon: the next clause is someone else's.
    let to = endChar;
    for (let k = after; k < s1 && w.tokens[k].from < endChar; k++)
      if (w.lower[k] === ';' && !ctx.quoted[k]) {
        to = w.tokens[k].from;
        break;
      }
    if (to > rest) content = { from: rest, to };
  }
  const frame = kind === 'according' || kind === 'report';
  if (outletMention >= 0) ctx.outlets[outletMention] = 1;
  return {
    kind,
    at: v,
    end,
    sentence: s,
    cue,
    source: sourceSpan(ctx, src),
    outlet,
    content,
    frame,
    trailing,
    linked: false,
  };
}

/** True for a closing quotation mark token. */
export function isCloseQuote(t: string): boolean {
  return t === '”' || t === '"' || t === '’';
}
