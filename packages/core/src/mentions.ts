// Person and group mentions: noun phrases built from capitalised names
// ("Jordanian Foreign Minister Ayman Safadi", "Le Monde") and descriptive heads
// ("An undisclosed source", "one of the members", "officials"), found in one
// pass over the tokens with Set lookups. They serve as attribution sources and
// as antecedents of pronouns.

import { type Token, tokenize } from './tokenize';
import type { Mention, Sentence } from './types';

const words = (s: string) => new Set(s.split(' '));

/** Determiners and quantifiers that may open a mention. */
const determiners = words(
  'the a an both some several many most all two three four five six seven eight nine ten dozens its their his her our other',
);
/** "one of the members": a quantifier that picks from a group. */
const pickers = words('one some many several most none each two three four any');
/** Nouns that make a lowercase phrase a person or group mention. */
const heads = words(
  'official officials authorities authority source sources member members spokesman spokeswoman spokesperson regime military government army police agency ministry minister ministers president residents resident witness witnesses activists activist volunteers volunteer workers worker rescuers analysts analyst experts expert group groups organization organisation forces observers diplomat diplomats doctors doctor lawyers lawyer leaders leader commander commanders officers officer troops soldiers rebels militants aide aides ambassador envoy secretary director chief editor reporter reporters journalist journalists powers researchers researcher scientists scientist monitor monitors spokespeople administration office committee council court agencies governments nations countries observatory navy party campaign company firm bank union coalition alliance department embassy newspaper network channel station website watchdog charity institute foundation university hospital team family relatives residents villagers protesters demonstrators refugees survivors victims families parents students teachers nurses medics paramedics firefighters mayor governor senator president spokesman sides parties',
);
/** Words naming a person's role: a mention holding one (in the singular) is a person. */
const titles = words(
  'minister president premier chancellor secretary spokesman spokeswoman spokesperson ambassador envoy senator governor mayor chief director commander general colonel captain king queen prince princess pope judge justice mr mrs ms dr prof professor representative lawmaker official source member witness resident doctor activist volunteer worker analyst expert lawyer leader founder officer soldier reporter journalist correspondent editor chairman chairwoman chair ceo aide adviser advisor diplomat man woman researcher scientist',
);
/** Words that make a capitalised name an organisation or a place, not a person. */
const orgWords = words(
  'agency ministry department office observatory council committee commission court army forces military police government regime party union nations states news times post press journal bank fund institute university company group association organization organisation foundation rights network service services defense defence guard front movement league heights province county city river sea street square house parliament congress senate assembly board authority centre center hospital school church cross crescent republic kingdom emirates islands golan strip bank',
);
/** First words of two-word places and foreign articles ("New York", "Le Monde"). */
const placeFirst = words(
  'new south north east west saudi hong sri costa el le la los las san santa saint st al der die den het',
);
/** Capitalised words that are not names: weekdays, months, pronouns, function words. */
const notNames = words(
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december i he she it they we you his her its their our my your there here however meanwhile regardless given help in on at for with by from after before during since until while when where if although though because as but and or so yet also still instead later earlier today yesterday now then no not what who which this that these those according',
);
/** Closed-class words that end a descriptive phrase. */
const stops = words(
  'of to in on at for with by from about as into onto over under after before during since until than and or but nor so yet if that which who whom whose what when where while because although though is was were are be been being has have had do does did will would could should may might must can not no more less most very also only just even still there here it he she they we i you him them us me his her its their our my your this these those then how why up down out off again further once both each few other such own same too the a an upon via across through throughout toward towards against among between within without near around despite amid per like unlike including following',
);
/** Speech verbs: they end a mention but may follow a name at the start of a sentence. */
const verbs = words(
  'said says say told tells informed confirmed stated reported reports estimates estimated announced added wrote tweeted claim claims claimed denounced accused accuses refer refers referred insisted explained noted warned argued denied admitted acknowledged declared replied',
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

/** Tokens of a text with their lowercased forms and sentence indices. */
export interface Words {
  text: string;
  tokens: Token[];
  /** Each token's text in lowercase. */
  lower: string[];
  /** The index of the sentence that holds each token. */
  sentence: Int32Array;
  /** `first[s]` is the first token of sentence `s`; `first[sentences.length]` is the token count. */
  first: Int32Array;
}

/** Tokenizes `text` and files each token under its sentence. */
export function readWords(text: string, sentences: readonly Sentence[]): Words {
  const tokens = tokenize(text);
  const n = tokens.length;
  const lower = new Array<string>(n);
  const sentence = new Int32Array(n);
  const first = new Int32Array(sentences.length + 1).fill(n);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const c = t.text.charCodeAt(0);
    lower[i] = (c >= 65 && c <= 90) || c > 127 ? t.text.toLowerCase() : t.text;
    while (s < sentences.length - 1 && t.from >= sentences[s].to) s++;
    sentence[i] = s;
    if (first[s] === n) first[s] = i;
  }
  // Sentences holding no token start where the next one does.
  for (let k = sentences.length - 1; k >= 0; k--)
    if (first[k] > first[k + 1]) first[k] = first[k + 1];
  return { text, tokens, lower, sentence, first };
}

