import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDates } from './dates';
import { isFactDate } from './schema';

const ref = '2018-07-22'; // a Sunday
const one = (text: string, reference: string | undefined = ref) => {
  const dates = extractDates(text, reference);
  expect(dates).toHaveLength(1);
  return dates[0];
};

describe('extractDates: explicit dates', () => {
  it('reads "Saturday, July 21" in the reference year, with its weekday', () => {
    expect(one('on Saturday, July 21.')).toMatchObject({
      text: 'Saturday, July 21',
      value: '2018-07-21',
      weekday: 'Saturday',
    });
  });
  it('takes the most recent such day on or before the reference for a date without a year', () => {
    expect(one('on August 3').value).toBe('2017-08-03');
  });
  it('takes the next such day when the tense points forward', () => {
    expect(one('they will leave on August 3').value).toBe('2018-08-03');
  });
  it('reads the tense of the whole clause before a date, past words between', () => {
    expect(one('The minimum wage will rise to $17.85 an hour on Jan. 1.').value).toBe('2019-01-01');
    expect(one('Mayor Ortega will host a violence-prevention summit on Aug. 8').value).toBe(
      '2018-08-08',
    );
    expect(one('Gov. Ruiz will sign the bill in St. Paul on Aug. 3').value).toBe('2018-08-03');
  });
  it('reads "in January last year" and "in March next year" as one month of the year named', () => {
    expect(one('It was 5 in January last year.')).toMatchObject({
      text: 'January last year',
      value: '2017-01',
    });
    expect(one('It will be 5 in March next year.')).toMatchObject({
      text: 'March next year',
      value: '2019-03',
    });
  });
  it('reads the tense across a time of day before the date: "will begin at 00:01 on Aug. 3"', () => {
    for (const at of ['at 00:01', 'at 6 a.m.', 'at 6 p.m.', 'from 10:30', 'at 6 a.m. GMT'])
      expect(one(`The walkout will begin ${at} on Aug. 3.`).value, at).toBe('2018-08-03');
    expect(one('The walkout will begin at 6 a.m. Monday.').value).toBe('2018-07-23');
    // A sentence that ends on one is over.
    expect(one('Schools will reopen at 9 a.m. On Saturday, gunmen killed 12 people.').value).toBe(
      '2018-07-21',
    );
  });
  it('reads a deadline forward unless a past tense comes first', () => {
    expect(one('All of them must leave by Aug. 3').value).toBe('2018-08-03');
    expect(one('About 1.2m doses had been administered by Aug. 3.').value).toBe('2017-08-03');
    expect(one('They were all vaccinated by Aug. 3').value).toBe('2017-08-03');
  });
  it('reads a plan or a forecast forward, unless it is in the past', () => {
    expect(one('A southerly change is expected on Aug. 3').value).toBe('2018-08-03');
    expect(one('Peers are expected to debate it on Aug. 3').value).toBe('2018-08-03');
    expect(one('A hearing has been set for Aug. 3').value).toBe('2018-08-03');
    expect(one('The ruling was expected on Aug. 3').value).toBe('2017-08-03');
    expect(one('The record was set on Aug. 3').value).toBe('2017-08-03');
  });
  it('reads "next week, on Wednesday, July 25" as the Wednesday alone', () => {
    expect(one('Results will be published next week, on Wednesday, July 25.')).toMatchObject({
      text: 'Wednesday, July 25',
      value: '2018-07-25',
    });
    expect(extractDates('It rained last week, on July 25.', ref)).toHaveLength(2);
  });
  it('reads "October 13, last year" as one date of last year', () => {
    expect(one('Carter confronted him on Friday, October 13, last year.')).toMatchObject({
      text: 'Friday, October 13, last year',
      value: '2017-10-13',
    });
  });
  it('reads a wait in the present forward: "are waiting for the election on Aug. 3"', () => {
    expect(one('Buyers are waiting for the general election on Aug. 3.').value).toBe('2018-08-03');
    expect(one('Markets await the vote on Aug. 3.').value).toBe('2018-08-03');
    expect(one('Buyers were waiting for the general election on Aug. 3.').value).toBe('2017-08-03');
  });
  it('reads the infinitive of an intention forward, whatever comes between: "agreed on Friday to hold"', () => {
    expect(
      extractDates('Ministers agreed on Friday to hold the vote on Aug. 3.', ref)[1].value,
    ).toBe('2018-08-03');
    expect(one('The board voted unanimously to close the plant on Aug. 3').value).toBe(
      '2018-08-03',
    );
    expect(one('She was sentenced to five years and freed on Aug. 3').value).toBe('2017-08-03');
  });
  it('reads a weekday\'s possessive as the day ("Saturday\'s election")', () => {
    const date = one("The SDS won Saturday's election, results showed.");
    expect([date.text, date.value, date.weekday]).toEqual(["Saturday's", '2018-07-21', 'Saturday']);
    expect(extractDates("Sunday's papers and Sunday’s vote", ref).map((d) => d.value)).toEqual([
      '2018-07-22',
      '2018-07-22',
    ]);
  });
  it('reads a hope or an expectation forward ("hoped to … by Aug. 3"), but not a past plan', () => {
    expect(one('Cal Fire said it hoped to reach full containment by Aug. 3.').value).toBe(
      '2018-08-03',
    );
    expect(one('It said it expected to restore power by Aug. 3.').value).toBe('2018-08-03');
    expect(one('The firm had expected to close the deal on Aug. 3.').value).toBe('2017-08-03');
  });
  it('reads no date in a wire dateline, which says when the story was filed', () => {
    expect(one('WELLINGTON, Oct 13 (Reuters) - Labour won the election on July 14.').text).toBe(
      'July 14',
    );
    expect(
      extractDates('SAN JOSE, California, Oct. 24, 2018 (AP) — Sales rose on Tuesday.', ref),
    ).toHaveLength(1);
    expect(extractDates('LONDON, July 13 — Talks resumed.', ref)).toEqual([]);
    // Not a sentence that opens on a place and a date.
    expect(one('On July 13, Labour won the election.').text).toBe('July 13');
  });
  it('takes the nearer year in which a written weekday falls on a date without a year', () => {
    // July 24, 2018 is a Tuesday, July 24, 2017 a Monday.
    expect(one('Peers debate it on Tuesday, July 24.')).toMatchObject({ value: '2018-07-24' });
    expect(one('Peers debate it on Tuesday, July 24.').weekdayExpected).toBeUndefined();
    // July 18, 2018 is a Wednesday; no nearer July 18 is a Friday.
    expect(one('It happened on Friday, July 18.')).toMatchObject({
      value: '2018-07-18',
      weekdayExpected: 'Wednesday',
    });
  });
  it('reads a timetable in the present forward: "convenes on Aug. 3", "takes effect on Aug. 3"', () => {
    expect(one('The Legislature convenes on Aug. 3 for a 105-day session.').value).toBe(
      '2018-08-03',
    );
    expect(one('The new law takes effect on Aug. 3').value).toBe('2018-08-03');
    expect(one('The law took effect on Aug. 3').value).toBe('2017-08-03');
  });
  it('reads a month after "the end of" and a date before "next year"', () => {
    expect(one('It must be done by the end of March.').value).toBe('2019-03');
    expect(one('The sale closed at the end of March.').value).toBe('2018-03');
    expect(one('A hearing was set for March 15 next year.')).toMatchObject({
      text: 'March 15 next year',
      value: '2019-03-15',
    });
  });
  it('leaves a relative clause or an earlier sentence its own tense', () => {
    expect(one('Officials will review the case, which closed on Aug. 3').value).toBe('2017-08-03');
    expect(one('They will vote. The law passed on Aug. 3').value).toBe('2017-08-03');
  });
  it('reads "July 21, 2018", "21 July 2018" and "2018-07-22" without a reference', () => {
    expect(one('July 21, 2018', undefined).value).toBe('2018-07-21');
    expect(one('21 July 2018', undefined).value).toBe('2018-07-21');
    expect(one('on 2018-07-22', undefined).value).toBe('2018-07-22');
  });
  it('reads "the 21st of July" and "Aug. 3"', () => {
    expect(one('on the 21st of July').value).toBe('2018-07-21');
    expect(one('on Aug. 3').value).toBe('2017-08-03');
  });
  it('reads AP-style "Jan. 21, 2018" and "Sept. 3, 2018" as days', () => {
    expect(one('evacuated on Jan. 21, 2018', undefined)).toMatchObject({
      text: 'Jan. 21, 2018',
      value: '2018-01-21',
    });
    expect(one('on Sept. 3, 2018', undefined).value).toBe('2018-09-03');
    expect(one('on Dec. 25').value).toBe('2017-12-25');
  });
  it('reads "July 2018" as a month', () => {
    expect(one('in July 2018', undefined)).toMatchObject({ text: 'July 2018', value: '2018-07' });
  });
  it('reads "in 2017" as a year', () => {
    expect(one('in 2017 the war', undefined)).toMatchObject({ text: '2017', value: '2017' });
    expect(one('In 2017, the war', undefined).value).toBe('2017');
  });
  it('does not read a decade ("in 1990s") as a year', () => {
    expect(extractDates('in 1990s Syria', ref)).toEqual([]);
  });
  it('reads "last Sunday" on a Sunday as a week before', () => {
    expect(one('last Sunday')).toMatchObject({ text: 'last Sunday', value: '2018-07-15' });
  });
  it('reads "next week", "3 weeks ago" and "two months ago"', () => {
    expect(one('next week').value).toBe('2018-07-23');
    expect(one('3 weeks ago').value).toBe('2018-06-25');
    expect(one('two months ago').value).toBe('2018-05');
  });
  it('sets weekdayExpected when the weekday does not fall on the date', () => {
    expect(one('on Sunday, July 21, 2018')).toMatchObject({
      value: '2018-07-21',
      weekday: 'Sunday',
      weekdayExpected: 'Saturday',
    });
  });
  it('leaves weekdayExpected unset when the weekday matches', () => {
    expect(one('Saturday, July 21, 2018').weekdayExpected).toBeUndefined();
  });
});

