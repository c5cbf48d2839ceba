import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, checkBlock, crossCheck } from './check';
import { extract } from './extract';
import { FactIndex } from './fact-index';
import { extractFigures } from './figures';
import { parseFactFile } from './schema';
import type { FigureFact, Finding, Interval } from './types';
import { figureVerdict } from './verdict';

// End to end inside the core: the real extractor, then the checker, on the example's facts.

const parsed = parseFactFile(
  JSON.parse(
    readFileSync(new URL('../../../examples/white-helmets/facts.json', import.meta.url), 'utf8'),
  ),
);
if (!parsed.ok) throw new Error('the example fact file is invalid');
const index = new FactIndex(parsed.file.facts);
const date = '2018-07-22';

const run = (text: string, all = false) => check(text, extract(text, { date }), index, { all });
const brief = (list: Finding[]) => list.map((f) => `${f.kind} ${f.text}`);

describe('extract then check', () => {
  it('ties "only 422 made it" to the evacuation total and 800 to the request', () => {
    const text =
      'It was initially intended to evacuate 800 volunteers but only 422 made it to the meeting point.';
    const found = run(text, true);
    expect(found.map((f) => [f.text, f.factId, f.kind])).toEqual([
      ['800', 'evacuation-requested', 'figure-confirmed'],
      ['422', 'evacuated-total', 'figure-confirmed'],
    ]);
  });

  it('contradicts a source by a statement only when the statement’s terms say what it is about', () => {
    // "killed" alone is in too many attributions to take the group for the monitor.
    const group =
      'The group says its volunteers have saved many lives, and 250 of them have been killed.';
    expect(brief(run(group)).filter((f) => f.startsWith('attribution'))).toEqual([]);
    const toll = 'The death toll has passed 500,000 and many more have died, the group said.';
    expect(brief(run(toll)).filter((f) => f.startsWith('attribution'))).toEqual([
      'attribution-contradicted the group',
    ]);
  });

  it('does not contradict a speaker whose own recorded words say it too', () => {
    // The record has Petra's statement on resettling them, and Safadi's quote about it.
    const minister = "Jordan's foreign minister said they would be resettled within three months.";
    expect(brief(run(minister).filter((f) => f.severity === 'error'))).toEqual([]);
    // Safadi's recorded words say nothing of blocked roads: the member said that.
    const roads = 'Safadi said the roads were blocked.';
    expect(brief(run(roads).filter((f) => f.severity === 'error'))).toEqual([
      'attribution-contradicted Safadi',
    ]);
  });

  it('takes a date right after a speech verb as when it was said, not when it happened', () => {
    const said = 'Jordan said on Sunday that 422 people had been evacuated.';
    expect(brief(run(said))).toEqual([]);
    const late = 'Officials told reporters late on Sunday that 422 people had been evacuated.';
    expect(brief(run(late))).toEqual([]);
    // The same date before the verb is the evacuation's, and the record says Saturday.
    const happened = '422 people were evacuated on Sunday, Jordan said.';
    expect(brief(run(happened))).toEqual(['date-contradicted Sunday']);
    // A record it agrees with still confirms it.
    const tweeted = 'Safadi tweeted on Sunday that the actual number settled at 422.';
    expect(run(tweeted, true).map((f) => `${f.kind} ${f.text} ${f.factId}`)).toContain(
      'date-confirmed Sunday safadi-tweet-date',
    );
  });

  it('does not hold a change in percentage points against a rate in percent', () => {
    const rate: FigureFact = {
      id: 'jobless-rate',
      kind: 'figure',
      subject: 'Unemployment rate',
      terms: ['unemployment'],
      value: 4.2,
      unit: 'percent',
      source: { name: 'Office for National Statistics' },
    };
    const text = 'Unemployment fell 0.3 percentage points.';
    const found = check(text, extract(text, { date }), new FactIndex([rate]), { all: true });
    expect(brief(found)).toEqual(['figure-unsourced 0.3 percentage points']);
    const level = 'Unemployment fell to 4.5%.';
    expect(brief(check(level, extract(level, { date }), new FactIndex([rate])))).toEqual([
      'figure-contradicted 4.5%',
    ]);
  });

  it('flags "told NPR" for words the record has from CNN', () => {
    const text =
      'One of the members said the roads were blocked. He told NPR, “Help us and save our lives.”';
    expect(brief(run(text).filter((f) => f.severity === 'error'))).toEqual([
      'attribution-contradicted NPR',
    ]);
  });

  it('flags a recorded quote put in the mouth of someone else, through the pronoun', () => {
    const text =
      'Israeli Prime Minister Benjamin Netanyahu spoke on Monday. He said, “The number requested was 800 but the actual number settled at 422.”';
    expect(brief(run(text).filter((f) => f.kind === 'quote-misattributed'))).toEqual([
      'quote-misattributed He',
    ]);
  });

  it('does not take a reporting frame for the speaker when the recorded speaker is named', () => {
    const framed = 'It was a “smuggling operation” for Damascus, according to Reuters.';
    expect(run(framed)).toEqual([]);
    const wrong = 'It was a “smuggling operation”, according to Benjamin Netanyahu.';
    expect(brief(run(wrong))).toEqual(['quote-misattributed Benjamin Netanyahu']);
  });

  it('resolves a pronoun at the start of a paragraph through the mentions of the one before', () => {
    const first = 'Jordanian Foreign Minister Ayman Safadi spoke to reporters.';
    const second = 'He said, “The number requested was 800 but the actual number settled at 422.”';
    const lead = extract(first, { date }).mentions;
    const result = checkBlock(second, extract(second, { date, lead }), index);
    expect(result.findings).toEqual([]);
  });

  it('reports figures of two paragraphs that disagree about one fact', () => {
    const a = 'Some 3,000 White Helmets still work across Syria.';
    const b = 'Fewer than 2,000 White Helmets still work across Syria, others say.';
    const ra = checkBlock(a, extract(a, { date }), index);
    const rb = checkBlock(b, extract(b, { date }), index);
    expect(brief(rb.findings)).toEqual(['figure-contradicted Fewer than 2,000']);
    // A contradicted figure is not also "inconsistent"; the error says it all.
    expect(
      crossCheck(
        [
          { offset: 0, ties: ra.ties },
          { offset: a.length + 2, ties: rb.ties },
        ],
        index,
      ),
    ).toEqual([]);
  });

  it('says a weekday is wrong for its date, and nothing else about it', () => {
    expect(brief(run('They were evacuated on the night of Sunday, July 21, 2018.', true))).toEqual([
      'date-contradicted Sunday, July 21, 2018',
    ]);
  });
});

