// A "he" or "she" the extractor leaves unresolved, as the speaker of a recorded statement: the
// extractor takes a lone surname ("Kalns conceded defeat.") for no person, but the record knows
// the name, so "He told TV3 that …" is held to the record's outlet when the name is right before.

import type { FactIndex } from './fact-index';
import { anotherGivenName } from './given-names';
import { firstFrom, type SpanSet, sentenceAt } from './span-search';
import { keyedWords } from './terms';
import type { Attribution, Mention, Sentence, StatementFact } from './types';

const PERSONAL = /^(?:he|she)$/i;

// The nearest mentions are where an antecedent is; a few keep the work per cue bounded.
const REACH = 12;

/**
 * The mentions an unresolved "he" or "she" source of `a` may stand for, nearest first, where the
 * extractor looks for its antecedent: its sentence before it and the sentence before, outside
 * quotes (`quoted`), then for the block's first sentence the previous paragraph's (`lead`); at
 * most `REACH` of each. Undefined when the source is no such pronoun.
 */
export function pronounReach(
  a: Attribution,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  quoted: SpanSet,
  lead: readonly Mention[],
): Mention[] | undefined {
  const source = a.source;
  if (!source || source.resolved || !PERSONAL.test(source.text)) return undefined;
  const s = sentenceAt(sentences, source.from);
  const from = sentences[Math.max(0, s - 1)].from;
  const out: Mention[] = [];
  for (let i = firstFrom(mentions, source.from) - 1; i >= 0 && out.length < REACH; i--) {
    const m = mentions[i];
    if (m.from < from) break;
    if (m.to <= source.from && !quoted.overlaps(m.from, m.to)) out.push(m);
  }
  if (s === 0) out.push(...lead.slice(-REACH).reverse());
  return out;
}

/**
 * True when one of `reach` names the statement's recorded speaker by name or alias, and is no
 * namesake with another given name ("Olivier Marchand" for Sophie Marchand).
 */
export function namedIn(reach: readonly Mention[], fact: StatementFact, index: FactIndex): boolean {
  return reach.some(
    (m) =>
      index.speakerHits(keyedWords(m.text)).some((h) => h.factId === fact.id) &&
      !anotherGivenName(m.text, fact.speaker.name, fact.speaker.aliases),
  );
}
