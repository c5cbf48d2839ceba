// Two people of one surname: a record may list a speaker's surname as an alias ("Marchand"), but
// "Olivier Marchand" is not Sophie Marchand. Only a plain given name conflicts: copy puts titles,
// ranks, honorifics, affiliations, nicknames and middle initials before a surname far more often
// than another person's given name, and an error on correct copy costs more than a miss.

import { countries } from './demonyms';
import { lexicon } from './lexicon';
import { termKey } from './terms';
import { type Token, tokenize } from './tokenize';

// Capitalised words before a surname that are no given name: the lexicon knows the common roles
// ("President", "Minister", "Ms"); these are the titles, ranks, honorifics, clergy, nobility,
// positions and affiliations it does not.
// biome-ignore format: a word list
const NOT_GIVEN = new Set([
  // Honorifics, English and foreign.
  'mister', 'miss', 'mx', 'sir', 'dame', 'madam', 'madame', 'mme', 'mlle', 'mademoiselle', 'monsieur',
  'herr', 'frau', 'señor', 'senor', 'señora', 'senora', 'signor', 'signora', 'doña', 'dona', 'sheikh',
  'sheikha', 'hon', 'rt',
  // Nobility and clergy.
  'lord', 'lady', 'baron', 'baroness', 'viscount', 'earl', 'count', 'countess', 'duke', 'duchess',
  'marquess', 'emperor', 'empress', 'sultan', 'emir', 'rev', 'revd', 'reverend', 'father', 'sister',
  'brother', 'bishop', 'archbishop', 'cardinal', 'canon', 'pastor', 'vicar', 'rabbi', 'imam',
  'ayatollah', 'mullah', 'patriarch', 'metropolitan', 'pope', 'deacon', 'elder',
  // Ranks, offices and jobs written as titles.
  'sgt', 'sergeant', 'cpl', 'corporal', 'lt', 'lieutenant', 'maj', 'major', 'capt', 'col', 'gen',
  'brig', 'brigadier', 'admiral', 'adm', 'marshal', 'commodore', 'private', 'pte', 'constable',
  'superintendent', 'supt', 'commissioner', 'sheriff', 'agent', 'trooper',
  'officer', 'cllr', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman',
  'congressman', 'congresswoman', 'rep', 'sen', 'gov', 'speaker', 'house', 'leader', 'whip',
  'executive', 'chairman', 'chairwoman', 'chairperson', 'vice', 'deputy', 'acting', 'interim', 'former',
  'ex', 'presiding', 'chief', 'head', 'principal', 'headteacher', 'headmaster', 'headmistress',
  'provost', 'chancellor', 'rector', 'warden', 'governor', 'nurse', 'midwife', 'sister', 'matron',
  'surgeon', 'consultant', 'dr', 'prof', 'justice', 'judge', 'magistrate', 'coroner', 'attorney',
  'prosecutor', 'solicitor', 'barrister', 'advocate', 'inspector', 'detective', 'sergeant', 'chef',
  'coach', 'manager', 'boss', 'skipper', 'captain', 'striker', 'defender', 'midfielder', 'goalkeeper',
  'keeper', 'forward', 'winger', 'fullback', 'centreback', 'playmaker', 'batsman', 'bowler',
  'pitcher', 'quarterback', 'rookie', 'veteran', 'champion', 'teammate', 'star', 'legend',
  'rapper', 'singer', 'actor', 'actress', 'author', 'novelist', 'director', 'producer', 'presenter',
  'host', 'anchor', 'columnist', 'commentator', 'pundit', 'billionaire', 'tycoon', 'founder',
  'secretary', 'minister', 'envoy', 'ambassador', 'president', 'premier', 'mayor', 'senator',
  // Parties and affiliations.
  'democrat', 'democratic', 'republican', 'labour', 'labor', 'tory', 'conservative', 'liberal',
  'green', 'independent', 'socialist', 'communist', 'nationalist', 'unionist', 'centrist', 'gop',
  // Nationals a demonym adjective does not give.
  'spaniard', 'briton', 'brit', 'scot', 'welshman', 'irishman', 'englishman', 'frenchman',
  'frenchwoman', 'dane', 'swede', 'finn', 'pole', 'turk', 'kiwi', 'aussie', 'swiss', 'belgian',
  'austrian', 'portuguese', 'argentine', 'argentinian', 'chilean', 'colombian', 'peruvian', 'cuban',
  'serb', 'croat', 'czech', 'slovak', 'hungarian', 'romanian', 'bulgarian', 'georgian', 'armenian',
  'saudi', 'emirati', 'moroccan', 'algerian', 'tunisian', 'ghanaian', 'senegalese', 'cameroonian',
  ...countries.flat(),
]);

