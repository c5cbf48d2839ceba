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
    expect(briefs('The strike by 3,000 drivers began.', [drivers])).toEqual([
      'figure-contradicted 3,000 drivers',
    ]);
    expect(briefs('The drivers at 3,000 is the union’s count.', [drivers])).toEqual([
      'figure-contradicted 3,000 drivers',
    ]);
  });
});
