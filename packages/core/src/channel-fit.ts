// Whether a recorded channel can stand in the prose where a wrong outlet is written: "told ITV"
// takes another outlet ("told BBC"), "in a tweet" another channel noun ("in a statement"), "on
// Twitter" another platform. Anything else would make a broken sentence ("Safadi told tweet").
import { channels as channelNouns, platforms } from './cues';
import type { TextSpan } from './types';

type ChannelKind = 'outlet' | 'channel' | 'platform' | 'other';

const article = /^(?:a|an|the)\s+/i;

function kindOf(name: string): ChannelKind {
  const words = name.replace(article, '').toLowerCase().split(/\s+/);
  if (words.length === 1 && platforms.has(words[0])) return 'platform';
  if (channelNouns.has(words[words.length - 1])) return 'channel';
  // A news organisation is a name: "CNN", "BBC Radio 4", "the Guardian".
  return /^[A-Z0-9]/.test(name.replace(/^the\s+/i, '')) ? 'outlet' : 'other';
}

/**
 * The recorded `channel` as a replacement for the written `outlet` of `text`, when it reads as
 * English in its place: an outlet for an outlet, a platform for a platform, a channel noun for a
 * channel noun whose article ("a", "an") still fits. Undefined otherwise.
 */
export function channelSuggestion(
  text: string,
  outlet: TextSpan,
  channel: string,
): string | undefined {
  const written = kindOf(outlet.text);
  if (written === 'other' || written !== kindOf(channel)) return undefined;
  if (written !== 'channel') return channel;
  const noun = channel.replace(article, '');
  const before = /\b(a|an)\s+$/i.exec(text.slice(Math.max(0, outlet.from - 4), outlet.from));
  if (before && (before[1].toLowerCase() === 'an') !== /^[aeiou]/i.test(noun)) return undefined;
  return noun;
}
