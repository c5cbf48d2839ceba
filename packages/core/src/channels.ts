// What an outlet in the prose and a channel in the record name: a news organisation ("CNN",
// "Le Monde") or a medium, the channel nouns and platforms of `cues` ("a tweet", "a video",
// "Twitter"). A platform and its posts are one medium: "in a tweet", "on Twitter" and "on X" say
// the same thing.

import { channels as nouns, platforms } from './cues';
import { ONE_WORD_OUTLETS } from './mastheads';

// Words of one medium written two ways, by the word that stands for both.
// biome-ignore format: a table
const SAME = new Map<string, string>([
  ['tweet', 'twitter'], ['x', 'twitter'], ['release', 'statement'], ['conference', 'briefing'],
  ['message', 'post'],
]);

/** The medium a channel as written names ("a tweet" and "X" name Twitter), if any. */
export function mediumOf(name: string): string | undefined {
  for (const w of name.toLowerCase().split(/[\s,.]+/)) {
    if (nouns.has(w) || platforms.has(w)) return SAME.get(w) ?? w;
  }
  return undefined;
}

// Media a news organisation carries: "said in an interview" or "in a video" may well be the
// recorded outlet's ("CNN"). A statement, a briefing or a tweet is the speaker's own.
const CARRIED = new Set(['interview', 'video', 'broadcast', 'podcast', 'op-ed', 'column']);

// Words of places and bodies where words are said, and of platforms the cues do not list: a
// channel holding one is no news organisation ("Parliament", "the Senate", "Truth Social").
// biome-ignore format: a list
const NOT_OUTLETS = new Set([
  'parliament', 'commons', 'lords', 'senate', 'congress', 'assembly', 'council', 'court',
  'committee', 'hearing', 'testimony', 'summit', 'rally', 'house', 'chamber', 'tribunal',
  'inquiry', 'social', 'weibo', 'whatsapp', 'wechat', 'reddit', 'mastodon',
]);

/** A news organisation's name: capitalised, with no medium, body or place of speech in it. */
function isOutlet(name: string): boolean {
  if (!/^[A-Z0-9]/.test(name.replace(/^the\s+/i, ''))) return false;
  return !name
    .toLowerCase()
    .split(/[\s,.]+/)
    .some((w) => NOT_OUTLETS.has(w));
}

/**
 * Whether the channel written in the prose (`a`) may be the recorded one (`b`) written
 * differently: one medium ("Twitter", "X" and "tweet"; a post and a platform it may be on), or
 * a medium an outlet carries against the recorded outlet ("said in an interview" against CNN).
 * Two different media ("in a statement" against a tweet) are not, nor an outlet against a
 * recorded medium ("told CNN" against a tweet).
 */
export function mayBeOne(a: string, b: string): boolean {
  const ma = mediumOf(a);
  const mb = mediumOf(b);
  if (ma !== undefined && mb === undefined) return CARRIED.has(ma) && isOutlet(b);
  if (ma === undefined || mb === undefined) return false;
  if (ma === mb) return true;
  return (ma === 'post' && platforms.has(mb)) || (mb === 'post' && platforms.has(ma));
}

// Words that name a news organisation in most of the world's mastheads and wire services.
const NEWS =
  /\b(?:times|post|news|press|journal|tribune|herald|gazette|telegraph|guardian|observer|chronicle|courier|reuters|bloomberg|afp|ap|bbc|cnn|nbc|cbs|abc|npr|pbs|itv|sky|fox|msnbc|axios|politico|jazeera|monde|figaro|spiegel|haaretz|repubblica|corriere|pa|dpa|ansa|efe|xinhua|yonhap|kyodo)\b/i;

/**
 * True when one word names an outlet: initials ("NPR", "ZDF") or a masthead's or wire's name.
 * The one-word outlets of `mastheads.ts` ("Interfax", "Bild") are outlets alone only here, for
 * the object of "told", which any other one word most often names a person ("the judge told
 * Keller"); they are not among NEWS, whose words silence a finding wherever they stand ("Kate
 * Forbes").
 */
export function isOutletWord(name: string): boolean {
  return (
    /^[A-Z0-9&]{2,}$/.test(name) || isNewsName(name) || ONE_WORD_OUTLETS.has(name.toLowerCase())
  );
}

/**
 * True when `name` reads as a news organisation's ("The Times", "Reuters", "Le Monde"): capitalised,
 * no body or place of speech, and a word of a masthead or a wire service's name in it.
 */
export function isNewsName(name: string): boolean {
  return isOutlet(name) && NEWS.test(name) && !BODIES.test(name);
}

// Words of public bodies, whose names may hold a news word ("Independent Office for Police
// Conduct", "Post Office", "Press Complaints Commission").
const BODIES =
  /\b(?:office|commission|authority|council|police|conduct|department|ministry|agency|board|service|standards|complaints|regulator)\b/i;

/** The initials of a name's capitalised words: "the Associated Press" gives "AP". */
export function initials(name: string): string {
  return (name.match(/\b[A-Z]/g) ?? []).join('');
}

/** True when `text` names a news organisation among its capitalised words ("said on NBC"). */
export function namesNews(text: string): boolean {
  return (text.match(/\b[A-Z][\w&.'’-]*/g) ?? []).some((w) => NEWS.test(w));
}
