import { describe, expect, it } from 'vitest';
import { extractDates } from './dates';

const ref = '2018-07-22'; // a Sunday
const one = (text: string, reference: string | undefined = ref) => {
  const dates = extractDates(text, reference);
  expect(dates).toHaveLength(1);
  return dates[0];
};

describe('a weekday after its date', () => {
  it('reads a weekday written after its date: "May 14, 2019, a Monday", "July 21 (a Saturday)"', () => {
    expect(one('The vote was held on May 14, 2019, a Monday, officials said.')).toMatchObject({
      text: 'May 14, 2019, a Monday',
      value: '2019-05-14',
      weekday: 'Monday',
      weekdayExpected: 'Tuesday',
    });
    expect(one('on 21 July 2018, which was a Saturday.')).toMatchObject({
      text: '21 July 2018, which was a Saturday',
      weekday: 'Saturday',
    });
    expect(one('on 21 July 2018, which was a Saturday.').weekdayExpected).toBeUndefined();
    expect(one('on July 21 (a Saturday) at noon')).toMatchObject({
      text: 'July 21 (a Saturday)',
      value: '2018-07-21',
    });
    expect(one('on July 21, a Saturday morning').weekday).toBe('Saturday');
  });
  it('reads no weekday after a month alone ("In March 2023, a Saturday night fire")', () => {
    const [month] = extractDates('In March 2018, a Saturday night fire broke out.', ref);
    expect(month).toMatchObject({ text: 'March 2018', value: '2018-03' });
    expect(month.weekday).toBeUndefined();
  });
  it('leaves a weekday after a date that names something else to the words it names', () => {
    const [deadline] = extractDates('by July 27, a Friday deadline set by the court', ref);
    expect(deadline).toMatchObject({ text: 'July 27' });
    expect(deadline.weekday).toBeUndefined();
  });
});
