import { describe, expect, it } from 'vitest';
import { check } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import { extractFigures } from './figures';
import type { Fact } from './types';

const was = (text: string) => extractFigures(text).map((f) => [f.text, f.was === true]);

describe('figures given for an earlier time', () => {
  it('marks a figure of an earlier period, after it or before it', () => {
    expect(was('The jobless rate had been 4.1% in the previous quarter.')).toEqual([
      ['4.1%', true],
    ]);
    expect(was('It rose to 4.5%, compared with 3.9% a year earlier.')).toEqual([
      ['4.5%', false],
      ['3.9%', true],
    ]);
    expect(was('Sales were 1,200 the year before and 900 the same month last year.')).toEqual([
      ['1,200', true],
      ['900', true],
    ]);
    expect(was("Last year's floods killed 23 people.")).toEqual([['23', true]]);
    expect(was('The previous quarter’s rate of 4.1% was revised.')).toEqual([['4.1%', true]]);
    expect(was('It broke the previous record of 40.3C, set in 2022.')).toEqual([['40.3C', true]]);
    expect(was('Guidance is now $19bn, from a previous range of $18.2bn to $18.6bn.')).toEqual([
      ['$19bn', false],
      ['$18.2bn to $18.6bn', true],
    ]);
    expect(was('Prices rose 2.4% versus about 3% a month ago.')).toEqual([
      ['2.4%', false],
      ['about 3%', true],
    ]);
  });

  it('marks a level years ago, or a figure of a subject of an earlier time', () => {
    // The span is a duration of its own.
    expect(was('The SPD had won 26.2% five years ago.')).toEqual([
      ['26.2%', true],
      ['five years', false],
    ]);
    expect(was('It was 4.1% 12 months earlier.')).toEqual([
      ['4.1%', true],
      ['12 months', false],
    ]);
    expect(was('Revenue in the same quarter last year was $4.42 billion.')).toEqual([
      ['$4.42 billion', true],
    ]);
    expect(was('Revenue in the year-earlier quarter was $4.42 billion.')).toEqual([
      ['$4.42 billion', true],
    ]);
    expect(was('The rate in the previous quarter stood at 4.1%.')).toEqual([['4.1%', true]]);
  });

  it('marks the figures of a sentence that opens on an earlier thing, up to a turn to now', () => {
    expect(
      was('The previous strike, in March, lasted 24 hours and cancelled about 2,000 services.'),
    ).toEqual([
      ['24 hours', true],
      ['about 2,000', false],
    ]);
    for (const text of [
      'The previous record of 38.7C was broken on Tuesday as temperatures reached 41.2C.',
      'The previous forecast of 1.5% growth was cut to 0.8% on Thursday.',
      'The previous government built 300,000 homes and the new one has built 250,000.',
      'The previous record falls\n\nTemperatures hit 41.2C in Coningsby on Tuesday.',
    ])
      expect(was(text).at(-1)?.[1], text).toBe(false);
    expect(was('The earlier-than-expected cut took Bank Rate to 4.25%.')).toEqual([
      ['4.25%', false],
    ]);
    expect(was('The previous record of 40.3C was broken when temperatures hit 41.2C.')).toEqual([
      ['40.3C', true],
      ['41.2C', false],
    ]);
    expect(was('The strike, unlike the previous one, cancelled 2,000 services.')).toEqual([
      ['2,000', false],
    ]);
  });

  it('leaves alone the last quarter or election, a change, an event years ago, a subject of now', () => {
    // "the last election" is most often the one a record holds.
    expect(was('Labour won 34% at the last election.')).toEqual([['34%', false]]);
    expect(was('Growth on the previous quarter was 0.4%.')).toEqual([['0.4%', false]]);
    expect(was('Net migration in the preceding 12 months was 685,000.')).toEqual([
      ['12 months', false],
      ['685,000', false],
    ]);
    expect(
      was('Figures for the previous month were revised up and the jobless rate was 4.4%.'),
    ).toEqual([['4.4%', false]]);
    expect(was('The attack killed 43 two days ago.')).toEqual([
      ['43', false],
      ['two days', false],
    ]);
    expect(was('Keller was jailed for eight years two years ago.')).toEqual([
      ['eight years', false],
      ['two years', false],
    ]);
    expect(was('Revenue in the last quarter was $4.8 billion.')).toEqual([['$4.8 billion', false]]);
    expect(was('Revenue in the quarter was $4.8 billion.')).toEqual([['$4.8 billion', false]]);
    expect(was('The party won 26.2% five years after its founding.')).toEqual([
      ['26.2%', false],
      ['five years', false],
    ]);
    expect(was('Compared with a year earlier, revenue was $4.8 billion.')).toEqual([
      ['$4.8 billion', false],
    ]);
  });

  it('leaves alone a figure of the time reported, side by side with another, or a rate', () => {
    expect(was('Unemployment rose to 4.2% in the three months to October.')).toEqual([
      ['4.2%', false],
      ['three months', false],
    ]);
    expect(was('By Sunday 422 people had been evacuated.')).toEqual([['422', false]]);
    expect(was('Labour is on 40% versus 35% for the Conservatives.')).toEqual([
      ['40%', false],
      ['35%', false],
    ]);
    expect(was('The death toll had been 400,000 deaths.')).toEqual([['400,000', false]]);
    expect(was('He earns £500 a week before tax.')).toEqual([['£500', false]]);
    expect(was("Last year's floods were milder. This year 47 died.")).toEqual([['47', false]]);
    expect(was("Since last year's election, 300 people have been arrested.")).toEqual([
      ['300', false],
    ]);
    expect(was('It is 4.2% this quarter, the highest since 2021.')).toEqual([['4.2%', false]]);
    expect(was('The record of 40.3C still stands.')).toEqual([['40.3C', false]]);
  });

  it('marks a level "on" an earlier day, and holds a record of an earlier value against it', () => {
    expect(was('The figure compares with 412 on the same day last week.')).toEqual([['412', true]]);
    const previous: Fact = {
      id: 'previous',
      kind: 'figure',
      subject: 'Previous UK temperature record',
      terms: ['record'],
      value: 38.7,
      unit: 'celsius',
      source: { name: 'Met Office' },
    };
    const text = 'It beat the previous record of 38.1C, set in 2019.';
    expect(check(text, extract(text), new FactIndex([previous])).map((f) => f.kind)).toEqual([
      'figure-contradicted',
    ]);
  });

  it('leaves alone a change measured against an earlier time', () => {
    expect(was('Passengers were up 2.1% on a year earlier.')).toEqual([['2.1%', false]]);
    expect(was('Admissions were up 65% on the week before.')).toEqual([['65%', false]]);
    expect(was('Sales rose 3% on the same month last year.')).toEqual([['3%', false]]);
    expect(was('Output grew 0.4% from the previous quarter.')).toEqual([['0.4%', false]]);
  });

  it('is not contradicted by the record of now, and is confirmed by an earlier record', () => {
    const facts: Fact[] = [
      {
        id: 'now',
        kind: 'figure',
        subject: 'Unemployment rate',
        terms: ['jobless rate'],
        value: 4.2,
        unit: 'percent',
        source: { name: 'ONS' },
      },
    ];
    const index = new FactIndex(facts);
    const run = (text: string) => check(text, extract(text), index, { all: true });
    expect(
      run('The jobless rate had been 4.1% in the previous quarter.').map((f) => f.kind),
    ).toEqual(['figure-unsourced']);
    expect(run('The jobless rate had been 4.2% a year earlier.').map((f) => f.kind)).toEqual([
      'figure-confirmed',
    ]);
    expect(run('The jobless rate was 4.1% this quarter.').map((f) => f.kind)).toEqual([
      'figure-contradicted',
    ]);
  });
});