function isCap(w: Words, i: number): boolean {
  const t = w.tokens[i];
  if (t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c > 127 && w.lower[i].charCodeAt(0) !== c;
}

// The end of a word with glued hyphenated parts ("British-based", "pro-Assad")
// or of a dotted acronym or initial ("U.S.", "J.").
function unitEnd(w: Words, i: number): number {
  const ts = w.tokens;
  const n = ts.length;
  let j = i;
  if (ts[i].text.length === 1) {
    while (
      j + 1 < n &&
      ts[j].kind === 'word' &&
      ts[j].text.length === 1 &&
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
    ts[j + 1].kind === 'word' &&
    ts[j + 1].from === ts[j].to
  )
    j += 2;
  return j;
}

/**
 * Reads the mention that starts at token `i` (within `[i, end)`), or returns
 * -1. On success `found.from`/`found.to` hold its token range.
 */
function readMention(
  w: Words,
  i: number,
  end: number,
  found: { from: number; to: number },
): boolean {
  const { tokens, lower } = w;
  let j = i;
  let det = false;
  if (
    pickers.has(lower[j]) &&
    lower[j + 1] === 'of' &&
    j + 2 < end &&
    determiners.has(lower[j + 2])
  ) {
    j += 3;
    det = true;
  } else if (determiners.has(lower[j])) {
    j++;
    det = true;
  }
  let lastHead = -1;
  let lastCap = -1;
  let firstCap = -1;
  let loose = 0;
  while (j < end && tokens[j].kind === 'word') {
    const e = unitEnd(w, j);
    const lw = lower[j];
    if (isCap(w, j) && !notNames.has(lw) && (e - j > 1 || tokens[j].text.length > 1)) {
      if (firstCap < 0) firstCap = j;
      if (heads.has(lw)) lastHead = e;
      lastCap = e;
      loose = 0;
      j = e;
      // Connectors inside a name: "Observatory for Human Rights", "Council of the EU".
      if (j + 1 < end && (lower[j] === 'of' || lower[j] === 'for') && j + 1 < end) {
        const k = lower[j + 1] === 'the' ? j + 2 : j + 1;
        if (k < end && isCap(w, k) && !notNames.has(lower[k])) j = k;
      } else if (j + 1 < end && lower[j] === 'and' && isCap(w, j + 1)) {
        // "Jordanian and Israeli officials": only when a head noun follows.
        let k = j + 1;
        while (k < end && isCap(w, k)) k = unitEnd(w, k);
        if (k < end && heads.has(lower[k])) j++;
      }
      continue;
    }
    if (heads.has(lw) && !isCap(w, j)) {
      lastHead = e;
      loose = 0;
      j = e;
      continue;
    }
    if (!isCap(w, j) && !stops.has(lw) && !verbs.has(lw) && loose < 2) {
      // A lowercase word after a name or a head leads only to a head:
      // "Jordan via Israel", "source informed NPR" are two mentions.
      if (lastCap >= 0 || lastHead >= 0) {
        let k = e;
        if (k < end && !heads.has(lower[k])) k = loose === 0 ? unitEnd(w, k) : k;
        if (!(k < end && heads.has(lower[e])) && !(k < end && heads.has(lower[k]) && !isCap(w, e)))
          break;
      }
      loose++;
      j = e;
      continue;
    }
    break;
  }
  if (lastHead < 0 && lastCap < 0) return false;
  // "the Syrian civil war": a name used as an adjective of a noun that is no head.
  const acronym =
    lastCap > 0 && tokens[lastCap - 1].text === tokens[lastCap - 1].text.toUpperCase();
  if (
    det &&
    !acronym &&
    lastHead < 0 &&
    lastCap < end &&
    tokens[lastCap].kind === 'word' &&
    !stops.has(lower[lastCap]) &&
    !verbs.has(lower[lastCap]) &&
    !isCap(w, lastCap)
  ) {
    found.to = lastCap;
    return false;
  }
  let from = i;
  const to = Math.max(lastHead, lastCap);
  if (lastHead < lastCap && !det) from = firstCap;
  // A lone capitalised word at the start of a sentence or a quote, followed by
  // a function word, is an ordinary word ("Regardless of", "Help us").
  if (!det && to === unitEnd(w, from) && lastHead < 0) {
    const prev = from > 0 ? tokens[from - 1] : undefined;
    const initial =
      from === w.first[w.sentence[from]] ||
      (prev !== undefined && prev.kind === 'punct' && prev.text !== ',');
    if (initial && to < end && stops.has(lower[to])) return false;
  }
  if (from < 0) from = i;
  found.from = from;
  found.to = to;
  return true;
}

/** Mentions with the token ranges they cover. */
export interface MentionTokens {
  mentions: Mention[];
  /** For each mention, its first token and the token after its last. */
  start: Int32Array;
  end: Int32Array;
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
  for (let s = 0; s < sentences; s++) {
    const stop = w.first[s + 1];
    let i = w.first[s];
    while (i < stop) {
      if (w.tokens[i].kind === 'word' && readMention(w, i, stop, found)) {
        const from = w.tokens[found.from].from;
        const to = w.tokens[found.to - 1].to;
        const text = w.text.slice(from, to);
        const k = mentionKind(text, people);
        if (k === 'person') {
          const last = w.lower[found.to - 1];
          if (found.to - found.from > 1) people.add(last);
        }
        mentions.push({ from, to, text });
        start.push(found.from);
        end.push(found.to);
        kind.push(k);
        i = found.to;
      } else i = found.to > i ? found.to : i + 1;
      found.to = 0;
    }
  }
  return { mentions, start: Int32Array.from(start), end: Int32Array.from(end), kind };
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
  const ws = text.toLowerCase().split(/[\s-]+/);
  const n = ws.length;
  const first = ws[0];
  const last = ws[n - 1];
  const plural =
    last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && !last.endsWith('’s');
  if (first === 'one' && ws[1] === 'of') return 'person';
  if (n === 1 && people?.has(first)) return 'person';
  let title = false;
  let org = false;
  for (const x of ws) {
    const bare = x.endsWith('’s') || x.endsWith("'s") ? x.slice(0, -2) : x;
    if (titles.has(bare)) title = true;
    if (orgWords.has(bare)) org = true;
  }
  if (first === 'both' || ws.includes('and')) return 'groups';
  if (org && orgWords.has(last)) return 'group';
  if (title && !plural) return 'person';
  if (plural) return 'groups';
  if (!org && n >= 2 && n <= 4 && !determiners.has(first) && !placeFirst.has(first)) {
    // Every word capitalised and none an acronym: a personal name ("Ayman Safadi").
    const parts = text.split(/[\s-]+/);
    let name = true;
    for (const p of parts) {
      const c = p.charCodeAt(0);
      if (!(c >= 65 && c <= 90) || p === p.toUpperCase()) name = false;
    }
    if (name) return 'person';
  }
  return 'group';
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
