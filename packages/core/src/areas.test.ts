import { describe, expect, it } from 'vitest';
import { areaAt, otherArea } from './areas';
import { briefs, recordOf } from './check.testing';

const at = (text: string, figure: string) => {
  const from = text.indexOf(figure);
  return areaAt(text, { from: 0, to: text.length }, { from, to: from + figure.length });
};

describe('areaAt', () => {
  it('reads a named area after the figure, or opening its clause or its sentence', () => {
    const setubal = { names: ['setubal'] };
    expect(at('Ventura won 18% of the vote in his home district of Setubal.', '18%')).toEqual(
      setubal,
    );
    expect(at('Chega won 25% of the vote in the Setubal district.', '25%')).toEqual(setubal);
    expect(at('In the district of Setubal the party won 25%.', '25%')).toEqual(setubal);
    expect(at('In his home district of Setubal, Ventura won 25%.', '25%')).toEqual(setubal);
    expect(at('In the state of Kerala, 25% voted.', '25%')).toEqual({ names: ['kerala'] });
    expect(at('Turnout was 61% in the North West region.', '61%')).toEqual({
      names: ['north', 'west'],
    });
  });

  it('reads an area after adjectives, and a name with accents as a record without them', () => {
    const kerala = { names: ['kerala'] };
    expect(at('The BJP won 25% of the vote in the southern state of Kerala.', '25%')).toEqual(
      kerala,
    );
    expect(at('It won 25% in the southern Indian state of Kerala.', '25%')).toEqual(kerala);
    expect(at('Ventura won 18% of the vote in his home district of Évora.', '18%')).toEqual({
      names: ['evora'],
    });
    expect(at('Chega won 25% in the Setúbal district.', '25%')).toEqual({ names: ['setubal'] });
  });

  it('reads a name the next words say is an area, and a region named by its bearing', () => {
    const paiporta = { names: ['paiporta'] };
    expect(at('In Paiporta, the worst-hit town, at least 40 people died.', 'at least 40')).toEqual(
      paiporta,
    );
    expect(at('At least 40 people died in Paiporta, a small town.', 'At least 40')).toEqual(
      paiporta,
    );
    const waiting = 'In the North East and Yorkshire, about 890,000 people are waiting.';
    expect(at(waiting, 'about 890,000')).toEqual({ names: ['north', 'east'] });
    expect(at('Waiting lists grew 5% in the Midlands.', '5%')).toEqual({ names: ['midlands'] });
    expect(at('In Paiporta, the mayor said 40 people died.', '40')).toBeUndefined();
    expect(at('In March, the city recorded 1,250 burglaries.', '1,250')).toBeUndefined();
    expect(at('The ANC won 40.2% of the vote in South Africa.', '40.2%')).toBeUndefined();
    const back = 'In Jajarkot district alone, 105 were killed, and the toll rose to 157.';
    expect(at(back, '157')).toBeUndefined();
    expect(
      at('In the North East, it rose to 5.9%, against 4.3% for the UK as a whole.', '4.3%'),
    ).toBe(undefined);
    expect(at('In the north, 40 people died.', '40')).toBeUndefined();
  });

  it('reads some areas of a kind, and the place they lie in', () => {
    const boroughs = { names: ['borough'], within: 'london' };
    expect(at('In some London boroughs uptake is as low as 69%.', '69%')).toEqual(boroughs);
    expect(at("Uptake is as low as 69% in some of London's poorest boroughs.", '69%')).toEqual(
      boroughs,
    );
    expect(at('Uptake is as low as 69% in some north London boroughs.', '69%')).toEqual(boroughs);
    expect(at('Uptake is as low as 69% in some boroughs of London.', '69%')).toEqual(boroughs);
    expect(at('Uptake is as low as 69% in parts of London.', '69%')).toEqual({
      names: ['part'],
      within: 'london',
    });
    expect(at('Uptake is 59% in several rural counties.', '59%')).toEqual({ names: ['county'] });
  });

  it('reads no area in a state of mind, an amount, a country or another clause', () => {
    expect(at('In a state of shock, he said 25% voted.', '25%')).toBeUndefined();
    expect(at('In the area of 25% voted.', '25%')).toBeUndefined();
    expect(at('Prices rose 5.9% in Scotland.', '5.9%')).toBeUndefined();
    expect(at('In some London boroughs, officials said, 69% had both doses.', '69%')).toEqual({
      names: ['borough'],
      within: 'london',
    });
    expect(
      at('Turnout was 61%, and in the Setubal district it was higher.', '61%'),
    ).toBeUndefined();
    expect(at('Unemployment rose to 5.2% as factories shed jobs in several regions.', '5.2%')).toBe(
      undefined,
    );
    expect(at('Strong demand in several regions pushed prices up 2.1% in May.', '2.1%')).toBe(
      undefined,
    );
  });

  it('reads no area where someone spoke, nor an opening one of a national figure', () => {
    expect(at('Ventura said in the city of Porto that Chega had won 25% of the vote.', '25%')).toBe(
      undefined,
    );
    const told =
      'Ventura told supporters in the town of Setubal that Chega had won 25% of the vote.';
    expect(at(told, '25%')).toBeUndefined();
    const national =
      'In his home district of Setubal, Ventura said Chega had won 25% of the national vote.';
    expect(at(national, '25%')).toBeUndefined();
    const spoke = 'In the battleground state of Pennsylvania, Biden said the economy grew 3.1%.';
    expect(at(spoke, '3.1%')).toBeUndefined();
    const officials =
      'In his home district of Setubal, officials said Ventura won 25% of the vote.';
    expect(at(officials, '25%')).toEqual({ names: ['setubal'] });
  });
});

