// Reading the CLI's inputs: text files, stdin, globs, and fact files (JSON, then the schema).
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { type FactFile, parseFactFile } from '@factdesk/core';
import { type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
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
      const found = (
        await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })
      ).sort();
      if (found.length === 0) throw new InputError('no file matches this pattern', arg);
      out.push(...found);
    } else out.push(arg);
  }
  return out;
}

/** Parses JSON, or throws an `InputError` naming the line and column of the syntax error. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // JSON.parse does not always say where; jsonc-parser (strict settings) does.
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const offset = first ? first.offset : text.length;
    const what = first ? printParseErrorCode(first.error) : 'InvalidSymbol';
    const { line, column } = lineColumn(text, offset);
    throw new InputError(`invalid JSON: ${words(what)}`, file, `${line}:${column}`);
  }
}

// "CloseBraceExpected" → "close brace expected"
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** " (and 2 more problems)" after the first problem of a list, or nothing. */
export function more(count: number): string {
  return count ? ` (and ${count} more problem${count > 1 ? 's' : ''})` : '';
}

/**
 * Reads and validates a fact file. Problems of the schema are reported by JSON path; the first
 * one names the place, and the count of the others follows.
 */
export function readFactFile(file: string): FactFile {
  const result = parseFactFile(parseJson(readText(file), file));
  if (result.ok) return result.file;
  const [first, ...rest] = result.problems;
  throw new InputError(`${first.message}${more(rest.length)}`, file, first.path);
}
