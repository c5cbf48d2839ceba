// Quotes: matching a quote of the prose with the recorded quotes, word for word or closely, and
// telling whether a named source is a recorded speaker.
import { diffArrays } from 'diff';
import { mayBeOne } from './channels';
import { asCountries } from './demonyms';
import type { FactIndex } from './fact-index';
import { anotherGivenName } from './given-names';
import { sameByInitials } from './outlet-initials';
import { nameKeys, quoteWords } from './terms';
import type { QuoteFact, StatementFact } from './types';

/** The share of words a quote must have in common with a record to count as an altered copy. */
export const alteredSimilarity = 0.75;
/** Quotes shorter than this (in words) are matched only word for word. */
const alteredMinWords = 4;

/** A recorded quote a prose quote matches. */
export interface QuoteMatch {
  fact: QuoteFact;
  /** True when the prose quote is the record or a stretch of it, word for word. */
  exact: boolean;
  /** The share of words in common, 1 when exact. */
  similarity: number;
  /** The stretch of the recorded text the prose quote stands for, as recorded. */
  recorded: string;
}

function indexOfRun(hay: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The recorded quote that a prose quote reproduces or closely alters, if any. Case,
 * punctuation and an editor's brackets ("[W]e") are not differences. An altered copy shares
 * at least 75% of its words, in order, with a stretch of the record (word diff by `diff`).
 */
export function matchQuote(text: string, index: FactIndex): QuoteMatch | null {
  const proseSpans = quoteWords(text);
  const prose = proseSpans.map((w) => w.word);
  if (prose.length === 0) return null;
  let best: QuoteMatch | null = null;
  for (const id of index.quoteCandidates(prose)) {
    const fact = index.get(id);
    if (fact?.kind !== 'quote') continue;
    const spans = index.quoteWordsOf(id) ?? quoteWords(fact.text);
    const record = spans.map((w) => w.word);
    const at = indexOfRun(record, prose);
    if (at >= 0) {
      const recorded = fact.text.slice(spans[at].from, spans[at + prose.length - 1].to);
      return {
        fact,
        exact: true,
        similarity: 1,
        recorded: at === 0 && prose.length === record.length ? fact.text : recorded,
      };
    }
    if (prose.length < alteredMinWords) continue;
    let common = 0;
    let first = -1;
    let last = -1;
    let pos = 0;
    // The same, in the prose's words.
    let proseFirst = -1;
    let proseLast = -1;
    let prosePos = 0;
    // Words of the record and of the prose before the first common word, and after the last.
    const lead = { record: 0, prose: 0 };
    const tail = { record: 0, prose: 0 };
    for (const part of diffArrays(record, prose)) {
      const n = part.count ?? part.value.length;
      if (!part.added && !part.removed) {
        common += n;
        if (first < 0) {
          first = pos;
          proseFirst = prosePos;
        }
        last = pos + n - 1;
        proseLast = prosePos + n - 1;
        tail.record = tail.prose = 0;
      } else {
        const gap = first < 0 ? lead : tail;
        if (part.added) gap.prose += n;
        else gap.record += n;
      }
      if (!part.added) pos += n;
      if (!part.removed) prosePos += n;
    }
    if (first < 0) continue;
    const similarity = common / Math.max(prose.length, last - first + 1);
    if (similarity < alteredSimilarity || (best && best.similarity >= similarity)) continue;
    // Words the prose has in place of the record's at either end ("what was destroyed" for
    // "what was lost") are changed words: the record's belong to the stretch it is quoted from.
    // Not across punctuation in either: "Really, we lost" adds a word, it changes none.
    const joined = (s: string, a: { to: number }, b: { from: number }) =>
      /^\s*$/.test(s.slice(a.to, b.from));
    if (
      first > 0 &&
      proseFirst > 0 &&
      joined(fact.text, spans[first - 1], spans[first]) &&
      joined(text, proseSpans[proseFirst - 1], proseSpans[proseFirst])
    )
      first -= Math.min(lead.record, lead.prose);
    if (
      last + 1 < spans.length &&
      proseLast + 1 < proseSpans.length &&
      joined(fact.text, spans[last], spans[last + 1]) &&
      joined(text, proseSpans[proseLast], proseSpans[proseLast + 1])
    ) {
      // On towards the end of the record's phrase, by two words at most: "large waves in
      // coastal areas" stands for the prose's "fast-flowing floodwater", not a stretch cut
      // short after "in"; "working families" for "working people", not for all that follows
      // "and".
      let k = last + Math.min(tail.record, tail.prose);
      const end = Math.min(last + tail.record, k + 2);
      while (
        k < end &&
        k + 1 < spans.length &&
        joined(fact.text, spans[k], spans[k + 1]) &&
        !JOINERS.has(record[k + 1])
      )
        k++;
      last = k;
    }
    // A stretch that starts at the record's start keeps the whole record's punctuation.
    const whole = first === 0 && last === record.length - 1;
    const recorded = whole ? fact.text : fact.text.slice(spans[first].from, spans[last].to);
    best = { fact, exact: false, similarity, recorded };
  }
  return best;
}

/** The fewest words a recorded quote has to be found whole inside a longer prose quote. */
const withinMinWords = 4;

/**
 * The recorded quote that a prose quote holds whole, word for word, with words of its own
 * around it that are no more than the record's: "The study cannot prove cause and effect" holds
 * Tom Ashby's recorded "cannot prove cause and effect". The quote gives the record's words, so
 * whom it is given to can be checked; its own words are not the record's to confirm or to call
 * altered, as the record may hold only part of what was said. Records of four words or more.
 * Meant for a quote `matchQuote` finds no record for.
 */
export function recordWithin(text: string, index: FactIndex): QuoteFact | null {
  const prose = quoteWords(text).map((w) => w.word);
  for (const id of index.quoteCandidates(prose)) {
    const fact = index.get(id);
    if (fact?.kind !== 'quote') continue;
    const record = (index.quoteWordsOf(id) ?? quoteWords(fact.text)).map((w) => w.word);
    if (record.length < withinMinWords || 2 * record.length < prose.length) continue;
    // A short record with more than a few words around it may be a phrase another speaker took
    // up ("It is a good day for Britain and for workers" beside "a good day for Britain").
    if (record.length < 8 && prose.length - record.length > 3) continue;
    if (indexOfRun(prose, record) >= 0) return fact;
  }
  return null;
}

// Words that open a new phrase: a quote's changed ending stops before them.
const JOINERS = new Set(['and', 'but', 'or', 'while', 'which', 'that', 'who', 'because', 'so']);

const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them']);

function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  return needle.length > 0 && indexOfRun(hay, needle) >= 0;
}

