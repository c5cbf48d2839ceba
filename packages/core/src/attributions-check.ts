// Quotes and attributions against the record: altered and misattributed quotes, a wrong outlet
// or source for a recorded statement, and direct quotes nobody is named as saying.
import { channelSuggestion } from './channel-fit';
import { initials, isNewsName, namesNews } from './channels';
import type { FactIndex, TermHit } from './fact-index';
import { finding } from './finding';
import { sourceLabel } from './format';
import { classifyMentions } from './mentions';
import { isPronoun, matchQuote, namesSpeaker, quotedSpans, sameChannel } from './quotes';
import { attributedInPlace } from './scare-quotes';
import { firstFrom, SpanSet, sentenceAt } from './span-search';
import { type KeyedWord, phraseKeys, wordsBetween } from './terms';
import type {
  Attribution,
  Claims,
  Finding,
  Mention,
  QuoteFact,
  Sentence,
  Span,
  StatementFact,
} from './types';

/** The cues of a reporting frame: their source reported the words, it need not have said them. */
const frame = /^(?:according to|reported|reports|reporting|citing|cited)\b/i;

/** The quotation marks and spaces a quote's span may carry at its ends. */
const marks = /^[\s“”"‘’']+|[\s“”"‘’']+$/g;

function trimSpan(text: string, span: Span): Span {
  const raw = text.slice(span.from, span.to);
  const lead = raw.length - raw.replace(/^[\s“”"‘’']+/, '').length;
  const inner = raw.replace(marks, '');
  return { from: span.from + lead, to: span.from + lead + inner.length };
}

/** Who an attribution names as its source, pronouns resolved; undefined when it names no one. */
function sourceName(a: Attribution): string | undefined {
  if (!a.source) return undefined;
  if (a.source.resolved) return a.source.resolved;
  return isPronoun(a.source.text) ? undefined : a.source.text;
}

/**
 * The findings of a block's quotes and attributions. Every direct quote (an attribution's quote,
 * or any span in double quotation marks) is compared with the recorded quotes; an attribution
 * whose words hold a statement fact's terms is compared with that statement's speaker and
 * channel. A quote is unattributed when neither its sentence nor the ones next to it name a
 * source of an attribution, a person (outside the quote) or the quote's recorded speaker.
 * Into `recorded` go the spans the record holds as someone's words: every quote that matches a
 * recorded one, and the terms of statements and quotes ("300 volunteer members") inside the
 * draft's quotes and attributed words. `lead` holds the previous paragraph's mentions (see
 * `CheckOptions.lead`).
 */
export function checkAttributions(
  text: string,
  claims: Claims,
  index: FactIndex,
  block: { sentences: readonly Sentence[]; words: readonly KeyedWord[]; hits: readonly TermHit[] },
  all: boolean,
  recorded: Span[] = [],
  lead: readonly Mention[] = [],
): Finding[] {
  const { sentences, words } = block;
  // In text order, so that each attribution finds its hits by binary search.
  const hits = [...block.hits].sort((a, b) => a.from - b.from);
  const out: Finding[] = [];
  const sentenceOf = (offset: number) => sentenceAt(sentences, offset);
  const quotes: { span: Span; by?: Attribution }[] = [];
  for (const a of claims.attributions) {
    const span = trimSpan(text, a.content);
    if (a.quote && span.to > span.from) quotes.push({ span, by: a });
  }
  const marked = quotedSpans(text);
  if (marked.length) {
    const attributed = new SpanSet(quotes.map((q) => q.span));
    const contents = new SpanSet(
      claims.attributions.map((a) => ({ from: a.content.from, to: a.content.to, a })),
    );
    for (const q of marked) {
      const span = trimSpan(text, q);
      if (span.to <= span.from) continue;
      if (attributed.overlaps(span.from, span.to)) continue;
      // A quote inside an attribution's content is that attribution's words ("… as
      // “terrorists”, according to Le Monde").
      quotes.push({ span, by: contents.holding(span.from, span.to)?.a });
    }
  }
  // Built on first need: most paragraphs hold no quote without a source.
  let near: { sources: SpanSet; people: SpanSet } | undefined;
  const nearby = () => {
    if (near) return near;
    const kinds = classifyMentions(claims.mentions);
    // The people named outside every quote: a name in a quote's words speaks none of them.
    const quoted = new SpanSet(quotes.map((q) => q.span));
    near = {
      sources: new SpanSet(claims.attributions.flatMap((a) => (a.source ? [a.source] : []))),
      people: new SpanSet(
        claims.mentions.filter((m, i) => kinds[i] === 'person' && !quoted.overlaps(m.from, m.to)),
      ),
    };
    return near;
  };

  const matched = new Set<Attribution>();
  for (const { span, by } of quotes) {
    const quoteText = text.slice(span.from, span.to);
    const m = matchQuote(quoteText, index);
    const at = { from: span.from, to: span.to, text: quoteText };
    if (m) {
      if (by) matched.add(by);
      recorded.push(span);
      const label = sourceLabel(m.fact);
      // The suggestion replaces the words and keeps the prose's own closing punctuation
      // ("…at 422,” Safadi said" stays a comma).
      const tail = /[\s.,!?;:…]*$/;
      const suggestion = m.recorded.replace(tail, '') + (quoteText.match(tail)?.[0] ?? '');
      if (!m.exact)
        out.push(
          finding(
            'quote-altered',
            'error',
            at,
            `The recorded quote reads “${m.recorded}” (${m.fact.speaker.name}, ${label}).`,
            { factId: m.fact.id, expected: m.recorded, suggestion },
          ),
        );
      else if (all)
        out.push(
          finding(
            'quote-confirmed',
            'ok',
            at,
            `Matches the recorded quote of ${m.fact.speaker.name} (${label}).`,
            { factId: m.fact.id, expected: m.recorded },
          ),
        );
      // A reporting frame ("according to Reuters") names who reported the words; when the
      // recorded speaker is named in the sentence too, the words are theirs, not misattributed.
      const framed =
        by !== undefined &&
        frame.test(by.cue.text) &&
        speakerNamed(sentences[sentenceOf(span.from)], m.fact);
      if (by) out.push(...speakerFindings(text, by, m.fact, framed));
    }
    if (!by?.source && !attributedInPlace(text, span) && !attributedNearby(span, m?.fact)) {
      out.push(
        finding(
          'quote-unattributed',
          'warning',
          at,
          'No one is named as the speaker of this quote in its sentence or the ones next to it.',
        ),
      );
    }
  }

  const worded = hits.filter((h) => {
    const kind = index.get(h.factId)?.kind;
    return kind === 'statement' || kind === 'quote';
  });
  if (worded.length) {
    const said = new SpanSet([
      ...quotes.map((q) => q.span),
      ...claims.attributions.map((a) => a.content),
    ]);
    for (const h of worded) if (said.holding(h.from, h.to)) recorded.push(h);
  }

  for (const a of claims.attributions) {
    if (matched.has(a)) continue;
    // The sentence and the next: "Sudan's army denied involvement. Its spokesman, Nabil
    // Abdallah, said …" names the recorded speaker of the denial.
    const last = Math.min(sentences.length - 1, sentenceOf(a.to - 1) + 1);
    const around = { from: sentences[sentenceOf(a.from)].from, to: sentences[last].to };
    const f = statementFinding(text, a, index, hits, words, around);
    if (f) out.push(f);
  }
  return out;

  function speakerNamed(sentence: Sentence, fact: QuoteFact): boolean {
    return index
      .speakerHits(wordsBetween(words, sentence.from, sentence.to))
      .some((h) => h.factId === fact.id);
  }

  function attributedNearby(span: Span, fact?: QuoteFact): boolean {
    const s = sentenceOf(span.from);
    const lo = sentences[Math.max(0, s - 1)]?.from ?? 0;
    const hi =
      sentences[Math.min(sentences.length - 1, sentenceOf(span.to - 1) + 1)]?.to ?? text.length;
    const { sources, people } = nearby();
    if (sources.overlaps(lo, hi)) return true;
    // A person named around the quote, not in it, most likely speaks it ("Mayor Jane Smith was
    // defiant: “…”"): the reader knows who speaks, so the quote is not unattributed.
    if (people.countInside(lo, hi) > 0) return true;
    // A quote opening the paragraph: the previous paragraph's people, as for a pronoun.
    if (s === 0 && lead.length && classifyMentions(lead).includes('person')) return true;
    if (!fact) return false;
    return index.speakerHits(wordsBetween(words, lo, hi)).some((h) => h.factId === fact.id);
  }
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
function speakerFindings(
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
 * is contradicted.
 */
function statementFinding(
  text: string,
  a: Attribution,
  index: FactIndex,
  hits: readonly TermHit[],
  words: readonly KeyedWord[],
  around: Span,
): Finding | null {
  const candidates = new Map<string, StatementFact>();
  for (let i = firstFrom(hits, a.from); i < hits.length && hits[i].from < a.to; i++) {
    const hit = hits[i];
    if (hit.to > a.to) continue;
    const fact = index.get(hit.factId);
    if (fact?.kind === 'statement') candidates.set(fact.id, fact);
  }
  if (candidates.size === 0) return null;
  const who = sourceName(a);
  const named = who ? [...candidates.values()].filter((f) => namesSpeaker(who, f)) : [];
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
  const spoken = wordsBetween(words, around.from, around.to);
  if (index.speakerHits(spoken).some((h) => h.factId === fact.id))
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
