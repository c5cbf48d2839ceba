import { describe, expect, it } from 'vitest';
import { check } from './check';
import { recordOf } from './check.testing';
import { extract } from './extract';
import { FactIndex } from './fact-index';

const date = '2025-01-19';
const deaths = recordOf('deaths', 'Deaths in the Cusco crash', ['killing'], 49, 'count', {
  asOf: '2025-01-19',
});
const aeroperu = recordOf(
  'aeroperu',
  'Deaths in the 1996 Aeroperu crash',
  ['killing', 'Aeroperu'],
  70,
  'count',
  {
    asOf: '1996-10-02',
  },
);
const briefs = (text: string, facts = [deaths, aeroperu]) =>
  check(text, extract(text, { date }), new FactIndex(facts), { date, all: true }).map(
    (f) => `${f.kind} ${f.text} ${f.factId ?? '-'}`,
  );

describe('a record of years before the story', () => {
  it('does not take a figure of now from the record of now', () => {
    expect(briefs('The plane crashed on Saturday, killing more than 50 people.')).toEqual([
      'figure-contradicted more than 50 deaths',
    ]);
  });

  it('still holds a figure of a sentence that gives no date of now', () => {
    const pop = recordOf(
      'pop',
      'Population of Paiporta (2021 census)',
      ['residents'],
      27200,
      'count',
      {
        asOf: '2021-01-01',
      },
    );
    const evac = recordOf('evac', 'People evacuated', ['evacuation'], 22000, 'count', {
      asOf: '2025-01-18',
    });
    expect(
      briefs('They ordered the evacuation of Paiporta, a town of 27,000 residents.', [pop, evac]),
    ).toEqual(['figure-confirmed 27,000 pop']);
  });

  it('still holds a figure when it is the only record, or the figure is of its time', () => {
    expect(briefs('A crash in 1996 ended up killing 70 people.', [deaths, aeroperu])).toEqual([
      'figure-confirmed 70 aeroperu',
    ]);
    expect(briefs('The crash ended up killing 72 people.', [aeroperu])).toEqual([
      'figure-contradicted 72 aeroperu',
    ]);
  });
});
