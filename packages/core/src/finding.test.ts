import { describe, expect, it } from 'vitest';
import { check } from './check';
import { index } from './check.testing';
import { extract } from './extract';
import { finding } from './finding';

describe('finding', () => {
  it('writes its fields in the order of the contract’s example', () => {
    const f = finding(
      'figure-contradicted',
      'error',
      { from: 4, to: 14, text: 'nearly 500' },
      'm',
      {
        factId: 'evacuated-total',
        expected: '422',
        suggestion: '422',
      },
    );
    expect(Object.keys(f)).toEqual([
      'kind',
      'severity',
      'from',
      'to',
      'text',
      'factId',
      'expected',
      'suggestion',
      'message',
    ]);
  });

  it('leaves out what the record does not give, and an empty suggestion', () => {
    const f = finding('quote-unattributed', 'warning', { from: 0, to: 3, text: 'abc' }, 'm', {
      suggestion: '',
    });
    expect(Object.keys(f)).toEqual(['kind', 'severity', 'from', 'to', 'text', 'message']);
  });

  it('is what the checker prints: a contradicted figure in the contract’s order', () => {
    const text = 'But nearly 500 made it to the meeting point.';
    const [f] = check(text, extract(text), index);
    expect(JSON.stringify(f)).toMatch(
      /^\{"kind":"figure-contradicted","severity":"error","from":4,"to":14,"text":"nearly 500","factId":"[^"]+","expected":"422","suggestion":"422","message":"The record says 422 \(/,
    );
  });
});
