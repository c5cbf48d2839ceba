// Subjects: the source before a cue verb ("The group, which is funded abroad, claims"), past
// asides, ages and appositions, and the role words before a name after an inverted "said".

import { nameBefore } from './antecedents';
import type { Ctx } from './cues';
import { CAP, DET, HEAD, NOT_NAME, PICK, STOP, TITLE, VERB, WORD } from './lexicon';
import { pronouns } from './mentions';

const words = (s: string) => new Set(s.split(' '));

/** Words between a subject and its verb ("has denounced", "also said"). */
const between = words(
  'has have had is was were are will would could should may might also later then previously earlier again publicly repeatedly recently first further did does do not never reportedly initially separately privately already once subsequently officially formally still now',
);

/** Words that open a parenthetical between a subject and its verb. */
const parentheticals = words(
  'who which however meanwhile though too also in for like as whose whom',
);

/** The mention that starts at token `start`, or -1. */
export function mentionAt(ctx: Ctx, start: number): number {
  return start >= 0 && start < ctx.byStart.length ? ctx.byStart[start] - 1 : -1;
}

/**
 * The token before an age in apposition ("Linda Frayne, 67, who …") when token `k` is that age
 * after a comma and a mention, else `k`: the aside after the age then belongs to the name.
 */
function pastAge(ctx: Ctx, k: number): number {
  const { w } = ctx;
  if (k < 2 || w.lower[k - 1] !== ',' || ctx.byEnd[k - 2] === 0) return k;
  return /^\d{1,3}$/.test(w.lower[k]) ? k - 2 : k;
}

/** How far back, in tokens, a description holding "who" may open before a cue's comma. */
const describedReach = 25;

/**
 * The comma that opens a description of someone with a relative clause in it, when the comma at
 * `k` closes it: "Sarah Lindqvist, a professor at the University of Edinburgh who was not
 * involved, said". Such a description runs longer than the plain aside of ten tokens, so it is
 * taken only when it opens on an article or a lowercase role ("a professor", "professor of …")
 * and an unquoted "who" or "whose" follows that word; -1 otherwise. Stops at a semicolon, a
 * colon or a dash, which end more than an aside.
 */
function describedWithWho(ctx: Ctx, s0: number, k: number): number {
  const { w } = ctx;
  let who = -1;
  for (let p = k - 1; p > s0 && k - p <= describedReach; p--) {
    if (ctx.quoted[p]) continue;
    const lw = w.lower[p];
    if (lw === ';' || lw === ':' || lw === '—' || lw === '–') return -1;
    if (lw === 'who' || lw === 'whose') who = p;
    if (lw !== ',') continue;
    const f = w.flags[p + 1];
    const opens = f & DET ? /^(?:a|an|the)$/.test(w.lower[p + 1]) : f & (TITLE | HEAD);
    return f & WORD && !(f & CAP) && opens && who > p + 2 ? p : -1;
  }
  return -1;
}

/** How many tokens a sentence's opening phrase of place or time may run to its comma. */
const leadReach = 12;

/**
 * True when the sentence at token `s0` opens on a phrase of place, time or circumstance that
 * the comma at `p` closes: "In Washington,", "In London on Tuesday,", "After the talks in
 * Geneva,", "Speaking in Washington,". A name in it is no subject, as a subject takes no
 * preposition: what follows the comma is.
 */
function opensOnLead(ctx: Ctx, s0: number, p: number): boolean {
  const { w } = ctx;
  if (p - s0 > leadReach || mentionAt(ctx, s0) >= 0 || pronouns.has(w.lower[s0])) return false;
  const f = w.flags[s0];
  const lead =
    f & WORD && ((f & STOP && !(f & DET)) || f & NOT_NAME || /(?:ing|ed)$/.test(w.lower[s0]));
  if (!lead) return false;
  for (let q = s0 + 1; q < p; q++) {
    const lw = w.lower[q];
    if (lw === ',' || lw === ';' || lw === ':' || ctx.quoted[q] || w.flags[q] & VERB) return false;
  }
  return true;
}

/** Marks a relative clause before a cue does not run across: past one is another phrase. */
const clauseBreaks = new Set([',', ';', ':', '—', '–', '(', ')', '[', ']', '“', '”', '"', '‘']);

/** Words before "who" that name no one the extractor reads ("A man who …", "Those who …"). */
const unread = words('those anyone someone everyone people one others man woman');

/**
 * The noun a relative clause without commas describes, when the clause runs from it to token
 * `k` before a cue: "An official who asked not to be named said", "Officials whose offices are
 * in Washington said". Returns the token range of the mention before "who" or "whose", null
 * when a noun the extractor reads as no mention comes before it ("A man who lives in Washington
 * said": a name or place in the clause is not who speaks), undefined when no such clause ends
 * at `k` ("Reporters asked who the president said …" is left as it was read).
 */