/** True when a source's text is a bare pronoun ("He"), which says nothing without resolution. */
export function isPronoun(text: string): boolean {
  return pronouns.has(text.trim().toLowerCase());
}

/**
 * True when a named source ("Jordanian Foreign Minister Ayman Safadi", "one of the members",
 * "Haaretz") stands for the fact's speaker: one name contains the other as whole words, against
 * the speaker's name, aliases, channel and the fact's source (a news organisation that reported
 * the words is a source too: "…,” Haaretz reported"), a news organisation in initials too ("RNZ
 * reported" for Radio New Zealand). A source with another given name before
 * the speaker's surname ("Olivier Marchand" for Sophie Marchand) is another person, though the
 * surname alone is an alias.
 */
export function namesSpeaker(source: string, fact: QuoteFact | StatementFact): boolean {
  const said = asCountries(nameKeys(source));
  if (said.length === 0) return false;
  const contains = (name: string) => {
    const keys = asCountries(nameKeys(name));
    return containsRun(said, keys) || containsRun(keys, said);
  };
  if (contains(fact.speaker.name) || sameByInitials(source, fact.speaker.name)) return true;
  const aliases = fact.speaker.aliases ?? [];
  if (anotherGivenName(source, fact.speaker.name, aliases)) return false;
  const names = [...aliases, fact.source.name];
  if (fact.channel) names.push(fact.channel);
  return names.some((n) => contains(n) || sameByInitials(source, n));
}

// Words of an outlet's name written short or in full: "Bloomberg TV" is Bloomberg Television.
const TV = nameKeys('TV')[0];
const TELEVISION = nameKeys('Television')[0];
const spelledOut = (key: string) => (key === TV ? TELEVISION : key);

/**
 * True when an outlet as written ("CNN", "a tweet", "Twitter", "the AP") is the recorded channel
 * ("CNN", "tweet", "The Associated Press"): the same name, the same name in initials (see
 * `sameByInitials`), "TV" read as "Television", or the same medium (see `mayBeOne`).
 */
export function sameChannel(outlet: string, channel: string): boolean {
  const a = nameKeys(outlet).map(spelledOut);
  const b = nameKeys(channel).map(spelledOut);
  return (
    containsRun(a, b) ||
    containsRun(b, a) ||
    sameByInitials(outlet, channel) ||
    mayBeOne(outlet, channel)
  );
}

/**
 * The direct quotes of a text: the spans inside double quotation marks (“…” or "…"), without
 * the marks. A quote left open runs to the end of its paragraph.
 */
export function quotedSpans(text: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  // By `indexOf`, not char by char: most paragraphs hold no quote, or one.
  let i = 0;
  // The first blank line after the last opening mark; kept while it lies ahead, so a paragraph
  // of many quotes is not searched to its end for each.
  let blank = 0;
  // The next place of each opening mark, searched again only once passed, for the same reason.
  let curly = text.indexOf('“');
  let straight = text.indexOf('"');
  for (;;) {
    if (curly >= 0 && curly < i) curly = text.indexOf('“', i);
    if (straight >= 0 && straight < i) straight = text.indexOf('"', i);
    const open = curly < 0 ? straight : straight < 0 ? curly : Math.min(curly, straight);
    if (open < 0) return out;
    const close = text.indexOf(text[open] === '"' ? '"' : '”', open + 1);
    if (blank >= 0 && blank <= open) blank = text.indexOf('\n\n', open + 1);
    if (blank >= 0 && (close < 0 || blank < close)) {
      out.push({ from: open + 1, to: blank });
      i = blank + 1;
    } else if (close >= 0) {
      if (close > open + 1) out.push({ from: open + 1, to: close });
      i = close + 1;
    } else {
      if (open + 1 < text.length) out.push({ from: open + 1, to: text.length });
      return out;
    }
  }
}
