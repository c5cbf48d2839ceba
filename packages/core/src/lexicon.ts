// The words the attribution extractor knows, as bits of one lexicon, and the
// token view it reads: one Map lookup per word, then bit tests.

import { Scan, type Token } from './tokenize';
import type { Sentence } from './types';
import { zeros } from './zeros';

/** Lexicon bit: a determiner or quantifier that may open a mention. */
export const DET = 1;
/** Lexicon bit: a quantifier that picks from a group ("one of the members"). */
export const PICK = 2;
/** Lexicon bit: a noun that makes a phrase a person or group ("officials"). */
export const HEAD = 4;
/** Lexicon bit: a person's role; a mention holding one (singular) is a person. */
export const TITLE = 8;
/** Lexicon bit: a word of organisation and place names ("Observatory"). */
export const ORG = 16;
/** Lexicon bit: the first word of a place or a foreign article ("New York", "Le Monde"). */
export const PLACE = 32;
/** Lexicon bit: a capitalised word that is no name (weekdays, function words). */
export const NOT_NAME = 64;
/** Lexicon bit: a closed-class word that ends a descriptive phrase. */
export const STOP = 128;
/** Lexicon bit: a speech or reporting cue word (it also ends a mention). */
export const VERB = 256;
/** Flag set by `readWords` on a word token. */
export const WORD = 512;
/** Flag set by `readWords` on a capitalised word. */
export const CAP = 1024;
/** Lexicon bit: a lowercase particle inside a personal name ("Lula da Silva", "von der Leyen"). */
export const PARTICLE = 2048;

/** The lexicon bits of each lowercased word the extractor knows. */
export const lexicon = new Map<string, number>();
function add(list: string, bit: number): void {
  for (const w of list.split(' ')) lexicon.set(w, (lexicon.get(w) ?? 0) | bit);
}

/** Determiners and quantifiers that may open a mention. */
add(
  'the a an both some several many most all two three four five six seven eight nine ten dozens its their his her our other',
  DET,
);

/** "one of the members": a quantifier that picks from a group. */
add('one some many several most none each two three four any', PICK);

/** Nouns that make a lowercase phrase a person or group mention. */
add(
  'official officials authorities authority source sources member members spokesman spokeswoman spokesperson regime military government army police agency ministry minister ministers president residents resident witness witnesses activists activist volunteers volunteer workers worker rescuers analysts analyst experts expert group groups organization organisation forces observers diplomat diplomats doctors doctor lawyers lawyer leaders leader commander commanders officers officer troops soldiers rebels militants aide aides ambassador envoy secretary director chief editor reporter reporters journalist journalists powers researchers researcher scientists scientist monitor monitors spokespeople administration office committee council court agencies governments nations countries observatory navy party campaign company firm bank union coalition alliance department embassy newspaper network channel station website watchdog charity institute foundation university hospital team family relatives residents villagers protesters demonstrators refugees survivors victims families parents students teachers nurses medics paramedics firefighters mayor governor senator president spokesman sides parties judge judges prosecutor prosecutors prosecution counsel attorney attorneys barrister solicitor coroner investigator investigators detective detectives inspector inspectors coach manager economist economists forecaster forecasters regulator regulators chairman chairwoman ceo founder owner club airline insurer lender tribunal',
  HEAD,
);

// Relatives, partners, friends and colleagues: "Her brother, Olivier Marchand, said" is a person
// and the name after it speaks, as after "Her lawyer".
const RELATIONS =
  'brother sister husband wife son daughter mother father grandmother grandfather grandson granddaughter uncle aunt cousin nephew niece sibling stepfather stepmother stepson stepdaughter partner fiance fiancee fiancé fiancée widow widower boyfriend girlfriend friend colleague neighbour neighbor teammate';
add(RELATIONS, HEAD | TITLE);
/** Relatives, partners, friends and colleagues, in the singular ("husband", "colleague"). */
export const relations: ReadonlySet<string> = new Set(RELATIONS.split(' '));
add(
  'brothers sisters sons daughters mothers fathers grandparents cousins siblings partners friends colleagues neighbours neighbors teammates',
  HEAD,
);

