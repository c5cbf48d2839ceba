import { describe, expect, it } from 'vitest';
import { briefs } from './check.testing';
import type { Fact } from './types';

// Wire-copy sentences a review wrote to break session 12's rules on non-figures, "over", percent
// and points, first counts, now and then, each with the findings an editor expects. Every one
// went wrong before those rules were narrowed.

const cases: [string, string, Fact[], string[]][] = [
  [
    'figure-confirmed (5,000 homes)',
    'Storm Bert was upgraded to category two and 5,000 homes lost power.',
    [
      {
        id: 'homes',
        kind: 'figure',
        subject: 'Homes without power',
        terms: ['homes', 'power'],
        value: 5000,
        unit: 'count',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-unsourced two -', 'figure-confirmed 5,000 homes'],
  ],
  [
    '£100m confirmed; €20m contradicted against €25m add-ons',
    'The club paid £100m (€20m of it in add-ons) for the striker.',
    [
      {
        id: 'addons',
        kind: 'figure',
        subject: 'Add-ons in the fee',
        terms: ['add-ons'],
        value: 25000000,
        unit: 'EUR',
        source: { name: 'Desk record' },
      },
      {
        id: 'fee',
        kind: 'figure',
        subject: 'Transfer fee',
        terms: ['paid'],
        value: 100000000,
        unit: 'GBP',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed £100m fee', 'figure-contradicted €20m addons'],
  ],
  [
    'figure-confirmed (over £1m = more than £1m)',
    'The bank was fined over £1m by the regulator.',
    [
      {
        id: 'fine',
        kind: 'figure',
        subject: 'Regulator fine',
        terms: ['fined'],
        value: 1200000,
        unit: 'GBP',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed over £1m fine'],
  ],
  [
    'figure-confirmed',
    'The force has suspended over 200 officers.',
    [
      {
        id: 'susp',
        kind: 'figure',
        subject: 'Officers suspended',
        terms: ['suspended'],
        value: 214,
        unit: 'count',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed over 200 susp'],
  ],
  [
    'figure-confirmed',
    'Detectives have questioned over 100 witnesses.',
    [
      {
        id: 'wit',
        kind: 'figure',
        subject: 'Witnesses questioned',
        terms: ['questioned', 'witnesses'],
        value: 130,
        unit: 'count',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed over 100 wit'],
  ],
  [
    '4.6% confirmed; 0.4% (earnings) unsourced',
    'The unemployment rate rose to 4.6% from 4.2% in the quarter, while average earnings grew 0.4%.',
    [
      {
        id: 'rate',
        kind: 'figure',
        subject: 'Unemployment rate',
        terms: ['unemployment rate'],
        value: 4.6,
        unit: 'percent',
        source: { name: 'Desk record' },
      },
      {
        id: 'rate-chg',
        kind: 'figure',
        subject: 'Change in unemployment rate',
        terms: ['unemployment rate'],
        value: 0.4,
        unit: 'percentage point',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed 4.6% rate', 'figure-unsourced 4.2% -', 'figure-unsourced 0.4% -'],
  ],
  [
    "4.25% confirmed; sterling's 0.25% unsourced",
    'Sterling rose 0.25% after the Bank raised interest rates to 4.25% from 4%.',
    [
      {
        id: 'rate',
        kind: 'figure',
        subject: 'Bank Rate',
        terms: ['interest rates'],
        value: 4.25,
        unit: 'percent',
        source: { name: 'Desk record' },
      },
      {
        id: 'rate-chg',
        kind: 'figure',
        subject: 'Bank Rate change',
        terms: ['interest rates'],
        value: 0.25,
        unit: 'percentage point',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-unsourced 0.25% -', 'figure-confirmed 4.25% rate', 'figure-unsourced 4% -'],
  ],
  [
    '3.2% confirmed; monthly price fall 0.4% unsourced',
    'Prices fell 0.4% in October, pulling the annual inflation rate down to 3.2%.',
    [
      {
        id: 'cpi',
        kind: 'figure',
        subject: 'Annual inflation rate',
        terms: ['inflation rate'],
        value: 3.2,
        unit: 'percent',
        source: { name: 'Desk record' },
      },
      {
        id: 'cpi-chg',
        kind: 'figure',
        subject: 'Change in annual inflation rate',
        terms: ['inflation rate'],
        value: -0.4,
        unit: 'percentage point',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-unsourced 0.4% -', 'figure-confirmed 3.2% cpi'],
  ],
  [
    'figure-stale (plan revised to 350)',
    'The factory will initially hire 500 workers.',
    [
      {
        id: 'hires-1',
        kind: 'figure',
        subject: 'Planned hires',
        terms: ['hire'],
        value: 500,
        unit: 'count',
        source: { name: 'Desk record' },
        supersededBy: 'hires-2',
      },
      {
        id: 'hires-2',
        kind: 'figure',
        subject: 'Planned hires (revised)',
        terms: ['hire'],
        value: 350,
        unit: 'count',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-stale 500 hires-1'],
  ],
  [
    '47 nothing; 49 contradicted (52)',
    'Officials initially reported 47 deaths and now say 49 people died.',
    [
      {
        id: 'toll-1',
        kind: 'figure',
        subject: 'Initial death toll',
        terms: ['deaths', 'died'],
        value: 47,
        unit: 'count',
        source: { name: 'Desk record' },
        supersededBy: 'toll-2',
      },
      {
        id: 'toll-2',
        kind: 'figure',
        subject: 'Death toll',
        terms: ['deaths', 'died'],
        value: 52,
        unit: 'count',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed 47 toll-1', 'figure-contradicted 49 toll-2'],
  ],
  [
    'both confirmed',
    'He has scored 12 goals this season after scoring 20 last season.',
    [
      {
        id: 'g-now',
        kind: 'figure',
        subject: 'Goals this season',
        terms: ['goals'],
        value: 12,
        unit: 'count',
        source: { name: 'Desk record' },
      },
      {
        id: 'g-prev',
        kind: 'figure',
        subject: 'Goals in the previous season',
        terms: ['goals', 'scoring'],
        value: 20,
        unit: 'count',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed 12 g-now', 'figure-confirmed 20 g-prev'],
  ],
  [
    '104,000 confirmed (or nothing)',
    'The attendance record of 104,000 has now been beaten.',
    [
      {
        id: 'rec-old',
        kind: 'figure',
        subject: 'Previous attendance record',
        terms: ['attendance record'],
        value: 104000,
        unit: 'count',
        source: { name: 'Desk record' },
      },
      {
        id: 'att-now',
        kind: 'figure',
        subject: 'Attendance this year',
        terms: ['attendance'],
        value: 112000,
        unit: 'count',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed 104,000 rec-old'],
  ],
  [
    'both confirmed',
    "So far this year 120 people have died on the county's roads, compared with 95 in the whole of the previous year.",
    [
      {
        id: 'now',
        kind: 'figure',
        subject: 'Road deaths this year',
        terms: ['died'],
        value: 120,
        unit: 'count',
        source: { name: 'Desk record' },
      },
      {
        id: 'prev',
        kind: 'figure',
        subject: 'Road deaths in the previous year',
        terms: ['died'],
        value: 95,
        unit: 'count',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed 120 now', 'figure-confirmed 95 prev'],
  ],
  [
    'both confirmed',
    'Unemployment is currently 4.2%, against 3.9% previously.',
    [
      {
        id: 'now',
        kind: 'figure',
        subject: 'Unemployment rate',
        terms: ['unemployment'],
        value: 4.2,
        unit: 'percent',
        source: { name: 'Desk record' },
      },
      {
        id: 'prev',
        kind: 'figure',
        subject: 'Unemployment rate, prior quarter',
        terms: ['unemployment'],
        value: 3.9,
        unit: 'percent',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed 4.2% now', 'figure-confirmed 3.9% prev'],
  ],
  [
    '40 confirmed',
    'The former champion now trains 40 riders.',
    [
      {
        id: 'riders',
        kind: 'figure',
        subject: 'Riders trained by former champion',
        terms: ['riders'],
        value: 40,
        unit: 'count',
        source: { name: 'Desk record' },
      },
      {
        id: 'x',
        kind: 'figure',
        subject: 'Riders in squad',
        terms: ['riders'],
        value: 30,
        unit: 'count',
        source: { name: 'Desk record' },
      },
    ] as Fact[],
    ['figure-confirmed 40 riders'],
  ],
];

describe('non-figures, "over", percent and points, first counts, now and then, as a review tried to break them', () => {
  for (const [why, text, facts, found] of cases) {
    it(`reads "${text}": ${why}`, () => {
      expect(briefs(text, facts, { all: true, date: '2026-11-30' })).toEqual(found);
    });
  }
});
