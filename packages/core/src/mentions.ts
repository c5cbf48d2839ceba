// Person and group mentions: noun phrases built from capitalised names
// ("Jordanian Foreign Minister Ayman Safadi", "Le Monde") and descriptive heads
// ("An undisclosed source", "one of the members", "officials"), found in one
// pass over the tokens with Set lookups. They serve as attribution sources and
// as antecedents of pronouns.

import {
  CAP,
  DET,
  HEAD,
  lexicon,
  NOT_NAME,
  ORG,
  PARTICLE,
  PICK,
  PLACE,
  readWords,
  STOP,
  TITLE,
  VERB,
  WORD,
  type Words,
} from './lexicon';
import { isMasthead } from './mastheads';
import type { Mention, Sentence } from './types';

/**
 * Last words of firms' names ("Harcourt Asset Management", "Blackstone Partners"), taken only
 * capitalised: lowercase they are things or people ("its holdings", "his partners").
 */
const firms: ReadonlySet<string> = new Set(
  'management capital partners holdings associates investments securities ventures'.split(' '),
);

/** Pronouns that can stand for a person or group source, with the kind they accept. */
export const pronouns: ReadonlyMap<string, MentionKind> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['him', 'person'],
  ['her', 'person'],
  ['i', 'person'],
  ['they', 'groups'],
  ['them', 'groups'],
  ['we', 'groups'],
  ['it', 'group'],
]);

/**
 * What a mention stands for: one person, one group (an organisation, a
 * country) or several people or groups.
 */
export type MentionKind = 'person' | 'group' | 'groups';

// The end of a word with glued hyphenated parts ("British-based", "pro-Assad")
// or of a dotted acronym or initial ("U.S.", "J.").
function unitEnd(w: Words, i: number): number {
  const ts = w.tokens;
  const n = ts.length;
  if (i + 1 >= n || ts[i + 1].from !== ts[i].to) return i + 1;
  let j = i;
  if (ts[i].to - ts[i].from === 1) {
    while (
      j + 1 < n &&
      w.flags[j] & WORD &&
      ts[j].to - ts[j].from === 1 &&
      ts[j + 1].text === '.' &&
      ts[j + 1].from === ts[j].to
    ) {
      j += 2;
      if (j >= n || ts[j].from !== ts[j - 1].to) break;
    }
    if (j > i) return j;
  }
  j = i + 1;
  while (
    j + 1 < n &&
    ts[j].text === '-' &&
    ts[j].from === ts[j - 1].to &&
    w.flags[j + 1] & WORD &&
    ts[j + 1].from === ts[j].to
  )
    j += 2;
  return j;
}

/**
 * Reads the mention that starts at token `i` (within `[i, end)`) into
 * `found` (token range). On failure `found.to` may name a token to skip to.
 */