function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0].toLowerCase());
}

const isInitial = (t: Token) => t.kind === 'word' && t.text.length === 1 && capitalised(t.text);

/**
 * True when `t` is a plain given name: capitalised, not all capitals ("MP"), no possessive, no
 * abbreviation ("Sen."), no word the lexicon knows ("President", "Foreign") and no title, rank,
 * honorific or affiliation ("Sheriff", "Cllr", "Democrat", "Spaniard").
 */
function givenName(t: Token, next: Token | undefined, source: string): boolean {
  const w = t.text;
  if (t.kind !== 'word' || w.length < 2 || !capitalised(w) || /['’]s$/.test(w)) return false;
  const lower = w.toLowerCase();
  if (w === w.toUpperCase() || lexicon.has(lower) || NOT_GIVEN.has(lower)) return false;
  return !(next?.text === '.' && next.from === t.to && source[t.to] === '.');
}

/** The lowercased words of a name, full stops of initials aside ("Joseph R. Biden"). */
function wordsOf(name: string): string[] {
  return tokenize(name)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text.toLowerCase());
}

/**
 * True when the source ("Olivier Marchand") puts another given name before a surname of the
 * recorded speaker (`name`, "Sophie Marchand"). A word the speaker's name or any of `aliases`
 * holds ("Joe" of "Joe Biden", "Lord" of "Lord Cameron") is the speaker's own. Initials after a
 * given name are middle initials ("Antony J. Blinken"); initials alone must begin one of the
 * speaker's names ("S. Marchand", "J.D. Vance" for JD Vance; "O. Marchand" is another person).
 */
export function anotherGivenName(
  source: string,
  name: string,
  aliases: readonly string[] = [],
): boolean {
  const own = tokenize(name).filter((t) => t.kind === 'word');
  if (own.length < 2 || !own.every((t) => capitalised(t.text))) return false;
  const surname = termKey(own[own.length - 1].text);
  const given = wordsOf(name).slice(0, -1);
  const known = new Set([...given, ...aliases.flatMap(wordsOf)]);
  // An initial stands for a given name, never for the surname it is written before.
  const forenames = [...known].filter((x) => termKey(x) !== surname);
  const said = tokenize(source);
  for (let i = 1; i < said.length; i++) {
    if (said[i].kind !== 'word' || termKey(said[i].text) !== surname) continue;
    // Back over initials and their full stops: "J. D. Vance", "Antony J. Blinken".
    let g = i - 1;
    let initial: string | undefined;
    while (
      g >= 0 &&
      (isInitial(said[g]) || (said[g].text === '.' && g > 0 && isInitial(said[g - 1])))
    ) {
      if (said[g].kind === 'word') initial = said[g].text.toLowerCase();
      g--;
    }
    const word = g >= 0 ? said[g] : undefined;
    if (word && givenName(word, said[g + 1], source)) {
      if (!known.has(word.text.toLowerCase()) && given.length > 0) return true;
    } else if (initial !== undefined && !forenames.some((x) => x.startsWith(initial))) {
      return true;
    }
  }
  return false;
}
