// "missed the interim 76% target", "an initial payment of $500", "the provisional figure of
// 4.1%": a figure of a stage of a thing (an interim target beside the final one, a first
// payment, an early estimate) is not what a record of the thing itself holds. Not "the proposed
// $2.5bn takeover" or "the draft budget": most often the thing itself. It ties to a
// record only when it agrees with it, unless the record names the same stage ("Interim
// dividend").

import type { FigureClaim } from './types';

// The stages, each with the pattern that finds it in a record's subject or terms.
// biome-ignore format: a table
const STAGES: Record<string, RegExp> = {
  interim: /\binterim\b/i,
  initial: /\binitial(?:ly)?\b/i,
  provisional: /\bprovisional(?:ly)?\b/i,
  preliminary: /\bpreliminary\b/i,
  intermediate: /\bintermediate\b/i,
};
// A stage right before the figure ("the interim 76% target"), or before the noun the figure is
// "of" ("the interim target of 76%", "an initial payment of $500"), after a determiner.
const BEFORE =
  /\b(?:the|an?|its|their|his|her|this|that)\s+(interim|initial|provisional|preliminary|intermediate)(?:\s+(?:[a-z-]+\s+){1,2}of)?\s+$/i;

/**
 * The pattern of the stage figure `claim` of `text` is of ("the interim 76% target"), to be
 * found in a record that holds it: a test of the records it ties to only when it agrees.
 */
export function stageOf(text: string, claim: FigureClaim): RegExp | undefined {
  const m = BEFORE.exec(text.slice(Math.max(0, claim.from - 48), claim.from));
  return m ? STAGES[m[1].toLowerCase()] : undefined;
}
