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

/** The most terms (and speaker aliases) one fact may have. */
export const maxTerms = 100;
/** The longest a term (or a speaker alias) may be, in characters. */
export const maxTermLength = 200;

/** The id pattern of contract section 1, for ids that arrive outside a fact (URL paths). */
export const factIdPattern = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Validates one fact with the core's schema (`factSchema`, via `parseFact`), then with the
 * server's own limits: no NUL character in any text (PostgreSQL cannot store one), at most
 * `maxTerms` terms of at most `maxTermLength` characters, and no `supersededBy` naming the fact
 * itself. Whether `supersededBy` names a live fact is checked by the store, in the write.
 */
export function checkFact(input: unknown): Checked<Fact> {
  const result = parseFact(input);
  if (!result.ok) return { ok: false, problems: result.problems };
  const problems = limitProblems(result.fact, '');
  if (result.fact.supersededBy === result.fact.id) {
    problems.push({ path: 'supersededBy', message: 'a fact cannot supersede itself' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: result.fact };
}

/** A fact file whose facts may name, by `supersededBy`, facts that are only in the store. */
export interface CheckedFactFile {
  file: FactFile;
  /** The `supersededBy` ids no fact of the file has, by index of the fact naming them. */
  external: Map<number, string>;
}

/**
 * Validates a whole fact file (`factdesk.facts/v1`) with the core's parser and the server's
 * limits (see `checkFact`). Unlike a file on its own, a `supersededBy` may name a fact that is not
 * in the file: such ids are returned in `external`, and the store checks them against its live
 * facts.
 */
export function checkFactFile(input: unknown): Checked<CheckedFactFile> {
  const result = parseFactFile(input, { outside: true });
  if (!result.ok) return { ok: false, problems: result.problems };
  const { file } = result;
  const problems = file.facts.flatMap((fact, i) => limitProblems(fact, `facts[${i}]`));
  if (file.story?.id !== undefined) problems.push(...nulProblems(file.story.id, 'story.id'));
  if (problems.length > 0) return { ok: false, problems };
  const ids = new Set(file.facts.map((f) => f.id));
  const external = new Map<number, string>();
  file.facts.forEach((f, i) => {
    if (f.supersededBy !== undefined && !ids.has(f.supersededBy)) external.set(i, f.supersededBy);
  });
  return { ok: true, value: { file, external } };
}

// The server's limits on a fact the core's schema accepted; paths are under `prefix`.
function limitProblems(fact: Fact, prefix: string): Problem[] {
  const at = (path: string) => (prefix ? `${prefix}.${path}` : path);
  const problems = nulProblems(fact, prefix);
  const lists: [string, readonly string[] | undefined][] = [['terms', fact.terms]];
  if ('speaker' in fact) lists.push(['speaker.aliases', fact.speaker.aliases]);
  for (const [path, list] of lists) {
    if (!list) continue;
    if (list.length > maxTerms) {
      problems.push({
        path: at(path),
        message: `expected at most ${maxTerms} entries, got ${list.length}`,
      });
    }
    list.forEach((term, i) => {
      if (term.length > maxTermLength) {
        problems.push({
          path: `${at(path)}[${i}]`,
          message: `expected at most ${maxTermLength} characters, got ${term.length}`,
        });
      }
    });
  }
  return problems;
}

// Every string under `value` holding a NUL character, by JSON path under `prefix`.
function nulProblems(value: unknown, prefix: string): Problem[] {
  if (typeof value === 'string') {
    return value.includes('\u0000')
      ? [{ path: prefix || '(root)', message: 'must not contain a NUL character (\\u0000)' }]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => nulProblems(v, `${prefix}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => nulProblems(v, prefix ? `${prefix}.${k}` : k));
  }
  return [];
}

/** True when `text` holds a NUL character, which PostgreSQL text cannot store. */
export function hasNul(text: string): boolean {
  return text.includes('\u0000');
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
