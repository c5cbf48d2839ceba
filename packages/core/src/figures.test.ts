import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures';
import { inf, iv, one } from './figures.testing';
import type { Interval } from './types';

describe('extractFigures: plain numbers', () => {
  it('reads "422" as exactly 422', () => {
    expect(one('only 422 made it')).toMatchObject({
      text: '422',
      amount: 422,
      value: iv(422, 422),
    });
  });
  it('reads "115,000" as 114,500 to 115,500', () => {
    expect(one('115,000 lives').value).toEqual(iv(114500, 115500));
  });
  it('reads "1,234.5" with its separators and decimals, exactly', () => {
    expect(one('1,234.5 tonnes of grain')).toMatchObject({ amount: 1234.5, unit: 'tonne' });
  });
  it('reads a round "400" as 380 to 420 (5% is narrower than half the step)', () => {
    expect(one('400 workers').value).toEqual(iv(380, 420));
  });
  it('reads spelled-out "seven" loosely', () => {
    expect(one('seven people')).toMatchObject({ amount: 7, value: iv(6.65, 7.35), unit: 'count' });
  });
  it('reads "twenty-three" and "one hundred and five"', () => {
    expect(one('twenty-three').amount).toBe(23);
    expect(one('one hundred and five').amount).toBe(105);
  });
  it('reads "a dozen" as 12 exactly', () => {
    expect(one('a dozen eggs')).toMatchObject({ amount: 12, value: iv(12, 12) });
  });
  it('reads "two and a half years" and "five and a half million"', () => {
    expect(one('two and a half years')).toMatchObject({ amount: 2.5, unit: 'year' });
    expect(one('five and a half million').amount).toBe(5.5e6);
  });
  it('reads a fraction in digits before a unit, but not a bare one', () => {
    expect(one('a 1/4 mile oval')).toMatchObject({ amount: 0.25, unit: 'mile' });
    expect(one('10 1/2 miles').amount).toBe(10.5);
    expect(extractFigures('3/4 of them')).toEqual([]);
  });
  it('reads negative numbers: "minus 5", "-9.5"', () => {
    expect(one('minus 5').amount).toBe(-5);
    expect(one('it fell to -9.5').amount).toBe(-9.5);
  });
  it('reads "4 thousand 3 hundred and 21" as one number', () => {
    expect(one('4 thousand 3 hundred and 21').amount).toBe(4321);
  });
  it('reads "1 234 567" with spaces between groups of three', () => {
    expect(one('a population of 1 234 567').amount).toBe(1234567);
  });
});

