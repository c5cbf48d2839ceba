// Antecedents: the mention a pronoun source ("He told CNN") stands for, the nearest fitting one
// before it, and the name rather than the title when the two stand in apposition.

import type { Ctx } from './cues';
import { CAP, DET, lexicon, ORG, PARTICLE, relations, STOP, TITLE, VERB, WORD } from './lexicon';
import { classifyMentions, type MentionKind, pronouns } from './mentions';
import type { Mention } from './types';

/** True when mention `i` is a name: capitalised words and particles, no article, no "Office". */
function isName(ctx: Ctx, i: number): boolean {
  const { flags } = ctx.w;
  if (flags[ctx.m.start[i]] & DET) return false;
  for (let k = ctx.m.start[i]; k < ctx.m.end[i]; k++) {
    const f = flags[k];
    if (f & WORD && (!(f & (CAP | PARTICLE)) || f & ORG)) return false;
  }
  return true;
}

// Prepositions that carry a title's place of work on to the apposition's closing comma: "Daniel
// Ortiz, a fund manager at Harcourt Asset Management, said".
const OF_PLACE = new Set(['at', 'of', 'for', 'with', 'from', 'in']);

/** How many tokens a title's place of work may run to the comma that closes the apposition. */
const placeReach = 8;

/**
 * The token that closes an apposition after a title ending before token `b`: `b` itself, or,
 * when a place of work follows ("a fund manager at Harcourt,"), its comma, if one comes soon and
 * no verb or quotation before it.
 */
function appositionEnd(ctx: Ctx, b: number): number {
  const { w } = ctx;
  if (!OF_PLACE.has(w.lower[b])) return b;
  for (let k = b + 1; k < w.tokens.length && k <= b + placeReach; k++) {
    if (w.sentence[k] !== w.sentence[b] || ctx.quoted[k] || w.flags[k] & VERB) return b;
    if (w.lower[k] === ',') return k;
  }
  return b;
}

/**
 * True when mention `i` is the place of work in a title in apposition with a name ("Daniel Ortiz,
 * a fund manager at Harcourt Smith,"): the firm, whatever it is named, is no "he" or "she".
 */
function placeOfWork(ctx: Ctx, i: number): boolean {
  const { m, w } = ctx;
  const t = i - 1;
  return (
    t >= 0 &&
    w.lower[m.start[i] - 1] === 'at' &&
    m.end[t] === m.start[i] - 1 &&
    m.kind[t] === 'person' &&
    nameBefore(ctx, t) !== t
  );
}

/**
 * The name before mention `i` in apposition with it ("Colin Brayfield, the TWU's general
 * secretary", "Daniel Ortiz, a fund manager at Harcourt,"), else `i`: set off by commas or ending
 * the sentence, and after no preposition (not "In Spring Valley, the mayor said").
 */
export function nameBefore(ctx: Ctx, i: number): number {
  const { m, w } = ctx;
  const a = m.start[i];
  const b = appositionEnd(ctx, m.end[i]);
  const h = i - 1;
  if (
    h >= 0 &&
    w.lower[a - 1] === ',' &&
    m.end[h] === a - 1 &&
    (w.lower[b] === ',' || w.sentence[b] !== w.sentence[a] || w.lower[b] === '.') &&
    !(m.start[h] > w.first[w.sentence[a]] && w.flags[m.start[h] - 1] & STOP) &&
    isName(ctx, h)
  )
    return h;
  return i;
}

/**
 * The name in apposition with a person's title at mention `i`, before it ("Colin Brayfield, the
 * TWU's general secretary") or after it ("Brazil's president, Lula,"), else `i`: a pronoun
 * stands for the person, who is named.
 */
function named(ctx: Ctx, i: number, p: number): number {
  const { m, w } = ctx;
  if (isName(ctx, i)) return i;
  const h = nameBefore(ctx, i);
  if (h !== i) return h;
  const b = m.end[i];
  const j = i + 1;
  if (
    j < m.start.length &&
    w.lower[b] === ',' &&
    m.start[j] === b + 1 &&
    m.end[j] < p &&
    w.lower[m.end[j]] === ',' &&
    isName(ctx, j)
  )
    return j;
  return i;
}

