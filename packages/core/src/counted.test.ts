import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';

describe('a count after a term and a preposition', () => {
  const drivers = recordOf('drivers', 'Drivers called out on strike', ['drivers'], 3400);

  it('counts the noun after it, not what the term names', () => {
    expect(briefs('Drivers at 16 train companies staged strikes in 2022.', [drivers])).toEqual([
      'figure-unsourced 16 -',
    ]);
    expect(
      briefs('Patients in 12 hospitals were moved.', [recordOf('p', 'Patients', ['patients'], 40)]),
    ).toEqual(['figure-unsourced 12 -']);
  });

  it('still counts what the term names otherwise', () => {
    expect(briefs('Drivers at 16 firms, some 3,000 drivers, walked out.', [drivers])).toEqual([
      'figure-unsourced 16 -',
      'figure-contradicted some 3,000 drivers',
    ]);
    const deaths = recordOf('deaths', 'Deaths', ['deaths'], 1200);
    expect(briefs('Deaths at 1,500 makes it the deadliest outbreak.', [deaths])).toEqual([
      'figure-contradicted 1,500 deaths',
    ]);
    expect(briefs('The strike by 3,000 drivers began.', [drivers])).toEqual([
      'figure-contradicted 3,000 drivers',
    ]);
    expect(briefs('The drivers at 3,000 is the union’s count.', [drivers])).toEqual([
      'figure-contradicted 3,000 drivers',
    ]);
  });

  it('counts the word a hyphen joins to it ("a 71-page opinion", "the 12-member jury")', () => {
    const markets = recordOf('markets', 'Markets where the firm would lead', ['markets'], 14);
    expect(
      briefs('They compete in local markets, Cole wrote in a 71-page opinion.', [markets]),
    ).toEqual(['figure-unsourced 71 -']);
    const jurors = recordOf('jurors', 'Jury members', ['jury', 'member'], 11);
    expect(briefs('The 12-member jury agreed.', [jurors])).toEqual([
      'figure-contradicted 12 jurors',
    ]);
  });
});