/** Words naming a person's role: a mention holding one (in the singular) is a person. */
add(
  'minister president premier chancellor secretary spokesman spokeswoman spokesperson ambassador envoy senator governor mayor chief director commander general colonel captain king queen prince princess pope judge justice mr mrs ms dr prof professor representative lawmaker official source member witness resident doctor activist volunteer worker analyst expert lawyer leader founder officer soldier reporter journalist correspondent editor chairman chairwoman chair ceo aide adviser advisor diplomat man woman researcher scientist prosecutor counsel attorney barrister solicitor coroner investigator detective inspector coach manager economist forecaster owner',
  TITLE,
);

/**
 * Words that make a capitalised name an organisation or a place, not a person: a name ending in
 * one is an organisation ("Bloomberg Television", "Fox Business", "Times Radio").
 */
add(
  'agency ministry department office observatory council committee commission court army forces military police government regime party union nations states news times post press journal television tv radio business bank fund institute university company group association organization organisation foundation rights network service services defense defence guard front movement league heights province county city river sea street square house parliament congress senate assembly board authority centre center hospital school church cross crescent republic kingdom emirates islands golan strip bank',
  ORG,
);

/** First words of two-word places and foreign articles ("New York", "Le Monde"). */
add(
  'new south north east west saudi hong sri costa el le la los las san santa saint st al der die den het',
  PLACE,
);

/** Particles of personal names; "do", "van", "den" and "ben" are English words too. */
add('da das de del della dei der di dos du la le bin ibn von', PARTICLE);

/** Capitalised words that are not names: weekdays, months, pronouns, function words. */
add(
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december i he she it they we you his her its their our my your there here however meanwhile regardless given help in on at for with by from after before during since until while when where if although though because as but and or so yet also still instead later earlier today yesterday now then no not what who which this that these those according',
  NOT_NAME,
);

/** Closed-class words that end a descriptive phrase. */
add(
  'of to in on at for with by from about as into onto over under after before during since until than and or but nor so yet if that which who whom whose what when where while because although though is was were are be been being has have had do does did will would could should may might must can not no more less most very also only just even still there here it he she they we i you him them us me his her its their our my your this these those then how why up down out off again further once both each few other such own same too the a an upon via across through throughout toward towards against among between within without near around despite amid per like unlike including following',
  STOP,
);

/** Speech verbs: they end a mention but may follow a name at the start of a sentence. */
add(
  'said says say told tells informed confirmed stated reported reports estimates estimated announced added wrote tweeted claim claims claimed denounced accused accuses refer refers referred insisted explained noted warned argued denied admitted acknowledged declared replied according say states confirms announces adds writes tweets estimate claim denounces accuse insists denies informs tell report called calls call dubbed branded labelled labeled described describes saying adding warning insisting arguing',
  VERB,
);

/** Tokens of a text with their lowercased forms, lexicon flags and sentences. */
export interface Words {
  text: string;
  tokens: Token[];
  /** Each token's text in lowercase (the scan's own array: read only). */
  lower: readonly string[];
  /** Each token's lexicon bits, with `WORD` and `CAP`. */
  flags: number[];
  /** The index of the sentence that holds each token. */
  sentence: number[];
  /** `first[s]` is the first token of sentence `s`; `first[sentences.length]` is the token count. */
  first: number[];
}

/** Tokenizes `text` and files each token under its sentence. */
export function readWords(text: string, sentences: readonly Sentence[]): Words {
  // The scan is shared with the figure and date extractors of the same text.
  const scan = Scan.of(text);
  const tokens = scan.tokens;
  const n = tokens.length;
  const lower = scan.lows;
  const flags = zeros(n);
  const sentence = zeros(n);
  const first = zeros(sentences.length + 1, n);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const lw = lower[i];
    let f = 0;
    if (t.kind === 'word') {
      const c = t.text.charCodeAt(0);
      f = (lexicon.get(lw) ?? 0) | WORD;
      if ((c >= 65 && c <= 90) || (c > 127 && lw.charCodeAt(0) !== c)) f |= CAP;
    }
    flags[i] = f;
    while (s < sentences.length - 1 && t.from >= sentences[s].to) s++;
    sentence[i] = s;
    if (first[s] === n) first[s] = i;
  }
  // Sentences holding no token start where the next one does.
  for (let k = sentences.length - 1; k >= 0; k--)
    if (first[k] > first[k + 1]) first[k] = first[k + 1];
  return { text, tokens, lower, flags, sentence, first };
}
