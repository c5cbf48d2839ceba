// An outlet named with its description: "state broadcaster TRT", "the Portuguese newspaper A
// Bola", "ZDF television". The name is the outlet; the description around it is part of the
// phrase that names it.

import type { Ctx } from './cues';
import { DET } from './lexicon';
import { mentionAt } from './subjects';

/** Nouns that describe an outlet before its name: "state broadcaster TRT", "the daily Le Monde". */
export const media = new Set(
  'broadcaster broadcasters newspaper paper daily weekly magazine tabloid channel network station radio television tv outlet website'.split(
    ' ',
  ),
);

const possessive = /['’]s$/;

/**
 * The mention named after an outlet's description at token `k` ("state broadcaster TRT",
 * "Turkey's public broadcaster TRT", "the magazine Der Spiegel", "the Portuguese newspaper A
 * Bola"), or -1: up to three words of description (an article, a possessive, lower-case words, a
 * capitalised adjective first or after the article), a media noun, then the name.
 */
export function describedOutlet(ctx: Ctx, k: number, s1: number): number {
  const { w } = ctx;
  for (let i = k; i < s1 && i < k + 4; i++) {
    const low = w.lower[i];
    if (media.has(low)) {
      // "ZDF television": the outlet's name before its description, when none follows it (not
      // "French daily Le Monde").
      const after = mentionAt(ctx, i + 1);
      const named = after >= 0 && w.tokens[i + 1].text !== w.lower[i + 1];
      const name = w.tokens[k].text;
      if (!named && i === k + 1 && name !== w.lower[k] && !possessive.test(name))
        return mentionAt(ctx, k);
      return after;
    }
    const text = w.tokens[i].text;
    const adjective = i === k || (i === k + 1 && w.flags[k] & DET);
    if (w.tokens[i].kind !== 'word' || (text !== low && !possessive.test(text) && !adjective))
      return -1;
  }
  return -1;
}

/**
 * Where the description of an outlet named at token `start` begins (", Portuguese newspaper A
 * Bola reported", ", the Portuguese newspaper A Bola", ", Turkish state broadcaster TRT"): up to
 * four words ending in a media noun, between a comma, a quotation mark or the sentence's start
 * (`s0`) and the name. Else `start`.
 */
export function descriptionBefore(ctx: Ctx, start: number, s0: number): number {
  const { w } = ctx;
  if (start - 1 <= s0 || !media.has(w.lower[start - 1])) return start;
  for (let j = start - 1; j >= s0 && j >= start - 5; j--) {
    if (j === s0) return j;
    const t = w.tokens[j - 1];
    if (t.kind !== 'word') return t.text === ',' || t.text === '”' || t.text === '"' ? j : start;
  }
  return start;
}
