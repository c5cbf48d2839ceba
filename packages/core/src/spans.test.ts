import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';

const age = recordOf('maori-age', 'Median age of the Maori ethnic group', ['Maori'], 26.8, 'year');
const term = recordOf('term', 'Jail term', ['jailed', 'sentence'], 6, 'year');
const build = recordOf('build', 'Time to build the line', ['built', 'completed'], 5, 'year');

describe('a span of time', () => {
  it("is no one's age", () => {
    expect(briefs('The Maori population grew 6.3% in five years.', [age])).toEqual([
      'figure-unsourced 6.3% -',
      'figure-unsourced five years -',
    ]);
    expect(
      briefs('Maori made up 17.8% of people, up from 16.5% five years earlier.', [age]),
    ).toEqual([
      'figure-unsourced 17.8% -',
      'figure-unsourced 16.5% -',
      'figure-unsourced five years -',
    ]);
  });

  it('before or after something is not the quantity reported', () => {
    expect(briefs('Five years on, he was jailed.', [term])).toEqual([
      'figure-unsourced Five years -',
    ]);
    expect(briefs('He was jailed four years later.', [term])).toEqual([
      'figure-unsourced four years -',
    ]);
  });

  it('is no offset when it is a gap ("three years later than planned")', () => {
    const delay = recordOf('delay', 'Delay to the Metro line', ['later than planned'], 2, 'year');
    expect(briefs('The line opened three years later than planned.', [delay])).toEqual([
      'figure-contradicted three years delay',
    ]);
  });

  it('is still compared with a record of a duration, and an age with a record of it', () => {
    expect(briefs('The line will be completed in four years.', [build])).toEqual([
      'figure-contradicted four years build',
    ]);
    expect(briefs('He was jailed for four years.', [term])).toEqual([
      'figure-contradicted four years term',
    ]);
    expect(briefs('He was jailed for four years on Tuesday.', [term])).toEqual([
      'figure-contradicted four years term',
    ]);
    expect(briefs('He was jailed for four years before being deported.', [term])).toEqual([
      'figure-contradicted four years term',
    ]);
    expect(briefs('Maori had a median age of 24 years.', [age])).toEqual([
      'figure-contradicted 24 years maori-age',
    ]);
  });
});