describe('extractFigures: scaled forms and currencies', () => {
  it('reads "half a million" as 475,000 to 525,000', () => {
    expect(one('half a million people')).toMatchObject({
      amount: 500000,
      value: iv(475000, 525000),
    });
  });
  it('reads "1.2 million" with a step of 100,000', () => {
    expect(one('1.2 million').value).toEqual(iv(1150000, 1250000));
  });
  it('reads "2 million" as 1.9 to 2.1 million', () => {
    expect(one('2 million').value).toEqual(iv(1900000, 2100000));
  });
  it('reads "$2.5bn" as 2,500,000,000 US dollars', () => {
    expect(one('a $2.5bn deal')).toMatchObject({ text: '$2.5bn', amount: 2.5e9, unit: 'USD' });
  });
  it('reads "$1 billion" as $0.95bn to $1.05bn', () => {
    expect(one('$1 billion')).toMatchObject({ unit: 'USD', value: iv(0.95e9, 1.05e9) });
  });
  it('reads "£8.10 million" in pounds sterling', () => {
    expect(one('£8.10 million')).toMatchObject({ amount: 8100000, unit: 'GBP' });
  });
  it('reads "5m" glued to the digits as five million', () => {
    expect(one('5m people')).toMatchObject({ text: '5m', amount: 5e6, unit: 'count' });
  });
  it('reads euro and yen symbols and currency words', () => {
    expect(one('€20').unit).toBe('EUR');
    expect(one('¥300').unit).toBe('JPY');
    expect(one('420 million euros')).toMatchObject({ amount: 420e6, unit: 'EUR' });
    expect(one('5 dollars').unit).toBe('USD');
    expect(one('361 million pounds').unit).toBe('GBP');
  });
  it('reads "6 nautical miles" as a distance, not a count', () => {
    expect(extractFigures('about 11 km (6 nautical miles) from the port')[1]).toMatchObject({
      text: '6 nautical miles',
      unit: 'nautical mile',
    });
  });
  it("reads a currency of one country's by its word alone: zlotys, forints, shekels", () => {
    expect(one('one billion zlotys')).toMatchObject({ amount: 1e9, unit: 'PLN' });
    expect(one('up to 10,000 zlotys')).toMatchObject({ amount: 10000, unit: 'PLN' });
    expect(one('40 million forints').unit).toBe('HUF');
    expect(one('200 shekels').unit).toBe('ILS');
    expect(one('5 baht').unit).toBe('THB');
    expect(one('5 million rand').unit).toBe('ZAR');
    expect(one('5 million Rand Water customers').unit).toBe('count');
  });
  it('reads "3 dollars 50 cents" as one amount', () => {
    expect(one('it cost 3 dollars 50 cents.')).toMatchObject({ amount: 3.5, unit: 'USD' });
  });
  it('reads currency codes before and after the number, and "MUSD" as millions', () => {
    expect(one('GBP 350').unit).toBe('GBP');
    expect(one('5 EUR').unit).toBe('EUR');
    expect(one('30 MUSD')).toMatchObject({ amount: 30e6, unit: 'USD' });
  });
  it('reads a currency code glued to the number: "EUR2.5bn", "USD115m"', () => {
    expect(one('a deal worth EUR2.5bn')).toMatchObject({
      text: 'EUR2.5bn',
      amount: 2.5e9,
      unit: 'EUR',
    });
    expect(one('a USD115m loan')).toMatchObject({ amount: 115e6, unit: 'USD' });
    expect(extractFigures('a B52 and the EURO2016 final')).toEqual([]);
  });
  it('reads rupees written "Rs" and reais written "R$": "Rs 500 crore", "R$10 billion"', () => {
    expect(one('Rs 500 crore')).toMatchObject({ text: 'Rs 500 crore', amount: 5e9, unit: 'INR' });
    expect(one('Rs. 500')).toMatchObject({ amount: 500, unit: 'INR' });
    expect(one('R$10 billion')).toMatchObject({ amount: 10e9, unit: 'BRL' });
  });
  it('reads a currency named by its country: "5 million Syrian pounds", "20 Hong Kong dollars"', () => {
    const cases: [string, number, string][] = [
      ['5 million Syrian pounds', 5e6, 'SYP'],
      ['20 Hong Kong dollars', 20, 'HKD'],
      ['100 Chinese yuan', 100, 'CNY'],
      ['400 Turkish lira', 400, 'TRY'],
      ['20 Indian rupees', 20, 'INR'],
      ['300 Brazilian reais', 300, 'BRL'],
    ];
    for (const [text, amount, unit] of cases)
      expect(one(text), text).toMatchObject({ text, amount, unit });
  });
  it('reads a currency code before its scale: "75 USD million"', () => {
    expect(one('it spent 75 USD million')).toMatchObject({ unit: 'USD', amount: 75e6 });
    expect(one('it spent 75 USD on it')).toMatchObject({ unit: 'USD', amount: 75 });
  });
  it('reads "50 cents" as half a dollar', () => {
    expect(one('50 cents')).toMatchObject({ amount: 0.5, unit: 'USD' });
  });
  it('reads newswire spacing "$ 75 million" and "us $ 150 million"', () => {
    expect(one('$ 75 million').amount).toBe(75e6);
    expect(one('a us $ 150 million loan')).toMatchObject({ amount: 150e6, unit: 'USD' });
  });
  it('does not read "NPR" as a currency', () => {
    expect(extractFigures('An undisclosed source informed NPR that')).toEqual([]);
  });
});