describe('a date of an earlier thing', () => {
  const facts: Fact[] = [
    {
      id: 'strike-start',
      kind: 'date',
      subject: 'Start of the rail strike',
      terms: ['strike', 'walkout'],
      value: '2026-11-26',
      source: { name: 'RMT union' },
    },
  ];
  const index = new FactIndex(facts);
  const date = '2026-11-20';
  const run = (text: string) =>
    check(text, extract(text, { date }), index, { date }).map((f) => [f.kind, f.text]);

  it('is not contradicted by the record of the event the story reports', () => {
    expect(run('The previous strike, in March, lasted 24 hours.')).toEqual([
      ['figure-unsourced', '24 hours'],
    ]);
    expect(run('An earlier walkout on March 3 closed most lines.')).toEqual([]);
    expect(run('The previous strike at Northline, in October, lasted 24 hours.')).toEqual([
      ['figure-unsourced', '24 hours'],
    ]);
  });

  it('is the date right after the earlier thing only, not a day before or a date further on', () => {
    expect(run('The previous day, on November 27, the strike was called off.')).toEqual([
      ['date-contradicted', 'November 27'],
    ]);
    expect(run('The previous government called the strike for November 27.')).toEqual([
      ['date-contradicted', 'November 27'],
    ]);
    // A thing "of" or "at" somewhere, with no comma before the date, is no earlier thing's date.
    expect(run('The previous strike leader of the RMT walked out on November 27.')).toEqual([
      ['date-contradicted', 'November 27'],
    ]);
  });

  it('is still contradicted once the sentence turns to the event reported', () => {
    expect(
      run('The previous strike lasted a day, and the next strike starts on November 27.'),
    ).toEqual([['date-contradicted', 'November 27']]);
    expect(run('The strike starts on November 27.')).toEqual([
      ['date-contradicted', 'November 27'],
    ]);
  });
});

