import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { phoneEnd } from './phones';
import { Scan } from './tokenize';

const texts = (text: string) => extractFigures(text).map((f) => f.text);

describe('phone numbers are not figures', () => {
  const phones = [
    ['a US number with the area code in parentheses', 'Call (202) 555-0173 today.'],
    ['a US number with hyphens', 'Call 202-555-0173 today.'],
    ['a US number with dots or spaces', 'Call 202.555.0173 or 202 555 0173 today.'],
    ['a toll-free number with the country code', 'Call 1-800-555-1234 today.'],
    ['a US number with "+1" or "1 (800)"', 'Call +1 202 555 0173 or 1 (800) 555-1234.'],
    ['a London number', 'Call 020 7946 0958 today.'],
    ['a UK freephone number', 'Call 0800 123 456 today.'],
    ['a UK mobile number', 'Call 07700 900123 today.'],
    ['a UK number with hyphens', 'Call 020-7946-0958 today.'],
    ['an international number', 'Call +44 20 7946 0958 or +33 1 23 45 67 89.'],
    ['an international number with a trunk zero', 'Call +44 (0)20 7946 0958 today.'],
    ['a Paris number', 'Call +33 1 42 68 53 00 today.'],
    ['a local US number', 'Call 555-1234 today.'],
    ['a local US number with a leading zero', 'Call 555-0199 for details.'],
  ];
  for (const [what, text] of phones) {
    it(`does not read ${what} ("${text}") as figures`, () => {
      expect(texts(text)).toEqual([]);
    });
  }

  it('reads the figures around a phone number', () => {
    expect(texts('Call (202) 555-0173: 300 people came and 1,200 left.')).toEqual(['300', '1,200']);
  });

  const beside = [
    [
      'a range before a year in parentheses',
      'Rents were 850-900 (2018 prices) a month.',
      '850-900',
    ],
    [
      'a range before figures in parentheses',
      'The estimate was 250-300 (2019 figures).',
      '250-300',
    ],
    [
      'a range before a year alone in parentheses',
      'Turnout was 250-300 (2019) in most wards.',
      '250-300',
    ],
    [
      'a count after a short freephone number',
      'Children can call Childline on 0800 1111 24 hours a day.',
      '24 hours',
    ],
    ['a count after an international number', 'Call +44 20 7946 0958 24 hours a day.', '24 hours'],
    ['a count after a French number', 'Call +33 1 23 45 67 2400 people use it.', '2400'],
    ['a count after a London number', 'Call +44 20 7946 0958 2400 people use it.', '2400'],
    ['a count after opening hours', 'The office is open 09.00-17.00 7 days a week.', '7 days'],
    ['a count after a dotted date', 'On 05.06.2018 12 people died.', '12'],
    [
      'a figure after a full stop ending a score',
      'The bill passed 218-212. 3000 protesters gathered outside.',
      '3000',
    ],
    [
      'a figure after a full stop ending a phone number',
      'Call +44 20 7946 0958. 300 volunteers staff the line.',
      '300',
    ],
  ];
  for (const [what, text, figure] of beside) {
    it(`reads ${what} ("${text}") as the figure "${figure}"`, () => {
      expect(texts(text)).toEqual([figure]);
    });
  }

  it('reads a range before a year in parentheses with its values', () => {
    const [f] = extractFigures('Rents were 850-900 (2018 prices) a month.');
    expect([f?.text, f?.value.min, f?.value.max]).toEqual(['850-900', 850, 900]);
  });

  it("keeps figures whose shapes come near a phone number's", () => {
    expect(
      texts(
        'It cost 1,200 in 2017-18; 30-40 people came, between 5 and 10 each, 1 234 567 in all, ' +
          'some 202 555 people, 100-200 more, 20 30 40 times.',
      ),
    ).toEqual([
      '1,200',
      '30-40',
      'between 5 and 10',
      '1 234 567',
      'some 202 555',
      '100-200',
      '20',
      '30',
      '40',
    ]);
  });
});

describe('phoneEnd', () => {
  it('gives the token after the phone number that starts at a token, else -1', () => {
    const scan = new Scan('Call (202) 555-0173 now, or 300 people.');
    const at = (text: string) => scan.tokens.findIndex((t) => t.text === text);
    expect(phoneEnd(scan, at('202'))).toBe(at('0173') + 1);
    expect(phoneEnd(scan, at('300'))).toBe(-1);
  });
});