describe('extractDates: relative dates', () => {
  it('reads "in March" as the most recent March on or before the reference', () => {
    expect(one('in March')).toMatchObject({ text: 'March', value: '2018-03' });
    expect(one('in September').value).toBe('2017-09');
  });
  it('reads "Sunday" as the nearest Sunday on or before the reference', () => {
    expect(one('confirmed Sunday in a tweet').value).toBe('2018-07-22');
    expect(one('said on Friday').value).toBe('2018-07-20');
  });
  it('reads "next Sunday" and "will ... on Sunday" forward', () => {
    expect(one('next Sunday')).toMatchObject({ text: 'next Sunday', value: '2018-07-29' });
    expect(one('they will vote on Tuesday').value).toBe('2018-07-24');
  });
  it('reads "last week" as the Monday of the week before', () => {
    expect(one('last week')).toMatchObject({ text: 'last week', value: '2018-07-09' });
  });
  it('reads "last week", "this week", "next week" and "two weeks ago" as Monday through Sunday', () => {
    const week = (text: string, reference = ref) => {
      const d = one(text, reference);
      return [d.value, d.through];
    };
    expect(week('The summit took place last week.')).toEqual(['2018-07-09', '2018-07-15']);
    expect(week('this week')).toEqual(['2018-07-16', '2018-07-22']);
    expect(week('next week')).toEqual(['2018-07-23', '2018-07-29']);
    expect(week('two weeks ago')).toEqual(['2018-07-02', '2018-07-08']);
    expect(week('a week ago')).toEqual(['2018-07-09', '2018-07-15']);
    expect(week('two weeks ago', '2018-07-18')).toEqual(['2018-07-02', '2018-07-08']);
  });
  it('gives a single day no "through" ("yesterday", "three days ago", "on July 21")', () => {
    for (const text of ['yesterday', 'three days ago', 'on July 21', 'last Sunday', 'in March'])
      expect(one(text).through, text).toBeUndefined();
  });
  it('reads "seven years ago" as the year', () => {
    expect(one('since it began seven years ago')).toMatchObject({
      text: 'seven years ago',
      value: '2011',
    });
    expect(one('3 years ago').value).toBe('2015');
  });
  it('reads "yesterday" and "today"', () => {
    expect(one('yesterday').value).toBe('2018-07-21');
    expect(one('today').value).toBe('2018-07-22');
  });
  it('does not read "recently" as a date', () => {
    expect(extractDates('the IDF recently completed', ref)).toEqual([]);
  });
  it('skips relative dates without a reference date', () => {
    expect(extractDates('on Sunday, last week, seven years ago, in March and on July 21')).toEqual(
      [],
    );
  });
  it('does not read "may" the verb or "May" the name as May', () => {
    expect(extractDates('it may rain', ref)).toEqual([]);
    expect(extractDates('Theresa May said', ref)).toEqual([]);
  });
  it('reads "in May" as the month', () => {
    expect(one('up from 1.9 million in May.')).toMatchObject({ text: 'May', value: '2018-05' });
  });
});

