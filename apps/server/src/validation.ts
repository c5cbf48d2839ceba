import {
  type Fact,
  type FactFile,
  formatPath,
  parseFact,
  parseFactFile,
  phraseKeys,
  termKey,
} from '@factdesk/core';

/** One reason an input was rejected, by JSON path (`facts[3].value.min`). */
export interface Problem {
  path: string;
  message: string;
}

/** The outcome of validating an input: the typed value, or every problem found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Formats a zod issue path as a JSON path: `facts[3].value.min`; the root is `(root)`. */
export const jsonPath: (path: readonly PropertyKey[]) => string = formatPath;

export type { Fact, FactFile };
/** The core's term normalisation (`termKey` of @factdesk/core). */
export { termKey };

/** Validates one fact with the core's schema (`factSchema`, via `parseFact`). */
export function checkFact(input: unknown): Checked<Fact> {
  const result = parseFact(input);
  return result.ok ? { ok: true, value: result.fact } : { ok: false, problems: result.problems };
}

/** Validates a whole fact file (`factdesk.facts/v1`) with the core's parser. */
export function checkFactFile(input: unknown): Checked<FactFile> {
  const result = parseFactFile(input);
  if (result.ok) return { ok: true, value: result.file };
  return { ok: false, problems: result.problems };
}

/**
 * The term keys of a fact: `termKey` of every word of every term, and, for quotes and statements,
 * of the speaker's names, the channel and the quote's words (what the ProseMirror plugin's
 * `factKeys` looks facts up by), so that a lookup by the key of any word of a sentence finds the
 * facts that sentence may concern, quotes without terms included.
 */
export function termKeysOf(fact: Fact): string[] {
  const parts = [...(fact.terms ?? [])];
  if (fact.kind === 'quote' || fact.kind === 'statement') {
    parts.push(fact.speaker.name, ...(fact.speaker.aliases ?? []));
    if (fact.channel) parts.push(fact.channel);
  }
  if (fact.kind === 'quote') parts.push(fact.text);
  const keys = new Set<string>();
  for (const part of parts) {
    for (const key of phraseKeys(part)) keys.add(key);
  }
  return [...keys];
}

/** The lowercased text a `q` search matches: id, subject, terms and speaker. */
export function searchTextOf(fact: Fact): string {
  const speaker = 'speaker' in fact ? [fact.speaker.name, ...(fact.speaker.aliases ?? [])] : [];
  return [fact.id, fact.subject, ...(fact.terms ?? []), ...speaker].join('\n').toLowerCase();
}