describe('extractFigures: qualifiers', () => {
  const cases: [string, Interval][] = [
    ['about 20', iv(18, 22)],
    ['around 20', iv(18, 22)],
    ['roughly 20', iv(18, 22)],
    ['some 20', iv(18, 22)],
    ['approximately 20', iv(18, 22)],
    ['an estimated 3,000', iv(2700, 3300)],
    ['nearly 500', iv(450, 500, false, true)],
    ['almost 500', iv(450, 500, false, true)],
    ['just under 500', iv(450, 500, false, true)],
    ['more than 400', iv(400, inf, true)],
    ['over 400', iv(400, inf, true)],
    ['upwards of 400', iv(400, inf, true)],
    ['at least 20', iv(20, inf)],
    ['fewer than 20', iv(-inf, 20, false, true)],
    ['less than 20', iv(-inf, 20, false, true)],
    ['under 20', iv(-inf, 20, false, true)],
    ['up to 700', iv(-inf, 700)],
    ['tops 1,000', iv(1000, inf, true)],
    ['topped 1,000', iv(1000, inf, true)],
    ['at most 700', iv(-inf, 700)],
  ];
  for (const [text, value] of cases) {
    const q = text.split(' ').slice(0, -1).join(' ');
    it(`reads "${text}" with the qualifier "${q}" applied to the stated number`, () => {
      expect(one(`${text} people`)).toMatchObject({ text, value, qualifier: q });
    });
  }
  it('reads "passed 1,000" and "passed the 1,000 mark" as more than 1,000, but not "passed 12 bills" or "passed 320 to 200"', () => {
    expect(one('The death toll has passed 1,000.')).toMatchObject({
      text: 'passed 1,000',
      value: iv(1000, inf, true),
    });
    expect(one('The toll crossed the 1,000 mark.')).toMatchObject({
      text: 'crossed the 1,000',
      value: iv(1000, inf, true),
    });
    expect(one('Parliament passed 12 bills.')).toMatchObject({ text: '12', value: iv(12, 12) });
    expect(extractFigures('The motion passed 322 to 200.')[0].text).toBe('322');
    expect(extractFigures('The motion passed 322-200.').some((f) => f.qualifier)).toBe(false);
    expect(one('Deaths topped the 1,000 people who fled.').text).toBe('1,000');
  });
  it('reads "exactly 422" as 422 exactly and "exceeded 3,000" as more than 3,000', () => {
    expect(one('exactly 422').value).toEqual(iv(422, 422));
    expect(one('deaths exceeded 3,000').value).toEqual(iv(3000, inf, true));
  });
  it('reads "200 or so" as about 200', () => {
    expect(one('another 200 or so are missing')).toMatchObject({
      value: iv(180, 220),
      qualifier: 'or so',
    });
  });
  it('reads a bound written after the number: "500 or more", "20 or fewer"', () => {
    expect(one('500 or more people')).toMatchObject({ value: iv(500, inf), qualifier: 'or more' });
    expect(one('20 or fewer')).toMatchObject({ value: iv(-inf, 20), qualifier: 'or fewer' });
  });
  it('joins two bounds into one range: "more than 10 and less than 40"', () => {
    expect(one('more than 10 and less than 40').value).toEqual(iv(10, 40, true, true));
    expect(one('at most 100 and at least 20').value).toEqual(iv(20, 100));
  });
  it('reads comparison signs "> 30" and "<= 100"', () => {
    expect(one('> 30').value).toEqual(iv(30, inf, true));
    expect(one('<= 100').value).toEqual(iv(-inf, 100));
  });
  it('keeps the stated number as the amount of "more than half a million"', () => {
    expect(one('more than half a million people')).toMatchObject({
      amount: 500000,
      value: iv(500000, inf, true),
    });
  });
});

