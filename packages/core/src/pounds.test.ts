import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';
import { extractFigures } from './figures';

const units = (text: string) => extractFigures(text).map((f) => `${f.text}: ${f.unit}`);

describe('pounds', () => {
  it('are money by default', () => {
    expect(units('Its profit rose to 361 million pounds.')).toEqual(['361 million pounds: GBP']);
    expect(units('The fine was 500 pounds and 50 pence.')).toEqual([
      '500 pounds and 50 pence: GBP',
    ]);
    expect(units('A 20-pound note was found.')).toEqual(['20-pound: GBP']);
    expect(units('He lost 2 million pounds on the deal.')).toEqual(['2 million pounds: GBP']);
  });

  it('are weight where the sentence weighs them', () => {
    expect(units('And this baby is over two pounds.')).toEqual(['over two pounds: lb']);
    expect(units('She stopped eating lunch to drop 25 pounds.')).toEqual(['25 pounds: lb']);
    expect(units('A metric ton is equal to 2,204.62 pounds.')).toEqual([
      'equal to 2,204.62 pounds: lb',
    ]);
    expect(units('The package weighed 40 pounds.')).toEqual(['40 pounds: lb']);
    expect(units('He is 30 pounds heavier than last year.')).toEqual(['30 pounds: lb']);
    expect(units('She gave birth to a 7-pound baby.')).toEqual(['7-pound: lb']);
  });

  it('are a weight or a force of what only those are of', () => {
    expect(units('Its engines produce 3.9 million pounds of thrust.')).toEqual([
      '3.9 million pounds: lb',
    ]);
    expect(units('Agents seized 200 pounds of cocaine.')).toEqual(['200 pounds: lb']);
    expect(units('The tyres hold 35 pounds per square inch.')).toEqual(['35 pounds: lb']);
    expect(units('It won 3 million pounds of funding.')).toEqual(['3 million pounds: GBP']);
    expect(units('Britain exported 3 billion pounds of steel.')).toEqual(['3 billion pounds: GBP']);
  });

  it('lost or gained are money when the sentence speaks of money', () => {
    expect(
      units('One victim said she had lost 95,000 pounds, most of her pension savings.'),
    ).toEqual(['95,000 pounds: GBP']);
    expect(units('Investors lost 20,000 pounds each in the fraud.')).toEqual([
      '20,000 pounds: GBP',
    ]);
    expect(units('She lost 30 pounds before her wedding.')).toEqual(['30 pounds: lb']);
    expect(units('She lost 30 pounds. Her savings went on the wedding.')).toEqual([
      '30 pounds: lb',
    ]);
  });

  it('lost are held against the record of the loss', () => {
    const loss = recordOf('doyle-loss', "Margaret Doyle's loss", ['lost'], 85000, 'GBP');
    const text = 'One victim said she had lost 95,000 pounds, most of her pension savings.';
    expect(briefs(text, [loss])).toEqual(['figure-contradicted 95,000 pounds doyle-loss']);
  });

  it('weigh only within their sentence', () => {
    expect(units('The parcel was heavy. It cost 40 pounds to send.')).toEqual(['40 pounds: GBP']);
  });
});
