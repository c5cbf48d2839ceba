import { describe, expect, it } from 'vitest';
import { ashbyQuote } from './check.testing';
import { FactIndex } from './fact-index';
import { matchQuote, namesSpeaker, quotedSpans, recordWithin, sameChannel } from './quotes';
import type { QuoteFact } from './types';

const safadi: QuoteFact = {
  id: 'safadi-numbers',
  kind: 'quote',
  subject: 'Safadi on the numbers',
  speaker: { name: 'Ayman Safadi', aliases: ['Safadi', "Jordan's foreign minister"] },
  text: 'The number requested was 800 but the actual number settled at 422.',
  channel: 'tweet',
  source: { name: 'Ayman Safadi on Twitter' },
};
const index = new FactIndex([safadi]);

describe('matchQuote', () => {
  it('matches a quote word for word, case and punctuation aside', () => {
    expect(
      matchQuote('the number requested was 800, but the actual number settled at 422', index),
    ).toMatchObject({
      exact: true,
      recorded: safadi.text,
    });
  });

  it('matches a stretch of a recorded quote as exact', () => {
    expect(matchQuote('the actual number settled at 422', index)).toMatchObject({
      exact: true,
      recorded: 'the actual number settled at 422',
    });
  });

  it('matches a quote with one word changed as altered', () => {
    const m = matchQuote(
      'The number requested was 800 but the final number settled at 422.',
      index,
    );
    expect(m).toMatchObject({ exact: false, recorded: safadi.text });
    expect(m?.similarity).toBeCloseTo(11 / 12);
  });

  it("gives the record's own words where the quote changed its first or last words", () => {
    expect(
      matchQuote('the number requested was 800 but the actual number settled at 400', index),
    ).toMatchObject({ exact: false, recorded: safadi.text });
    expect(
      matchQuote('The figure requested was 800 but the actual number settled', index),
    ).toMatchObject({
      exact: false,
      recorded: 'The number requested was 800 but the actual number settled',
    });
  });

  it("gives the record's words to the end of its clause where the quote changed its ending", () => {
    const storm: QuoteFact = {
      id: 'storm',
      kind: 'quote',
      subject: 'Storm warning',
      speaker: { name: 'Dan Harris' },
      text: 'This is a dangerous storm, with a risk to life from flying debris and large waves in coastal areas. Stay away.',
      source: { name: 'Met Office' },
    };
    expect(
      matchQuote(
        'This is a dangerous storm, with a risk to life from flying debris and fast-flowing floodwater',
        new FactIndex([storm]),
      ),
    ).toMatchObject({
      exact: false,
      recorded:
        'This is a dangerous storm, with a risk to life from flying debris and large waves in coastal areas',
    });
  });

  it('runs a changed ending on by two words at most, and not past "and"', () => {
    const taxes: QuoteFact = {
      id: 'taxes',
      kind: 'quote',
      subject: 'Tax pledge',
      speaker: { name: 'Rachel Reeves' },
      text: 'We will not raise taxes on working people and we will protect the public services that they rely on every single day.',
      source: { name: 'Treasury' },
    };
    expect(matchQuote('not raise taxes on working families', new FactIndex([taxes]))).toMatchObject(
      { exact: false, recorded: 'not raise taxes on working people' },
    );
  });

  it('takes no record word across punctuation where the quote only adds one', () => {
    const fire: QuoteFact = {
      id: 'fire',
      kind: 'quote',
      subject: 'After the fire',
      speaker: { name: 'Jane Smith' },
      text: 'It was awful. We lost everything in the fire and we will rebuild the whole town.',
      source: { name: 'BBC' },
    };
    const fires = new FactIndex([fire]);
    const stretch = 'We lost everything in the fire and we will rebuild';
    expect(
      matchQuote(`Really, we lost everything in the fire and we will rebuild`, fires),
    ).toMatchObject({ exact: false, recorded: stretch });
    expect(
      matchQuote(`we lost everything in the fire and we will rebuild, God willing`, fires),
    ).toMatchObject({ exact: false, recorded: stretch });
  });

  it('does not match a quote that only shares a few words', () => {
    expect(matchQuote('The number of dead was never settled', index)).toBeNull();
    expect(matchQuote('422', index)).toBeNull();
  });
});

describe('recordWithin', () => {
  const ashby = ashbyQuote;
  const both = new FactIndex([safadi, ashby]);

  it('finds a whole record inside a quote that adds a few words of its own', () => {
    // Too far from the record to be an altered copy of it, but the record's words all the same.
    expect(matchQuote('The study cannot prove cause and effect.', both)).toBeNull();
    expect(recordWithin('The study cannot prove cause and effect.', both)).toBe(ashby);
    expect(recordWithin('This study cannot prove cause and effect', both)).toBe(ashby);
  });

  it('finds no record that is short, cut, or a small part of a longer quote', () => {
    // More words of the quote's own than the record's: the phrase may well be the speaker's too.
    expect(
      recordWithin(
        'Observational studies like this one cannot prove cause and effect, but the signal is consistent',
        both,
      ),
    ).toBeNull();
    // Not the whole record.
    expect(recordWithin('The study cannot prove cause, he said', both)).toBeNull();
    // A short record with more than three words around it: a phrase another may take up.
    expect(recordWithin('This study, like others, cannot prove cause and effect', both)).toBeNull();
    // A record of three words is too common a phrase to be found inside another quote.
    const short = new FactIndex([{ ...ashby, text: 'cause and effect' }]);
    expect(recordWithin('We know cause and effect here', short)).toBeNull();
  });
});

