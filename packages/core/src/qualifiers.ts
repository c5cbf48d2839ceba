// Qualifiers around a figure ("more than 400", "about 20", "500 or more"):
// reading them, and the interval each one gives (contract section 2).

import { clean } from './numbers';
import { type Quantity, readQuantity } from './quantity';
import type { Scan } from './tokenize';
import type { Interval } from './types';
import { DURATIONS } from './units';

/** How a qualifier bounds the stated number n. */
export type QualifierKind =
  /** n ± 10% */
  | 'approx'
  /** [0.9 n, n) */
  | 'nearly'
  /** (n, ∞) */
  | 'above'
  /** [n, ∞) */
  | 'atLeast'
  /** (-∞, n) */
  | 'below'
  /** (-∞, n] */
  | 'atMost'
  /** [n, n]: "exactly 422" */
  | 'exact';

// biome-ignore format: a table
const PHRASES: [string, QualifierKind][] = [
  ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['some', 'approx'],
  ['approximately', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'],
  ['circa', 'approx'], ['approx', 'approx'], ['an approximate', 'approx'], ['nearly', 'nearly'],
  ['almost', 'nearly'], ['just under', 'nearly'], ['close to', 'nearly'], ['more than', 'above'],
  ['over', 'above'], ['upwards of', 'above'], ['greater than', 'above'], ['in excess of', 'above'],
  ['just over', 'above'], ['above', 'above'], ['at least', 'atLeast'], ['no fewer than', 'atLeast'],
  ['no less than', 'atLeast'], ['not less than', 'atLeast'], ['fewer than', 'below'],
  ['less than', 'below'], ['under', 'below'], ['below', 'below'], ['up to', 'atMost'],
  ['at most', 'atMost'], ['no more than', 'atMost'], ['not more than', 'atMost'],
  ['as many as', 'atMost'], ['as much as', 'atMost'], ['exceeding', 'above'],
  ['less than or equal to', 'atMost'], ['fewer than or equal to', 'atMost'],
  ['greater than or equal to', 'atLeast'], ['more than or equal to', 'atLeast'],
  ['equal to or less than', 'atMost'], ['equal to or fewer than', 'atMost'],
  ['equal to or more than', 'atLeast'], ['equal to or greater than', 'atLeast'],
  ['>', 'above'], ['> =', 'atLeast'], ['≥', 'atLeast'], ['<', 'below'], ['< =', 'atMost'],
  ['≤', 'atMost'], ['exactly', 'exact'], ['precisely', 'exact'], ['equal to', 'exact'],
  ['equals', 'exact'], ['equals to', 'exact'], ['equaling to', 'exact'], ['equaling', 'exact'],
  ['larger than', 'above'], ['bigger than', 'above'], ['higher than', 'above'],
  ['smaller than', 'below'], ['lower than', 'below'], ['exceed', 'above'], ['exceeds', 'above'],
  ['exceeded', 'above'], ['tops', 'above'], ['topped', 'above'], ['topping', 'above'], ['surpass', 'above'], ['surpassed', 'above'], ['surpassing', 'above'],
  ['passes', 'above'], ['passed', 'above'], ['crosses', 'above'], ['crossed', 'above'],
  ['tops the', 'above'], ['topped the', 'above'], ['exceeded the', 'above'], ['surpassed the', 'above'],
  ['passes the', 'above'], ['passed the', 'above'], ['crosses the', 'above'], ['crossed the', 'above'],
  ['at least or equal to', 'atLeast'], ['bigger or equal than', 'atLeast'],
  ['larger or equal than', 'atLeast'], ['higher or equal than', 'atLeast'],
  ['greater or equal than', 'atLeast'], ['smaller or equal than', 'atMost'],
  ['less or equal than', 'atMost'], ['lower or equal than', 'atMost'],
];

/** A qualifier phrase: its words after the first, and its kind. */
export interface QualifierPhrase {
  rest: readonly string[];
  kind: QualifierKind;
}

/**
 * The qualifier phrases keyed by their first lowercase word, longest first,
 * so a lookup costs one Map access for words that start no qualifier.
 */
export const QUALIFIERS = new Map<string, QualifierPhrase[]>();
for (const [phrase, kind] of PHRASES) {
  const [first, ...rest] = phrase.split(' ');
  const list = QUALIFIERS.get(first) ?? [];
  list.push({ rest, kind });
  list.sort((a, b) => b.rest.length - a.rest.length);
  QUALIFIERS.set(first, list);
}

/**
 * The interval of "qualifier n". The qualifier replaces the round-number
 * looseness: "about 400" is [360, 440] and "more than 400" is (400, ∞),
 * whether or not n is round.
 */
export function qualifiedInterval(kind: QualifierKind, n: number): Interval {
  switch (kind) {
    case 'approx': {
      const a = clean(n * 0.9);
      const b = clean(n * 1.1);
      return { min: Math.min(a, b), max: Math.max(a, b) };
    }
    case 'nearly':
      return { min: clean(n * 0.9), max: n, maxExclusive: true };
    case 'above':
      return { min: n, minExclusive: true };
    case 'atLeast':
      return { min: n };
    case 'below':
      return { max: n, maxExclusive: true };
    case 'atMost':
      return { max: n };
    case 'exact':
      return { min: n, max: n };
  }
}

// "500 or more", "20 or fewer", "200 or so"
// biome-ignore format: a table
const OR_MORE = new Map<string, QualifierKind>([
  ['more', 'atLeast'], ['greater', 'atLeast'], ['above', 'atLeast'], ['over', 'atLeast'],
  ['higher', 'atLeast'], ['less', 'atMost'], ['fewer', 'atMost'], ['below', 'atMost'],
  ['under', 'atMost'], ['lower', 'atMost'], ['so', 'approx'],
]);

/** A qualified number read at a token: "more than 400", "about 500 or more". */
export interface Bound {
  end: number;
  kind: QualifierKind;
  q: Quantity;
  qualifier: string;
}

// Nouns after which "over" says what something is about, not how much: "a row over $2bn".
// biome-ignore format: a list
const CONCERNING = new Set([
  'probe', 'inquiry', 'row', 'dispute', 'protest', 'protests', 'concern', 'concerns', 'fears',
  'anger', 'outrage', 'clash', 'clashes', 'strike', 'lawsuit', 'battle', 'split',
]);
// Verbs of a case, and offences after an amount: "jailed over £4.2m fraud".
// biome-ignore format: a list
const ACCUSED = new Set([
  'jailed', 'arrested', 'charged', 'convicted', 'sentenced', 'sued', 'sacked', 'fired',
  'suspended', 'investigated', 'questioned', 'quits', 'resigns', 'resigned', 'criticised',
  'criticized',
]);
// biome-ignore format: a list
const OFFENCES = new Set([
  'fraud', 'scam', 'scheme', 'theft', 'bribe', 'bribes', 'bribery', 'deal', 'loan', 'loans',
  'debt', 'debts', 'payment', 'payments', 'contract', 'contracts', 'expenses', 'donation',
  'donations', 'embezzlement', 'heist', 'robbery', 'swindle', 'ponzi',
]);

// A verb of a case within the few words before `i`, in its clause ("jailed for 12 years over").
function accusedBefore(scan: Scan, i: number): boolean {
  // "jailed for over 10 years": "for over", "to over" are more than.
  if (scan.low(i - 1) === 'for' || scan.low(i - 1) === 'to') return false;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    if (scan.tokens[k].kind === 'punct') return false;
    if (ACCUSED.has(scan.low(k))) return true;
  }
  return false;
}