describe('a superseded record', () => {
  const now: Fact = {
    id: 'forecast',
    kind: 'figure',
    subject: 'Growth forecast for next year',
    terms: ['growth forecast', 'offer'],
    value: 1.5,
    unit: 'percent',
    source: { name: 'OBR' },
  };
  const before: Fact = { ...now, id: 'forecast-march', value: 1.9, supersededBy: 'forecast' };
  const index = new FactIndex([now, before]);
  const kinds = (text: string) => check(text, extract(text), index).map((f) => f.kind);

  it('is not stale against a figure given beside the record that replaced it', () => {
    expect(kinds('It cut its growth forecast to 1.5% from 1.9%.')).toEqual([]);
    expect(kinds('It cut its growth forecast from 1.9% to 1.5%.')).toEqual([]);
  });

  it('is not stale against an original figure, or one a report had put at', () => {
    expect(was('Their original offer of 3.5% was rejected.')).toEqual([['3.5%', true]]);
    expect(was('Reports had put the number of job cuts at 1,500.')).toEqual([['1,500', true]]);
    expect(was('They had put 1,500 staff on notice.')).toEqual([['1,500', false]]);
  });

  it('is not stale against a figure given for the day it is of', () => {
    const date = '2025-03-07';
    const toll: Fact = {
      ...now,
      id: 'toll',
      subject: 'Quake deaths',
      terms: ['toll'],
      value: 1214,
      unit: 'count',
      asOf: date,
    };
    const wednesday: Fact = {
      ...toll,
      id: 'toll-wed',
      value: 870,
      asOf: '2025-03-05',
      supersededBy: 'toll',
    };
    const tolls = new FactIndex([toll, wednesday]);
    const run = (text: string) =>
      check(text, extract(text, { date }), tolls, { date }).map((f) => `${f.kind} ${f.text}`);
    expect(run('The toll had stood at 870 on Wednesday.')).toEqual([]);
    expect(run('The toll stood at 870 on Thursday.')).toEqual(['figure-stale 870']);
    expect(run('The toll stood at 870.')).toEqual(['figure-stale 870']);
    expect(run('The toll had stood at 880 on Wednesday.')).toEqual(['figure-contradicted 880']);
  });

  it('is still stale against a figure given alone', () => {
    expect(kinds('Its growth forecast is 1.9%.')).toEqual(['figure-stale']);
  });
});
