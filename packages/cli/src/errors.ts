// Bad usage and bad input: one line naming the file and the place, exit status 2.

/** An error the CLI reports as one line and exit status 2. */
export class InputError extends Error {
  /** The file the problem is in ("-" for stdin), if any. */
  readonly file?: string;
  /** Where in the file: a JSON path (`facts[3].value.min`) or `line:column`. */
  readonly place?: string;

  constructor(message: string, file?: string, place?: string) {
    super(message);
    this.name = 'InputError';
    this.file = file;
    this.place = place;
  }

  /** The one line printed on stderr: `file:place: message`. */
  line(): string {
    const where = [this.file, this.place].filter(Boolean).join(':');
    return `factdesk: ${where ? `${where}: ` : ''}${this.message}`;
  }
}

/** The line and column (both from 1) of a string offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * Runs `work` on one file. An unexpected error inside it (a `RangeError` of the checker, say)
 * becomes an `InputError` naming the file, so its one line says which input of a batch failed;
 * an `InputError` passes through as it is.
 */
export function naming<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`internal error: ${message.split('\n')[0]}`, file);
  }
}
