import { describe, expect, it } from 'vitest';
import { check } from './check';
import { briefs, claims, date, dayOf, index, kinds } from './check.testing';
import { extract } from './extract';
import type { Fact } from './types';

describe('dates', () => {
  it('contradicts a weekday that does not fall on its date, even with no fact', () => {
    const text = 'It happened on Sunday, July 21, 2018.';
    const c = claims(text, {
      dates: [
        date(text, 'Sunday, July 21, 2018', '2018-07-21', {
          weekday: 'Sunday',
          weekdayExpected: 'Saturday',
        }),
      ],
    });
    expect(check(text, c, index)[0]).toMatchObject({
      kind: 'date-contradicted',
      severity: 'error',
      suggestion: 'Saturday, July 21, 2018',
      message: 'July 21, 2018 was a Saturday, not a Sunday.',
    });
  });

  it('contradicts a date tied to a fact of another day', () => {
    const text = 'They were evacuated on July 20.';
    const c = claims(text, { dates: [date(text, 'July 20', '2018-07-20')] });
    expect(check(text, c, index)[0]).toMatchObject({
      kind: 'date-contradicted',
      factId: 'evacuation-night',
      expected: 'July 21, 2018',
    });
  });

  it('confirms any day inside a fact of month precision', () => {
    const text = 'The offensive began on June 19.';
    const c = claims(text, { dates: [date(text, 'June 19', '2018-06-19')] });
    expect(kinds(check(text, c, index, { all: true }))).toEqual(['date-confirmed']);
  });
});

describe('a week claim against a date fact', () => {
  const summit: Fact = {
    id: 'meeting',
    kind: 'date',
    subject: 'The summit meeting',
    terms: ['summit'],
    value: '2018-07-12',
    source: { name: 'Reuters' },
  };
  const dateKinds = (text: string, value: string) => {
    const found = check(text, extract(text, { date: '2018-07-22' }), [{ ...summit, value }], {
      all: true,
    });
    return kinds(found.filter((f) => f.kind.startsWith('date-')));
  };

  it('confirms "last week" by a record on any day of that week, Monday through Sunday', () => {
    for (const day of ['2018-07-09', '2018-07-12', '2018-07-15'])
      expect(dateKinds('The summit took place last week.', day), day).toEqual(['date-confirmed']);
  });

  it('contradicts "last week" by a record outside that week', () => {
    expect(dateKinds('The summit took place last week.', '2018-07-16')).toEqual([
      'date-contradicted',
    ]);
    expect(dateKinds('The summit took place two weeks ago.', '2018-07-09')).toEqual([
      'date-contradicted',
    ]);
  });
});

describe('the day figures were published', () => {
  const election: Fact = {
    id: 'election',
    kind: 'date',
    subject: 'Election day',
    terms: ['election'],
    value: '2026-11-29',
    source: { name: 'Electoral commission' },
  };
  const dateKinds = (text: string) =>
    kinds(
      check(text, extract(text, { date: '2026-11-30' }), [election], { all: true }).filter((f) =>
        f.kind.startsWith('date-'),
      ),
    );

  it('is not held against the day of the event: "results showed on Monday"', () => {
    expect(
      dateKinds('The Socialists won the election, official results showed on Monday.'),
    ).toEqual([]);
  });

  it('is the event when the event is a release: "the hostages were released on Monday"', () => {
    const freed: Fact = {
      ...election,
      id: 'freed',
      subject: 'Hostages freed',
      terms: ['hostages'],
    };
    const text = 'The hostages were released on Monday.';
    const found = check(text, extract(text, { date: '2026-11-30' }), [freed]);
    expect(kinds(found)).toEqual(['date-contradicted']);
  });

  it('still holds the event against its day', () => {
    expect(dateKinds('The Socialists won the election on Monday.')).toEqual(['date-contradicted']);
    expect(dateKinds('The Socialists won the election on Sunday.')).toEqual(['date-confirmed']);
  });
});

