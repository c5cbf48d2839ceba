import { describe, expect, it } from 'vitest';
import { check } from './check';
import { briefs, recordOf } from './check.testing';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import type { Fact } from './types';

const move: Fact = {
  id: 'shares',
  kind: 'figure',
  subject: 'Share price move',
  terms: ['shares'],
  value: -8.2,
  unit: 'percent',
  source: { name: 'Nasdaq' },
};
const run = (text: string, facts: Fact[] = [move]) =>
  check(text, extract(text), new FactIndex(facts), { all: true }).map((f) =>
    f.suggestion ? `${f.kind} ${f.text} → ${f.suggestion}` : `${f.kind} ${f.text}`,
  );

describe('the size of a fall against a signed change', () => {
  it('confirms "fell 8.2%" against a record of -8.2%', () => {
    expect(run('Shares fell 8.2% on Tuesday.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares dropped by 8.2%.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares were down 8.2%.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares closed 8.2% lower.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares fell a further 8.2%.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares fell sharply by 8.2%.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares dropped another 8.2%.')).toEqual(['figure-confirmed 8.2%']);
    expect(run('Shares suffered an 8.2% drop.')).toEqual(['figure-confirmed 8.2%']);
    const below: Fact = { ...move, value: { max: 0, maxExclusive: true } };
    expect(run('Shares fell 3%.', [below])).toEqual(['figure-unconfirmed 3%']);
  });

  it('contradicts a wrong fall and suggests the size, not the signed change', () => {
    expect(run('Shares fell 9% on Tuesday.')).toEqual(['figure-contradicted 9% → 8.2%']);
  });

  it('reads a fall as written against a record of the size of the fall', () => {
    const size: Fact = { ...move, value: 8.2 };
    expect(run('Shares fell 8.2% on Tuesday.', [size])).toEqual(['figure-confirmed 8.2%']);
  });

  it('does not negate a level: "fell to 8.2%"', () => {
    expect(run('Shares fell to 8.2% by the close.')).toEqual(['figure-contradicted 8.2% → -8.2%']);
  });
});

describe('the size of a change given with where it ended', () => {
  const level = recordOf('vacancies', 'Vacancies', ['vacancies'], 816_000);
  const change = recordOf('fall', 'Change in vacancies', ['vacancies'], -26_000);

  it('reads "by 26,000 to 861,000" as the change and the level, not a range', () => {
    const text = 'Vacancies fell for the 32nd period in a row, by 26,000 to 861,000.';
    expect(extract(text).figures.map((f) => [f.text, f.change ?? false])).toEqual([
      ['26,000', true],
      ['861,000', false],
    ]);
  });

  it('holds the level against the record of the level, and the change against a record of it', () => {
    expect(briefs('Vacancies fell 26,000 to 861,000.', [level])).toEqual([
      'figure-unsourced 26,000 -',
      'figure-contradicted 861,000 vacancies',
    ]);
    expect(briefs('Vacancies fell 30,000 to 816,000.', [change])).toEqual([
      'figure-contradicted 30,000 fall',
      'figure-unsourced 816,000 -',
    ]);
  });
});

describe('an increment', () => {
  const arrests = recordOf('arrests', 'Arrests', ['arrested'], 64);
  const added = recordOf('added', 'Arrests added since the first count', ['arrested'], 6, 'count', {
    subject: 'Increase in arrests',
  });

  it('ties to a record of the total only when it agrees', () => {
    expect(briefs('Six more people were arrested in the following weeks.', [arrests])).toEqual([
      'figure-unsourced Six -',
    ]);
    expect(briefs('Police arrested another 12 people.', [arrests])).toEqual([
      'figure-unsourced 12 -',
    ]);
    expect(briefs('Police arrested 60 people.', [arrests])).toEqual([
      'figure-contradicted 60 arrests',
    ]);
  });

  it('is no percent before "more": that compares ("21% more likely to die early")', () => {
    const risk = recordOf('risk', 'Higher risk of early death', ['die early'], 18, 'percent');
    expect(briefs('They were 21% more likely to die early.', [risk])).toEqual([
      'figure-contradicted 21% risk',
    ]);
  });

  it('ties to a record of the change', () => {
    expect(briefs('Five more people were arrested.', [added])).toEqual([
      'figure-contradicted Five added',
    ]);
    expect(briefs('More than 60 people were arrested.', [arrests])).toEqual([]);
    const extra = recordOf('nhs', 'Extra NHS funding', ['NHS'], 4.7e9, 'GBP');
    expect(briefs('The chancellor announced an extra £4.2bn for the NHS.', [extra])).toEqual([
      'figure-contradicted £4.2bn nhs',
    ]);
  });
});
