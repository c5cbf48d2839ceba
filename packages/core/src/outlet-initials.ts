// An outlet written in its initials ("AP", "RNZ", "AFP") and the name they stand for ("The
// Associated Press", "Radio New Zealand", "Agence France-Presse"): copy writes either, and the
// record may hold the other. Only the expansions listed here count: initials spell too many
// names by accident ("RT" is Russia Today, not Reuters TV; "FT" the Financial Times, not France
// Télévisions; "DW" Deutsche Welle, not The Daily Wire).

// Initials and the names they stand for, as written without a leading article.
// biome-ignore format: a table
const KNOWN: Record<string, readonly string[]> = {
  AP: ['Associated Press'],
  AAP: ['Australian Associated Press'],
  AFP: ['Agence France-Presse', 'Agence France Presse'],
  ANI: ['Asian News International'],
  ANSA: ['Agenzia Nazionale Stampa Associata'],
  BBC: ['British Broadcasting Corporation'],
  ABC: ['Australian Broadcasting Corporation', 'American Broadcasting Company'],
  CBC: ['Canadian Broadcasting Corporation'],
  CBS: ['Columbia Broadcasting System'],
  CCTV: ['China Central Television'],
  CNN: ['Cable News Network'],
  CP: ['Canadian Press'],
  DPA: ['Deutsche Presse-Agentur'],
  DW: ['Deutsche Welle'],
  FT: ['Financial Times'],
  IRNA: ['Islamic Republic News Agency'],
  ITV: ['Independent Television'],
  KBS: ['Korean Broadcasting System'],
  KCNA: ['Korean Central News Agency'],
  NBC: ['National Broadcasting Company'],
  NHK: ['Nippon Hoso Kyokai'],
  NPR: ['National Public Radio'],
  NYT: ['New York Times'],
  PA: ['Press Association', 'PA Media'],
  PBS: ['Public Broadcasting Service'],
  PTI: ['Press Trust of India'],
  RFI: ['Radio France Internationale'],
  RNZ: ['Radio New Zealand'],
  RT: ['Russia Today'],
  RTE: ['Raidió Teilifís Éireann'],
  SABC: ['South African Broadcasting Corporation'],
  SBS: ['Special Broadcasting Service'],
  SCMP: ['South China Morning Post'],
  SPA: ['Saudi Press Agency'],
  UPI: ['United Press International'],
  WSJ: ['Wall Street Journal'],
  ZDF: ['Zweites Deutsches Fernsehen'],
};

const article = /^(?:the|a|an)\s+/i;
// Two to six letters, dotted or not: "AP", "A.P.", "RNZ", "dpa".
const initialsOnly = /^[A-Za-z](?:\.?[A-Za-z]){1,5}\.?$/;
// The first letter of each capitalised word, and of each capitalised part of a hyphenated one.
const capitalStart = /(?:^|[\s-])([A-Z])/g;

/** A name as compared: no leading article, accents, hyphens or case ("agence france presse"). */
function plain(name: string): string {
  return name
    .trim()
    .replace(article, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s-]+/g, ' ')
    .toLowerCase();
}

const expansions = new Map(
  Object.entries(KNOWN).map(([short, names]) => [short, new Set(names.map(plain))]),
);

/** The initials of a name's capitalised words, a leading article aside: "The Associated Press" gives "AP". */
export function initialsOf(name: string): string {
  let out = '';
  for (const m of name.trim().replace(article, '').matchAll(capitalStart)) out += m[1];
  return out;
}

function spells(short: string, long: string): boolean {
  const written = short.trim().replace(article, '');
  // Initials in capitals, or a listed agency's own lowercase ("dpa").
  if (!initialsOnly.test(written) || (written !== written.toUpperCase() && written.length < 3))
    return false;
  return expansions.get(written.replace(/\./g, '').toUpperCase())?.has(plain(long)) ?? false;
}

/**
 * True when one name is the other written in initials, by a list of outlets' initials and the
 * names they stand for: "the AP" and "The Associated Press", "RNZ" and "Radio New Zealand",
 * "AFP" and "Agence France-Presse", either way round; not initials that only happen to spell a
 * name ("RT" and "Reuters TV").
 */
export function sameByInitials(a: string, b: string): boolean {
  return spells(a, b) || spells(b, a);
}