describe('which fact a date in a long sentence is about', () => {
  const results = dayOf('results-date', ['unveiled', 'results'], '2026-11-24');
  const sale = dayOf('sale-date', ['on sale'], '2026-12-04');
  const change = dayOf('southerly-change', ['southerly change'], '2026-12-01');
  const opts = { all: true, date: '2026-11-30' };

  it('reads an aside to its end past the comma of a weekday and date', () => {
    const text =
      'It also unveiled its laptop, the Fold, which will go on sale on Friday, December 4, priced at $1,199.';
    expect(briefs(text, [results, sale], opts)).toContain(
      'date-confirmed Friday, December 4 sale-date',
    );
  });

  it('does not tie a date to a fact named after ", and that"', () => {
    const text =
      'The bureau said cooler conditions were not expected until the middle of next week, and that the southerly change could bring erratic winds.';
    expect(briefs(text, [change], opts)).toEqual([]);
    expect(briefs('On Tuesday, December 1, a southerly change swept in.', [change], opts)).toEqual([
      'date-confirmed Tuesday, December 1 southerly-change',
    ]);
  });

  it("gives a wrong weekday of a date its record contradicts one finding, the record's", () => {
    const vote = dayOf('vote', ['election'], '2026-11-21');
    // November 22 is a Sunday, and the election was on the Saturday before.
    expect(briefs('Labour won the election on Saturday, November 22.', [vote], opts)).toEqual([
      'date-contradicted Saturday, November 22 vote',
    ]);
    expect(briefs('Labour won the vote on Saturday, November 22.', [vote], opts)).toEqual([
      'date-contradicted Saturday, November 22 -',
    ]);
  });

  it('takes a day after ", the coast guard said on" as when it was said', () => {
    const capsized = dayOf('capsized', ['capsized'], '2026-11-22');
    const text = 'Eleven people died after a boat capsized, the coast guard said on Tuesday.';
    expect(briefs(text, [capsized], opts)).toEqual(['figure-unsourced Eleven -']);
    expect(briefs('The boat capsized on Tuesday.', [capsized], opts)).toEqual([
      'date-contradicted Tuesday capsized',
    ]);
  });

  it('ties a record two dates disagree with to the one right after its words', () => {
    const start = dayOf('fire-start', ['broke out'], '2026-11-21');
    expect(
      briefs('The fire broke out Friday and was contained on Tuesday.', [start], opts),
    ).toEqual(['date-contradicted Friday fire-start']);
  });

  it('ties a date two records disagree with to the one its clause names', () => {
    const sale = dayOf('on-sale', ['on sale'], '2026-12-04');
    const event = dayOf('launch', ['launch event'], '2026-11-10');
    const text =
      'The headset will go on sale on Friday, December 11, the company said at its launch event.';
    expect(briefs(text, [sale, event], opts)).toEqual([
      'date-contradicted Friday, December 11 on-sale',
    ]);
    // "after 2 p.m." is a time, not a clause of its own.
    const adopted = dayOf('adopted', ['adopted'], '2026-11-21');
    const goal = dayOf('goal', ['adaptation'], '2035');
    const late =
      'The text, adopted shortly after 2 p.m. on Sunday, November 22, calls for adaptation finance.';
    expect(briefs(late, [adopted, goal], opts)).toEqual([
      'date-contradicted Sunday, November 22 adopted',
    ]);
  });

  it('does not hold a day inside a recorded quote against a fact', () => {
    const cut = dayOf('decision-date', ['cut rates'], '2026-11-26');
    const quote: Fact = {
      id: 'ashby-cut',
      kind: 'quote',
      subject: 'Ashby on the cut',
      speaker: { name: 'Maria Ashby', aliases: ['Ashby'] },
      text: 'We have cut rates today.',
      source: { name: 'Bank' },
    };
    const text = '“We have cut rates today,” Ashby told a press conference.';
    expect(briefs(text, [cut, quote], opts)).toEqual([
      'quote-confirmed We have cut rates today, ashby-cut',
    ]);
  });
});

describe('a day written without its year', () => {
  const final = dayOf('final', ['League Cup'], '2008-02-24');
  const opts = { date: '2019-06-01', all: true };

  it('is read in the year its sentence names when the record is that day of that year', () => {
    const text = 'The club won the 2008 League Cup, beating Tottenham on Feb. 24.';
    expect(briefs(text, [final], opts)).toEqual(['date-confirmed Feb. 24 final']);
    // With its weekday, which fell on it in 2008: no weekday error for 2019 either.
    const sunday = 'The club won the 2008 League Cup, beating Tottenham on Sunday, Feb. 24.';
    expect(briefs(sunday, [final], opts)).toEqual(['date-confirmed Sunday, Feb. 24 final']);
  });

  it('is still held against the record when its sentence names no year, or another one', () => {
    const bare = 'The club won the League Cup, beating Tottenham on Feb. 24.';
    expect(briefs(bare, [final], opts)).toEqual(['date-contradicted Feb. 24 final']);
    const other = 'The club won the 2009 League Cup, beating Tottenham on Feb. 24.';
    expect(briefs(other, [final], opts)).toEqual(['date-contradicted Feb. 24 final']);
    // Another day of the named year is another day.
    const day = 'The club won the 2008 League Cup, beating Tottenham on Feb. 25.';
    expect(briefs(day, [final], opts)).toEqual(['date-contradicted Feb. 25 final']);
  });

  it('is read in the year the record gives when only the tense chose between two', () => {
    const open = dayOf('open', ['French Open'], '2025-05-25');
    const opts = { date: '2025-05-17', all: true };
    const text = 'They are favourites for the French Open, which starts in Paris on May 25.';
    expect(briefs(text, [open], opts)).toEqual(['date-confirmed May 25 open']);
    const vat = dayOf('vat', ['VAT'], '2026-07-01');
    const cut = 'The package cuts the VAT rate for restaurants to 9% from July 1.';
    expect(briefs(cut, [vat], { date: '2025-10-07', all: true })).toEqual([
      'figure-unsourced 9% -',
      'date-confirmed July 1 vat',
    ]);
    // Another day, or the same day years away, is still another.
    const late = 'They are favourites for the French Open, which starts in Paris on May 26.';
    expect(briefs(late, [open], opts)).toEqual(['date-contradicted May 26 open']);
    const old = dayOf('open', ['French Open'], '2023-05-25');
    expect(briefs(text, [old], opts)).toEqual(['date-contradicted May 25 open']);
  });
});
