// "Pounds" after a number are money by default ("361 million pounds"), and weight where the
// sentence says so ("weighed 25 pounds", "drop 25 pounds", "a metric ton is 2,204.62 pounds").

import type { Scan } from './tokenize';
import { UNIT_WORDS } from './units';

/** Words that make the pounds near them a weight: before the figure, or just after it. */
// biome-ignore format: a table
const WEIGHING = new Set([
  'weigh', 'weighs', 'weighed', 'weighing', 'weight', 'weights', 'heavy', 'heavier', 'lighter',
  'overweight', 'underweight', 'baby', 'babies', 'born', 'newborn',
]);
const AFTER = new Set(['heavier', 'lighter', 'overweight', 'underweight', 'baby', 'newborn']);

/** Verbs of a body's weight, just before the number: "lost 20 pounds", "shed 10 pounds". */
// biome-ignore format: a table
const BODY = new Set([
  'lose', 'loses', 'lost', 'losing', 'drop', 'drops', 'dropped', 'dropping', 'shed', 'sheds',
  'shedding', 'gain', 'gains', 'gained', 'gaining',
]);

// "she had lost 95,000 pounds, most of her pension savings": words of money in the sentence make
// a sum lost or gained money, not a body's weight. Not "paid", "spent" or "cost", which a story
// of a diet has as often ("paid for a trainer and lost 30 pounds").
// biome-ignore format: a table
const MONEY = new Set([
  'savings', 'pension', 'pensions', 'salary', 'wages', 'fraud', 'fraudster', 'fraudsters', 'scam',
  'scammers', 'scammed', 'swindled', 'conned', 'defrauded', 'compensation', 'fined', 'inheritance',
  'investment', 'investments', 'invested', 'investors', 'debt', 'debts', 'loan', 'loans', 'bank',
  'cash', 'money', 'fees', 'bonus', 'worth',
]);

/** The units of weight another figure of the sentence may be in. */
const WEIGHTS = new Set(['ton', 'tonne', 'kg', 'g', 'mg', 'µg', 'lb', 'ounce']);

// "3.9 million pounds of thrust", "200 pounds of cocaine": what only a weight or a force is of
// (not "pounds of steel", often the money a trade is worth).
// biome-ignore format: a table
const WEIGHED_THINGS = new Set([
  'thrust', 'force', 'pressure', 'cocaine', 'heroin', 'methamphetamine', 'meth', 'marijuana',
  'cannabis', 'fentanyl', 'explosives',
]);

const ENDS = new Set(['.', '!', '?', ';']);

/** How far back in its sentence a figure looks for what it weighs. */
const reach = 12;

/**
 * True when the pounds of the figure from token `start` to `end` (after its unit word) are a
 * weight: a word of weighing in its sentence before it or just after it, a thing only weighed
 * after "of" ("pounds of thrust"), another unit of weight before it, or a verb of a body's
 * weight just before an unscaled number (`scaled` false) in a sentence with no word of money.
 */
export function weighed(scan: Scan, start: number, end: number, scaled: boolean): boolean {
  if (AFTER.has(scan.low(end)) || AFTER.has(scan.low(end + 1))) return true;
  if (scan.low(end) === 'of' && WEIGHED_THINGS.has(scan.low(end + 1))) return true;
  // "pounds per square inch" is a pressure.
  if (scan.low(end) === 'per' && scan.low(end + 1) === 'square') return true;
  if (!scaled && BODY.has(scan.low(start - 1)) && !ofMoney(scan, start, end)) return true;
  for (let i = start - 1; i >= 0 && i >= start - reach; i--) {
    const w = scan.low(i);
    if (ENDS.has(w)) break;
    if (WEIGHING.has(w)) return true;
    const unit = UNIT_WORDS.get(w);
    if (unit !== undefined && WEIGHTS.has(unit)) return true;
  }
  return false;
}

/** True when a word of money lies within `reach` words of the figure, in its sentence. */
function ofMoney(scan: Scan, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - reach; i--) {
    const w = scan.low(i);
    if (ENDS.has(w)) break;
    if (MONEY.has(w)) return true;
  }
  for (let i = end; i < scan.n && i < end + reach; i++) {
    const w = scan.low(i);
    if (ENDS.has(w)) break;
    if (MONEY.has(w)) return true;
  }
  return false;
}
