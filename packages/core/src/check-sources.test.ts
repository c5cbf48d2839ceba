import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';
import { extract } from './extract';
import type { Fact } from './types';

// Wire-copy sentences a probe found the attribution rules misreading: a role noun as a speaker,
// an audience as an outlet, a newspaper framing a named speaker's statement.

const sources = (text: string) =>
  extract(text).attributions.map((a) => [a.source?.text, a.cue.text, a.outlet?.text]);

describe('who speaks, and to whom', () => {
  it('reads a role noun as the speaker: "the judge added", "the prosecutor said"', () => {
    expect(sources('“It was fraud,” the judge added.')[0][0]).toBe('the judge');
    expect(sources('The prosecutor said the fraud was vast.')[0][0]).toBe('The prosecutor');
  });

  it('reads an audience as no outlet: "told MPs", "told analysts"', () => {
    expect(sources('Helen Cartwright told MPs before the vote that it was wrong.')).toEqual([
      ['Helen Cartwright', 'told', undefined],
    ]);
    expect(sources('Raman told analysts that sales doubled.')[0][2]).toBeUndefined();
  });

  it('keeps the outlet of "told CNN in an interview"', () => {
    expect(sources('Raman told CNN in an interview that sales doubled.')[0][2]).toBe('CNN');
  });

  it('reads "…, saying" after a named subject as speech, and not "…, adding to"', () => {
    expect(sources('She urged governments to act, saying ships had been “left alone”.')).toEqual([
      ['She', 'saying', undefined],
    ]);
    expect(sources('The minister left early, warning that talks could collapse.')[0][0]).toBe(
      'The minister',
    );
    expect(sources('Prices rose sharply, adding to pressure on households.')).toEqual([]);
  });
});

describe('attributions against the record', () => {
  const adeyemi: Fact = {
    id: 'adeyemi',
    kind: 'quote',
    subject: 'The prosecution on the fraud',
    speaker: { name: 'Simon Adeyemi', aliases: ['Adeyemi', 'the prosecutor'] },
    text: 'This was fraud on an industrial scale.',
    source: { name: 'Court record' },
  };
  const whips: Fact = {
    id: 'whips',
    kind: 'statement',
    subject: 'Whips threaten rebels',
    speaker: { name: 'government whips', aliases: ['whips', 'Government whips'] },
    terms: ['lose the whip'],
    channel: 'The Guardian',
    source: { name: 'The Guardian' },
  };
  const warned = 'Government whips had warned rebels that they could lose the whip';

  it('gives a recorded quote to the wrong role: "the judge added"', () => {
    expect(briefs('“This was fraud on an industrial scale,” the judge added.', [adeyemi])).toEqual([
      'quote-misattributed the judge adeyemi',
    ]);
  });

  it('does not contradict a group whose spokesman the next sentence names', () => {
    const denial: Fact = {
      id: 'denial',
      kind: 'statement',
      subject: 'The army denies the attack',
      speaker: { name: 'Nabil Abdallah', aliases: ['Abdallah'] },
      terms: ['denied involvement'],
      channel: 'Al Jazeera',
      source: { name: 'Al Jazeera' },
    };
    expect(
      briefs(
        "Sudan's army denied involvement. Its spokesman, Nabil Abdallah, told Al Jazeera it was a lie.",
        [denial],
      ),
    ).toEqual([]);
    expect(briefs("Sudan's army denied involvement.", [denial])).toEqual([
      "attribution-contradicted Sudan's army denial",
    ]);
  });

  it('holds a newspaper framing a named speaker against the outlet of the record', () => {
    expect(briefs(`${warned}, according to The Times.`, [whips])).toEqual([
      'attribution-contradicted The Times whips',
    ]);
    expect(briefs(`${warned}, according to The Guardian.`, [whips])).toEqual([]);
    expect(briefs(`${warned}, according to a Labour MP.`, [whips])).toEqual([]);
  });
});

describe('figures of an earlier time and of now', () => {
  const toll = recordOf('toll', 'Death toll', ['death toll', 'killed'], 52);
  const first = recordOf(
    'toll-first',
    'Death toll (first statement)',
    ['death toll', 'killed'],
    47,
    'count',
    {
      supersededBy: 'toll',
    },
  );
  const top = recordOf('top', 'Top grades', ['top grades'], 28.4, 'percent');
  const before = recordOf('top-prev', 'Top grades, previous year', ['top grades'], 27.8, 'percent');

  it('confirms a first count given as such against its superseded record', () => {
    expect(
      briefs('The ministry had initially put the death toll at 47.', [toll, first], { all: true }),
    ).toEqual(['figure-confirmed 47 toll-first']);
    expect(briefs('The strike killed 47 people.', [toll, first])).toEqual([
      'figure-stale 47 toll-first',
    ]);
  });

  it('holds a figure said to be of now against the record of now, not of the year before', () => {
    expect(briefs('This summer 27.8% achieved top grades.', [top, before])).toEqual([
      'figure-contradicted 27.8% top',
    ]);
    expect(briefs('27.8% achieved top grades.', [top, before], { all: true })).toEqual([
      'figure-confirmed 27.8% top-prev',
    ]);
    expect(
      briefs('This year 28.4% achieved top grades, against 27.8% in 2025.', [top, before], {
        all: true,
        date: '2026-11-30',
      }),
    ).toEqual(['figure-confirmed 28.4% top', 'figure-confirmed 27.8% top-prev']);
  });
});
