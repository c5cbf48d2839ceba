// The suggestion for a contradicted figure: the record's exact value written in the style of the
// prose figure it replaces, or nothing when no single number of the prose can be replaced.
import { decimals, plain, scaledDecimals, shift } from './number-text';
import type { FigureClaim } from './types';

// biome-ignore format: a table
const small = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen', 'twenty',
];
const tens = ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const wordValue = new Map<string, number>([
  ...small.map((w, i): [string, number] => [w, i]),
  ...tens.map((w, i): [string, number] => [w, 30 + 10 * i]),
]);
const word = `(?:${[...wordValue.keys()].join('|')})`;
// A spelled-out number: "seven", "twenty-five", "two hundred and fifty".
const spelledPattern = new RegExp(
  `\\b${word}(?:-${word})?(?:\\s+hundred(?:\\s+(?:and\\s+)?${word}(?:-${word})?)?)?\\b`,
  'gi',
);
const letter = /\p{L}/u;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The numbers of `text` written in digits (`\d[\d,]*(?:\.\d+)?`), found by hand: this runs for
 * every contradicted figure of a long draft's first check. Digits glued to a letter before them
 * belong to a unit ("km2"), not to the figure.
 */
function digitRuns(text: string): { index: number; 0: string }[] {
  const out: { index: number; 0: string }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i)) || letterBefore(text, i)) {
      i++;
      continue;
    }
    const from = i;
    while (i < n && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
    if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    out.push({ index: from, 0: text.slice(from, i) });
  }
  return out;
}

/** True when the character before `i` is a letter, whole if it takes two code units ("𝒜"). */
function letterBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const low = text.charCodeAt(i - 1);
  const two = i >= 2 && low >= 0xdc00 && low <= 0xdfff;
  return letter.test(two ? text.slice(i - 2, i) : text[i - 1]);
}

/** True when `text` has an ASCII letter, without which no number is spelled out. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Scale words after a number, with their power of ten; abbreviations only for counts and money. */
const scaleWords: [RegExp, number, boolean][] = [
  [/^\s?(?:trillion|tn)\b/i, 12, false],
  [/^\s?billion\b/i, 9, false],
  [/^\s?(?:bn|b)\b/i, 9, true],
  [/^\s?million\b/i, 6, false],
  [/^\s?(?:m|mn)\b/i, 6, true],
  [/^\s?thousand\b/i, 3, false],
  [/^\s?k\b/i, 3, true],
];

/** The value of a spelled-out number ("two hundred and fifty" is 250). */
function spelledValue(text: string): number {
  let n = 0;
  for (const w of text.toLowerCase().split(/[\s-]+/)) {
    if (w === 'hundred') n *= 100;
    else n += wordValue.get(w) ?? 0;
  }
  return n;
}

/** The prose figure without its qualifier, before ("nearly 500") or after ("500 or more"). */
function withoutQualifier(claim: FigureClaim): string {
  const text = claim.text;
  const q = claim.qualifier;
  if (!q) return text;
  const low = text.toLowerCase();
  if (low.startsWith(q)) return text.slice(q.length).trimStart();
  if (low.endsWith(q)) return text.slice(0, text.length - q.length).trimEnd();
  return text;
}

/**
 * The record's exact value written in the style of the prose figure it replaces: its currency
 * sign, scale and spelled-out small numbers, with digits grouped as the record is ("nearly 500"
 * → "422", "$2.1bn" → "$2.5bn", "$3bn" → "$2.549bn", "three months" → "four months", "900" →
 * "1,200"). A qualifier is dropped, since the record is exact. A scale that would take more than
 * three decimals is dropped for the full digits ("$2 million" → "$1,234,567"). Undefined when the
 * prose figure has no number, or more than one (a range, "3 dollars 50 cents"): no single number
 * to replace.
 */
export function formatLike(value: number, claim: FigureClaim): string | undefined {
  const text = withoutQualifier(claim);
  const found: { index: number; 0: string }[] = digitRuns(text);
  if (found.length > 1) return undefined;
  if (hasLetter(text)) for (const m of text.matchAll(spelledPattern)) found.push(m);
  if (found.length !== 1) return undefined;
  const [match] = found;
  const at = match.index;
  const spelled = !/\d/.test(match[0]);
  // A comma that does not group thousands is a decimal comma ("2,5 billion"): say nothing.
  if (!spelled && /,/.test(match[0]) && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(match[0]))
    return undefined;
  const written = spelled ? spelledValue(match[0]) : Number(match[0].replace(/,/g, ''));
  let after = text.slice(at + match[0].length);
  // A sign written before the number ("-9.2C", "minus 5"): the prose keeps it for a value below
  // zero, and loses it for one that is not.
  let before = text.slice(0, at);
  const sign = /(?:[-−–]|\bminus\s+)$/i.exec(before);
  if (sign) {
    if (value < 0) value = -value;
    else before = before.slice(0, sign.index);
  }
  const amount = sign && claim.amount !== undefined ? -claim.amount : claim.amount;
  const countable = claim.unit === 'count' || /^[A-Z]{3}$/.test(claim.unit);
  const scale = scaleWords.find(([re, , short]) => (countable || !short) && re.test(after));
  let power = scale?.[1] ?? 0;
  // A unit word may scale the number as well ("50 cents" is 0.5 USD, "30 MUSD" 30 million).
  let factor = 0;
  if (amount !== undefined && written !== 0) {
    const ratio = Math.log10(amount / shift(written, power));
    factor = Math.round(ratio);
    if (!Number.isFinite(ratio) || Math.abs(ratio - factor) > 1e-9) return undefined;
  }
  let n = shift(value, -(power + factor));
  if (power > 0 && (decimals(n) > scaledDecimals || (power === 3 && !Number.isInteger(n)))) {
    if (factor !== 0) return undefined;
    after = after.replace(scale![0], '');
    power = 0;
    n = value;
  }
  let out = plain(n);
  if (spelled && Number.isInteger(n) && n >= 0 && n < small.length) {
    out = small[n];
    if (match[0][0] !== match[0][0].toLowerCase()) out = out[0].toUpperCase() + out.slice(1);
  }
  return reaching(claim) + before + out + after;
}

// biome-ignore format: a table
const REACH = new Map([
  ['tops', 'reaches'], ['passes', 'reaches'], ['crosses', 'reaches'], ['exceeds', 'reaches'],
  ['surpasses', 'reaches'], ['topped', 'reached'], ['passed', 'reached'], ['crossed', 'reached'],
  ['exceeded', 'reached'], ['surpassed', 'reached'], ['exceed', 'reach'], ['surpass', 'reach'],
  ['topping', 'reaching'], ['exceeding', 'reaching'], ['surpassing', 'reaching'],
]);

/**
 * A verb that bounds the figure ("the toll topped 1,000") gives way to one that does not, in
 * its tense ("reached 940"), with the article of "passed the 1,000 mark": the sentence still
 * reads, and says the record.
 */
function reaching(claim: FigureClaim): string {
  const [verb, the] = (claim.qualifier ?? '').split(' ');
  const reach = REACH.get(verb);
  if (!reach) return '';
  const upper = claim.text[0] !== claim.text[0].toLowerCase();
  return `${upper ? reach[0].toUpperCase() + reach.slice(1) : reach} ${the ? claim.text.split(/\s+/)[1] + ' ' : ''}`;
}
