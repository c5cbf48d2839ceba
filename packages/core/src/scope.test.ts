import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';
import { extract } from './extract';
import { farOff, periodOf } from './scope';

const quarter = recordOf('rev', 'Acme revenue in the third quarter', ['revenue'], 2.61e8, 'USD');
const farmland = recordOf('area', 'Farmland in Wales', ['hectares'], 1_700_000, 'hectare');

describe('figures of another scope than the record', () => {
  it('reads the period a figure counts over from the words around it', () => {
    const period = (text: string) => periodOf(text, extract(text).figures[0]);
    expect(period('It adds roughly $1bn of annual revenue.')).toBe('year');
    expect(period('Annual revenue of $1bn is expected.')).toBe('year');
    expect(period('Rent rose to £1,200 a month.')).toBe('month');
    expect(period('Quarterly sales were $261m.')).toBe('quarter');
    expect(period('Profit rose 12% from a year earlier.')).toBeUndefined();
    expect(period('Sales were $261m a year ago.')).toBeUndefined();
  });

  it('ties a figure of another period to the record only when it agrees', () => {
    expect(briefs('The deal adds roughly $1bn of annual revenue.', [quarter])).toEqual([
      'figure-unsourced roughly $1bn -',
    ]);
    expect(briefs('Revenue was $250m in the quarter.', [quarter])).toEqual([
      'figure-contradicted $250m rev',
    ]);
    expect(briefs('Revenue was $250m, up 4% from a year earlier.', [quarter])).toContain(
      'figure-contradicted $250m rev',
    );
  });

  it('ties a figure hundreds of times off the record only when it agrees, but not a slip of scale', () => {
    expect(briefs('Jones farms 120 hectares near Builth Wells.', [farmland])).toEqual([
      'figure-unsourced 120 hectares -',
    ]);
    expect(briefs('Revenue was $2.5m in the quarter.', [quarter])).toEqual([
      'figure-contradicted $2.5m rev',
    ]);
    const claim = extract('Revenue was $261,000.').figures[0];
    expect(farOff(claim, quarter)).toBe(false);
    expect(farOff(extract('Revenue was $26.1bn.').figures[0], quarter)).toBe(false);
    expect(farOff(extract('Revenue was $90,000.').figures[0], quarter)).toBe(true);
  });
});

describe('figures of another measure than the record', () => {
  const eps = recordOf('eps', 'Diluted earnings per share', ['per share', 'a share'], 1.87, 'USD');
  const growth = recordOf('growth', 'Revenue growth', ['revenue'], 12, 'percent');
  const round = recordOf('cuts', 'Jobs cut in the latest round', ['jobs'], 1800);

  it('ties an adjusted figure to a reported record only when it agrees, and the reverse', () => {
    expect(briefs('Excluding items, the company earned $2.05 per share.', [eps])).toEqual([
      'figure-unsourced $2.05 -',
    ]);
    expect(briefs('The company earned $2.05 per share.', [eps])).toEqual([
      'figure-contradicted $2.05 eps',
    ]);
    // "adjusted" as a verb, or of a season, names no other measure.
    expect(briefs('The company earned $2.05 per share as markets adjusted.', [eps])).toEqual([
      'figure-contradicted $2.05 eps',
    ]);
    expect(briefs('Seasonally adjusted, it earned $2.05 per share.', [eps])).toEqual([
      'figure-contradicted $2.05 eps',
    ]);
  });

  it('ties a share of a whole to a record of a change only when it agrees', () => {
    expect(briefs('Cloud sales now make up almost 40% of total revenue.', [growth])).toEqual([
      'figure-unsourced almost 40% -',
    ]);
    expect(briefs('Revenue grew 14% in the year.', [growth])).toEqual([
      'figure-contradicted 14% growth',
    ]);
  });

  it('ties a running total since a time to a record of no total only when it agrees', () => {
    expect(briefs('Novex has cut about 4,000 jobs since 2023.', [round])).toEqual([
      'figure-unsourced about 4,000 -',
    ]);
    expect(briefs('Novex has cut about 4,000 jobs; the round began in 2023.', [round])).toEqual([
      'figure-contradicted about 4,000 cuts',
    ]);
  });

  it('reads "the highest since 2021" as a comparison, not a running total', () => {
    const jobless = recordOf('rate', 'Unemployment rate', ['unemployment'], 4.4, 'percent');
    const text = 'Unemployment rose to 4.8%, the highest since 2021.';
    expect(briefs(text, [jobless])).toEqual(['figure-contradicted 4.8% rate']);
    const worst = 'Unemployment rose to 4.8%, its worst reading since March 2021.';
    expect(briefs(worst, [jobless])).toEqual(['figure-contradicted 4.8% rate']);
  });

  it('still reads "at least nine people since March" as a running total', () => {
    const storm = recordOf('storm', 'Deaths in Storm Ida', ['killed', 'storms'], 4);
    const text = 'Storms have killed at least nine people since March.';
    expect(briefs(text, [storm])).toEqual(['figure-unsourced at least nine -']);
  });

  it('compares a total "since January" with a record of this year', () => {
    const deaths = recordOf('deaths', 'Measles deaths in England this year', ['died'], 4);
    const options = { date: '2024-06-05' };
    for (const since of [
      'since January',
      'since January 1',
      'since the start of January',
      'since the start of the year',
    ])
      expect(briefs(`Three children have died ${since}.`, [deaths], options)).toEqual([
        'figure-contradicted Three deaths',
      ]);
    // The total right after the comma of an opening "Since January,".
    for (const since of ['Since January', 'Since January 1'])
      expect(briefs(`${since}, 11 children have died.`, [deaths], options), since).toEqual([
        'figure-contradicted 11 deaths',
      ]);
    // Another start, January of a year before, or a total since March beside another since
    // January: totals the record does not hold.
    for (const since of [
      'since March',
      'since January 2022',
      'since January, 2022',
      'since January last year',
      'since January of last year',
      'since January 15',
      'since March, and cases have climbed since January',
    ])
      expect(briefs(`Three children have died ${since}.`, [deaths], options)).toEqual([
        'figure-unsourced Three -',
      ]);
  });
});