describe('the verdict of each qualifier, as the extractor reads it', () => {
  const record = (value: number | Interval): FigureFact => ({
    id: 'r',
    kind: 'figure',
    subject: 'Evacuated',
    terms: ['evacuated'],
    value,
    source: { name: 'Safadi' },
  });
  const cases: [string, number | Interval, string][] = [
    ['about 400', 422, 'confirmed'],
    ['around 500', 422, 'contradicted'],
    ['nearly 450', 422, 'confirmed'],
    ['nearly 422', 422, 'contradicted'],
    ['more than 400', 422, 'confirmed'],
    ['more than 422', 422, 'contradicted'],
    ['more than 200', 422, 'understated'],
    ['at least 422', 422, 'confirmed'],
    ['at least 100', 422, 'understated'],
    ['fewer than 500', 422, 'confirmed'],
    ['fewer than 422', 422, 'contradicted'],
    ['up to 422', 422, 'confirmed'],
    ['between 400 and 450', 422, 'confirmed'],
    ['hundreds', 422, 'confirmed'],
    ['dozens', 422, 'contradicted'],
    ['400', 422, 'contradicted'],
    ['420', { min: 400, max: 440 }, 'unconfirmed'],
    ['more than half a million', { min: 500000, minExclusive: true }, 'confirmed'],
    ['half a million', { min: 500000, minExclusive: true }, 'unconfirmed'],
  ];
  for (const [prose, value, verdict] of cases) {
    it(`reads "${prose}" against a record of ${JSON.stringify(value)} as ${verdict}`, () => {
      const [claim] = extractFigures(`They said ${prose} people were evacuated.`);
      expect(claim?.text.toLowerCase()).toBe(prose);
      expect(figureVerdict(claim, record(value))).toBe(verdict);
    });
  }
});

