import { describe, expect, it } from 'vitest';
import { extractDates } from './dates';

const ref = '2018-07-22'; // a Sunday
const one = (text: string, reference: string | undefined = ref) => {
  const dates = extractDates(text, reference);
  expect(dates).toHaveLength(1);
  return dates[0];
};

describe('a weekday in a name', () => {
  it('reads no day in a newspaper or an event named for one', () => {
    for (const text of [
      'the minister told The Sunday Times.',
      'Sunday Telegraph reporters were there.',
      'he said in an interview with the Mail on Sunday.',
      'Scotland on Sunday reported.',
      'marchers marked Bloody Sunday in Derry.',
      'Black Friday sales rose 4%.',
      'on Good Friday.',
    ])
      expect(extractDates(text, ref), text).toEqual([]);
    // A day beside them is still one.
    expect(one('told the BBC on Sunday that').value).toBe('2018-07-22');
    expect(one('Storm Bert hit Wales on Sunday, cutting power.').value).toBe('2018-07-22');
    expect(one('The storm brought flooding to Ireland on Sunday.').value).toBe('2018-07-22');
    expect(one('On Sunday Business Secretary Jane Hunt said.').value).toBe('2018-07-22');
    expect(one('Speaking on Friday Post Office chief Nick Read said.').value).toBe('2018-07-20');
    expect(extractDates('she told Scotland on Sunday.', ref)).toEqual([]);
    expect(extractDates('the Sunday Post reported.', ref)).toEqual([]);
    expect(one('Sunday, the Times reported,').value).toBe('2018-07-22');
    expect(one('The Sunday Times reported on Friday.').value).toBe('2018-07-20');
  });
});