function describedByWho(ctx: Ctx, s0: number, k: number): [number, number] | null | undefined {
  const { w } = ctx;
  for (let q = k; q > s0 && k - q < describedReach; q--) {
    if (ctx.quoted[q]) return undefined;
    const lw = w.lower[q];
    if (lw !== 'who' && lw !== 'whose') {
      if (clauseBreaks.has(lw) || w.flags[q] & VERB) return undefined;
      continue;
    }
    const m = ctx.byEnd[q - 1] - 1;
    if (m >= 0) return [ctx.m.start[m], ctx.m.end[m]];
    const f = w.flags[q - 1];
    return f & (TITLE | HEAD | DET | PICK) || unread.has(w.lower[q - 1]) ? null : undefined;
  }
  return undefined;
}

/** The source before the verb at `v`: a mention or pronoun token range, or null. */
export function subjectBefore(ctx: Ctx, v: number): [number, number] | null {
  const { w } = ctx;
  const s0 = w.first[w.sentence[v]];
  let k = v - 1;
  while (k >= s0 && between.has(w.lower[k])) k--;
  if (k > s0 && w.lower[k] === ',') {
    // ", however," or ", who receive ..., ": skip back to the comma that opens it. A comma in a
    // quotation opens nothing of the sentence around it ("“…, like a bomb,” Quispe, 52, told").
    const opens = (p: number) =>
      w.lower[p] === ',' && !ctx.quoted[p] && parentheticals.has(w.lower[p + 1]);
    let p = k - 1;
    while (p > s0 && k - p < 40 && !opens(p)) p--;
    if (p > s0 && opens(p)) {
      k = pastAge(ctx, p - 1);
      // "Lee, the union's general secretary, who has led it since 2019, said": both speak.
      const title = ctx.byEnd[k] - 1;
      if (title >= 0) return [ctx.m.start[nameBefore(ctx, title)], ctx.m.end[title]];
    } else {
      // An aside or an apposition after the subject: "Jordan’s foreign
      // minister, Ayman Safadi, confirmed", "The group, formally X, says".
      const comma = (p: number) => w.lower[p] === ',' && !ctx.quoted[p];
      p = k - 1;
      while (p > s0 && k - p <= 10 && !comma(p)) p--;
      if (!comma(p)) p = describedWithWho(ctx, s0, k);
      if (p <= s0 || !comma(p)) return null;
      if (opensOnLead(ctx, s0, p)) {
        const m = mentionAt(ctx, p + 1);
        return m >= 0 ? [ctx.m.start[m], ctx.m.end[m]] : null;
      }
      const before = ctx.byEnd[pastAge(ctx, p - 1)] - 1;
      const apposed = ctx.byEnd[k - 1] - 1;
      const person = (i: number) => ctx.m.kind[i] === 'person';
      // A title the scan reads no mention of still sets a person's name off: "Its chief
      // executive, Mark Ellery, told the BBC" names who speaks, not the outlet after the verb.
      if (before < 0)
        return apposed >= 0 && ctx.m.start[apposed] === p + 1 && person(apposed)
          ? [p + 1, k]
          : null;
      const from = ctx.m.start[before];
      // A lone name after a person's title is theirs too: "Brazil's president, Lula, told".
      if (apposed >= 0 && ctx.m.start[apposed] === p + 1 && (person(apposed) || person(before)))
        return [from, k];
      return [from, ctx.m.end[before]];
    }
    while (k >= s0 && between.has(w.lower[k])) k--;
  }
  if (k < s0) return null;
  const described = describedByWho(ctx, s0, k);
  if (described !== undefined) return described;
  if (pronouns.has(w.lower[k])) return [k, k + 1];
  const m = ctx.byEnd[k] - 1;
  if (m >= 0) return [ctx.m.start[m], ctx.m.end[m]];
  return null;
}

/**
 * Where the name starts after up to two lowercase words of role at token `k` ("captain Marcus
 * Hale", "club captain Hale", "local resident Ann Lee"), else `k`: after an inverted "said" the
 * words describe the speaker named next.
 */
export function roleBefore(ctx: Ctx, k: number): number {
  const { w, m } = ctx;
  for (let j = k; j < k + 3 && j < w.tokens.length; j++) {
    const f = w.flags[j];
    if (f & CAP) {
      const n = mentionAt(ctx, j);
      if (j === k || n < 0 || w.flags[j] & DET) return k;
      return m.kind[n] === 'person' || m.end[n] === j + 1 ? j : k;
    }
    if (!(f & WORD) || f & (STOP | VERB | DET)) return k;
  }
  return k;
}

/** The pronoun or mention that opens the sentence at token `s0`, or null. */
export function sentenceSubject(ctx: Ctx, s0: number): [number, number] | null {
  if (pronouns.has(ctx.w.lower[s0])) return [s0, s0 + 1];
  const m = mentionAt(ctx, s0);
  return m >= 0 ? [ctx.m.start[m], ctx.m.end[m]] : null;
}