describe('the contract’s own example facts', () => {
  // Section 1 of the contract, verbatim: the CNN appeal is a statement there, not a quote.
  const contract = parseFactFile({
    schema: 'factdesk.facts/v1',
    story: { id: 'white-helmets', date: '2018-07-22' },
    facts: [
      {
        id: 'evacuated-total',
        kind: 'figure',
        subject: 'White Helmets members and relatives evacuated via Israel to Jordan',
        terms: ['evacuated', 'made it', 'meeting point'],
        value: 422,
        unit: 'count',
        asOf: '2018-07-22',
        source: { name: 'Jordanian foreign minister Ayman Safadi (tweet)' },
      },
      {
        id: 'war-deaths',
        kind: 'figure',
        subject: 'Deaths in the Syrian civil war',
        terms: ['deaths', 'died', 'killed'],
        value: { min: 500000, minExclusive: true },
        unit: 'count',
        source: { name: 'Syrian Observatory for Human Rights' },
      },
      {
        id: 'evacuation-night',
        kind: 'date',
        subject: 'Night of the evacuation',
        terms: ['evacuated', 'night'],
        value: '2018-07-21',
        source: { name: 'Israel Defense Forces statement' },
      },
      {
        id: 'safadi-tweet',
        kind: 'quote',
        subject: "Safadi on Jordan's permission",
        speaker: {
          name: 'Ayman Safadi',
          aliases: ['Safadi', 'Jordanian Foreign Minister', "Jordan's foreign minister"],
        },
        text: 'The number requested was 800 but the actual number settled at 422.',
        channel: 'tweet',
        source: { name: 'Ayman Safadi on Twitter' },
      },
      {
        id: 'member-cnn',
        kind: 'statement',
        subject: 'A White Helmets member appeals for help',
        speaker: { name: 'a White Helmets member', aliases: ['one of the members', 'a member'] },
        terms: ['300 volunteer members', 'save our lives'],
        channel: 'CNN',
        source: { name: 'CNN' },
      },
    ],
  });
  if (!contract.ok) throw new Error('the contract example is invalid');
  const facts = new FactIndex(contract.file.facts);

  it('reads "nearly 500 made it" as the contract’s example finding', () => {
    const text = 'In the end nearly 500 made it to the meeting point.';
    const [f] = check(text, extract(text, { date }), facts);
    expect(f).toMatchObject({
      kind: 'figure-contradicted',
      severity: 'error',
      text: 'nearly 500',
      factId: 'evacuated-total',
      expected: '422',
      suggestion: '422',
    });
  });

  it('contradicts "told NPR" for the recorded CNN statement, quoted', () => {
    const text =
      'One of the members spoke from Quneitra. He told NPR, “[W]e are 300 volunteer members. Help us and save our lives.”';
    const errors = check(text, extract(text, { date }), facts).filter(
      (f) => f.severity === 'error',
    );
    expect(brief(errors)).toEqual(['attribution-contradicted NPR']);
    expect(errors[0]).toMatchObject({ factId: 'member-cnn', suggestion: 'CNN' });
  });

  it('leaves a figure in a recorded statement’s words to that statement: the article’s “300 volunteer members”', () => {
    // The article's own sentence: "evacuating" brings the evacuation total (422) into it.
    const text =
      'He told CNN, “[W]e are 300 volunteer members and calling upon the countries of UK, Canada, Jordan, America to continue their efforts in evacuating the remaining members of the White Helmets. Help us and save our lives.”';
    expect(brief(check(text, extract(text, { date }), facts))).toEqual([]);
  });

  it('still ties a statement’s phrase outside anyone’s words: “Only 300 volunteer members made it”', () => {
    const text = 'Only 300 volunteer members made it to the meeting point.';
    expect(brief(check(text, extract(text, { date }), facts))).toEqual(['figure-contradicted 300']);
  });

  it('leaves the figures of a recorded quote to the quote: none unsourced, one error for a change', () => {
    const exact =
      'Safadi wrote, “The number requested was 800 but the actual number settled at 422.”';
    expect(brief(check(exact, extract(exact, { date }), facts, { all: true }))).toEqual([
      'quote-confirmed The number requested was 800 but the actual number settled at 422.',
    ]);
    const changed =
      'Safadi wrote, “The number requested was 800 but the actual number evacuated settled at 480.”';
    expect(brief(check(changed, extract(changed, { date }), facts))).toEqual([
      'quote-altered The number requested was 800 but the actual number evacuated settled at 480.',
    ]);
  });
});

describe('robustness', () => {
  it('checks 300 scrambled texts without throwing, every finding inside its text', () => {
    // biome-ignore format: a table
    const pieces = [
      'more than 400', '“', '”', '"', 'He told CNN,', 'Safadi said', '422', 'made it', 'Sunday, July 21, 2018',
      '.', ',', '\n\n', '[W]e are 300 volunteer members', 'nearly 500', 'evacuated', 'according to', 'half a million',
      'deaths', 'the actual number settled at 422', '$2.5bn', '12%', 'seven years ago', 'in June', '—', 'NPR',
    ];
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 300; n++) {
      const parts: string[] = [];
      for (let k = 0, len = 3 + Math.floor(next() * 25); k < len; k++)
        parts.push(pieces[Math.floor(next() * pieces.length)]);
      const text = parts.join(next() < 0.8 ? ' ' : '');
      const findings = check(text, extract(text, { date }), index, { all: true });
      for (const f of findings) {
        expect(f.from).toBeGreaterThanOrEqual(0);
        expect(f.to).toBeLessThanOrEqual(text.length);
        expect(text.slice(f.from, f.to)).toBe(f.text);
      }
    }
  });
});
