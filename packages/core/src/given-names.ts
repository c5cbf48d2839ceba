// Two people of one surname: a record may list a speaker's surname as an alias ("Marchand"), but
// "Olivier Marchand" is not Sophie Marchand. A capitalised word right before the surname that is
// no role, title or known word is a given name, and a different one names another person.

import { lexicon } from './lexicon';
import { termKey } from './terms';
import { type Token, tokenize } from './tokenize';

function words(name: string): Token[] {
  return tokenize(name).filter((t) => t.kind === 'word');
}

function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0].toLowerCase());
}

/**
 * True when `t` reads as a given name or its initial: capitalised, not all capitals ("MP"), no
 * word the lexicon knows ("President", "Ms", "Foreign"), no possessive, and no abbreviated title
 * ("Sen.", "Gov.").
 */
function givenName(t: Token, next: Token | undefined, source: string): boolean {
  const w = t.text;
  if (!capitalised(w) || /['’]s$/.test(w)) return false;
  if (w.length === 1) return true;
  if (w === w.toUpperCase() || lexicon.has(w.toLowerCase())) return false;
  return !(next?.text === '.' && next.from === t.to && source[t.to] === '.');
}

/**
 * True when the source ("Olivier Marchand") puts another given name before a surname of the
 * recorded speaker (`name`, "Sophie Marchand"): an initial must be the first letter of one of the
 * speaker's given names ("S. Marchand" may be Sophie), a name must be one of them.
 */
export function anotherGivenName(source: string, name: string): boolean {
  const own = words(name);
  if (own.length < 2 || !own.every((t) => capitalised(t.text))) return false;
  const surname = termKey(own[own.length - 1].text);
  const given = own.slice(0, -1).map((t) => t.text.toLowerCase());
  const said = tokenize(source);
  for (let i = 1; i < said.length; i++) {
    if (said[i].kind !== 'word' || termKey(said[i].text) !== surname) continue;
    let g = i - 1;
    // Past an initial's full stop: "S. Marchand".
    if (said[g].text === '.' && g > 0) g--;
    if (said[g].kind !== 'word' || !givenName(said[g], said[g + 1], source)) continue;
    const first = said[g].text.toLowerCase();
    const same =
      first.length === 1 ? given.some((x) => x.startsWith(first)) : given.includes(first);
    if (!same) return true;
  }
  return false;
}
