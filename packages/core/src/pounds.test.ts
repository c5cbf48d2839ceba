import { describe, expect, it } from 'vitest';
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

  it('weigh only within their sentence', () => {
    expect(units('The parcel was heavy. It cost 40 pounds to send.')).toEqual(['40 pounds: GBP']);
  });
});
