import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';
import { extract } from './extract';
import { farOff, periodOf } from './scope';

const quarter = recordOf('rev', 'Acme revenue in the third quarter', ['revenue'], 2.61e8, 'USD');
const farmland = recordOf('area', 'Farmland in Wales', ['hectares'], 1_700_000, 'hectare');

describe('figures of another scope than the record', () => {
  it('reads the period a figure counts over from the words around it', () => {
    const period = (text: string) => periodOf(text, extract(text).figures[0]);
    expect(period('It adds roughly $1bn of annual revenue.')).toBe('year');
    expect(period('Annual revenue of $1bn is expected.')).toBe('year');
    expect(period('Rent rose to £1,200 a month.')).toBe('month');
    expect(period('Quarterly sales were $261m.')).toBe('quarter');
    expect(period('Profit rose 12% from a year earlier.')).toBeUndefined();
    expect(period('Sales were $261m a year ago.')).toBeUndefined();
  });

  it('ties a figure of another period to the record only when it agrees', () => {
    expect(briefs('The deal adds roughly $1bn of annual revenue.', [quarter])).toEqual([
      'figure-unsourced roughly $1bn -',
    ]);
    expect(briefs('Revenue was $250m in the quarter.', [quarter])).toEqual([
      'figure-contradicted $250m rev',
    ]);
    expect(briefs('Revenue was $250m, up 4% from a year earlier.', [quarter])).toContain(
      'figure-contradicted $250m rev',
    );
  });

  it('ties a figure hundreds of times off the record only when it agrees, but not a slip of scale', () => {
    expect(briefs('Jones farms 120 hectares near Builth Wells.', [farmland])).toEqual([
      'figure-unsourced 120 hectares -',
    ]);
    expect(briefs('Revenue was $2.5m in the quarter.', [quarter])).toEqual([
      'figure-contradicted $2.5m rev',
    ]);
    const claim = extract('Revenue was $261,000.').figures[0];
    expect(farOff(claim, quarter)).toBe(false);
    expect(farOff(extract('Revenue was $26.1bn.').figures[0], quarter)).toBe(false);
    expect(farOff(extract('Revenue was $90,000.').figures[0], quarter)).toBe(true);
  });
});
