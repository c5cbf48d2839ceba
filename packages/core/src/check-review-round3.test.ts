import { describe, expect, it } from 'vitest';
import { briefs, recordOf } from './check.testing';
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

  it("still contradicts a date after the story's in a past clause: a slip of the year", () => {
    const facts = [dated('closure', 'Plant closure', ['plant closed'], '2024-03-01')];
    const text = 'The plant closed on March 1, 2025.';
    expect(briefs(text, facts, { date: '2024-06-05' })).toEqual([
      'date-contradicted March 1, 2025 closure',
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

describe('a sentence that opens on a place, against the record of another', () => {
  const uk = [
    recordOf('uk', 'UK annual house price growth', ['prices'], 4.7, 'percent'),
    recordOf('avg', 'UK average house price', ['average'], 292000, 'GBP'),
  ];

  it('does not contradict "In Scotland, prices rose 5.9% to an average of 194,000 pounds."', () => {
    const text = 'In Scotland, prices rose 5.9% to an average of 194,000 pounds.';
    expect(briefs(text, uk)).toEqual([
      'figure-unsourced 5.9% -',
      'figure-unsourced 194,000 pounds -',
    ]);
  });

  it('does not contradict "In Scotland, where 22 cases were confirmed, uptake stood at 93%."', () => {
    const facts = [
      recordOf('cases', 'Measles cases in England this year', ['cases'], 1346),
      recordOf('mmr', 'First MMR dose uptake, UK', ['uptake'], 89.3, 'percent'),
    ];
    const text = 'In Scotland, where 22 cases were confirmed, uptake stood at 93%.';
    expect(briefs(text, facts)).toEqual(['figure-unsourced 22 -', 'figure-unsourced 93% -']);
  });

  it('still contradicts a figure of the place the record names', () => {
    const facts = [recordOf('scot', 'Scotland house price growth', ['prices'], 5.9, 'percent')];
    expect(briefs('In Scotland, prices rose 6.9%.', facts)).toEqual([
      'figure-contradicted 6.9% scot',
    ]);
  });

  it('still contradicts a figure of the country the record names by another name', () => {
    expect(briefs('In Britain, prices rose 5.9%.', uk)).toEqual(['figure-contradicted 5.9% uk']);
  });

  it('still contradicts a figure when the record names no place', () => {
    const facts = [recordOf('dead', 'Deaths in the floods', ['killed'], 41)];
    expect(briefs('In Valencia, the floods killed 51 people.', facts)).toEqual([
      'figure-contradicted 51 dead',
    ]);
  });

  it('still reads "In March, prices rose 5.9%" as of the record', () => {
    expect(briefs('In March, prices rose 5.9%.', uk)).toEqual(['figure-contradicted 5.9% uk']);
  });
});

describe('a sentence that opens on a group, against the record of the whole', () => {
  const share = [recordOf('chega', 'Chega national vote share', ['Chega'], 18.1, 'percent')];

  it('does not contradict "Among voters aged 18 to 24, Chega took 32%, an exit poll showed."', () => {
    const text = 'Among voters aged 18 to 24, Chega took 32%, an exit poll showed.';
    expect(briefs(text, share)).toEqual(['figure-unsourced 32% -']);
  });

  it('does not contradict "Among those killed, 12 were children."', () => {
    const facts = [recordOf('dead', 'People killed in the attack', ['killed'], 40)];
    expect(briefs('Among those killed, 12 were children.', facts)).toEqual([
      'figure-unsourced 12 -',
    ]);
  });

  it('still contradicts a figure of the group the record names', () => {
    const young = [
      recordOf('young', 'Chega share among voters aged 18 to 24', ['Chega'], 32, 'percent'),
    ];
    const text = 'Among voters aged 18 to 24, Chega took 36%.';
    expect(briefs(text, young)).toEqual(['figure-contradicted 36% young']);
  });

  it('still contradicts a figure after "Among other things," or "Among voters,"', () => {
    const cuts = [recordOf('cuts', 'Job cuts announced', ['jobs'], 3000)];
    const text = 'Among other things, the company cut 4,000 jobs.';
    expect(briefs(text, cuts)).toEqual(['figure-contradicted 4,000 cuts']);
    expect(briefs('Among voters, Chega took 22%.', share)).toEqual([
      'figure-contradicted 22% chega',
    ]);
  });

  it('still contradicts a figure inside the group phrase', () => {
    const facts = [recordOf('dead', 'People killed in the attack', ['killed'], 40)];
    expect(briefs('Among the 50 killed, 12 were children.', facts)).toEqual([
      'figure-contradicted 50 dead',
      'figure-unsourced 12 -',
    ]);
    expect(briefs('Among the 1,200 killed, 12 were children.', facts)).toEqual([
      'figure-contradicted 1,200 dead',
      'figure-unsourced 12 -',
    ]);
  });
});

describe('a date in the passive future ("will be held on")', () => {
  it('does not contradict "The next election will be held on July 4." with the last one', () => {
    const facts = [dated('vote', 'Election day', ['election'], '2024-03-10')];
    const text = 'The next election will be held on July 4.';
    expect(briefs(text, facts, { date: '2024-03-11' })).toEqual([]);
  });

  it('confirms "A confiscation hearing will be held on March 4." against next year\'s date', () => {
    const facts = [dated('hearing', 'Confiscation hearing', ['hearing'], '2026-03-04')];
    const text = 'A confiscation hearing will be held on March 4.';
    expect(briefs(text, facts, { all: true, date: '2025-11-14' })).toEqual([
      'date-confirmed March 4 hearing',
    ]);
  });

  it('still reads "was held on March 3" as past', () => {
    const facts = [dated('vote', 'Election day', ['election'], '2024-03-10')];
    expect(briefs('The election was held on March 3.', facts, { date: '2024-03-11' })).toEqual([
      'date-contradicted March 3 vote',
    ]);
  });
});

describe('a figure of a place its clause names, against the record of another', () => {
  const uk = [recordOf('uk', 'UK annual house price growth', ['prices'], 4.7, 'percent')];

  it('does not contradict "Prices rose 5.9% in Scotland."', () => {
    expect(briefs('Prices rose 5.9% in Scotland.', uk)).toEqual(['figure-unsourced 5.9% -']);
  });

  it('does not contradict "Prices in Scotland rose 5.9%."', () => {
    expect(briefs('Prices in Scotland rose 5.9%.', uk)).toEqual(['figure-unsourced 5.9% -']);
  });

  it('still contradicts "Prices in the UK rose 5.9%." and "Prices rose 5.9% in March."', () => {
    expect(briefs('Prices in the UK rose 5.9%.', uk)).toEqual(['figure-contradicted 5.9% uk']);
    expect(briefs('Prices rose 5.9% in March.', uk)).toEqual(['figure-contradicted 5.9% uk']);
  });

  it('still contradicts a figure whose place is in another clause', () => {
    const text = 'Speaking in Edinburgh, the minister said prices had risen 5.9%.';
    expect(briefs(text, uk)).toEqual(['figure-contradicted 5.9% uk']);
  });
});

describe('a place word that scopes nothing', () => {
  const cpi = [recordOf('cpi', 'US consumer price inflation', ['inflation'], 3.2, 'percent')];
  const uk = [recordOf('uk', 'UK annual house price growth', ['prices'], 4.7, 'percent')];

  it('still contradicts "Powell told reporters in Washington that inflation had eased to 2.9%."', () => {
    const text = 'Powell told reporters in Washington that inflation had eased to 2.9%.';
    expect(briefs(text, cpi)).toEqual(['figure-contradicted 2.9% cpi']);
    const japan = 'Powell said in Japan that inflation had eased to 2.9%.';
    expect(briefs(japan, cpi)).toEqual(['figure-contradicted 2.9% cpi']);
  });

  it('still contradicts a figure beside a department, a quarter or a budget', () => {
    const jobless = [
      recordOf('rate', 'US unemployment rate', ['unemployment rate'], 4.1, 'percent'),
    ];
    const text = "The unemployment rate rose to 4.3% in the Labor Department's report.";
    expect(briefs(text, jobless)).toEqual(['figure-contradicted 4.3% rate']);
    const gdp = [recordOf('gdp', 'UK GDP growth', ['economy grew'], 0.3, 'percent')];
    const quarter = "Britain's economy grew 0.1% in the October-December quarter.";
    expect(briefs(quarter, gdp)).toEqual(['figure-contradicted 0.1% gdp']);
  });

  it("still contradicts the whole's figure of a sentence that opens on a part", () => {
    const text = 'In Scotland, prices rose 5.9%, against 4.2% across the UK.';
    expect(briefs(text, uk)).toEqual(['figure-unsourced 5.9% -', 'figure-contradicted 4.2% uk']);
  });

  it('still contradicts a figure of a place its record names by adjective or possessive', () => {
    const scottish = [
      recordOf('scot', 'Scottish average house price growth', ['prices'], 5.9, 'percent'),
    ];
    expect(briefs('In Scotland, prices rose 6.9%.', scottish)).toEqual([
      'figure-contradicted 6.9% scot',
    ]);
    const services = [recordOf('srv', 'UK services growth', ['services sector'], 2.5, 'percent')];
    const text = "Growth in Britain's services sector slowed to 2%.";
    expect(briefs(text, services)).toEqual(['figure-contradicted 2% srv']);
  });
});

describe('a sentence that opens on one of a group, against the record of the whole', () => {
  const fraud = [recordOf('fraud', 'Total defrauded from savers', ['defrauded'], 4_300_000, 'GBP')];

  it('does not contradict "One victim, retired nurse Patricia Lowe, 71, was defrauded of £186,000."', () => {
    for (const text of [
      'One victim, retired nurse Patricia Lowe, 71, was defrauded of £186,000.',
      'One of the savers, a retired nurse, was defrauded of £186,000.',
    ])
      expect(briefs(text, fraud), text).toEqual(['figure-unsourced £186,000 -']);
  });

  it('still contradicts a speaker, a time, a person or one of the dead among the whole', () => {
    const dead = [recordOf('dead', 'People killed in the attack', ['killed', 'died'], 45)];
    for (const text of [
      'One official, who asked not to be named, said 52 people had been killed.',
      'One year on, 52 people have died.',
      'One of the dead, a 12-year-old boy, was among 52 people killed.',
    ])
      expect(briefs(text, dead), text).toContain('figure-contradicted 52 dead');
    const saved = 'One of the savers, a nurse, was among 52 people killed.';
    expect(briefs(saved, dead)).toEqual(['figure-contradicted 52 dead']);
  });

  it('still contradicts it against a record of one', () => {
    const single = [
      recordOf('one', 'Largest loss by a single saver', ['defrauded'], 200_000, 'GBP'),
    ];
    const text = 'One victim, retired nurse Patricia Lowe, 71, was defrauded of £186,000.';
    expect(briefs(text, single)).toEqual(['figure-contradicted £186,000 one']);
  });
});
