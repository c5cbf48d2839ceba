import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';

const one = (text: string) => {
  const figures = extractFigures(text);
  expect(figures).toHaveLength(1);
  return figures[0];
};

describe('non-figures: what extractFigures does not read as a figure', () => {
  const none = [
    ['an age in apposition', 'John Smith, 54, said'],
    ['an age in apposition to a person', 'A woman, 51, died. The driver, 67, was unhurt.'],
    ['an age in apposition to a role', 'The captain, 48, and the goalkeeper, 31, were hurt.'],
    ['an age after a hyphenated name', 'Captain Son Heung-min, 32, lifted the trophy.'],
    ['an age with "years old"', 'he is 54 years old'],
    ['a hyphenated age', 'a 54-year-old man'],
    ['a year', 'in 2017 the war'],
    ['a bare year', '1989'],
    ['a span of years', 'from 1990-1995 and 2001 to 2005'],
    ['years between "between" and "and"', 'between 2015 and 2018'],
    ['an ordinal in digits', 'the 21st time'],
    ['an ordinal in words', 'the third time'],
    ['a day of a date', 'on July 21'],
    ['a date before the month', 'on 21 July 2018'],
    ['an ISO date', 'on 2018-07-22'],
    ['a time', 'at 10:30 and 5 p.m.'],
    ['a telephone number', 'call 555-1234'],
    ['a reference number', 'No. 5 and page 12'],
    ['a number inside a word', 'COVID-19 and a B52 in 3D'],
    ['"a" alone', 'a man'],
    ['"one" as a pronoun', 'according to one of the members'],
    ['a fraction', 'two thirds of voters'],
    ['a number in a name', 'the Apollo 11 crew took Route 66 in Windows 10'],
    ['a ratio', 'one in five adults and 3 out of 4 voters'],
    ['a ratio with "every"', 'one in every 25 adults'],
    ['a year after "over"', 'prices will fall over 2024, while wages rise'],
    ['a name with a hyphen', 'a 7-Eleven store'],
    ['a time on the clock', "at 10 o'clock, then ten o’clock"],
    ['a house number', 'at 221 Baker Street, 10 Downing St. and 1600 Pennsylvania Avenue'],
    ['two references after one word', 'between junctions 10 and 11, on pages 4 to 6'],
    ['an age range', 'adults aged 18 to 24, children aged between 5 and 11'],
    ['a number in a name that starts lower case', 'the iPhone 15 runs iOS 17'],
    ['a numbered name that starts a sentence', 'Fortune 500 companies. FTSE 100 shares.'],
    ['a reference in lower case', 'a category 4 storm hit terminal 5 of the airport'],
    ['a level that starts a sentence', 'Level 3 restrictions were lifted.'],
    ['an aircraft model', 'its 737 Max fleet was grounded'],
    ['ages in the plural', 'only 18-year-olds and five-year-olds'],
    ['an age range that starts in words', 'children aged one to 11'],
    ['a ratio written with hyphens', 'a two-in-three chance'],
    ['a house number before a compass point', 'shot near 3510 S. Michigan Ave. on Friday'],
    ['an age bound', 'voters aged under 35 and those aged over 65'],
    ['an age bound after a group', 'Most cases were in children under 10 and people over 65.'],
    ['a spelled age bound after a group', 'Deaths among children under five fell.'],
  ];
  for (const [what, text] of none) {
    it(`does not read ${what} ("${text}") as a figure`, () => {
      expect(extractFigures(text)).toEqual([]);
    });
  }
  it('still reads a count after "over" that no group of people comes before ("killed over 200")', () => {
    expect(one('The floods killed over 200 people.').text).toBe('over 200');
    expect(one('Children under 10 made up over 60 of the cases.').text).toBe('over 60');
  });
  it('reads an amount converted to another currency in brackets as the amount alone', () => {
    expect(one('It contributed 3.4 billion yuan ($470m) to profit.').text).toBe('3.4 billion yuan');
    expect(one('Revenue was €2bn (about $2.2bn at current rates).').text).toBe('€2bn');
    expect(extractFigures('It cost $5m ($2m more than planned).')).toHaveLength(2);
    expect(extractFigures('Sales were €2bn, and $1bn (in the US) came from exports.')).toHaveLength(
      2,
    );
  });
  it('does not read the day of an AP-style date ("Jan. 21, 2018", "Sept. 3") as a figure', () => {
    for (const text of [
      'They were evacuated on Jan. 21, 2018.',
      'on Feb. 3',
      'on Sept. 3, 2018',
      'by Aug. 5 or Dec. 25',
      'on Oct.21',
    ])
      expect(extractFigures(text), text).toEqual([]);
  });
  it('reads a number after a month written in full that ends a sentence ("in June. 20 died")', () => {
    expect(one('It began in June. 20 people died.').text).toBe('20');
  });
  it('reads a count before a capitalised noun or a name ("400 White Helmets", "40 Max jets")', () => {
    expect(one('more than 400 White Helmets').text).toBe('more than 400');
    expect(one('some 300 Pro-Assad fighters').text).toBe('some 300');
    expect(one('Boeing has delivered 40 Max jets.').text).toBe('40');
    expect(one('After lap 120 Max Verstappen pitted.').text).toBe('120');
  });
  it('reads a number after a capital that starts a sentence ("Only 422 made it")', () => {
    expect(one('They left. Only 422 made it.').text).toBe('422');
  });
  it('reads a four-digit number before a counted noun as a count: "2000 troops"', () => {
    expect(one('sent 2000 troops').amount).toBe(2000);
  });
  it('reads a number before capitalised words that name no street: "300 Syrian Civil Defence members"', () => {
    expect(one('300 Syrian Civil Defence members').text).toBe('300');
    expect(one('about 200 Downing Street staff').text).toBe('about 200');
  });
  it('reads a count after a person and a comma when no comma closes it ("a woman, 12 children")', () => {
    expect(one('The dead included a woman, 12 children and their teacher.').text).toBe('12');
  });
  it('reads "422 in 2018" as a figure, not a ratio', () => {
    expect(one('422 in 2018').text).toBe('422');
  });
  it('gives offsets into the input', () => {
    const text = 'He said “we are 300 volunteer members”.';
    const [f] = extractFigures(text);
    expect(text.slice(f.from, f.to)).toBe('300');
  });
});