function readMention(
  w: Words,
  i: number,
  end: number,
  found: { from: number; to: number },
): boolean {
  const { tokens, flags } = w;
  let j = i;
  let det = false;
  if (flags[j] & PICK && w.lower[j + 1] === 'of' && j + 2 < end && flags[j + 2] & DET) {
    j += 3;
    det = true;
  } else if (flags[j] & DET) {
    j++;
    det = true;
  }
  let lastHead = -1;
  let lastCap = -1;
  let firstCap = -1;
  let loose = 0;
  while (j < end) {
    const f = flags[j];
    if (!(f & WORD)) break;
    const e = unitEnd(w, j);
    if (f & CAP && !(f & NOT_NAME) && (e - j > 1 || tokens[j].to - tokens[j].from > 1)) {
      if (firstCap < 0) firstCap = j;
      if (f & HEAD) lastHead = e;
      lastCap = e;
      loose = 0;
      j = e;
      const lw = w.lower[j];
      // Connectors inside a name: "Observatory for Human Rights", "Council of the EU".
      if (j + 1 < end && (lw === 'of' || lw === 'for')) {
        const k = w.lower[j + 1] === 'the' ? j + 2 : j + 1;
        if (k < end && flags[k] & CAP && !(flags[k] & NOT_NAME)) j = k;
      } else if (j + 1 < end && (flags[j] & (PARTICLE | CAP)) === PARTICLE) {
        // Particles inside a name: "Lula da Silva", "von der Leyen".
        const k = (flags[j + 1] & (PARTICLE | CAP)) === PARTICLE ? j + 2 : j + 1;
        if (k < end && flags[k] & CAP && !(flags[k] & NOT_NAME)) j = k;
      } else if (j + 1 < end && lw === 'and' && flags[j + 1] & CAP) {
        // "Jordanian and Israeli officials": only when a head noun follows.
        let k = j + 1;
        while (k < end && flags[k] & CAP) k = unitEnd(w, k);
        if (k < end && flags[k] & HEAD) j++;
      }
      continue;
    }
    if (f & CAP) break;
    if (f & HEAD) {
      lastHead = e;
      loose = 0;
      j = e;
      continue;
    }
    if (f & (STOP | VERB) || loose >= 2) break;
    // A lowercase word after a name or a head leads only to a head:
    // "Jordan via Israel", "source informed NPR" are two mentions.
    if (lastCap >= 0 || lastHead >= 0) {
      const g = e < end ? flags[e] : 0;
      const h = e + 1 < end && !(g & CAP) ? flags[unitEnd(w, e)] : 0;
      if (!(g & HEAD && !(g & CAP)) && !(loose === 0 && h & HEAD && !(h & CAP))) break;
    }
    loose++;
    j = e;
  }
  if (lastHead < 0 && lastCap < 0) return false;
  // "the Syrian civil war": a name used as an adjective of a noun that is no head.
  const acronym =
    lastCap > 0 && tokens[lastCap - 1].text === tokens[lastCap - 1].text.toUpperCase();
  if (det && !acronym && lastHead < 0 && lastCap < end) {
    const f = flags[lastCap];
    if (f & WORD && !(f & (STOP | VERB | CAP))) {
      found.to = lastCap;
      return false;
    }
  }
  let from = i;
  const to = Math.max(lastHead, lastCap);
  if (lastHead < lastCap && !det) from = firstCap;
  // A lone capitalised word at the start of a sentence or a quote, followed by
  // a function word, is an ordinary word ("Regardless of", "Help us").
  if (!det && lastHead < 0 && to === unitEnd(w, from) && to < end && flags[to] & STOP) {
    const prev = from > 0 ? tokens[from - 1] : undefined;
    if (from === w.first[w.sentence[from]] || (prev?.kind === 'punct' && prev.text !== ','))
      return false;
  }
  found.from = from;
  found.to = to;
  return true;
}

/** Mentions with the token ranges they cover. */
export interface MentionTokens {
  mentions: Mention[];
  /** For each mention, its first token and the token after its last. */
  start: number[];
  end: number[];
  kind: MentionKind[];
}

