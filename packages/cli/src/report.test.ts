import type { Finding } from '@factdesk/core';
import { describe, expect, it } from 'vitest';
import { formatFindings } from './report';

const finding = (from: number, text: string): Finding => ({
  kind: 'figure-unsourced',
  severity: 'info',
  from,
  to: from + text.length,
  text,
  message: `No fact in the record backs "${text}".`,
});

describe('formatFindings', () => {
  it('places each finding by line and column, counting from 1', () => {
    const text = 'Some 12 came.\n\nThen 40 more.';
    expect(formatFindings('d.txt', text, [finding(5, '12'), finding(20, '40')])).toBe(
      [
        'd.txt:1:6  info     figure-unsourced  "12": No fact in the record backs "12".',
        'd.txt:3:6  info     figure-unsourced  "40": No fact in the record backs "40".',
      ].join('\n'),
    );
  });

  it('places 20,000 findings of a 500 KB draft', () => {
    // Each finding used to rescan the text from its start: about 5 billion characters here, 8 s.
    const line = 'In all, 40 people came to the square on that day.\n';
    const text = line.repeat(10_000);
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      finding((i >> 1) * line.length + 8, '40'),
    );
    const report = formatFindings('big.txt', text, findings);
    expect(report.split('\n').at(-1)).toBe(
      'big.txt:10000:9  info     figure-unsourced  "40": No fact in the record backs "40".',
    );
  });
});
