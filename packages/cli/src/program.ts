// The `factdesk` command line (contract section 5): extract, check, facts validate.
import {
  type Claims,
  FactIndex,
  type Finding,
  isFactDate,
  parseFactFile,
  type TextSpan,
} from '@factdesk/core';
import { SingleBar } from 'cli-progress';
import { Command, CommanderError, Option } from 'commander';
import { checkDocument, extractDocument } from './document';
import { InputError, naming } from './errors';
import { expandInputs, more, parseJson, readFactFile, readText } from './inputs';
import { placesIn } from './places';
import { formatFindings, summary } from './report';

/** Where the CLI writes; the real process streams in `main.ts`, strings in tests. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal (the progress bar is shown only then). */
  errIsTty: boolean;
}

function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d\d-\d\d$/.test(value) || !isFactDate(value))
    throw new InputError(
      `--date must be a date as YYYY-MM-DD from 1000-01-01 to 9999-12-31, not "${value}"`,
    );
  return value;
}

/** Standard input ("-", and no file at all) can be read only once: a second read is empty. */
function checkStdin(files: readonly string[], facts: string) {
  const reads =
    (files.length === 0 ? 1 : files.filter((f) => f === '-').length) + (facts === '-' ? 1 : 0);
  if (reads > 1)
    throw new InputError(
      'standard input can be read only once: give "-" (or no file) for one input only',
    );
}

const isMarkdown = (file: string) => /\.(?:md|markdown)$/i.test(file);

function describeClaims(file: string, text: string, claims: Claims): string {
  const rows: { from: number; line: string }[] = [];
  const placeOf = placesIn(text);
  const at = (from: number) => {
    const { line, column } = placeOf(from);
    return `${file}:${line}:${column}`;
  };
  for (const f of claims.figures) {
    const v = f.value;
    const range = `${v.min === undefined ? '(-∞' : `${v.minExclusive ? '(' : '['}${v.min}`}, ${v.max === undefined ? '∞)' : `${v.max}${v.maxExclusive ? ')' : ']'}`}`;
    rows.push({
      from: f.from,
      line: `${at(f.from)}  figure       "${f.text}"  ${range} ${f.unit}`,
    });
  }
  for (const d of claims.dates)
    rows.push({
      from: d.from,
      line: `${at(d.from)}  date         "${d.text}"  ${d.value}${d.weekdayExpected ? ` (a ${d.weekdayExpected}, not a ${d.weekday})` : ''}`,
    });
  for (const a of claims.attributions) {
    const parts = [a.cue, a.source, a.outlet].filter(
      (p): p is TextSpan => p !== undefined && p.to > p.from,
    );
    const from = Math.min(...parts.map((p) => p.from));
    const to = Math.max(...parts.map((p) => p.to));
    const frame = to - from <= 80 ? text.slice(from, to) : parts.map((p) => p.text).join(' … ');
    const resolved = a.source?.resolved ? ` (${a.source.text} = ${a.source.resolved})` : '';
    const said = text.slice(a.content.from, a.content.to).replace(/\s+/g, ' ');
    const content = said.length > 60 ? `${said.slice(0, 57)}...` : said;
    const kind = a.quote ? 'quote      ' : 'attribution';
    rows.push({
      from: a.from,
      line: `${at(a.from)}  ${kind}  ${a.source ? frame : '(no speaker)'}${resolved}: ${a.quote ? `“${content}”` : content}`,
    });
  }
  return rows
    .sort((a, b) => a.from - b.from)
    .map((r) => r.line)
    .join('\n');
}

async function runExtract(
  io: Io,
  file: string | undefined,
  opts: { json?: boolean; date?: string },
) {
  const date = checkDate(opts.date);
  const name = file ?? '-';
  const text = readText(name);
  const claims = naming(name, () => extractDocument(text, { date, markdown: isMarkdown(name) }));
  if (opts.json) {
    const { figures, dates, attributions } = claims;
    io.out(
      JSON.stringify(
        {
          schema: 'factdesk.claims/v1',
          figures,
          dates,
          attributions,
          sentences: claims.sentences,
          mentions: claims.mentions,
        },
        null,
        2,
      ),
    );
  } else {
    const rows = describeClaims(name, text, claims);
    io.out(rows || `${name}: no figures, dates or attributions`);
  }
  return 0;
}