// An offence right after an amount, or after one word more ("£4.3m pension fraud").
function offenceAfter(scan: Scan, end: number): boolean {
  if (OFFENCES.has(scan.low(end))) return true;
  return (
    scan.tokens[end]?.kind === 'word' &&
    !LINK_WORDS.has(scan.low(end)) &&
    OFFENCES.has(scan.low(end + 1))
  );
}
const LINK_WORDS = new Set(['for', 'of', 'in', 'to', 'at', 'on', 'by', 'with', 'from']);

// Verbs of a total going past a figure ("the toll passed 1,000") that as often pass or cross
// things ("the house passed 12 bills"): a bound only when no such thing follows, and not before
// a tally ("passed 320 to 200").
const PASSING = new Set(['passes', 'passed', 'crosses', 'crossed']);
// biome-ignore format: a list
const PASSED_THINGS = new Set([
  'law', 'laws', 'bill', 'bills', 'motion', 'motions', 'amendment', 'amendments', 'measure',
  'measures', 'resolution', 'resolutions', 'act', 'acts', 'reform', 'reforms', 'exam', 'exams',
  'test', 'tests', 'check', 'checks', 'checkpoint', 'checkpoints', 'border', 'borders', 'river',
  'rivers', 'line', 'lines', 'ball', 'balls', 'pass', 'passes', 'vote', 'votes', 'to', 'by',
]);
// What "passed the 1,000 mark" passes: a mark, not a number of things.
const MARKS = new Set(['mark', 'milestone', 'threshold', 'barrier', 'level', 'figure']);

