// Numbers written exactly, as a reporter writes them: digits grouped by thousands, every decimal
// the value has and no more ("2,549,000,000", "4.125", "0.1"). The record is never rounded.

// Only for values JavaScript writes with an exponent (below 1e-6 or from 1e21 on): 15 digits
// is as many as a double holds without noise.
const wide = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 15 });

/** `n` with its thousands grouped and all its decimals: "1,234,567", "4.125", "-1,234.5". */
export function plain(n: number): string {
  // The shortest text that reads back as `n`: its own decimals, none invented, none lost.
  const text = String(Math.abs(n));
  if (text.includes('e')) return wide.format(n);
  const dot = text.indexOf('.');
  const digits = dot < 0 ? text : text.slice(0, dot);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  if (dot >= 0) out += text.slice(dot);
  return n < 0 ? `-${out}` : out;
}

/**
 * `n` times ten to the `power`, moved in decimal rather than multiplied in binary: 0.29 cents
 * shifted by 2 is 29, where `0.29 * 100` is 28.999999999999996.
 */
export function shift(n: number, power: number): number {
  if (power === 0) return n;
  const [mantissa, exponent] = n.toExponential().split('e');
  return Number(`${mantissa}e${Number(exponent) + power}`);
}

/** How many decimals `n` has as written: 0 for 1200, 3 for 2.549. */
export function decimals(n: number): number {
  const text = String(n);
  const e = text.indexOf('e-');
  if (e >= 0) {
    const dot = text.indexOf('.');
    return Number(text.slice(e + 2)) + (dot >= 0 && dot < e ? e - dot - 1 : 0);
  }
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Most decimals a scaled figure may take ("$2.549bn"); more and the full digits read better. */
export const scaledDecimals = 3;
