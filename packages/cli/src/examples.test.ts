import { describe, expect, it } from 'vitest';
import { article, factdesk, hasShared } from './run.testing';

const facts = 'examples/white-helmets/facts.json';

interface Finding {
  kind: string;
  severity: string;
  text: string;
}

const planted = [
  { kind: 'date-contradicted', text: 'Sunday, July 21, 2018' },
  { kind: 'figure-contradicted', text: 'nearly 500' },
  {
    kind: 'quote-altered',
    text: 'The number requested was 800 but the final number settled at 422,',
  },
  { kind: 'attribution-contradicted', text: 'NPR' },
];

describe('the white-helmets example', () => {
  it.skipIf(!hasShared)('finds the published article in agreement with its record', () => {
    const r = factdesk(['check', article, '--facts', facts, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const findings: Finding[] = JSON.parse(r.stdout).findings;
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings).toEqual([]);
  });

  it.skipIf(!hasShared)(
    'ties every figure and date of the article to a fact, and confirms every quote',
    () => {
      const r = factdesk(['check', article, '--facts', facts, '--json', '--all']);
      const findings: Finding[] = JSON.parse(r.stdout).findings;
      const count = (kind: string) => findings.filter((f) => f.kind === kind).length;
      expect(count('figure-confirmed')).toBe(12);
      expect(count('date-confirmed')).toBe(4);
      expect(count('quote-confirmed')).toBe(8);
      expect(findings.every((f) => f.severity === 'ok')).toBe(true);
    },
  );

  it('flags each planted error of the draft with the right kind, and nothing else as an error', () => {
    const r = factdesk(['check', 'examples/white-helmets/draft.md', '--facts', facts, '--json']);
    expect(r.status).toBe(1);
    const findings: Finding[] = JSON.parse(r.stdout).findings;
    const errors = findings
      .filter((f) => f.severity === 'error')
      .map(({ kind, text }) => ({ kind, text }));
    expect(errors).toEqual(planted);
  });

  it('prints the draft findings for people, exit 1', () => {
    const r = factdesk(['check', 'examples/white-helmets/draft.md', '--facts', facts]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^examples\/white-helmets\/draft\.md:3:\d+ {2}error {4}date-contradicted {2}"Sunday, July 21, 2018": July 21, 2018 was a Saturday, not a Sunday\.$/m,
    );
    expect(r.stdout).toMatch(/examples\/white-helmets\/draft\.md: 4 errors/);
  });
});
