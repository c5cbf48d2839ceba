// "Among voters aged 18 to 24, Chega took 32%": a sentence that opens on a group gives that
// group's figures, some of a whole. A record of the whole (Chega's 18.1% nationally, the 40
// killed) does not contradict them; such a figure ties to it only when it agrees.

import type { FigureFact, Sentence } from './types';

// "Among voters aged 18 to 24,", "Among those killed,": the group, up to the first comma.
const OPENS = /^[\s"“‘']*Among\s+([^,;:.!?]{1,60}),/;

/** The group `sentence` of `text` opens on ("Among those killed, …"), lower-cased, if any. */
export function groupOf(text: string, sentence: Sentence): string | undefined {
  const m = OPENS.exec(text.slice(sentence.from, Math.min(sentence.to, sentence.from + 80)));
  return m ? m[1].toLowerCase().replace(/\s+/g, ' ').trim() : undefined;
}

/**
 * True when neither `fact`'s subject nor its terms name `group` as the sentence writes it: a
 * record "Chega share among voters aged 18 to 24" is of the group, "People killed" is of the
 * whole that "those killed" are some of.
 */
export function otherGroup(group: string, fact: FigureFact): boolean {
  const names = (w: string) => w.toLowerCase().replace(/\s+/g, ' ').includes(group);
  return !names(fact.subject) && !(fact.terms ?? []).some(names);
}