describe('extractFigures: ranges and vague quantities', () => {
  it('reads "between 30 and 40", "30 to 40" and "30-40" as [30, 40] with no amount', () => {
    for (const text of ['between 30 and 40', '30 to 40', '30-40']) {
      const f = one(`${text} people`);
      expect(f).toMatchObject({ text, value: iv(30, 40) });
      expect(f.amount).toBeUndefined();
    }
  });
  it('does not join "1.2 percent to 4,200 points" into a range', () => {
    expect(extractFigures('rose 1.2 percent to 4,200 points').map((f) => f.text)).toEqual([
      '1.2 percent',
      '4,200 points',
    ]);
  });
  it('reads "over" after "jailed", "row" and the like as "about", not "more than"', () => {
    expect(one('Kent adviser jailed over £4.2m fraud')).toMatchObject({
      text: '£4.2m',
      value: iv(4.15e6, 4.25e6),
    });
    expect(one('a row over $2bn in aid').text).toBe('$2bn');
    expect(one('Sales rose over 20%').text).toBe('over 20%');
    expect(one('Bankers jailed over £4.3m mortgage fraud').text).toBe('£4.3m');
    const years = extractFigures('Keller jailed for 12 years over £4.3m pension fraud');
    expect(years.map((f) => f.text)).toEqual(['12 years', '£4.3m']);
    expect(one('He was fined over £1m').text).toBe('over £1m');
    expect(one('He was jailed for over 10 years for fraud').text).toBe('over 10 years');
  });
  it('reads "from a to b" after a word of change as two figures: "rose from 5% to 7%"', () => {
    for (const text of [
      'Inflation rose from 5% to 7% last year.',
      'Inflation rose sharply from 5% to 7%.',
      'a rise from 5% to 7%',
    ])
      expect(
        extractFigures(text).map((f) => [f.text, f.was]),
        text,
      ).toEqual([
        ['5%', true],
        ['7%', undefined],
      ]);
    expect(one('prices from 5% to 7% higher').text).toBe('from 5% to 7%');
  });
  it('reads "$5-10 million" as a range in dollars', () => {
    expect(one('$5-10 million')).toMatchObject({ value: iv(5e6, 10e6), unit: 'USD' });
  });
  it('gives the first end of "5 to 10 million" the scale of the second', () => {
    expect(one('5 to 10 million').value).toEqual(iv(5e6, 10e6));
  });
  it('does not read scores, tallies or "58% to 42%" as ranges', () => {
    expect(extractFigures('a 3-1 win')).toEqual([]);
    expect(extractFigures('a 5-4 vote')).toEqual([]);
    expect(extractFigures('a 2-3 defeat')).toEqual([]);
    expect(extractFigures('58% to 42%').map((f) => f.text)).toEqual(['58%', '42%']);
  });
  const vague: [string, Interval][] = [
    ['dozens', iv(24, 99)],
    ['scores of', iv(40, 99)],
    ['hundreds', iv(200, 999)],
    ['thousands', iv(2000, 9999)],
    ['tens of thousands', iv(20000, 99999)],
    ['a few', iv(2, 5)],
  ];
  for (const [text, value] of vague) {
    it(`reads "${text}" as a vague quantity with no amount`, () => {
      const f = one(`${text} people`);
      expect(f.value).toEqual(value);
      expect(f.amount).toBeUndefined();
    });
  }
  it('reads "a few hundred" as 200 to 500', () => {
    expect(one('a few hundred people')).toMatchObject({
      text: 'a few hundred',
      value: iv(200, 500),
    });
  });
  it('reads "scores" without "of" as no figure', () => {
    expect(extractFigures('the scores were close')).toEqual([]);
  });
});

