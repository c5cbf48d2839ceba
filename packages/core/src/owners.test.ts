import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';
import { otherOwner, ownerOf } from './owners';

const span = (text: string, part: string) => ({
  from: text.indexOf(part),
  to: text.indexOf(part) + part.length,
});

const deal = recordOf(
  'deal',
  "Value of Harlan's takeover of FreshWay",
  ['takeover'],
  24.6e9,
  'USD',
);

describe('ownerOf', () => {
  it('reads the name whose possessive comes right before the figure', () => {
    const text = "a bid to stop Microsoft's $69 billion takeover";
    expect(ownerOf(text, span(text, '$69 billion'))).toBe('Microsoft');
    const proposed = "Harlan Foods' proposed $24.6 billion deal";
    expect(ownerOf(proposed, span(proposed, '$24.6 billion'))).toBe('Harlan Foods');
  });

  it('reads no owner in a time or a lowercase possessive', () => {
    const day = "Saturday's 3-1 win";
    expect(ownerOf(day, span(day, '3-1'))).toBeUndefined();
    const firm = "the company's $5 billion budget";
    expect(ownerOf(firm, span(firm, '$5 billion'))).toBeUndefined();
  });
});

describe('otherOwner', () => {
  it('is a record naming others but not the owner', () => {
    expect(otherOwner('Microsoft', deal)).toBe(true);
    expect(otherOwner('Harlan Foods', deal)).toBe(false);
    expect(otherOwner('Microsoft', recordOf('v', 'Deal value', ['takeover'], 1, 'USD'))).toBe(
      false,
    );
  });
});

describe('a figure another name owns', () => {
  it('is not held against the record of another', () => {
    const text = "The agency lost a bid to stop Microsoft's $69 billion takeover of Activision.";
    expect(briefs(text, [deal])).toEqual(['figure-unsourced $69 billion -']);
    expect(briefs("Harlan's $26 billion takeover of FreshWay was blocked.", [deal])).toEqual([
      'figure-contradicted $26 billion deal',
    ]);
    // A place is the places' rule's, not an owner.
    const cpi = recordOf('cpi', 'UK inflation', ['inflation'], 3.8, 'percent');
    expect(briefs("Britain's 4.2% inflation rate is the G7's highest.", [cpi])).toEqual([
      'figure-contradicted 4.2% cpi',
    ]);
  });
});