/** Finds the person and group mentions of every sentence, in order. */
export function scanMentions(w: Words): MentionTokens {
  const mentions: Mention[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const kind: MentionKind[] = [];
  const people = new Set<string>();
  const found = { from: 0, to: 0 };
  const sentences = w.first.length - 1;
  const { flags } = w;
  for (let s = 0; s < sentences; s++) {
    const stop = w.first[s + 1];
    let i = w.first[s];
    while (i < stop) {
      const f = flags[i];
      // Only a determiner, a name or a head can start a mention, or a modifier right before a head.
      const may =
        f & (DET | PICK | HEAD | CAP) ||
        (f & WORD && !(f & (STOP | VERB)) && (flags[i + 1] & HEAD || flags[i + 2] & HEAD));
      if (may && readMention(w, i, stop, found)) {
        const from = w.tokens[found.from].from;
        const to = w.tokens[found.to - 1].to;
        const text = w.text.slice(from, to);
        const k = kindOf(w, found.from, found.to, people);
        if (k === 'person' && found.to - found.from > 1) people.add(w.lower[found.to - 1]);
        mentions.push({ from, to, text });
        start.push(found.from);
        end.push(found.to);
        kind.push(k);
        i = found.to;
      } else i = found.to > i ? found.to : i + 1;
      found.to = 0;
    }
  }
  return { mentions, start, end, kind };
}

/** The kind of the mention over tokens `[a, b)`. */
function kindOf(w: Words, a: number, b: number, people: ReadonlySet<string>): MentionKind {
  const { flags, lower } = w;
  let title = false;
  let org = false;
  let and = false;
  let portfolio: boolean | undefined;
  let caps = 0;
  let words = 0;
  for (let k = a; k < b; k++) {
    const f = flags[k];
    if (!(f & WORD) || (f & (PARTICLE | CAP)) === PARTICLE) continue;
    words++;
    if (f & CAP && w.tokens[k].text !== lower[k].toUpperCase()) caps++;
    let g = f;
    const lw = lower[k];
    if (!(f & (TITLE | ORG)) && (lw.endsWith('’s') || lw.endsWith("'s")))
      g = lexicon.get(lw.slice(0, -2)) ?? 0;
    if (g & TITLE) title = true;
    if (g & ORG) org = true;
    if (lw === 'and') and = true;
    if (portfolio === undefined && (lw === 'for' || lw === 'of'))
      portfolio = k > a && (flags[k - 1] & TITLE) !== 0;
  }
  // A title with its portfolio is a person, whatever the portfolio's last word: "The Minister
  // for Small Business", "the Secretary of State for Business".
  if (portfolio) org = false;
  const firm = (flags[b - 1] & CAP) !== 0 && firms.has(lower[b - 1]);
  return classify(
    lower[a],
    lower[a + 1],
    lower[b - 1],
    words,
    title,
    org,
    and,
    caps === words,
    people,
    firm,
  );
}

function classify(
  first: string,
  second: string | undefined,
  last: string,
  n: number,
  title: boolean,
  org: boolean,
  and: boolean,
  name: boolean,
  people: ReadonlySet<string> | undefined,
  firm = false,
): MentionKind {
  const plural =
    last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && !last.endsWith('’s');
  if (first === 'one' && second === 'of') return 'person';
  if (n === 1 && people?.has(first)) return 'person';
  if (first === 'both' || and) return 'groups';
  if (firm || (org && (lexicon.get(last) ?? 0) & ORG)) return 'group';
  if (title && !plural) return 'person';
  if (plural) return 'groups';
  const f = lexicon.get(first) ?? 0;
  // Every word capitalised and none an acronym: a personal name ("Ayman Safadi"), unless it opens
  // on a masthead's or broadcaster's own name ("Globo Esporte", "Sky Italia").
  if (!org && name && n >= 2 && n <= 4 && !(f & (DET | PLACE)) && !isMasthead(first))
    return 'person';
  return 'group';
}

/**
 * Finds the person and group mentions of `text` ("Jordanian Foreign Minister
 * Ayman Safadi", "The Israeli military", "one of the members"), in order.
 */
export function findMentions(text: string, sentences: readonly Sentence[]): Mention[] {
  return scanMentions(readWords(text, sentences)).mentions;
}

/**
 * Tells from its text whether a mention is a person, a group or several.
 * `people` holds the last names of people already mentioned: "Safadi" alone
 * is then a person too.
 */
export function mentionKind(text: string, people?: ReadonlySet<string>): MentionKind {
  // A name's particles ("da", "von") are no words of it here, as in `kindOf`.
  const parts = text
    .split(/[\s-]+/)
    .filter((x, k) => k === 0 || !((lexicon.get(x) ?? 0) & PARTICLE));
  const ws = parts.map((x) => x.toLowerCase());
  let title = false;
  let org = false;
  let name = true;
  for (let k = 0; k < ws.length; k++) {
    const x = ws[k];
    const bare = x.endsWith('’s') || x.endsWith("'s") ? x.slice(0, -2) : x;
    const g = lexicon.get(bare) ?? 0;
    if (g & TITLE) title = true;
    if (g & ORG) org = true;
    const c = parts[k].charCodeAt(0);
    if (!(c >= 65 && c <= 90) || parts[k] === parts[k].toUpperCase()) name = false;
  }
  const n = ws.length;
  const of = ws.findIndex((x) => x === 'for' || x === 'of');
  if (of > 0 && (lexicon.get(ws[of - 1]) ?? 0) & TITLE) org = false;
  const firm = /^\p{Lu}/u.test(parts[n - 1]) && firms.has(ws[n - 1]);
  return classify(ws[0], ws[1], ws[n - 1], n, title, org, ws.includes('and'), name, people, firm);
}

/** Classifies mentions given in text order (a `lead`), learning last names as it goes. */
export function classifyMentions(mentions: readonly Mention[]): MentionKind[] {
  const people = new Set<string>();
  return mentions.map((x) => {
    const k = mentionKind(x.text, people);
    const space = x.text.lastIndexOf(' ');
    if (k === 'person' && space > 0) people.add(x.text.slice(space + 1).toLowerCase());
    return k;
  });
}
