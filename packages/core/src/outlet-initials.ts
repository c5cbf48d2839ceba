// An outlet written in its initials ("AP", "RNZ", "AFP") and the name they stand for ("The
// Associated Press", "Radio New Zealand", "Agence France-Presse"): copy writes either, and the
// record may hold the other.

const article = /^(?:the|a|an)\s+/i;
// Two to six capitals, dotted or not: "AP", "A.P.", "RNZ".
const initialsOnly = /^[A-Z](?:\.?[A-Z]){1,5}\.?$/;
// The first letter of each capitalised word, and of each capitalised part of a hyphenated one.
const capitalStart = /(?:^|[\s-])([A-Z])/g;

/** The initials of a name's capitalised words, a leading article aside: "The Associated Press" gives "AP". */
export function initialsOf(name: string): string {
  let out = '';
  for (const m of name.trim().replace(article, '').matchAll(capitalStart)) out += m[1];
  return out;
}

function spells(short: string, long: string): boolean {
  const written = short.trim().replace(article, '');
  if (!initialsOnly.test(written)) return false;
  const letters = initialsOf(long);
  // A name of one word is no expansion of initials ("Reuters" for "R").
  return letters.length >= 2 && letters === written.replace(/\./g, '');
}

/**
 * True when one name is the other written in initials: "the AP" and "The Associated Press",
 * "RNZ" and "Radio New Zealand", "AFP" and "Agence France-Presse", either way round.
 */
export function sameByInitials(a: string, b: string): boolean {
  return spells(a, b) || spells(b, a);
}
