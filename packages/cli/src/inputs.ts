// Reading the CLI's inputs: text files, stdin, globs, and fact files (JSON, then the schema).
import { readFileSync } from 'node:fs';
import { type FactFile, parseFactFile } from '@factdesk/core';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError, lineColumn } from './errors';

/** One input text: its name as given ("-" for stdin) and its content. */
export interface Input {
  file: string;
  text: string;
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Reads a file (or stdin for "-") as UTF-8; a missing or unreadable file is an `InputError`. */
export function readText(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read: ${reason(error)}`, file);
  }
}

/**
 * The files named by the arguments, globs expanded (sorted), in the order given. No argument
 * means stdin. A glob that matches nothing is an `InputError`.
 */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  if (args.length === 0) return ['-'];
  const out: string[] = [];
  for (const arg of args) {
    if (arg !== '-' && isDynamicPattern(arg)) {
      const found = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
      if (found.length === 0) throw new InputError('no file matches this pattern', arg);
      out.push(...found);
    } else out.push(arg);
  }
  return out;
}

/** Parses JSON, or throws an `InputError` naming the line and column of the syntax error. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const { line, column } = lineColumn(text, offset);
    const what = message
      .replace(/\s*in JSON at position \d+.*$/, '')
      .replace(/^Unexpected end of JSON input$/, 'unexpected end of input');
    throw new InputError(`invalid JSON: ${what}`, file, `${line}:${column}`);
  }
}

/**
 * Reads and validates a fact file. Problems of the schema are reported by JSON path; the first
 * one names the place, and the count of the others follows.
 */
export function readFactFile(file: string): FactFile {
  const result = parseFactFile(parseJson(readText(file), file));
  if (result.ok) return result.file;
  const [first, ...rest] = result.problems;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  throw new InputError(`${first.message}${more}`, file, first.path);
}
