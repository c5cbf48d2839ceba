// A recorded statement's or quote's speaker and outlet against the attribution that gives it:
// who is named as saying it, and where ("told NPR" where the record says CNN).
import { channelSuggestion } from './channel-fit';
import { initials, isNewsName, namesNews } from './channels';
import type { FactIndex, TermHit } from './fact-index';
import { finding } from './finding';
import { sourceLabel } from './format';
import { namedIn } from './pronoun-speakers';
import { isPronoun, namesSpeaker, sameChannel } from './quotes';
import { firstFrom } from './span-search';
import { type KeyedWord, phraseKeys, wordsBetween } from './terms';
import type { Attribution, Finding, Mention, QuoteFact, Span, StatementFact } from './types';

/** Who an attribution names as its source, pronouns resolved; undefined when it names no one. */
function sourceName(a: Attribution): string | undefined {
  if (!a.source) return undefined;
  if (a.source.resolved) return a.source.resolved;
  return isPronoun(a.source.text) ? undefined : a.source.text;
}

// A speaker described, not named: "the judge", "the City manager", "the club".
const described = (name: string) => /(?:^|\s)[a-z][\w'’-]*$/.test(name.trim());

// Roles a court keeps apart: a judge is no prosecutor, the defence no prosecution.
const ROLES: readonly [RegExp, string][] = [
  [/\b(?:judge|justice|magistrate|recorder|coroner)\b/i, 'bench'],
  [/\b(?:prosecut\w*|crown)\b/i, 'prosecution'],
  [/\b(?:defen[cs]e|defending)\b/i, 'defence'],
];
const roleOf = (name: string) => ROLES.find(([pattern]) => pattern.test(name))?.[1];

/**
 * True when source `who` can be held against the recorded speaker: a name always; a description
 * ("the judge") only against a recorded role it cannot be ("the prosecutor"). "The club" may well
 * be Chelsea FC, and "the spokeswoman" a spokesperson.
 */
function comparable(who: string, fact: QuoteFact): boolean {
  if (!described(who)) return true;
  const role = roleOf(who);
  return (
    role !== undefined &&
    [fact.speaker.name, ...(fact.speaker.aliases ?? [])].some((a) => {
      const other = roleOf(a);
      return other !== undefined && other !== role;
    })
  );
}

/** A recorded quote's attribution: the named source must be its speaker, the outlet its channel. */
export function speakerFindings(
  text: string,
  a: Attribution,
  fact: QuoteFact,
  framed: boolean,
): Finding[] {
  const out: Finding[] = [];
  const who = sourceName(a);
  const label = sourceLabel(fact);
  if (a.source && who && !framed && !namesSpeaker(who, fact) && comparable(who, fact)) {
    out.push(
      finding(
        'quote-misattributed',
        'error',
        a.source,
        `The record has these words from ${fact.speaker.name} (${label}), not ${who}.`,
        { factId: fact.id, expected: fact.speaker.name },
      ),
    );
  }
  const channel = channelFinding(text, a, fact);
  if (channel) out.push(channel);
  return out;
}

function channelFinding(
  text: string,
  a: Attribution,
  fact: QuoteFact | StatementFact,
): Finding | null {
  if (!a.outlet || !fact.channel || sameChannel(a.outlet.text, fact.channel)) return null;
  const suggestion = channelSuggestion(text, a.outlet, fact.channel);
  return finding(
    'attribution-contradicted',
    'error',
    a.outlet,
    `The record has this from ${fact.speaker.name} via ${fact.channel}, not ${a.outlet.text} (${sourceLabel(fact)}).`,
    { factId: fact.id, expected: fact.channel, suggestion },
  );
}

/** The term keys of each of `fact`'s terms found in the attribution ("roads were blocked"). */
function termsIn(
  text: string,
  a: Attribution,
  fact: StatementFact,
  hits: readonly TermHit[],
): string[][] {
  const out: string[][] = [];
  for (let i = firstFrom(hits, a.from); i < hits.length && hits[i].from < a.to; i++) {
    const h = hits[i];
    if (h.factId === fact.id) out.push(phraseKeys(text.slice(h.from, h.to)));
  }
  return out;
}

/**
 * True when the terms found say what the attribution is about: a term of several words ("roads
 * were blocked"), or two different terms. One word ("killed") is in too many attributions to take
 * their source for the record's: "the group says 250 of its volunteers have been killed" is not
 * the monitor's death toll of the war.
 */
function specific(terms: readonly string[][]): boolean {
  return terms.some((t) => t.length > 1) || new Set(terms.map((t) => t.join(' '))).size > 1;
}

/**
 * True when the named source's own recorded words (a quote, or a statement's terms) hold one of
 * the `terms` found: "Jordan's foreign minister said they would be resettled", where the record
 * has the state news agency's statement on resettling and the minister's quote about it too. The
 * prose then agrees with a record, and is not contradicted by the other's.
 */
function saysItToo(
  a: Attribution,
  fact: StatementFact,
  terms: readonly string[][],
  index: FactIndex,
  words: readonly KeyedWord[],
): boolean {
  if (!a.source) return false;
  const keys = new Set(terms.flat());
  for (const h of index.speakerHits(wordsBetween(words, a.source.from, a.source.to))) {
    const own = index.get(h.factId);
    if (!own || own.id === fact.id) continue;
    const said =
      own.kind === 'quote'
        ? phraseKeys(own.text)
        : own.kind === 'statement'
          ? own.terms.flatMap(phraseKeys)
          : [];
    if (said.some((k) => keys.has(k))) return true;
  }
  return false;
}

// Media an outlet is named by, without its name: "told the broadcaster", "said on the programme".
const MEDIA =
  /\b(?:broadcaster|network|channel|station|programme|program|newspaper|paper|interview|podcast|show)\b/i;

// A reporting frame: "according to The Times", "Reuters reported".
const FRAME = /^(?:according|reported|reports|report)\b/i;

/**
 * A news organisation framing a recorded speaker's statement that another news organisation
 * carried. Not when the sentence names the record's outlet itself ("Smith told the BBC …, the
 * Guardian reported": the Guardian relays the BBC), nor when the record's channel is a medium
 * ("in a tweet"), which any outlet may relay.
 */
function carrierFinding(
  text: string,
  a: Attribution,
  fact: StatementFact,
  sentence: string,
): Finding | null {
  const by = a.source;
  const channel = fact.channel;
  if (!by || !channel || !FRAME.test(a.cue.text) || !isNewsName(by.text)) return null;
  if (!isNewsName(channel) && initials(channel) !== channel) return null;
  if (namesSpeaker(by.text, fact) || sameChannel(by.text, channel)) return null;
  // Silent when the outlet may be the record's after all: a word of the channel's name in the
  // sentence ("told Sky" for Sky News, "Bloomberg News" for Bloomberg TV), the frame's initials
  // ("the Press Association", PA Media), or another outlet or medium named beside the frame
  // ("said on NBC", "told the broadcaster").
  const names = channel.split(/\s+/).filter((t) => /^[A-Z0-9][\w.&'’-]+$/.test(t) && t !== 'The');
  if (
    names.some((t) =>
      new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(sentence),
    )
  )
    return null;
  if (names.includes(initials(by.text))) return null;
  const rest = sentence.replace(by.text, '');
  if (MEDIA.test(rest) || namesNews(rest)) return null;
  return finding(
    'attribution-contradicted',
    'error',
    by,
    `The record has this from ${fact.speaker.name} via ${channel}, not ${by.text} (${sourceLabel(fact)}).`,
    {
      factId: fact.id,
      expected: channel,
      suggestion: channelSuggestion(text, by, channel),
    },
  );
}

/**
 * An attribution whose words hold the terms of recorded statements: the outlet must be the
 * channel of the statement its source names; when it names no recorded speaker, exactly one
 * statement fits and its speaker is not named in the sentence or the next, the source itself
 * is contradicted. A "he" or "she" the extractor left unresolved names the speaker of a
 * statement that one of the mentions `reach` gives (see `pronounReach`) names.
 */
export function statementFinding(
  text: string,
  a: Attribution,
  index: FactIndex,
  hits: readonly TermHit[],
  words: readonly KeyedWord[],
  around: Span,
  reach?: () => readonly Mention[] | undefined,
): Finding | null {
  // Made for the few attributions that hold a statement's terms.
  let candidates: Map<string, StatementFact> | undefined;
  for (let i = firstFrom(hits, a.from); i < hits.length && hits[i].from < a.to; i++) {
    const hit = hits[i];
    if (hit.to > a.to) continue;
    const fact = index.get(hit.factId);
    if (fact?.kind !== 'statement') continue;
    candidates ??= new Map();
    candidates.set(fact.id, fact);
  }
  if (candidates === undefined) return null;
  const who = sourceName(a);
  let named = who ? [...candidates.values()].filter((f) => namesSpeaker(who, f)) : [];
  // "Kalns conceded defeat. He told TV3 …": a pronoun left unresolved, the record's speaker
  // named right before it.
  const near = who ? undefined : reach?.();
  if (near?.length) named = [...candidates.values()].filter((f) => namedIn(near, f, index));
  for (const fact of named) {
    const f = channelFinding(text, a, fact);
    if (f) return f;
  }
  if (named.length > 0 || !who || !a.source || candidates.size !== 1) return null;
  const [fact] = candidates.values();
  const terms = termsIn(text, a, fact, hits);
  // The recorded speaker named elsewhere in the sentence most likely says it under another cue;
  // a news organisation's frame around it still names who carried it ("Government whips had
  // warned …, according to The Times", where the record has it from the Guardian).
  // Not in the source itself, which names another person ("Olivier Marchand" where the record's
  // Sophie Marchand goes by "Marchand").
  const source = a.source;
  const spoken = wordsBetween(words, around.from, around.to);
  const elsewhere = (h: TermHit) => h.from >= source.to || h.to <= source.from;
  if (index.speakerHits(spoken).some((h) => h.factId === fact.id && elsewhere(h)))
    return specific(terms)
      ? carrierFinding(text, a, fact, text.slice(around.from, around.to))
      : null;
  if (!specific(terms) || saysItToo(a, fact, terms, index, words)) return null;
  return finding(
    'attribution-contradicted',
    'error',
    a.source,
    `The record attributes this to ${fact.speaker.name}${fact.channel ? ` (${fact.channel})` : ''}, not ${who} (${sourceLabel(fact)}).`,
    { factId: fact.id, expected: fact.speaker.name, suggestion: fact.speaker.name },
  );
}