describe('a record the sentence names by more of its terms', () => {
  const national = recordOf('national', 'National Party seats', ['National', 'seats'], 48);
  const labour = recordOf('labour', 'Labour Party seats', ['Labour', 'seats'], 62);

  it('takes a figure both records disagree with', () => {
    expect(briefs('The National Party fell to 46 seats.', [national, labour])).toEqual([
      'figure-contradicted 46 national',
    ]);
    expect(briefs('The party fell to 46 seats.', [national, labour])).toEqual([
      'figure-unsourced 46 -',
    ]);
  });
});

describe('a deposit against the record of a price', () => {
  const price = recordOf(
    'price',
    'Average first-time buyer price',
    ['first-time buyers'],
    233000,
    'GBP',
  );

  it('does not contradict "First-time buyers typically put down a deposit of about 60,000 pounds."', () => {
    const text = 'First-time buyers typically put down a deposit of about 60,000 pounds.';
    expect(briefs(text, [price])).toEqual(['figure-unsourced about 60,000 pounds -']);
    expect(briefs('First-time buyers paid a £60,000 deposit.', [price])).toEqual([
      'figure-unsourced £60,000 -',
    ]);
  });

  it('still contradicts a deposit against the record of a deposit', () => {
    const deposit = recordOf(
      'dep',
      'Average first-time buyer deposit',
      ['first-time buyers'],
      62000,
      'GBP',
    );
    const text = 'First-time buyers typically put down a deposit of about 50,000 pounds.';
    expect(briefs(text, [deposit])).toEqual(['figure-contradicted about 50,000 pounds dep']);
  });
});

describe('a limit the law sets', () => {
  const term = recordOf(
    'term',
    "Martin Keller's prison sentence",
    ['jailed', 'sentence'],
    12,
    'year',
  );

  it('is not contradicted by the sentence given: "carries a maximum sentence of 10 years"', () => {
    for (const text of [
      'Fraud carries a maximum sentence of 10 years in prison.',
      'The maximum sentence is 10 years.',
      'He faces up to 10 years in prison.',
    ])
      expect(briefs(text, [term]), text).toEqual([expect.stringMatching(/^figure-unsourced /)]);
  });

  it('is no maximum temperature, minimum wage, speed or sentence handed down', () => {
    const heat = recordOf('heat', 'Highest temperature', ['temperature'], 44, 'celsius');
    expect(briefs('The maximum temperature was 41C in Seville.', [heat])).toEqual([
      'figure-contradicted 41C heat',
    ]);
    const given = 'The judge handed Keller the maximum sentence of 10 years.';
    expect(briefs(given, [term])).toEqual(['figure-contradicted 10 years term']);
    expect(briefs('The maximum sentence for fraud is 10 years.', [term])).toEqual([
      'figure-unsourced 10 years -',
    ]);
    expect(briefs('Fraud carries a maximum 10-year sentence.', [term])).toEqual([
      'figure-unsourced 10-year -',
    ]);
  });

  it('is held against a record of the limit, and a sentence given still against its record', () => {
    const max = recordOf('max', 'Maximum sentence for fraud', ['sentence'], 14, 'year');
    expect(briefs('Fraud carries a maximum sentence of 10 years.', [max])).toEqual([
      'figure-contradicted 10 years max',
    ]);
    expect(briefs('Keller was jailed for 10 years.', [term])).toEqual([
      'figure-contradicted 10 years term',
    ]);
  });
});