/**
 * Reads "qualifier n" at `i` without emitting it: the bound; the index after
 * a number that is no figure (to skip it); or `undefined`.
 */
export function readBound(
  scan: Scan,
  i: number,
  phrases: readonly QualifierPhrase[],
): Bound | number | undefined {
  const { tokens, n, text } = scan;
  // "a row over $2bn in aid": "over" means "about".
  if (scan.low(i) === 'over' && CONCERNING.has(scan.low(i - 1))) return undefined;
  for (const p of phrases) {
    let j = i + 1;
    let ok = true;
    for (const r of p.rest) {
      if (j >= n || scan.low(j) !== r) {
        ok = false;
        break;
      }
      j++;
    }
    if (!ok) continue;
    const q = readQuantity(scan, j, true);
    if (!q) return undefined;
    if (q.skip) return q.end;
    // "jailed over £4.2m fraud", "jailed for 12 years over £4.3m pension fraud": about the
    // offence; "fined over £1m" is more than £1m.
    if (p.kind === 'above' && accusedBefore(scan, i) && offenceAfter(scan, q.end)) return undefined;
    // "topped the 1,000 mark", but not "passed the 12 bills".
    if (p.rest[0] === 'the' && !MARKS.has(scan.low(q.end))) return undefined;
    if (
      PASSING.has(scan.low(i)) &&
      (PASSED_THINGS.has(scan.low(q.end)) || text[tokens[q.end - 1].to] === '-')
    )
      return undefined;
    const qualifier = text
      .slice(tokens[i].from, tokens[j - 1].to)
      .toLowerCase()
      .replace(/\s+/g, ' ');
    // "about 500 or more": the written bound wins over the approximation.
    const post = p.kind === 'approx' || p.kind === 'exact' ? postfix(scan, q.end) : undefined;
    if (post) return { end: post.end, kind: post.kind, q, qualifier: post.text };
    // "more than 5000 or equal (to)": the bound includes n.
    if (
      (p.kind === 'above' || p.kind === 'below') &&
      scan.low(q.end) === 'or' &&
      scan.low(q.end + 1) === 'equal'
    ) {
      const end = scan.low(q.end + 2) === 'to' ? q.end + 3 : q.end + 2;
      return { end, kind: p.kind === 'above' ? 'atLeast' : 'atMost', q, qualifier };
    }
    // "over three years" is as often "during" as "more than": the bound takes in n itself, so
    // neither reading of the record is contradicted ("$2bn over three years").
    if (qualifier === 'over' && DURATIONS.has(q.unit))
      return { end: q.end, kind: 'atLeast', q, qualifier };
    return { end: q.end, kind: p.kind, q, qualifier };
  }
  return undefined;
}

/** "or more", "or fewer" after a number: a bound written after it. */
export function postfix(
  scan: Scan,
  k: number,
): { kind: QualifierKind; end: number; text: string } | undefined {
  const { n } = scan;
  if (k + 1 >= n || (scan.low(k) !== 'or' && scan.low(k) !== 'and')) return undefined;
  const w = scan.low(k + 1);
  const kind = OR_MORE.get(w);
  // "5000 or less than 6000" is two figures.
  if (!kind || scan.low(k + 2) === 'than') return undefined;
  return { kind, end: k + 2, text: `${scan.low(k)} ${w}` };
}
