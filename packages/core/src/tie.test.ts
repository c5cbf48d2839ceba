import { describe, expect, it } from 'vitest';
import { assignTies, type TieOption, tieScore } from './tie';

const { agrees, disagrees } = tieScore;

describe('assignTies', () => {
  it('prefers the pairing that agrees', () => {
    // "intended 800 but only 422 made it": each figure could go to either fact.
    const ties = assignTies([
      [
        { factId: 'requested', score: agrees },
        { factId: 'total', score: disagrees },
      ],
      [
        { factId: 'requested', score: disagrees },
        { factId: 'total', score: agrees },
      ],
    ]);
    expect(ties).toEqual(['requested', 'total']);
  });

  it('ties each figure to its only fact when no two figures want the same one', () => {
    expect(
      assignTies([[{ factId: 'a', score: disagrees }], [], [{ factId: 'b', score: agrees }]]),
    ).toEqual(['a', undefined, 'b']);
    expect(assignTies([])).toEqual([]);
  });

  it('ties each fact to at most one figure', () => {
    expect(
      assignTies([[{ factId: 'total', score: disagrees }], [{ factId: 'total', score: agrees }]]),
    ).toEqual([undefined, 'total']);
  });

  it('leaves a figure untied when two best pairings disagree about it', () => {
    expect(
      assignTies([
        [
          { factId: 'a', score: disagrees },
          { factId: 'b', score: disagrees },
        ],
      ]),
    ).toEqual([undefined]);
    expect(
      assignTies([[{ factId: 'a', score: agrees }], [{ factId: 'a', score: agrees }]]),
    ).toEqual([undefined, undefined]);
  });

  it('still ties a figure with no competitor when many claims and facts exceed the search budget', () => {
    const options: TieOption[][] = Array.from({ length: 12 }, () =>
      Array.from({ length: 12 }, (_, k) => ({ factId: `f${k}`, score: disagrees })),
    );
    options.push([{ factId: 'lonely', score: agrees }]);
    const ties = assignTies(options);
    expect(ties.at(-1)).toBe('lonely');
    expect(ties.slice(0, 12).every((t) => t === undefined)).toBe(true);
  });
});