/** True when `text` reads as a name: capitalised words and particles, no article, no "Office". */
function looksLikeName(text: string): boolean {
  const parts = text.split(/[\s-]+/);
  if ((lexicon.get(parts[0].toLowerCase()) ?? 0) & DET) return false;
  return parts.every((x) => {
    const f = lexicon.get(x.toLowerCase()) ?? 0;
    if (f & ORG) return false;
    return x === x.toLowerCase() ? (f & PARTICLE) !== 0 : /^\p{Lu}/u.test(x);
  });
}

/**
 * `named` for the previous paragraph's mentions, which come without their text: a title two
 * characters after a name (", ") is taken to be in apposition with it.
 */
function namedInLead(lead: readonly Mention[], i: number): number {
  if (i === 0 || looksLikeName(lead[i].text)) return i;
  const h = lead[i - 1];
  return lead[i].from - h.to === 2 && looksLikeName(h.text) ? i - 1 : i;
}

// Possessives that make a relative someone's: "her husband", "whose son".
const POSSESSIVE = new Set(['her', 'his', 'their', 'whose', 'its', 'my', 'our', 'your']);

/**
 * True when mention `i` is the relative (or the lawyer, the aide) of a person named before it in
 * its sentence ("Sophie Marchand lost her husband", "Marchand, whose brother died", "met her
 * lawyer"): a pronoun after it most likely
 * goes on about the one named, as copy names the relative again when it speaks. "Her husband
 * was at home. He said" still speaks of the husband.
 */
function relativeOfEarlier(ctx: Ctx, i: number): boolean {
  const { m, w } = ctx;
  const a = m.start[i];
  if (!relations.has(w.lower[m.end[i] - 1]) && !(w.flags[m.end[i] - 1] & TITLE)) return false;
  if (!POSSESSIVE.has(w.lower[a]) && !(a > 0 && POSSESSIVE.has(w.lower[a - 1]))) return false;
  for (let h = i - 1; h >= 0 && w.sentence[m.start[h]] === w.sentence[a]; h--)
    if (m.kind[h] === 'person' || isName(ctx, h)) return true;
  return false;
}

/** `relativeOfEarlier` for the previous paragraph's mentions, which come without their tokens. */
function relativeInLead(
  lead: readonly Mention[],
  kinds: readonly MentionKind[],
  i: number,
): boolean {
  const words = lead[i].text.toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  if (words.length < 2 || !POSSESSIVE.has(words[0])) return false;
  if (!relations.has(head) && !((lexicon.get(head) ?? 0) & TITLE)) return false;
  return kinds.slice(0, i).includes('person');
}

/** Resolves a pronoun at token `p` to the nearest fitting mention before it, as its text. */
export function antecedent(ctx: Ctx, p: number): string | undefined {
  const want = pronouns.get(ctx.w.lower[p]);
  const { w, m } = ctx;
  const s = w.sentence[p];
  const fits = (k: MentionKind, pass: number) =>
    want === 'person'
      ? k === 'person'
      : want === 'group'
        ? k === 'group'
        : pass === 0
          ? k === 'groups'
          : k !== 'person';
  // The last mention that ends by `p`.
  let lo = 0;
  let hi = m.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.end[mid] <= p) lo = mid + 1;
    else hi = mid;
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let i = lo - 1; i >= 0; i--) {
      if (w.sentence[m.start[i]] < s - 1) break;
      // "Ferreira told Globo Esporte …. “…,” he said.": Ferreira speaks on, not the outlet.
      if (ctx.quoted[m.start[i]] || ctx.outlets[i]) continue;
      if (want === 'person' && (relativeOfEarlier(ctx, i) || placeOfWork(ctx, i))) continue;
      if (fits(m.kind[i], pass)) return m.mentions[want === 'person' ? named(ctx, i, p) : i].text;
    }
    if (s === 0 && ctx.lead.length > 0) {
      ctx.leadKinds ??= classifyMentions(ctx.lead);
      for (let i = ctx.lead.length - 1; i >= 0; i--)
        if (
          fits(ctx.leadKinds[i], pass) &&
          !(want === 'person' && relativeInLead(ctx.lead, ctx.leadKinds, i))
        )
          return ctx.lead[want === 'person' ? namedInLead(ctx.lead, i) : i].text;
    }
    if (want !== 'groups') break;
  }
  return undefined;
}
