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

/**
 * Reads a file (or stdin for "-") as UTF-8, a leading byte order mark dropped (so offsets, lines
 * and columns count from the first character of the text). A missing or unreadable file, or one
 * that is not valid UTF-8, is an `InputError`.
 */
export function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    throw new InputError(`cannot read: ${reason(error)}`, file);
  }
  return decodeUtf8(bytes, file);
}

/**
 * Decodes UTF-8 strictly, a leading byte order mark dropped as editors drop it; invalid UTF-8 is
 * an `InputError` naming the line and column of the first bad byte.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    // Lenient decoding would turn bad bytes into U+FFFD, which can then differ from (or match)
    // a quote in the fact file: a silent wrong result.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes.subarray(0, at));
    const { line, column } = lineColumn(before, before.length);
    throw new InputError('invalid UTF-8', file, `${line}:${column}`);
  }
}

/**
 * The offset of the first byte of the first invalid sequence (the decoder of the Encoding
 * Standard: no overlong forms, no surrogates, nothing above U+10FFFF), or `bytes.length` when
 * the bytes end inside a sequence.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let needed = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b <= 0x7f) needed = 0;
    else if (b >= 0xc2 && b <= 0xdf) needed = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      needed = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      needed = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= needed; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (c < (k === 1 ? lower : 0x80) || c > (k === 1 ? upper : 0xbf)) return i;
    }
    i += needed + 1;
  }
  return bytes.length;
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
export function parseJson(source: string, file: string): unknown {
  // Places are counted without the byte order mark, as editors do.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse does not always say where; jsonc-parser (strict settings) does.
    const errors: ParseError[] = [];
    try {
      parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    } catch (error) {
      // jsonc-parser recurses once per level: deep nesting overflows the stack.
      if (error instanceof RangeError)
        throw new InputError('invalid JSON: nested too deeply', file);
      throw error;
    }
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
