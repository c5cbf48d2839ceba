import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';
import { namesWhole, otherPlace, placeAt, placeOf } from './places';

const whole = (text: string) => placeOf(text, { from: 0, to: text.length });

describe('placeOf', () => {
  it('reads the place a sentence opens on', () => {
    expect(whole('In Scotland, prices rose 5.9%.')).toBe('scotland');
    expect(whole('In Northern Ireland, where 12 cases were found, uptake was 88%.')).toBe(
      'northern ireland',
    );
    expect(whole('In the Netherlands, 40% voted.')).toBe('netherlands');
    expect(whole('Across the border in the Czech Republic, three people died.')).toBe(
      'czech republic',
    );
    expect(whole('Elsewhere in Spain, 40% voted.')).toBe('spain');
    expect(whole('Northern Ireland was again the strongest region, with prices up 8.1%.')).toBe(
      'northern ireland',
    );
    expect(whole("Scotland's prices rose 5.9%.")).toBe('scotland');
    expect(whole('The UK economy grew 0.1%.')).toBe('uk');
  });

  it('reads no place heading a list after the figure', () => {
    const place = (text: string) => {
      const from = text.indexOf('25');
      return placeAt(text, { from: 0, to: text.length }, { from, to: from + 2 });
    };
    expect(
      place('Storm Boris has killed 25 people in Poland, the Czech Republic and Austria.'),
    ).toBe(undefined);
    expect(place('Floods killed 25 people in Poland.')).toBe('poland');
  });

  it('reads no place after a verb phrase, nor one heading a list', () => {
    expect(whole('Speaking to reporters in Germany, the official said jobs rose.')).toBeUndefined();
    expect(whole('In Poland, the Czech Republic and Austria, 25 people died.')).toBeUndefined();
  });

  it('reads no place in an adjective opening the sentence', () => {
    expect(whole('European officials said revenue rose 4%.')).toBeUndefined();
    expect(whole('Polish police said 7 people died.')).toBeUndefined();
  });

  it('reads no place in a month, a day or a phrase', () => {
    expect(whole('In March, prices rose 5.9%.')).toBeUndefined();
    expect(whole('In Jan., prices rose 5.9%.')).toBeUndefined();
    expect(whole("In Monday's vote, 52% backed it.")).toBeUndefined();
    expect(whole('In total, 40 people died.')).toBeUndefined();
    expect(whole('In a statement, the firm said sales rose 5%.')).toBeUndefined();
    expect(whole('In Washington, the Commerce Department said GDP grew 2.8%.')).toBeUndefined();
  });
});

describe('otherPlace', () => {
  it('is a record of a whole the place is not named in', () => {
    expect(otherPlace('scotland', recordOf('uk', 'UK house prices', ['prices'], 4.7))).toBe(true);
    expect(otherPlace('scotland', recordOf('s', 'Scotland house prices', ['prices'], 5))).toBe(
      false,
    );
    expect(otherPlace('britain', recordOf('uk', 'UK house prices', ['prices'], 4.7))).toBe(false);
    expect(otherPlace('valencia', recordOf('d', 'Deaths in the floods', ['killed'], 41))).toBe(
      false,
    );
  });
});

describe('placeAt', () => {
  const at = (text: string, figure: string) => {
    const from = text.indexOf(figure);
    return placeAt(text, { from: 0, to: text.length }, { from, to: from + figure.length });
  };

  it('reads a place the figure\'s clause names with "in", but no quarter or party', () => {
    expect(at('Prices rose 5.9% in Scotland.', '5.9%')).toBe('scotland');
    expect(at('Prices in Scotland rose 5.9%.', '5.9%')).toBe('scotland');
    expect(at('Revenue rose 5.9% in Q3.', '5.9%')).toBeUndefined();
    expect(at('Speaking in Edinburgh, he said prices rose 5.9%.', '5.9%')).toBeUndefined();
  });

  it("reads a place's adjective opening the figure's clause, where nobody speaks", () => {
    expect(at('European revenue fell 14% to $1.1 billion.', '$1.1 billion')).toBe('european');
    expect(at('Scottish prices rose 4.2%.', '4.2%')).toBe('scottish');
    expect(at('Sales held up, but European revenue fell 14%.', '14%')).toBe('european');
    expect(at('European officials said revenue rose to $1.1 billion.', '$1.1 billion')).toBe(
      undefined,
    );
    expect(at('Revenue fell 4% to $1.1 billion.', '$1.1 billion')).toBeUndefined();
    const long = 'The company, which makes parts for carmakers and European trucks, grew 4%.';
    expect(at(long, '4%')).toBeUndefined();
  });

  it('takes a company\'s group for a whole, and "National Party" for no whole place', () => {
    expect(namesWhole(recordOf('g', 'Group revenue, third quarter', ['revenue'], 4.1e9))).toBe(
      true,
    );
    expect(namesWhole(recordOf('n', 'National Party seats', ['seats'], 48))).toBe(false);
    expect(namesWhole(recordOf('n', 'Seats won nationally', ['seats'], 48))).toBe(true);
  });
});

describe('a figure of a part of a company or a country', () => {
  const revenue = recordOf('rev', 'Group revenue, third quarter', ['revenue'], 4.1e9, 'USD');
  const cpi = recordOf(
    'cpi',
    'UK consumer price inflation',
    ['inflation', 'prices'],
    3.8,
    'percent',
  );

  it('is not contradicted by the record of the whole', () => {
    expect(briefs('European revenue fell 14% to $1.1 billion.', [revenue])).toEqual([
      'figure-unsourced 14% -',
      'figure-unsourced $1.1 billion -',
    ]);
    expect(briefs('Scottish prices rose 4.2%.', [cpi])).toEqual(['figure-unsourced 4.2% -']);
  });

  it('still contradicts the figure of the whole', () => {
    expect(briefs('Revenue fell 4% to $1.1 billion.', [revenue])).toEqual([
      'figure-unsourced 4% -',
      'figure-contradicted $1.1 billion rev',
    ]);
    expect(briefs('British inflation rose to 3.9% in March.', [cpi])).toEqual([
      'figure-contradicted 3.9% cpi',
    ]);
  });
});

