// What an outlet in the prose and a channel in the record name: a news organisation ("CNN",
// "Le Monde") or a medium ("a tweet", "a video", "a statement"). A platform and its posts are
// one medium: "in a tweet", "on Twitter" and "on X" say the same thing.

import { termKey } from './terms';

// The words of a medium, by the medium they name.
// biome-ignore format: a table
const MEDIA = new Map<string, string>(
  Object.entries({
    tweet: 'twitter', twitter: 'twitter', x: 'twitter', facebook: 'facebook',
    instagram: 'instagram', telegram: 'telegram', tiktok: 'tiktok', youtube: 'video',
    video: 'video', interview: 'interview', statement: 'statement', release: 'statement',
    communique: 'statement', speech: 'speech', address: 'speech', letter: 'letter', email: 'email',
    post: 'post', posting: 'post', message: 'post', broadcast: 'broadcast', conference: 'briefing',
    briefing: 'briefing', podcast: 'podcast', blog: 'blog',
  }).map(([word, medium]) => [termKey(word), medium]),
);

/** Media that a generic "post" or "message" may have been made on. */
const PLATFORMS = new Set(['twitter', 'facebook', 'instagram', 'telegram', 'tiktok', 'blog']);

/** The medium named by one of `keys` (term keys), if any. */
export function mediumOf(keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const medium = MEDIA.get(k);
    if (medium !== undefined) return medium;
  }
  return undefined;
}

/**
 * Whether two channels written differently (as term keys) are one medium: "Twitter", "X" and
 * "tweet", or a post and a platform it may be on. Two different media ("in a statement" against
 * a tweet) are not, nor a medium and an outlet ("told CNN" against a tweet).
 */
export function mayBeOne(a: readonly string[], b: readonly string[]): boolean {
  const ma = mediumOf(a);
  const mb = mediumOf(b);
  if (ma === undefined || mb === undefined) return false;
  if (ma === mb) return true;
  return (ma === 'post' && PLATFORMS.has(mb)) || (mb === 'post' && PLATFORMS.has(ma));
}
