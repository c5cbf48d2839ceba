// The fact file (`factdesk.facts/v1`, contract section 1) as a zod schema. A file that breaks a
// rule is rejected as a whole, with every problem listed by its JSON path. Unknown fields are
// dropped, not rejected: the contract grows by optional fields, and a v1 reader must accept them.
import { z } from 'zod';
import { readFactUnit } from './fact-units';
import type { Fact, FactFile } from './types';

/** One problem of a rejected fact file: where (`facts[3].value.min`) and what. */
export interface Problem {
  path: string;
  message: string;
}

const datePattern = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * True for a real calendar date written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, in the year 1000 or
 * later.
 */
export function isFactDate(value: string): boolean {
  const m = datePattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = value.split('-').map(Number);
  // Texts name years from 1000 only, and an earlier reference date would make relative dates
  // that are not YYYY-MM-DD (year 0 minus a day is "-000001-12-31").
  if (y < 1000) return false;
  if (!m[2]) return true;
  return new Date(Date.UTC(y, mo - 1, d)).getUTCMonth() === mo - 1;
}

const message = (text: string) => ({ error: text });
const text = z.string(message('expected a string')).trim().min(1, 'must not be empty');
const date = z
  .string(message('expected a date string'))
  .refine(isFactDate, 'expected a date as YYYY-MM-DD, YYYY-MM or YYYY');
const id = z
  .string(message('expected a string'))
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'expected an id of a-z, 0-9, ".", "_" or "-" (like "war-deaths")',
  );
const terms = z
  .array(text, message('expected a list of words or phrases'))
  .min(1, 'expected at least one term');
const source = z.object(
  {
    name: text,
    url: z.url(message('expected a URL')).optional(),
    publishedAt: date.optional(),
  },
  message('expected an object { name, url?, publishedAt? }'),
);
const speaker = z.object(
  { name: text, aliases: z.array(text, message('expected a list of names')).optional() },
  message('expected an object { name, aliases? }'),
);
const num = z.number(message('expected a number')).refine(Number.isFinite, 'expected a number');
const interval = z
  .object(
    {
      min: num.optional(),
      max: num.optional(),
      minExclusive: z.boolean(message('expected true or false')).optional(),
      maxExclusive: z.boolean(message('expected true or false')).optional(),
    },
    message('expected a number or an interval { min?, max? }'),
  )
  .refine((v) => v.min !== undefined || v.max !== undefined, 'expected a min or a max')
  .refine(
    (v) => v.min === undefined || v.max === undefined || v.min <= v.max,
    'expected min to be at most max',
  )
  // {min: 5, max: 5, minExclusive: true} holds no number: every figure would contradict it.
  .refine(
    (v) => v.min !== v.max || v.min === undefined || (!v.minExclusive && !v.maxExclusive),
    'expected an interval that holds a number: min equals max, so neither end may be exclusive',
  );
// Stored as the extractor writes it ("kilometre" is km), so that verdicts compare units as they are.
const unit = z.string(message('expected a unit')).transform((value, ctx) => {
  const read = readFactUnit(value);
  if (read.ok) return read.unit;
  ctx.issues.push({ code: 'custom', message: read.message, input: value });
  return z.NEVER;
});

const base = {
  id,
  subject: text,
  source,
  terms: terms.optional(),
  asOf: date.optional(),
  supersededBy: id.optional(),
  note: z.string(message('expected a string')).optional(),
};

/** The schema of one fact (any kind); the fact store validates single facts with it. */
export const factSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      ...base,
      kind: z.literal('figure'),
      terms,
      value: z.union([num, interval], message('expected a number or an interval { min?, max? }')),
      unit: unit.optional(),
    }),
    z.object({ ...base, kind: z.literal('date'), terms, value: date }),
    z.object({
      ...base,
      kind: z.literal('quote'),
      speaker,
      text,
      channel: text.optional(),
      date: date.optional(),
    }),
    z.object({ ...base, kind: z.literal('statement'), speaker, terms, channel: text.optional() }),
  ],
  {
    // zod's type names only the union's own issue, but a fact that is no object gets invalid_type.
    error: (issue) =>
      (issue.code as string) === 'invalid_type'
        ? 'expected a fact (an object with id, kind, subject, source)'
        : 'expected kind to be one of figure, date, quote, statement',
  },
);

const fileSchema = z.object(
  {
    schema: z.literal('factdesk.facts/v1', message('expected "factdesk.facts/v1"')),
    story: z
      .object(
        { id: z.string(message('expected a string')).optional(), date: date.optional() },
        message('expected an object { id?, date? }'),
      )
      .optional(),
    facts: z.array(factSchema, message('expected a list of facts')),
  },
  message('expected an object { schema, story?, facts }'),
);