describe('otherArea', () => {
  const setubal = { names: ['setubal'] };
  const boroughs = { names: ['borough'], within: 'london' };

  it('is a record of a whole, or of the place the area lies in, that does not name the area', () => {
    const national = recordOf('c', 'Chega national vote share', ['vote'], 18.1, 'percent');
    expect(otherArea(setubal, national, true)).toBe(true);
    const london = recordOf('l', 'London MMR uptake', ['uptake'], 78.5, 'percent');
    expect(otherArea(boroughs, london, false)).toBe(true);
    // Every word of the name: a record naming the party names no "Lisbon Chega".
    expect(otherArea({ names: ['lisbon', 'chega'] }, national, true)).toBe(true);
    // A whole word: "average" does not name the Ave region.
    const average = recordOf('a', 'Portugal national average jobless rate', ['jobless'], 6.4);
    expect(otherArea({ names: ['ave'] }, average, true)).toBe(true);
  });

  it('is not a record that names the area, in the plural or with accents, or names no place', () => {
    const local = recordOf('s', 'Chega vote share in Setúbal', ['vote'], 24, 'percent');
    expect(otherArea(setubal, local, false)).toBe(false);
    const lowest = recordOf('b', 'Lowest uptake among London boroughs', ['uptake'], 69, 'percent');
    expect(otherArea(boroughs, lowest, false)).toBe(false);
    const counties = recordOf('c', 'Lowest uptake among English counties', ['uptake'], 52);
    expect(otherArea({ names: ['county'] }, counties, true)).toBe(false);
    const homes = recordOf('h', 'Homes destroyed', ['homes'], 4000);
    expect(otherArea({ names: ['paradise'] }, homes, false)).toBe(false);
    const march = recordOf('m', 'Flood deaths in March', ['died'], 200);
    expect(otherArea({ names: ['paiporta'] }, march, false)).toBe(false);
    const sunday = recordOf('s', "People killed in Sunday's crash", ['killed'], 72);
    expect(otherArea({ names: ['pokhara'] }, sunday, false)).toBe(false);
    const boris = recordOf('b', 'Deaths in Storm Boris', ['killed'], 24);
    expect(otherArea({ names: ['moravia'] }, boris, false)).toBe(false);
  });

  it('is a record of another place its subject names', () => {
    const valencia = recordOf('v', 'Flood deaths in Valencia region', ['died'], 200);
    expect(otherArea({ names: ['paiporta'] }, valencia, false)).toBe(true);
    const basque = recordOf('b', 'Turnout across the Basque Country', ['turnout'], 61, 'percent');
    expect(otherArea({ names: ['bilbao'] }, basque, false)).toBe(true);
  });
});

