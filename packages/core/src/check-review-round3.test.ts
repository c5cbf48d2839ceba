import { describe, expect, it } from 'vitest';
import { briefs } from './check.testing';
import type { Fact } from './types';

// A third review's wire copy (earnings, data releases, health, elections, courts): sentences a
// fact-checker reads as correct, or as not about the record, that the checker flagged.

const dated = (id: string, subject: string, terms: string[], value: string): Fact => ({
  id,
  kind: 'date',
  subject,
  terms,
  value,
  source: { name: 'Desk record' },
});

describe('a date to come, against the record of one past', () => {
  it('does not contradict "Its next earnings report is scheduled for January 28."', () => {
    const facts = [dated('report', 'Earnings report', ['earnings report'], '2024-10-24')];
    const text = 'Its next earnings report is scheduled for January 28.';
    expect(briefs(text, facts, { date: '2024-10-24' })).toEqual([]);
  });

  it('does not contradict "The next figures will be published on July 3."', () => {
    const facts = [dated('release', 'Publication of figures', ['figures'], '2025-06-05')];
    const text = 'The next figures will be published on July 3.';
    expect(briefs(text, facts, { date: '2025-06-05' })).toEqual([]);
  });

  it('still contradicts a date to come against the record of that date to come', () => {
    const facts = [dated('hearing', 'Sentencing hearing', ['sentencing'], '2025-07-10')];
    const text = 'Sentencing will take place on July 3.';
    expect(briefs(text, facts, { date: '2025-06-05' })).toEqual([
      'date-contradicted July 3 hearing',
    ]);
  });

  it('still contradicts a past date against the record of a past date', () => {
    const facts = [dated('release', 'Publication of figures', ['figures'], '2025-06-05')];
    const text = 'The figures were published on June 3.';
    expect(briefs(text, facts, { date: '2025-06-05' })).toEqual([
      'date-contradicted June 3 release',
    ]);
  });
});
