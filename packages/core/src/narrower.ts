// "Data-center revenue grew 41% to $4.9 billion": one record's term ("revenue") read inside a
// longer term of another record ("data-center revenue") names a part of what the first record
// counts, not the whole. A figure whose clause opens on that part is not the whole's.

import { breaksClause } from './clauses';
import type { TermHit } from './fact-index';
import { firstFrom } from './span-search';
import { keyedWords } from './terms';
import type { Span } from './types';

// Right after the figure: "1,500 deaths", "$66.5 billion in revenue".
const AFTER = /^\s{1,2}(?:(?:in|of)\s+(?:the\s+)?)?$/i;

/** A term's words as keys: "deaths" and "death" are one. */
const keyOf = (words: string) =>
  keyedWords(words)
    .map((w) => w.key)
    .join(' ');

// A relative clause set off by commas.
const ASIDE = /^,\s+(?:which|who|whose|that)\b[^,;:()—–]*,/i;

/** How far before the figure a longer term may end and still open its clause, in characters. */
const near = 120;

/** How far before a term another that holds it may start, in characters. */
const reach = 80;

/** A longer term of one record, and the records whose shorter terms it holds. */
interface Nest {
  outer: TermHit;
  inner: Set<string>;
}

/**
 * True when `subject`, a record's, names `words` as a whole ("Rise in measles cases, 2024"
 * names "measles cases"), word keys compared.
 */
export function subjectNames(subject: string, words: string): boolean {
  return ` ${keyOf(subject)} `.includes(` ${keyOf(words)} `);
}

/**
 * The terms of the sentence's `hits` that hold another record's shorter term ("data-center
 * revenue" holding "revenue"), unless that record has the longer words too, or is of them:
 * `named(id, outer)` says whether record `id`'s subject names the words of hit `outer` ("Rise in
 * measles cases" is of "measles cases", not the whole they are a part of). Read once per
 * sentence; most have none.
 */
export function nests(
  hits: readonly TermHit[],
  named: (id: string, outer: TermHit) => boolean = () => false,
): Nest[] {
  const out: Nest[] = [];
  if (hits.length < 2 || !overlapping(hits)) return out;
  const sorted = [...hits].sort((a, b) => a.from - b.from || b.to - a.to);
  for (let i = 0; i < sorted.length; i++) {
    const outer = sorted[i];
    let start = i;
    while (start > 0 && sorted[start - 1].from === outer.from) start--;
    let inner: Set<string> | undefined;
    for (let k = start; k < sorted.length && sorted[k].from < outer.to; k++) {
      const h = sorted[k];
      if (h.factId === outer.factId || h.to > outer.to) continue;
      if (h.to - h.from >= outer.to - outer.from) continue;
      inner ??= new Set();
      inner.add(h.factId);
    }
    if (!inner) continue;
    // A term is a few words: a hit holding this one starts at most `reach` before it.
    for (let k = start; k >= 0 && sorted[k].from >= outer.from - reach; k--) {
      if (sorted[k].to >= outer.to) inner.delete(sorted[k].factId);
    }
    for (let k = start + 1; k < sorted.length && sorted[k].from === outer.from; k++)
      if (sorted[k].to >= outer.to) inner.delete(sorted[k].factId);
    for (const id of inner) if (named(id, outer)) inner.delete(id);
    if (inner.size) out.push({ outer, inner });
  }
  return out;
}

// Whether two hits of different spans overlap: the term hits come in the order of the words
// they start at, and most sentences have none.
function overlapping(hits: readonly TermHit[]): boolean {
  let maxTo = -1;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const prev = hits[i - 1];
    if (h.from < maxTo && !(prev && prev.from === h.from && prev.to === h.to)) return true;
    if (h.to > maxTo) maxTo = h.to;
  }
  return false;
}

/** How far past the figure the record's own word may start ("$35 billion in revenue"). */
const past = 40;

/** Each sentence's nests' outer terms, in order, and the longest one's length. */
const outlines = new WeakMap<readonly Nest[], { outers: TermHit[]; longest: number }>();
/** Each sentence's hits in the order of their starts (they come so from the index). */
const ordered = new WeakMap<readonly TermHit[], readonly TermHit[]>();

function outlineOf(found: readonly Nest[]): { outers: TermHit[]; longest: number } {
  let o = outlines.get(found);
  if (!o) {
    const outers = found.map((n) => n.outer);
    let longest = 0;
    for (const h of outers) longest = Math.max(longest, h.to - h.from);
    o = { outers, longest };
    outlines.set(found, o);
  }
  return o;
}

function inOrder(hits: readonly TermHit[]): readonly TermHit[] {
  let o = ordered.get(hits);
  if (!o) {
    o = [...hits].sort((a, b) => a.from - b.from);
    ordered.set(hits, o);
  }
  return o;
}

/**
 * The ids of the records named before figure `claim` of `text`, in its clause, only inside a
 * longer term of another record (`found` by `nests`): of the whole the figure's part is some of.
 * Only the nests and hits near the figure are read, by their places: a table pasted as one
 * sentence stays linear.
 */
export function namedAsPart(
  text: string,
  found: readonly Nest[],
  claim: Span,
  hits: readonly TermHit[],
): Set<string> {
  const out = new Set<string>();
  if (!found.length) return out;
  const { outers, longest } = outlineOf(found);
  const sorted = inOrder(hits);
  const from = firstFrom(outers, claim.from - near - longest);
  for (let i = from; i < found.length && outers[i].from <= claim.from; i++) {
    const { outer, inner } = found[i];
    // Near the figure only: the text between is read for a clause's end.
    if (outer.to > claim.from || claim.from - outer.to > near) continue;
    // Past an aside: "Data-center revenue, which now makes up nearly 60% of the total, grew 41%".
    const between = text.slice(outer.to, claim.from).replace(ASIDE, ' ');
    if (breaksClause(between) || /\band\b/i.test(between)) continue;
    const first = firstFrom(sorted, outer.from);
    for (const id of inner) {
      // The same word of the record on its own, between or right after: "Strong data-center
      // revenue lifted revenue to $35 billion" is the whole's.
      let held: TermHit | undefined;
      for (let k = first; !held && k < sorted.length && sorted[k].from < outer.to; k++)
        if (sorted[k].factId === id && sorted[k].to <= outer.to) held = sorted[k];
      const word = held && keyOf(text.slice(held.from, held.to));
      let own = false;
      for (let k = first; !own && k < sorted.length && sorted[k].from <= claim.to + past; k++) {
        const h = sorted[k];
        own =
          h.factId === id &&
          ((h.from >= outer.to && h.to <= claim.from) ||
            (h.from >= claim.to && AFTER.test(text.slice(claim.to, h.from)))) &&
          keyOf(text.slice(h.from, h.to)) === word;
      }
      if (!own) out.add(id);
    }
  }
  return out;
}