describe('extractFigures on random word salad', () => {
  it('gives spans that match their text, in order, with ordered finite intervals', () => {
    // biome-ignore format: a list
    const parts = ['$', '£', 'US', '.', '-', '~', '/', '%', ',', '>', '1', '22', '300', '1,000',
      '2018', '0.5', 'e', 'm', 'bn', 'million', 'half', 'a', 'and', 'or', 'more', 'than', 'about',
      'between', 'to', 'in', 'one', 'twenty', 'hundred', 'dozens', 'percent', 'cents', 'dollars',
      'miles', 'hour', 'years', 'old', 'ago', 'July', 'MUSD', 'point', 'minus', 'Apollo', 'so'];
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = 1 + rnd(10); i > 0; i--) text += parts[rnd(parts.length)] + (rnd(3) ? ' ' : '');
      let last = 0;
      for (const f of extractFigures(text)) {
        expect(text.slice(f.from, f.to)).toBe(f.text);
        expect(f.from).toBeGreaterThanOrEqual(last);
        last = f.to;
        const { min, max } = f.value;
        if (min !== undefined) expect(Number.isFinite(min)).toBe(true);
        if (max !== undefined) expect(Number.isFinite(max)).toBe(true);
        if (min !== undefined && max !== undefined) expect(min).toBeLessThanOrEqual(max);
      }
    }
  });
});

describe('extractFigures on numbers too large for a figure', () => {
  it('gives no figure for a number that is not finite ("9" × 400, "1e400", "1e300 trillion")', () => {
    const huge = [
      `There were ${'9'.repeat(400)} people evacuated.`,
      `There were 1${',000'.repeat(110)} people evacuated.`,
      `There were 999${' 999'.repeat(110)} people evacuated.`,
      'There were 1e400 people, more than 1e400 people, between 5 and 1e400 people.',
      'It cost $1e300 trillion, about 1.7e308 dollars and minus 1e400 dollars.',
    ];
    for (const text of huge) expect(extractFigures(text), text.slice(0, 40)).toEqual([]);
  });
  it('still reads a large finite number ("1000000000000000000000000000000 people")', () => {
    expect(one('1000000000000000000000000000000 people').amount).toBe(1e30);
  });
});

describe('extractFigures on any cut of a text', () => {
  it('never throws, whatever the text ends or starts with', () => {
    const text =
      'US$ 5 and $2.5bn, 3/4 of 10 1/2 miles; 1e10 or 12.32e+14 - minus five point five, ' +
      'between 30 and 40, 30-40 km, 5m, 12 per cent, 54-year-old, July 21, 2018-07-22, ' +
      'half a million, two and a half years, more than 10 and less than 40, > 30, 500 or more, ' +
      'tens of thousands of dollars, a few, 1 234 567.89 and 10 €.';
    for (let i = 0; i <= text.length; i++) {
      expect(() => extractFigures(text.slice(0, i))).not.toThrow();
      expect(() => extractFigures(text.slice(i))).not.toThrow();
    }
  });
});

const article = new URL('../../../../shared/stories/white-helmets/article.txt', import.meta.url);

describe('extractFigures on the White Helmets article', () => {
  it.skipIf(!existsSync(article))('finds every figure with its interval, and nothing else', () => {
    const text = readFileSync(article, 'utf8');
    const got = extractFigures(text).map((f) => [f.text, f.value, f.unit, f.qualifier]);
    expect(got).toEqual([
      ['more than 400', iv(400, inf, true), 'count', 'more than'],
      ['more than 115,000', iv(115000, inf, true), 'count', 'more than'],
      ['more than half a million', iv(500000, inf, true), 'count', 'more than'],
      ['seven years', iv(6.65, 7.35), 'year', undefined],
      ['800', iv(760, 840), 'count', undefined],
      ['422', iv(422, 422), 'count', undefined],
      ['three months', iv(2.85, 3.15), 'month', undefined],
      ['800', iv(760, 840), 'count', undefined],
      ['422', iv(422, 422), 'count', undefined],
      ['around three months', iv(2.7, 3.3), 'month', 'around'],
      ['300', iv(285, 315), 'count', undefined],
      // "estimated to be an additional 3,000": "estimated" is not next to the
      // number, so it is read as a plain round number.
      ['3,000', iv(2850, 3150), 'count', undefined],
    ]);
  });
});