describe('a figure of a place or an area a record names', () => {
  const toll = recordOf('toll', 'Deaths in the western Nepal earthquake', ['killed'], 1214);
  const jajarkot = recordOf('jajarkot', 'Deaths in Jajarkot district', ['Jajarkot'], 652);

  it('is held against that record, not an agreeing record of the whole', () => {
    const text = 'In Jajarkot district alone, at least 700 people were killed.';
    expect(briefs(text, [toll, jajarkot])).toEqual(['figure-contradicted at least 700 jajarkot']);
    // A country is no area: the record that names it may be of something else.
    const day = recordOf('day', 'Palestinians killed in the past 24 hours', ['killed'], 126);
    const idf = recordOf('idf', 'Israeli soldiers killed in the offensive', ['killed'], 185);
    const strikes = 'Israeli strikes killed 126 people across Gaza, health officials said.';
    expect(briefs(strikes, [day, idf])).toEqual([]);
    const sunday = recordOf('sun', 'Arrests on Sunday', ['arrested'], 12);
    const total = recordOf('all', 'Total riot arrests in Britain so far', ['arrested'], 90);
    expect(briefs('Police across Britain arrested 12 people on Sunday.', [sunday, total])).toEqual(
      [],
    );
  });

  it('is not held against a record of the whole when another record names the area', () => {
    const growth = recordOf(
      'growth',
      'Population growth between censuses',
      ['grew'],
      6.3,
      'percent',
    );
    const island = recordOf('island', 'South Island population', ['South Island'], 1213240);
    expect(
      briefs('In the South Island, the population grew 7.2% to 1.21 million.', [growth, island]),
    ).toEqual(['figure-unsourced 7.2% -']);
    expect(briefs('The population grew 7.2%.', [growth, island])).toEqual([
      'figure-contradicted 7.2% growth',
    ]);
  });
});

describe('a figure of one country against a record of another', () => {
  const poland = recordOf('poland', 'Flood deaths in Poland', ['died', 'killed'], 7);
  const czech = recordOf('czech', 'Flood deaths in the Czech Republic', ['died', 'killed'], 3);

  it('is not held against the other country’s record', () => {
    const text = 'In the Czech Republic, three people have died and 12 are missing.';
    expect(briefs(text, [poland, czech], { all: true })).toEqual([
      'figure-confirmed three czech',
      'figure-unsourced 12 -',
    ]);
    expect(briefs('In the Czech Republic, 12 people have died.', [poland])).toEqual([
      'figure-unsourced 12 -',
    ]);
  });

  it('is still held against a record whose place words say who acted or a union', () => {
    const odesa = recordOf(
      'odesa',
      'Deaths in the Russian missile strike on Odesa',
      ['killed'],
      14,
    );
    expect(briefs('In Ukraine, a missile strike on Odesa killed 21 people.', [odesa])).toEqual([
      'figure-contradicted 21 odesa',
    ]);
    const turkey = recordOf('turkey', 'Rise in turkey prices', ['turkey prices'], 5, 'percent');
    expect(briefs('In the US, turkey prices rose 7%.', [turkey])).toEqual([
      'figure-contradicted 7% turkey',
    ]);
  });

  it('is held against its own country’s record, by name or adjective', () => {
    expect(briefs('In Poland, the rain has killed at least nine people.', [poland, czech])).toEqual(
      ['figure-contradicted at least nine poland'],
    );
    const polish = recordOf('polish', 'Polish flood deaths', ['killed'], 7);
    expect(briefs('In Poland, the rain has killed at least nine people.', [polish])).toEqual([
      'figure-contradicted at least nine polish',
    ]);
    // No place named: every record stays.
    expect(briefs('The rain has killed at least nine people.', [poland])).toEqual([
      'figure-contradicted at least nine poland',
    ]);
  });
});

describe('a figure of a place a record of its kind names', () => {
  const uk = recordOf(
    'uk',
    'UK house prices, annual change',
    ['annual', 'year on year'],
    2.4,
    'percent',
  );
  const poll = recordOf('poll', 'Forecast of the annual change', ['annual growth'], 1.9, 'percent');
  const ni = recordOf('ni', 'Northern Ireland house prices', ['Northern Ireland'], 9.1, 'percent');
  const london = recordOf('london', 'London house prices', ['London'], 0.4, 'percent');

  it('is held against that record, not one of another place named later', () => {
    const text =
      'Northern Ireland was again the strongest region, with prices up 8.1% year on year, while London lagged with annual growth of 0.4%.';
    expect(briefs(text, [uk, poll, ni, london], { all: true })).toEqual([
      'figure-contradicted 8.1% ni',
      'figure-confirmed 0.4% london',
    ]);
  });

  it('leaves the records of another kind of figure alone', () => {
    const sold = recordOf('sold', 'Homes sold', ['homes'], 41000);
    const scot = recordOf('scot', 'Scotland house prices', ['prices'], 5.9, 'percent');
    expect(
      briefs('In Scotland, 45,000 homes were sold and prices rose 5.9%.', [sold, scot]),
    ).toEqual(['figure-contradicted 45,000 sold']);
  });
});
