// Stand-in for `factSchema`, `parseFactFile` and `termKey` of @factdesk/core until that lands;
// same names and shapes, so switching is a one-line import change in validation.ts.
import { z } from 'zod';
import type { Fact, FactFile } from '../../../packages/core/src/types';

const id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected an id like "evacuated-total"');
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY-MM-DD, YYYY-MM or YYYY');
const source = z.object({
  name: z.string().min(1),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
});
const speaker = z.object({ name: z.string().min(1), aliases: z.array(z.string()).optional() });
const terms = z.array(z.string().min(1)).min(1);
const base = {
  id,
  subject: z.string().min(1),
  source,
  terms: terms.optional(),
  asOf: isoDate.optional(),
  supersededBy: id.optional(),
  note: z.string().optional(),
};
const interval = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
  minExclusive: z.boolean().optional(),
  maxExclusive: z.boolean().optional(),
});

export const factSchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('figure'),
    terms,
    value: z.union([z.number(), interval]),
    unit: z.string().optional(),
  }),
  z.object({ ...base, kind: z.literal('date'), terms, value: isoDate }),
  z.object({
    ...base,
    kind: z.literal('quote'),
    speaker,
    text: z.string().min(1),
    channel: z.string().optional(),
    date: isoDate.optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('statement'),
    speaker,
    terms,
    channel: z.string().optional(),
  }),
]);

const fileSchema = z.object({
  schema: z.literal('factdesk.facts/v1'),
  story: z.object({ id: z.string().optional(), date: isoDate.optional() }).optional(),
  facts: z.array(factSchema),
});

export type Problem = { path: string; message: string };

function pathOf(path: PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

export function parseFactFile(
  input: unknown,
): { ok: true; file: FactFile } | { ok: false; problems: Problem[] } {
  const r = fileSchema.safeParse(input);
  if (!r.success)
    return {
      ok: false,
      problems: r.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })),
    };
  const seen = new Set<string>();
  const problems: Problem[] = [];
  r.data.facts.forEach((f, i) => {
    if (seen.has(f.id))
      problems.push({ path: `facts[${i}].id`, message: `duplicate id "${f.id}"` });
    seen.add(f.id);
  });
  return problems.length ? { ok: false, problems } : { ok: true, file: r.data as FactFile };
}

export function termKey(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export type { Fact, FactFile };
