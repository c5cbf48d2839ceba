import { describe, expect, it } from 'vitest';
import { areaAt, otherArea } from './areas';
import { briefs, recordOf } from './check.testing';

const at = (text: string, figure: string) => {
  const from = text.indexOf(figure);
  return areaAt(text, { from: 0, to: text.length }, { from, to: from + figure.length });
};

describe('areaAt', () => {
  it('reads a named area after the figure, before it in its clause, or opening the sentence', () => {
    const setubal = { names: ['setubal'] };
    expect(at('Ventura won 18% of the vote in his home district of Setubal.', '18%')).toEqual(
      setubal,
    );
    expect(at('Chega won 25% of the vote in the Setubal district.', '25%')).toEqual(setubal);
    expect(at('In the district of Setubal the party won 25%.', '25%')).toEqual(setubal);
    expect(at('Turnout was 61% in the North West region.', '61%')).toEqual({
      names: ['north', 'west'],
    });
    expect(at('In his home district of Setubal, Ventura won 25%.', '25%')).toEqual(setubal);
    expect(at('In the state of Kerala, 25% voted.', '25%')).toEqual({ names: ['kerala'] });
  });

  it('reads some areas of a kind, and the place they lie in', () => {
    expect(at('In some London boroughs uptake is as low as 69%.', '69%')).toEqual({
      names: ['borough'],
      within: 'london',
    });
    expect(at('Uptake is 59% in several rural counties.', '59%')).toEqual({ names: ['county'] });
    expect(at('Uptake in parts of the city is 59%.', '59%')).toEqual({ names: ['city'] });
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
  });

  it('is not a record that names the area, or names no place', () => {
    const local = recordOf('s', 'Chega vote share in Setubal', ['vote'], 24, 'percent');
    expect(otherArea(setubal, local, false)).toBe(false);
    const lowest = recordOf('b', 'Lowest uptake among London boroughs', ['uptake'], 69, 'percent');
    expect(otherArea(boroughs, lowest, false)).toBe(false);
    const homes = recordOf('h', 'Homes destroyed', ['homes'], 4000);
    expect(otherArea({ names: ['paradise'] }, homes, false)).toBe(false);
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
  });

  it('still contradicts a figure of an area when the record names no place', () => {
    const homes = [recordOf('homes', 'Homes destroyed', ['homes'], 4000)];
    const text = 'The fire destroyed 400 homes in the district of Paradise, officials said.';
    expect(briefs(text, homes)).toEqual(['figure-contradicted 400 homes']);
  });
});
