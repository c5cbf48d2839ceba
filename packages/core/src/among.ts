// "Among voters aged 18 to 24, Chega took 32%": a sentence that opens on a group gives that
// group's figures, some of a whole. A record of the whole (Chega's 18.1% nationally, the 40
// killed) does not contradict them; such a figure ties to it only when it agrees. So with one
// of a group ("One victim, …") and another defendant ("His co-defendant, …").

import type { FigureFact, Sentence } from './types';

// "Among voters aged 18 to 24,", "Among those killed,": the group, up to the first comma that
// groups no digits ("Among the 1,200 killed,").
const OPENS = /^[\s"“‘']*Among\s+((?:[^,;:.!?]|[,.](?=\d)){1,60}),/;
// Not a group of a whole: "Among other things,", "Among its findings,", "Among them,".
const NOT_GROUP = /^(?:other|others|its|their|his|her|our|my|them|us|these|those things)\b/;
// The whole a record counts, not a part of it: "Among voters, Chega took 22%".
// biome-ignore format: a list
const WHOLES = new Set([
  'voters', 'people', 'residents', 'adults', 'respondents', 'citizens', 'the public', 'households',
  'americans', 'britons', 'those polled', 'all voters',
]);

/** A group a sentence opens on: its words, lower-cased, and where its phrase ends. */
export interface Group {
  name: string;
  /** One of the group ("One victim, …"): only a record of one, not of the group, is of it. */
  one?: boolean;
  /**
   * Another person than the one a story is about ("His co-defendant, Sarah Pryce, 44, …"): only a
   * record that names them (the noun, or a name the sentence gives them) is of them.
   */
  other?: string[];
  /** The offset of the comma that closes "Among …,": figures before it are in the phrase. */
  to: number;
}

// "His co-defendant, Sarah Pryce, 44, was jailed for three years", "A second man was jailed for
// four years": in court copy, another defendant than the one the record's sentence is of.
const OTHER =
  /^[\s"“‘']*(?:(?:His|Her|Their|The)\s+(co-defendants?|co-accused|accomplices?)|(?:Another|A\s+(?:second|third|fourth|fifth)|The\s+(?:other|second|third))\s+(man|woman|defendant|suspect|accused|teenager|boy|girl|co-defendant|accomplice))\b/;
// Court copy: what makes "A second man" another defendant, not another of the dead or the
// arrested ("A second man died in hospital, bringing the death toll to five").
const COURT = /\b(?:jailed|sentenced|convicted|fined|imprisoned|acquitted|given|handed|ordered)\b/;
const BRINGING = /\b(?:bringing|brings|toll)\b/i;
// The names the sentence gives that person: capitalised words after the opener, up to its verb.
const NAMES = /\b[A-Z][\p{L}'’-]+/gu;

// "One victim, retired nurse Patricia Lowe, 71, was defrauded of £186,000", "One of the savers,
// …": one of a group of people a story counts, named by a comma after it. Not "One person was
// killed and 12 injured", "One official, who asked not to be named, said …" or "One year on, …".
const ONE =
  /^[\s"“‘']*One\s+(?:of\s+(?:the|its|their)\s+)?(victims?|savers?|investors?|customers?|clients?|patients?|famil(?:y|ies)|households?|passengers?|pensioners?|claimants?|depositors?|survivors?|tenants?|homeowners?|borrowers?|policyholders?|members?),/;
// What brings the whole group back into the sentence: "was among 52 people killed".
const WHOLE_AGAIN = /\b(?:among|others|all|total|in\s+all)\b/i;

/**
 * The group `sentence` of `text` opens on ("Among those killed, …", "One victim, …", "His
 * co-defendant, …"), if any.
 */
export function groupOf(text: string, sentence: Sentence): Group | undefined {
  const start = text.slice(sentence.from, Math.min(sentence.to, sentence.from + 80));
  const other = OTHER.exec(start);
  const whole = text.slice(sentence.from, sentence.to);
  if (other && COURT.test(whole) && !WHOLE_AGAIN.test(whole) && !BRINGING.test(whole)) {
    const rest = start.slice(other[0].length).split(/\s(?:was|were|is|has|had|got|received)\s/)[0];
    const names = (rest.match(NAMES) ?? []).map((n) => n.toLowerCase());
    const noun = (other[1] ?? other[2]).toLowerCase();
    return {
      name: noun,
      other: [noun.replace(/s$/, ''), ...names],
      to: sentence.from + other[0].length,
    };
  }
  const one = ONE.exec(start);
  if (one && !WHOLE_AGAIN.test(text.slice(sentence.from, sentence.to)))
    return { name: one[1], one: true, to: sentence.from + one[0].length };
  const m = OPENS.exec(start);
  if (!m) return undefined;
  const name = m[1].toLowerCase().replace(/\s+/g, ' ').trim();
  if (NOT_GROUP.test(name) || WHOLES.has(name)) return undefined;
  return { name, to: sentence.from + m[0].length };
}

/**
 * True when neither `fact`'s subject nor its terms name `group` as the sentence writes it: a
 * record "Chega share among voters aged 18 to 24" is of the group, "People killed" is of the
 * whole that "those killed" are some of. For one of a group, when the record is not of one; for
 * another person, when the record names neither them nor the noun they are given.
 */
export function otherGroup(group: Group, fact: FigureFact): boolean {
  if (group.other) {
    const words = new Set(
      [fact.subject, ...(fact.terms ?? [])]
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}'’-]+/u)
        .map((w) => w.replace(/(?:['’]s|s)$/, '')),
    );
    return !group.other.some((w) => words.has(w.replace(/(?:['’]s|s)$/, '')));
  }
  if (group.one) return !ONE_FACT.test([fact.subject, ...(fact.terms ?? [])].join(' | '));
  const names = (w: string) => w.toLowerCase().replace(/\s+/g, ' ').includes(group.name);
  return !names(fact.subject) && !(fact.terms ?? []).some(names);
}

// A record of one of a group: "Largest loss by a single victim", "Average loss per saver".
const ONE_FACT = /\b(?:one|single|individual|each|per|largest|biggest|smallest|average)\b/i;