/** Writes a zod issue path as a JSON path: `["facts", 3, "value", "min"]` → `facts[3].value.min`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

type Issue = z.core.$ZodIssue;

// A failed union ("a number or an interval") reports the branch the input was meant for, so an
// interval with a bad end says `value.min: expected a number`, not just `value`.
function flatten(issue: Issue, prefix: PropertyKey[]): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const meant = issue.errors.find(
      (branch) =>
        branch.length > 0 && !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
    );
    if (meant) return meant.flatMap((i) => flatten(i, path));
  }
  return [{ path: formatPath(path), message: issue.message }];
}

const commonFields = z.object(base);

// A fact of no known kind is still read for the fields every fact has, so that one pass lists its
// bad id, empty subject or missing source too, not only its kind.
function commonProblems(issue: Issue, input: unknown): Problem[] {
  if (issue.code !== 'invalid_union' || issue.path.at(-1) !== 'kind' || issue.errors.length > 0)
    return [];
  const at = issue.path.slice(0, -1);
  let fact = input;
  for (const key of at) fact = (fact as Record<PropertyKey, unknown> | undefined)?.[key];
  const r = commonFields.safeParse(fact);
  return r.success ? [] : r.error.issues.flatMap((i) => flatten(i, at));
}

function problemsOf(error: z.ZodError, input: unknown): Problem[] {
  return error.issues.flatMap((issue) => [...flatten(issue, []), ...commonProblems(issue, input)]);
}

/** Checks one fact; problems have paths relative to it (`value.min`). */
export function parseFact(
  input: unknown,
): { ok: true; fact: Fact } | { ok: false; problems: Problem[] } {
  const r = factSchema.safeParse(input);
  return r.success
    ? { ok: true, fact: r.data as Fact }
    : { ok: false, problems: problemsOf(r.error, input) };
}

/**
 * Checks a parsed fact file against every rule of contract section 1: the shape by kind, the id
 * pattern, unique ids, dates, and that every `supersededBy` names another fact of the file. Returns
 * the file, or every problem found with its JSON path (`facts[3].value.min: expected a number`).
 * With `outside`, a `supersededBy` may name a fact that is not in the file: the caller checks it
 * against facts it holds elsewhere (a store importing the file into its live facts).
 */
export function parseFactFile(
  input: unknown,
  { outside = false }: { outside?: boolean } = {},
): { ok: true; file: FactFile } | { ok: false; problems: Problem[] } {
  const r = fileSchema.safeParse(input);
  const problems = r.success ? [] : problemsOf(r.error, input);
  // Cross-fact rules still run over whatever facts have a readable id, so one pass lists all.
  const facts: unknown[] =
    input && typeof input === 'object' && Array.isArray((input as { facts?: unknown }).facts)
      ? (input as { facts: unknown[] }).facts
      : [];
  const ids = new Map<string, number>();
  facts.forEach((f, i) => {
    const fid = (f as { id?: unknown } | null)?.id;
    if (typeof fid !== 'string') return;
    const first = ids.get(fid);
    if (first !== undefined)
      problems.push({
        path: `facts[${i}].id`,
        message: `duplicate id "${fid}" (also facts[${first}])`,
      });
    else ids.set(fid, i);
  });
  facts.forEach((f, i) => {
    const next = (f as { supersededBy?: unknown } | null)?.supersededBy;
    if (typeof next !== 'string') return;
    if (!ids.has(next)) {
      if (!outside)
        problems.push({
          path: `facts[${i}].supersededBy`,
          message: `no fact has the id "${next}"`,
        });
    } else if (next === (f as { id?: unknown }).id)
      problems.push({
        path: `facts[${i}].supersededBy`,
        message: 'a fact cannot supersede itself',
      });
  });
  // A loop, not `push(...list)`: 150,000 circles overflowed the stack as arguments.
  for (const p of cycleProblems(facts, ids)) problems.push(p);
  if (problems.length > 0 || !r.success) return { ok: false, problems };
  return { ok: true, file: r.data as FactFile };
}

/**
 * The `supersededBy` chains of a file that run in a circle (a → b → a): no fact of such a chain
 * is the newest, so each would be stale. One problem per circle, at its first fact; a fact that
 * supersedes itself is reported on its own. `ids` maps each id to its first fact.
 */
function cycleProblems(facts: readonly unknown[], ids: ReadonlyMap<string, number>): Problem[] {
  const next = (i: number): number | undefined => {
    const f = facts[i] as { id?: unknown; supersededBy?: unknown } | null;
    const to = typeof f?.supersededBy === 'string' ? ids.get(f.supersededBy) : undefined;
    return to === i ? undefined : to;
  };
  const problems: Problem[] = [];
  // 0 unseen, 1 on the walk in progress, 2 done: each fact is walked once (linear in the file).
  const state = new Uint8Array(facts.length);
  for (const start of ids.values()) {
    const walk: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      i = next(i);
    }
    if (i !== undefined && state[i] === 1) {
      const circle = walk.slice(walk.indexOf(i));
      const first = circle.reduce((a, b) => Math.min(a, b));
      const from = circle.indexOf(first);
      const names = [...circle.slice(from), ...circle.slice(0, from), first].map(
        (k) => `"${(facts[k] as { id: string }).id}"`,
      );
      problems.push({
        path: `facts[${first}].supersededBy`,
        message: `supersededBy runs in a circle (${names.join(' → ')}): one of them must be the newest, superseded by none`,
      });
    }
    for (const k of walk) state[k] = 2;
  }
  return problems;
}