async function runCheck(
  io: Io,
  files: string[],
  opts: { facts: string; json?: boolean; all?: boolean; date?: string },
) {
  const date = checkDate(opts.date);
  checkStdin(files, opts.facts);
  const factFile = readFactFile(opts.facts);
  const index = naming(opts.facts, () => new FactIndex(factFile.facts));
  const names = await expandInputs(files);
  // Read every input first: a bad one stops the run before anything is printed.
  const inputs = names.map((file) => ({ file, text: readText(file) }));
  const bar =
    io.errIsTty && inputs.length > 1
      ? new SingleBar({ stream: process.stderr, clearOnComplete: true })
      : null;
  bar?.start(inputs.length, 0);
  const results: { file: string; text: string; findings: Finding[] }[] = [];
  try {
    for (const { file, text } of inputs) {
      const findings = naming(file, () =>
        checkDocument(text, index, {
          date: date ?? factFile.story?.date,
          markdown: isMarkdown(file),
          all: opts.all,
        }),
      );
      results.push({ file, text, findings });
      bar?.increment();
    }
  } finally {
    // The error line of a failed file must not land inside the bar's line.
    bar?.stop();
  }
  for (const r of results) {
    if (opts.json) {
      const doc = { schema: 'factdesk.findings/v1', file: r.file, findings: r.findings };
      io.out(results.length > 1 ? JSON.stringify(doc) : JSON.stringify(doc, null, 2));
    } else {
      const body = formatFindings(r.file, r.text, r.findings);
      io.out(`${body ? `${body}\n` : ''}${r.file}: ${summary(r.findings)}`);
    }
  }
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

async function runValidate(io: Io, file: string) {
  const result = parseFactFile(parseJson(readText(file), file));
  if (result.ok) {
    io.out(
      `${file}: ok, ${result.file.facts.length} fact${result.file.facts.length === 1 ? '' : 's'}`,
    );
    return 0;
  }
  // The report (stdout) lists every problem, so a whole file can be fixed in one go; stderr
  // gets the one line every bad input gets.
  for (const p of result.problems) io.out(`${file}:${p.path}: ${p.message}`);
  const [first, ...rest] = result.problems;
  throw new InputError(`${first.message}${more(rest.length)}`, file, first.path);
}

/**
 * Runs the CLI on `argv` (without the node and script paths) and resolves to the exit status:
 * 0 no error finding, 1 at least one, 2 bad usage or bad input (one line on stderr).
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let status = 0;
  let usage = '';
  const program = new Command('factdesk')
    .description('Checks the figures, dates and attributions of a draft against a fact file.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, '')),
      writeErr: (s) => {
        usage += s;
      },
      outputError: (s) => {
        usage += s;
      },
    })
    .showSuggestionAfterError(true);
  const dateOption = () =>
    new Option('--date <YYYY-MM-DD>', 'the reference date of relative dates');
  program
    .command('extract')
    .description('list the figures, dates and attributions of a text')
    .argument('[file]', 'a .txt or .md file, or - for stdin')
    .option('--json', 'print factdesk.claims/v1 JSON')
    .addOption(dateOption())
    .action(async (file, opts) => {
      status = await runExtract(io, file, opts);
    });
  program
    .command('check')
    .description('check texts against a fact file')
    .argument('[files...]', '.txt or .md files or globs, or - for stdin')
    .requiredOption('--facts <FACTS.json>', 'the fact file (factdesk.facts/v1)')
    .option('--json', 'print factdesk.findings/v1 JSON (JSON Lines for several files)')
    .option('--all', 'report confirmed figures, dates and quotes too')
    .addOption(dateOption())
    .action(async (files, opts) => {
      status = await runCheck(io, files, opts);
    });
  program
    .command('facts')
    .description('work with fact files')
    .command('validate')
    .description('check a fact file against the schema, listing every problem')
    .argument('<FACTS.json>', 'the fact file')
    .action(async (file) => {
      status = await runValidate(io, file);
    });
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      if (error.code === 'commander.help') {
        io.err(
          'factdesk: a command is needed: extract, check or facts validate (see factdesk --help)',
        );
        return 2;
      }
      const line = (usage || error.message)
        .trim()
        .split('\n')[0]
        .replace(/^error: /, '');
      io.err(`factdesk: ${line}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(error.line());
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`factdesk: ${message.split('\n')[0]}`);
    return 2;
  }
}
