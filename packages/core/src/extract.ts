// The top-level extractor: every claim of a text in one call.

import { extractAttributions } from './attributions';
import { extractDates } from './dates';
import { extractFigures } from './figures';
import { splitSentences } from './sentences';
import type { Claims, Mention } from './types';

/**
 * Extracts the claims of `text` (`factdesk.claims/v1`): its figures, its dates
 * (relative ones resolved against `options.date`, `YYYY-MM-DD`), its
 * attributions and quotes, its sentences and its person and group mentions.
 * `options.lead` holds the mentions of the preceding text (the previous
 * paragraph), so a pronoun in the first sentence ("He told CNN") resolves to
 * someone named there.
 */
export function extract(text: string, options: { date?: string; lead?: Mention[] } = {}): Claims {
  const sentences = splitSentences(text);
  const { attributions, mentions } = extractAttributions(text, sentences, options.lead);
  return {
    schema: 'factdesk.claims/v1',
    figures: extractFigures(text),
    dates: extractDates(text, options.date),
    attributions,
    sentences,
    mentions,
  };
}
