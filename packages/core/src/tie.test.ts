import { describe, expect, it } from 'vitest';
import { assignTies, type TieOption, tieNearest, tieScore } from './tie';

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

  it('ties a sentence of thousands of figures that want one fact without running out of stack', () => {
    const crowd: TieOption[][] = Array.from({ length: 6000 }, () => [
      { factId: 'turnout', score: disagrees },
    ]);
    expect(assignTies(crowd)).toEqual(new Array(6000).fill(undefined));
    crowd.push([{ factId: 'lonely', score: agrees }]);
    expect(assignTies(crowd).at(-1)).toBe('lonely');
  });

  it('gives the ties of an exhaustive search for every small sentence', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const scores = Object.values(tieScore);
    for (let round = 0; round < 500; round++) {
      const facts = 1 + Math.floor(random() * 4);
      const options = Array.from({ length: Math.floor(random() * 6) }, () =>
        Array.from({ length: facts }, (_, k) => ({
          factId: `f${k}`,
          score: scores[Math.floor(random() * scores.length)],
        })).filter(() => random() < 0.6),
      );
      expect(assignTies(options)).toEqual(exhaustive(options));
    }
  });
});

// Every one-to-one pairing, by plain recursion: the reference for small sentences.
function exhaustive(options: TieOption[][]): (string | undefined)[] {
  let best = -1;
  let agreed: (string | null | undefined)[] = [];
  const current: (string | undefined)[] = options.map(() => undefined);
  const used = new Set<string>();
  const visit = (i: number, total: number): void => {
    if (i === options.length) {
      if (total > best + 1e-9) {
        best = total;
        agreed = [...current];
      } else if (Math.abs(total - best) <= 1e-9)
        agreed = agreed.map((a, k) => (a === current[k] ? a : null));
      return;
    }
    for (const o of options[i]) {
      if (used.has(o.factId)) continue;
      used.add(o.factId);
      current[i] = o.factId;
      visit(i + 1, total + o.score);
      used.delete(o.factId);
    }
    current[i] = undefined;
    visit(i + 1, total);
  };
  visit(0, 0);
  return agreed.map((a) => (a === null ? undefined : a));
}

describe('tieNearest', () => {
  const only = (factId: string, score: number = disagrees): TieOption[] => [{ factId, score }];
  const at = (text: string, part: string) => {
    const from = text.indexOf(part);
    return { from, to: from + part.length };
  };
  const setting = (text: string, term: string, ...figures: string[]) => ({
    hits: [{ factId: 'run', ...at(text, term) }],
    claims: figures.map((f) => at(text, f)),
  });

  it('gives a fact two wrong figures compete for to the one nearest after its words', () => {
    const text = 'It extended the unbeaten run to 14 matches, with 13 games left.';
    const { hits, claims } = setting(text, 'unbeaten run', '14', '13');
    const options = [only('run'), only('run')];
    const tied = assignTies(options);
    expect(tied).toEqual([undefined, undefined]);
    tieNearest(options, tied, claims, hits, text);
    expect(tied).toEqual(['run', undefined]);
    const other = 'With 13 games left, unbeaten Leicester have now gone 14 matches.';
    const second = setting(other, 'unbeaten', '13', '14');
    const tied2 = assignTies(options);
    tieNearest(options, tied2, second.claims, second.hits, other);
    expect(tied2).toEqual([undefined, 'run']);
  });

  it('ties none when no figure follows the words in their clause, or two are as near', () => {
    const text = 'Of the 87 taken to hospital, 9 have since died.';
    const { hits, claims } = setting(text, 'died', '87', '9');
    const options = [only('run'), only('run')];
    const tied = assignTies(options);
    tieNearest(options, tied, claims, hits, text);
    expect(tied).toEqual([undefined, undefined]);
    const even = 'A run of 14 matches and a run of 13 games.';
    const first = even.indexOf('run');
    const second = even.indexOf('run', first + 1);
    const hits2 = [first, second].map((from) => ({ factId: 'run', from, to: from + 3 }));
    const tied2 = assignTies(options);
    tieNearest(options, tied2, [at(even, '14'), at(even, '13')], hits2, even);
    expect(tied2).toEqual([undefined, undefined]);
  });

  it('leaves alone a figure with a choice of facts, and figures that agree with the fact', () => {
    const text = 'It extended the unbeaten run to 14 matches, with 13 games left.';
    const { hits, claims } = setting(text, 'unbeaten run', '14', '13');
    const choice = [[...only('run'), ...only('other')], only('run')];
    const tied = assignTies(choice);
    tieNearest(choice, tied, claims, hits, text);
    expect(tied).toEqual(assignTies(choice));
    const agreeing = [only('run', tieScore.agrees), only('run')];
    const tied2 = assignTies(agreeing);
    tieNearest(agreeing, tied2, claims, hits, text);
    expect(tied2).toEqual(['run', undefined]);
  });
});