describe('extractDates on any cut of a text', () => {
  it('never throws, whatever the text ends or starts with', () => {
    const text =
      'On Saturday, July 21, 2018 and 21 July 2018, in March, next Sunday, last week, ' +
      'seven years ago, 3 years ago, yesterday, in 2017, 2018-07-22, May 5.';
    for (let i = 0; i <= text.length; i++) {
      expect(() => extractDates(text.slice(0, i), ref)).not.toThrow();
      expect(() => extractDates(text.slice(i), ref)).not.toThrow();
    }
  });
});

const article = new URL('../../../../shared/stories/white-helmets/article.txt', import.meta.url);

describe('extractDates on the White Helmets article', () => {
  it.skipIf(!existsSync(article))('finds every date against the story date 2018-07-22', () => {
    const text = readFileSync(article, 'utf8');
    expect(extractDates(text, ref).map((d) => [d.text, d.value])).toEqual([
      ['Saturday, July 21', '2018-07-21'],
      ['June', '2018-06'],
      ['seven years ago', '2011'],
      ['Sunday', '2018-07-22'],
    ]);
  });
});

describe('extractDates near the ends of the years 1000 to 9999', () => {
  const last = '9999-12-31'; // a Friday
  const first = '1000-01-01'; // a Wednesday

  it('gives no date to "tomorrow" on 9999-12-31 and keeps the dates that do fall inside', () => {
    expect(
      extractDates('The vote is tomorrow, on Saturday, and 400 people came.', last),
    ).toMatchObject([{ text: 'Saturday', value: '9999-12-25' }]);
  });

  it('gives no date to a relative date that would fall after 9999-12-31', () => {
    for (const text of [
      'tomorrow',
      'next week',
      'next month',
      'next year',
      'next Sunday',
      'they will vote on Tuesday',
      'it will end in March',
      'they will meet on January 1',
    ])
      expect(extractDates(text, last), text).toEqual([]);
  });

  it('gives no date to a relative date that would fall before 1000-01-01', () => {
    for (const text of [
      'yesterday',
      'last week',
      'this week',
      'last month',
      'last year',
      'a year ago',
      'seven years ago',
      '1000 years ago',
      '3 months ago',
      'two weeks ago',
      'he left on Sunday',
      'last Sunday',
      'in March',
      'on July 21',
      'on Friday, December 31',
    ])
      expect(extractDates(text, first), text).toEqual([]);
  });

  it('still resolves the relative dates that fall inside the range at its ends', () => {
    expect(one('today', last).value).toBe('9999-12-31');
    expect(one('yesterday', last).value).toBe('9999-12-30');
    expect(one('this week', last)).toMatchObject({ value: '9999-12-27', through: '9999-12-31' });
    expect(one('last year', last).value).toBe('9998');
    expect(one('8999 years ago', last).value).toBe('1000');
    expect(one('today', first).value).toBe('1000-01-01');
    expect(one('tomorrow', first).value).toBe('1000-01-02');
    expect(one('next month', first).value).toBe('1000-02');
    expect(one('next year', first).value).toBe('1001');
  });

  it('gives only dates that a fact file can hold, whatever the reference in range', () => {
    const text =
      'Yesterday, today and tomorrow; last week, this week and next week; last month, next ' +
      'month, last year, next year; on Sunday, next Sunday, they will vote on Tuesday; in ' +
      'March, it will end in January; on July 21, they will meet on January 1, on Friday, ' +
      'December 31; seven years ago, 1000 years ago, 9000 years ago, 3 months ago, 20000 ' +
      'days ago, two weeks ago; on 0999-12-31 and on 2018-07-22.';
    for (const reference of [first, '1000-01-03', '1000-12-31', '9999-01-01', '9999-12-27', last])
      for (const d of extractDates(text, reference)) {
        expect(isFactDate(d.value), `${reference}: "${d.text}" = ${d.value}`).toBe(true);
        if (d.through !== undefined)
          expect(isFactDate(d.through), `${reference}: "${d.text}" to ${d.through}`).toBe(true);
      }
  });

  it('skips relative dates against a reference before the year 1000, as without one', () => {
    expect(extractDates('yesterday, today, tomorrow and next year', '0999-12-31')).toEqual([]);
  });

  it('never throws on an amount too large for a calendar ("999999999 days ago")', () => {
    for (const unit of ['days', 'weeks', 'months', 'years'])
      expect(extractDates(`It was 999999999999 ${unit} ago.`, ref), unit).toEqual([]);
  });
});