describe('a figure of an area, against the record of the whole', () => {
  const national = [recordOf('chega', 'Chega national vote share', ['vote'], 18.1, 'percent')];
  const london = [recordOf('ldn', 'London MMR uptake', ['uptake', 'London'], 78.5, 'percent')];

  it('does not contradict "Ventura won 18% of the vote in his home district of Setubal."', () => {
    const text = 'Ventura won 18% of the vote in his home district of Setubal, officials said.';
    expect(briefs(text, national)).toEqual(['figure-unsourced 18% -']);
  });

  it('does not contradict "In some London boroughs uptake is as low as 69%."', () => {
    const text = 'In some London boroughs uptake is as low as 69%, officials said.';
    expect(briefs(text, london)).toEqual(['figure-unsourced 69% -']);
    const possessive = "Uptake is as low as 69% in some of London's boroughs, officials said.";
    expect(briefs(possessive, london)).toEqual(['figure-unsourced 69% -']);
  });

  it('does not contradict a town or a region against the record of a place that holds it', () => {
    const valencia = [
      recordOf('v', 'Flood deaths in Valencia region', ['died'], 0, 'count', {
        value: { min: 200 },
      }),
    ];
    const town = 'In Paiporta, the worst-hit town, at least 40 people died.';
    expect(briefs(town, valencia)).toEqual(['figure-unsourced at least 40 -']);
    const england = [recordOf('e', 'People waiting for treatment in England', ['waiting'], 7.5e6)];
    const region = 'In the North East and Yorkshire, about 890,000 people are waiting.';
    expect(briefs(region, england)).toEqual(['figure-unsourced about 890,000 -']);
    expect(briefs('In England, about 890,000 people are waiting.', england)).toEqual([
      'figure-contradicted about 890,000 e',
    ]);
  });

  it('still contradicts a figure of the whole, or of the area the record names', () => {
    expect(briefs('Chega won 25% of the vote nationally, officials said.', national)).toEqual([
      'figure-contradicted 25% chega',
    ]);
    expect(briefs('In London uptake is 69%, officials said.', london)).toEqual([
      'figure-contradicted 69% ldn',
    ]);
    const local = [recordOf('s', 'Chega vote share in Setubal', ['vote'], 24, 'percent')];
    const text = 'Ventura won 25% of the vote in his home district of Setubal, officials said.';
    expect(briefs(text, local)).toEqual(['figure-contradicted 25% s']);
    const counties = [
      recordOf('c', 'Lowest uptake among English counties', ['uptake'], 52, 'percent'),
    ];
    expect(briefs('Uptake is as low as 59% in some counties, officials said.', counties)).toEqual([
      'figure-contradicted 59% c',
    ]);
  });

  it("still contradicts the national figure beside an area's, said where someone spoke", () => {
    const both = 'Chega took 25% of the vote nationally and 30% in the Setubal district, it said.';
    expect(briefs(both, national)).toEqual([
      'figure-contradicted 25% chega',
      'figure-unsourced 30% -',
    ]);
    const porto = 'Ventura said in the city of Porto that Chega had won 25% of the vote.';
    expect(briefs(porto, national)).toEqual(['figure-contradicted 25% chega']);
    const opening =
      'In his home district of Setubal, Ventura said Chega had won 25% of the national vote.';
    expect(briefs(opening, national)).toEqual(['figure-contradicted 25% chega']);
  });

  it('still contradicts a figure with an area in another clause', () => {
    const uk = [recordOf('uk', 'UK unemployment rate', ['unemployment'], 4.4, 'percent')];
    const text = 'Unemployment rose to 5.2% as factories shed jobs in several regions, it said.';
    expect(briefs(text, uk)).toEqual(['figure-contradicted 5.2% uk']);
  });

  it('still contradicts a figure of an area when the record names no place', () => {
    const homes = [recordOf('homes', 'Homes destroyed', ['homes'], 4000)];
    const text = 'The fire destroyed 400 homes in the district of Paradise, officials said.';
    expect(briefs(text, homes)).toEqual(['figure-contradicted 400 homes']);
  });
});