describe('speakers and channels', () => {
  it('accepts a speaker by name, alias or a longer title, and refuses others', () => {
    expect(namesSpeaker('Jordanian Foreign Minister Ayman Safadi', safadi)).toBe(true);
    expect(namesSpeaker('Jordan’s foreign minister', safadi)).toBe(true);
    expect(namesSpeaker('Benjamin Netanyahu', safadi)).toBe(false);
  });

  it('takes a full name with another given name for another person, though the surname is an alias', () => {
    const sophie: QuoteFact = {
      id: 'sophie',
      kind: 'quote',
      subject: 'Sophie Marchand on her release',
      text: 'I am tired, but I am free.',
      speaker: { name: 'Sophie Marchand', aliases: ['Marchand'] },
      channel: 'Reuters',
      source: { name: 'Reuters' },
    };
    expect(namesSpeaker('Olivier Marchand', sophie)).toBe(false);
    expect(namesSpeaker('Marchand', sophie)).toBe(true);
    expect(namesSpeaker('Sophie Marchand', sophie)).toBe(true);
    expect(namesSpeaker('Ms Marchand', sophie)).toBe(true);
  });

  it('takes a country and its adjective for one name: "Syria\'s government", "the Syrian government"', () => {
    const regime: QuoteFact = {
      id: 'regime',
      kind: 'quote',
      subject: 'The regime on the rescuers',
      text: 'terrorists',
      speaker: { name: 'the Syrian government' },
      source: { name: 'SANA' },
    };
    expect(namesSpeaker("Syria's government", regime)).toBe(true);
    expect(namesSpeaker('Syria’s government', regime)).toBe(true);
    expect(namesSpeaker("Jordan's government", regime)).toBe(false);
    expect(namesSpeaker('the Jordanian government', regime)).toBe(false);
  });

  it('takes a news organisation in initials for the one named in full that reported the words', () => {
    const wire = (name: string): QuoteFact => ({
      id: 'wire',
      kind: 'quote',
      subject: 'The wire on the flood',
      text: 'swept away',
      speaker: { name },
      source: { name },
    });
    expect(namesSpeaker('RNZ', wire('Radio New Zealand'))).toBe(true);
    expect(namesSpeaker('the AP', wire('The Associated Press'))).toBe(true);
    expect(namesSpeaker('RT', wire('Reuters TV'))).toBe(false);
  });

  it('compares outlets with the recorded channel', () => {
    expect(sameChannel('a tweet', 'tweet')).toBe(true);
    expect(sameChannel('NPR', 'CNN')).toBe(false);
  });

  it('takes an outlet written in initials for the name they spell', () => {
    expect(sameChannel('the AP', 'The Associated Press')).toBe(true);
    expect(sameChannel('Radio New Zealand', 'RNZ')).toBe(true);
    expect(sameChannel('AFP', 'Agence France-Presse')).toBe(true);
    expect(sameChannel('AFP', 'The Associated Press')).toBe(false);
  });

  it('takes "TV" for "Television" in an outlet’s name, either way round', () => {
    expect(sameChannel('Bloomberg Television', 'Bloomberg TV')).toBe(true);
    expect(sameChannel('Bloomberg TV', 'Bloomberg Television')).toBe(true);
    expect(sameChannel('Bloomberg TV', 'Bloomberg News')).toBe(false);
  });

  it('takes a platform and its posts for one medium', () => {
    expect(sameChannel('Twitter', 'tweet')).toBe(true);
    expect(sameChannel('X', 'tweet')).toBe(true);
    expect(sameChannel('a post', 'Facebook')).toBe(true);
    expect(sameChannel('a statement', 'tweet')).toBe(false);
    expect(sameChannel('CNN', 'tweet')).toBe(false);
    expect(sameChannel('Facebook', 'Twitter')).toBe(false);
  });

  it('takes an interview or a video for one an outlet may have carried, not a statement', () => {
    expect(sameChannel('an interview', 'CNN')).toBe(true);
    expect(sameChannel('a video', 'the Guardian')).toBe(true);
    expect(sameChannel('a statement', 'CNN')).toBe(false);
    expect(sameChannel('a tweet', 'CNN')).toBe(false);
    expect(sameChannel('CNN', 'interview')).toBe(false);
    expect(sameChannel('an interview', 'Parliament')).toBe(false);
    expect(sameChannel('an interview', 'the UN Security Council')).toBe(false);
    expect(sameChannel('a video', 'Truth Social')).toBe(false);
  });
});

describe('quotedSpans', () => {
  it('finds curly and straight double quotes, without the marks', () => {
    const text = 'He said “yes” and "no".';
    expect(quotedSpans(text).map((s) => text.slice(s.from, s.to))).toEqual(['yes', 'no']);
  });

  it('closes a quote left open at the end of its paragraph', () => {
    const text = '“Open quote\n\nNext paragraph';
    expect(quotedSpans(text).map((s) => text.slice(s.from, s.to))).toEqual(['Open quote']);
  });
});
