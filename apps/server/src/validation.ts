import type { z } from 'zod';
import { type Fact, type FactFile, factSchema, parseFactFile, termKey } from './interim-core';

/** One reason an input was rejected, by JSON path (`facts[3].value.min`). */
export interface Problem {
  path: string;
  message: string;
}

/** The outcome of validating an input: the typed value, or every problem found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Formats a zod issue path as a JSON path: `facts[3].value.min`; the root is `(root)`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

export type { Fact, FactFile };
/** The core's term normalisation (`termKey` of @factdesk/core). */
export { termKey };

/** Validates one fact with the core's schema. */
export function checkFact(input: unknown): Checked<Fact> {
  const result = factSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data as Fact };
  return { ok: false, problems: problemsOf(result.error) };
}

/** Validates a whole fact file (`factdesk.facts/v1`) with the core's parser. */
export function checkFactFile(input: unknown): Checked<FactFile> {
  const result = parseFactFile(input);
  if (result.ok) return { ok: true, value: result.file };
  return { ok: false, problems: result.problems };
}

// A word as the core's index reads it: letters and digits with inner apostrophes; hyphens and
// other punctuation split words.
const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*['’]?/gu;

/**
 * The term keys of a fact: `termKey` of every word of every term, so that a lookup by the key of
 * any word of a sentence finds the facts whose terms mention it.
 */
export function termKeysOf(fact: Fact): string[] {
  const keys = new Set<string>();
  for (const term of fact.terms ?? []) {
    for (const [word] of term.matchAll(wordPattern)) keys.add(termKey(word));
  }
  return [...keys];
}

/** The lowercased text a `q` search matches: id, subject, terms and speaker. */
export function searchTextOf(fact: Fact): string {
  const speaker = 'speaker' in fact ? [fact.speaker.name, ...(fact.speaker.aliases ?? [])] : [];
  return [fact.id, fact.subject, ...(fact.terms ?? []), ...speaker].join('\n').toLowerCase();
}
