import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factdesk, root, scratch, scratchFile } from './run.testing';

const facts = 'examples/white-helmets/facts.json';
const example = JSON.parse(readFileSync(`${root}${facts}`, 'utf8'));

/** Bad input: exit 2 and exactly one line on stderr, no stack trace. */
function expectOneLine(
  r: { status: number | null; stdout: string; stderr: string },
  pattern: RegExp,
) {
  expect(r.status).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
}

// The pnpm that runs these tests (`pnpm test`), if any: a JavaScript file or an executable.
const pnpm = process.env.npm_config_user_agent?.startsWith('pnpm/')
  ? process.env.npm_execpath
  : undefined;

describe.skipIf(!pnpm)('pnpm factdesk, as the contract runs it', () => {
  const run = (args: string[]) => {
    const [cmd, pre] = /\.[cm]?js$/.test(pnpm!) ? [process.execPath, [pnpm!]] : [pnpm!, []];
    return spawnSync(cmd, [...pre, 'factdesk', ...args], { cwd: root, encoding: 'utf8' });
  };
  it('prints the one-line error and no line of pnpm, exit 2', () => {
    const r = run(['extract', 'no-such-draft.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('factdesk: no-such-draft.txt: cannot read: no such file\n');
    expect(r.stdout).toBe('');
  });
  it('exits 1 with the findings on stdout when one is an error', () => {
    const r = run([
      'check',
      'examples/white-helmets/draft.md',
      '--facts',
      'examples/white-helmets/facts.json',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/draft\.md: 4 errors/);
    expect(r.stderr).toBe('');
  });
});

describe('factdesk facts validate', () => {
  it('accepts the example fact file', () => {
    const r = factdesk(['facts', 'validate', facts]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ok, \d+ facts/);
  });

  it('lists every problem of a broken fact file by JSON path, exit 2', () => {
    const broken = structuredClone(example);
    broken.facts[3].value = { min: 'many' };
    broken.facts[5].id = broken.facts[4].id;
    const bad = scratchFile('bad.json', JSON.stringify(broken, null, 2));
    const r = factdesk(['facts', 'validate', bad]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`${bad}:facts[3].value.min: expected a number`);
    expect(r.stdout).toContain(`${bad}:facts[5].id: duplicate id`);
    expect(r.stderr).toBe(
      `factdesk: ${bad}:facts[3].value.min: expected a number (and 1 more problem)\n`,
    );
  });
});

describe('factdesk check, bad input', () => {
  it('names the line and column of invalid JSON in the fact file', () => {
    const bad = scratchFile('bad.json', '{\n  "schema": "factdesk.facts/v1",\n  "facts": [,]\n}');
    expectOneLine(
      factdesk(['check', '-', '--facts', bad], 'Text.'),
      /^factdesk: .*bad\.json:3:13: invalid JSON: value expected$/,
    );
  });

  it('names the JSON path of a fact file that breaks the schema', () => {
    const broken = structuredClone(example);
    broken.facts[3].value = { min: 'many' };
    const bad = scratchFile('bad.json', JSON.stringify(broken));
    expectOneLine(
      factdesk(['check', '-', '--facts', bad], 'Text.'),
      /^factdesk: .*bad\.json:facts\[3\]\.value\.min: expected a number$/,
    );
  });

  it('names a missing input file', () => {
    expectOneLine(
      factdesk(['check', 'nowhere.txt', '--facts', facts]),
      /^factdesk: nowhere\.txt: cannot read: no such file$/,
    );
  });

  it('names a missing fact file', () => {
    expectOneLine(
      factdesk(['check', '-', '--facts', 'missing.json'], 'Text.'),
      /^factdesk: missing\.json: cannot read/,
    );
  });

  it('rejects an unknown flag in one line', () => {
    expectOneLine(
      factdesk(['check', '-', '--facts', facts, '--bogus']),
      /^factdesk: unknown option '--bogus'/,
    );
  });

  it('rejects a check without --facts and a bad --date', () => {
    expectOneLine(factdesk(['check', '-']), /^factdesk: required option '--facts <FACTS.json>'/);
    expectOneLine(
      factdesk(['extract', '-', '--date', '2018-02-30'], 'x'),
      /^factdesk: --date must be a date/,
    );
  });

  it('asks for a command when none is given', () => {
    expectOneLine(factdesk([]), /^factdesk: a command is needed: extract, check or facts validate/);
  });

  it('rejects a glob that matches nothing', () => {
    expectOneLine(
      factdesk(['check', 'no-such-dir/*.md', '--facts', facts]),
      /^factdesk: no-such-dir\/\*\.md: no file matches/,
    );
  });
});

describe('factdesk, input that would otherwise be misread', () => {
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Uint8Array.from(p))));

  it('rejects a fact file that is not valid UTF-8, naming the place of the first bad byte', () => {
    const fact = '{"id": "x", "kind": "figure", "subject": "s';
    const rest = '", "terms": ["x"], "value": 1, "source": {"name": "S"}}';
    const bad = scratchFile(
      'bad.json',
      bytes('{\n"schema": "factdesk.facts/v1",\n"facts": [', fact, [0xff, 0xfe], rest, ']}'),
    );
    expectOneLine(
      factdesk(['facts', 'validate', bad]),
      /^factdesk: .*bad\.json:3:54: invalid UTF-8$/,
    );
    expectOneLine(
      factdesk(['check', '-', '--facts', bad], 'Text.'),
      /^factdesk: .*bad\.json:3:54: invalid UTF-8$/,
    );
  });

  it('rejects a draft that is not valid UTF-8, from a file or from stdin', () => {
    // Column 5 counts "é" and "€" as one each; the truncated "€" is the bad sequence.
    const draft = bytes('Only 422 made it.\né€ok', [0xe2, 0x82], ' he said.');
    expectOneLine(
      factdesk(['check', scratchFile('draft.txt', draft), '--facts', facts]),
      /^factdesk: .*draft\.txt:2:5: invalid UTF-8$/,
    );
    expectOneLine(factdesk(['extract', '-'], draft), /^factdesk: -:2:5: invalid UTF-8$/);
  });

  it('keeps reading valid UTF-8 with a byte order mark as before', () => {
    const r = factdesk(['check', '-', '--facts', facts], bytes([0xef, 0xbb, 0xbf], 'Only 422.'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('-: 0 errors');
  });

  it('places a JSON error after a byte order mark where it is, not at 1:1', () => {
    const bad = scratchFile('bom.json', bytes([0xef, 0xbb, 0xbf], '{"schema": 1,}'));
    expectOneLine(
      factdesk(['facts', 'validate', bad]),
      /^factdesk: .*bom\.json:1:14: invalid JSON: property name expected$/,
    );
  });

  it('reports JSON nested too deeply in one line instead of overflowing the stack', () => {
    const bad = scratchFile('deep.json', `${'['.repeat(100_000)}x`);
    expectOneLine(
      factdesk(['facts', 'validate', bad]),
      /^factdesk: .*deep\.json: invalid JSON: nested too deeply$/,
    );
  });

  it('refuses to read stdin twice, for the fact file and the draft or for two drafts', () => {
    const once = /^factdesk: standard input can be read only once/;
    const json = readFileSync(`${root}${facts}`, 'utf8');
    expectOneLine(factdesk(['check', '--facts', '-'], json), once);
    expectOneLine(factdesk(['check', '-', '--facts', '-'], json), once);
    expectOneLine(factdesk(['check', '-', '-', '--facts', facts], 'Only 422.'), once);
  });

  it('rejects a --date or a story date before the year 1000, whose relative dates break', () => {
    expectOneLine(
      factdesk(['extract', '-', '--date', '0000-01-01'], 'He left on Sunday.'),
      /^factdesk: --date must be a date as YYYY-MM-DD from 1000-01-01 to 9999-12-31, not "0000-01-01"$/,
    );
    const early = scratchFile(
      'early.json',
      JSON.stringify({ ...example, story: { ...example.story, date: '0099-03-01' } }),
    );
    expectOneLine(
      factdesk(['check', '-', '--facts', early], 'He left on Sunday.'),
      /^factdesk: .*early\.json:story\.date: expected a date/,
    );
  });
});

describe('factdesk, dates near the ends of the years 1000 to 9999', () => {
  it('rejects a --date after the year 9999 in one line, naming the range it reads', () => {
    expectOneLine(
      factdesk(['extract', '-', '--date', '10000-01-01'], 'The vote is tomorrow.'),
      /^factdesk: --date must be a date as YYYY-MM-DD from 1000-01-01 to 9999-12-31, not "10000-01-01"$/,
    );
  });

  it('lists no malformed date for "tomorrow" with --date 9999-12-31', () => {
    const text = 'The vote is tomorrow, on Saturday, and 400 people came.';
    const people = factdesk(['extract', '-', '--date', '9999-12-31'], text);
    expect(people.status).toBe(0);
    expect(people.stdout).not.toContain('"tomorrow"');
    expect(people.stdout).toContain('-:1:26  date         "Saturday"  9999-12-25');
    const r = factdesk(['extract', '-', '--json', '--date', '9999-12-31'], text);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).dates).toEqual([
      { from: 25, to: 33, text: 'Saturday', value: '9999-12-25', weekday: 'Saturday' },
    ]);
  });

  it('reads "999999999999 days ago" without failing on an invalid time value', () => {
    const r = factdesk(['extract', '-', '--date', '2018-07-22'], 'It was 999999999999 days ago.');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('does not contradict a date fact with a relative date that falls outside the range', () => {
    const file = (date: string) =>
      scratchFile(
        `edge-${date}.json`,
        JSON.stringify({
          schema: 'factdesk.facts/v1',
          story: { id: 'edge', date },
          facts: [
            {
              id: 'vote-day',
              kind: 'date',
              subject: 'Day of the vote',
              terms: ['vote'],
              value: date,
              asOf: date,
              source: { name: 'Council', publishedAt: date },
            },
            {
              id: 'count-year',
              kind: 'date',
              subject: 'Year of the count',
              terms: ['count'],
              value: date.slice(0, 4),
              source: { name: 'Council' },
            },
          ],
        }),
      );
    const last = file('9999-12-31');
    const first = file('1000-01-01');
    for (const [facts, text] of [
      [last, 'The vote is tomorrow.'],
      [last, 'The vote is next week.'],
      [last, 'The count is next year.'],
      [first, 'The vote was yesterday.'],
      [first, 'The count was last year.'],
      [first, 'The vote was on Friday, December 31.'],
    ]) {
      const r = factdesk(['check', '-', '--facts', facts, '--json'], text);
      expect(r.status, text).toBe(0);
      expect(JSON.parse(r.stdout).findings, text).toEqual([]);
    }
    const today = factdesk(
      ['check', '-', '--facts', last, '--json', '--all'],
      'The vote is today.',
    );
    expect(JSON.parse(today.stdout).findings.map((f: { kind: string }) => f.kind)).toEqual([
      'date-confirmed',
    ]);
  });
});

describe('factdesk extract', () => {
  it('prints factdesk.claims/v1 JSON with figures, dates and attributions, reading stdin', () => {
    const text = 'Safadi said on Sunday that more than 400 were evacuated.';
    const r = factdesk(['extract', '-', '--json', '--date', '2018-07-22'], text);
    expect(r.status).toBe(0);
    const claims = JSON.parse(r.stdout);
    expect(claims.schema).toBe('factdesk.claims/v1');
    expect(claims.figures[0]).toMatchObject({
      text: 'more than 400',
      amount: 400,
      value: { min: 400, minExclusive: true },
    });
    expect(claims.dates[0]).toMatchObject({ text: 'Sunday', value: '2018-07-22' });
    expect(claims.attributions[0].cue.text).toBe('said');
  });

  it('prints claims for people with file:line:column, offsets into the Markdown source', () => {
    const md = scratchFile('story.md', '# Title\n\n**More than 400** were evacuated.');
    const r = factdesk(['extract', md]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${md}:3:3  figure       "More than 400"`);
  });
});

describe('factdesk check, output', () => {
  it('prints findings for people and exits 1 on an error', () => {
    const txt = scratchFile('story.txt', 'In the end,\nnearly 500 made it to the meeting point.');
    const r = factdesk(['check', txt, '--facts', facts]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `${txt}:2:1  error    figure-contradicted  "nearly 500": The record says 422`,
    );
    expect(r.stdout).toContain('    suggestion: 422');
    expect(r.stdout).toMatch(/1 error, 0 warnings/);
  });

  it('prints JSON Lines, one findings object per file, for several files or a glob', () => {
    const files = scratch({ 'a.txt': 'Only 422 made it.', 'b.txt': 'Nearly 500 made it.' });
    const dir = files['a.txt'].slice(0, -'a.txt'.length);
    const r = factdesk(['check', `${dir}*.txt`, '--facts', facts, '--json', '--all']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.schema, l.file])).toEqual([
      ['factdesk.findings/v1', files['a.txt']],
      ['factdesk.findings/v1', files['b.txt']],
    ]);
    expect(lines[0].findings.map((f: { kind: string }) => f.kind)).toEqual(['figure-confirmed']);
    expect(lines[1].findings.map((f: { kind: string }) => f.kind)).toEqual(['figure-contradicted']);
  });

  it.skipIf(!existsSync('/usr/bin/script'))(
    'shows a progress bar when stderr is a terminal',
    () => {
      const files = scratch({ 'a.txt': 'Only 422 made it.', 'b.txt': 'Only 422 made it.' });
      const command = `'${process.execPath}' --import tsx packages/cli/src/main.ts check '${files['a.txt']}' '${files['b.txt']}' --facts ${facts}`;
      const r = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(r.stdout).toMatch(/progress \[[-=]+\] \d+%/);
      expect(r.stdout).toContain('0 errors, 0 warnings, 0 info');
    },
  );

  it('exits 0 when nothing is wrong', () => {
    const r = factdesk(['check', '-', '--facts', facts], 'Only 422 made it to the meeting point.');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('-: 0 errors, 0 warnings, 0 info');
  });
});
