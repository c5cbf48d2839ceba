import type { FactIndex, TermHit } from './fact-index';
import { finding } from './finding';
import { sourceLabel } from './format';
import { classifyMentions } from './mentions';
import { pronounReach } from './pronoun-speakers';
import { matchQuote, quotedSpans, recordWithin } from './quotes';
import { attributedInPlace, namedInPlace } from './scare-quotes';
import { SpanSet, sentenceAt } from './span-search';
import { speakerFindings, statementFinding } from './speakers-check';
import { type KeyedWord, wordsBetween } from './terms';
import type { Attribution, Claims, Finding, Mention, QuoteFact, Sentence, Span } from './types';

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

/**
 * The findings of a block's quotes and attributions. Every direct quote (an attribution's quote,
 * or any span in double quotation marks) but a name the words before it give (see
 * `namedInPlace`) is compared with the recorded quotes; an attribution
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
  // `hits` come in text order (see `FactIndex.termHits`): each attribution finds its own by binary search.
  const { sentences, words, hits } = block;
  const out: Finding[] = [];
  // A quote in two parts around one cue ("“…,” Quispe told the AP. “…”") is two attributions with
  // one source and one outlet: a finding on either is made once.
  const made = new Set<string>();
  const push = (f: Finding) => {
    const key = `${f.kind} ${f.from} ${f.to} ${f.factId ?? ''}`;
    if (made.has(key)) return;
    made.add(key);
    out.push(f);
  };
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
    // A name in quotation marks ("known as the “Flood of the Millennium”") is no one's words.
    if (namedInPlace(text, span)) continue;
    const quoteText = text.slice(span.from, span.to);
    const m = matchQuote(quoteText, index);
    // A quote holding a whole record with words of its own around it ("The study cannot prove
    // cause and effect"): the record's words, whose speaker is checked, but no confirmed or
    // altered words of its own.
    const fact = m?.fact ?? recordWithin(quoteText, index) ?? undefined;
    const at = { from: span.from, to: span.to, text: quoteText };
    if (fact) {
      if (by) matched.add(by);
      recorded.push(span);
      const label = sourceLabel(fact);
      // The suggestion replaces the words and keeps the prose's own closing punctuation
      // ("…at 422,” Safadi said" stays a comma).
      const tail = /[\s.,!?;:…]*$/;
      if (m && !m.exact)
        push(
          finding(
            'quote-altered',
            'error',
            at,
            `The recorded quote reads “${m.recorded}” (${fact.speaker.name}, ${label}).`,
            {
              factId: fact.id,
              expected: m.recorded,
              suggestion: m.recorded.replace(tail, '') + (quoteText.match(tail)?.[0] ?? ''),
            },
          ),
        );
      // A reporting frame ("according to Reuters") names who reported the words; when the
      // recorded speaker is named in the sentence too, the words are theirs, not misattributed.
      const framed =
        by !== undefined &&
        frame.test(by.cue.text) &&
        speakerNamed(sentences[sentenceOf(span.from)], fact);
      const speaker = by ? speakerFindings(text, by, fact, framed) : [];
      // Not "confirmed" beside an error on who said it.
      if (m?.exact && all && !speaker.some((f) => f.severity === 'error'))
        push(
          finding(
            'quote-confirmed',
            'ok',
            at,
            `Matches the recorded quote of ${fact.speaker.name} (${label}).`,
            { factId: fact.id, expected: m.recorded },
          ),
        );
      for (const f of speaker) push(f);
    }
    if (!by?.source && !attributedInPlace(text, span) && !attributedNearby(span, fact)) {
      push(
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

  // Built on first need: the quotes a pronoun's antecedent is not in.
  let inQuotes: SpanSet | undefined;
  for (const a of claims.attributions) {
    if (matched.has(a)) continue;
    // The sentence and the next: "Sudan's army denied involvement. Its spokesman, Nabil
    // Abdallah, said …" names the recorded speaker of the denial.
    const last = Math.min(sentences.length - 1, sentenceOf(a.to - 1) + 1);
    const around = { from: sentences[sentenceOf(a.from)].from, to: sentences[last].to };
    const reach = () => {
      inQuotes ??= new SpanSet(quotes.map((q) => q.span));
      return pronounReach(a, sentences, claims.mentions, inQuotes, lead);
    };
    const f = statementFinding(text, a, index, hits, words, around, reach);
    if (f) push(f);
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
