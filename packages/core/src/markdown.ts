// Markdown input for the checker: the syntax is blanked out with spaces, so the text has the
// same length as the source and every offset into it is an offset into the source.

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/**
 * The prose of a Markdown source, with its syntax replaced by spaces (same length, same line
 * breaks): heading marks (`#`), block quote marks (`>`), list markers (`-`, `*`, `+`, `1.`),
 * emphasis marks (`*`, `_`), link and image brackets with their targets (`[text](url)` keeps
 * only `text`), and thematic breaks. Code is not prose: fenced code and inline code spans (a
 * backtick run up to the next run of the same length on the line; a run left unclosed is a
 * literal, and only it is blanked) are blanked whole, as are HTML tags and HTML comments
 * (`<!-- ... -->`, over several lines too; one never closed runs to the end). A small line-based
 * reading, not a full CommonMark parser: intraword `_` ("snake_case") and literal asterisks
 * between spaces are kept.
 */
export function maskMarkdown(source: string): string {
  const lines = source.split('\n');
  let fenced = false;
  let comment = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (!fenced && (comment || line.includes('<!--'))) {
      const masked = maskComments(line, comment);
      line = masked.line;
      comment = masked.open;
    }
    if (/^\s{0,3}(?:```|~~~)/.test(line)) {
      fenced = !fenced;
      lines[i] = blank(line);
      continue;
    }
    if (fenced || /^\s{0,3}(?:[-*_]\s*){3,}$/.test(line)) {
      lines[i] = blank(line);
      continue;
    }
    // Block prefixes: any nesting of `>` and list markers, then an ATX heading mark.
    const prefix = /^(?:\s*(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)))*\s*(?:#{1,6}(?=\s|$))?/.exec(line);
    if (prefix?.[0]) line = blank(prefix[0]) + line.slice(prefix[0].length);
    if (line.includes('`')) line = maskCode(line);
    line = line.replace(/\s#+\s*$/, blank); // closing heading marks
    line = line.replace(/<\/?[a-zA-Z][^>]*>/g, blank);
    // Links and images: keep the text, blank the marks and the target. Neither the text nor the
    // target may hold its own opening bracket: a line of unclosed `[` or `(` would otherwise be
    // scanned to its end from each of them (quadratic time).
    line = line.replace(/!?\[([^[\]]*)\]\(([^()]*)\)/g, (m, label: string) => {
      const lead = m.startsWith('!') ? 2 : 1;
      return ' '.repeat(lead) + label + ' '.repeat(m.length - lead - label.length);
    });
    line = line.replace(/!?\[([^[\]]*)\]\[[^[\]]*\]/g, (m, label: string) => {
      const lead = m.startsWith('!') ? 2 : 1;
      return ' '.repeat(lead) + label + ' '.repeat(m.length - lead - label.length);
    });
    // Emphasis: runs of * or _ that touch a word on one side and not on the other.
    line = line.replace(
      /(^|[^\p{L}\p{N}])([*_]{1,3})(?=[^\s*_])/gu,
      (_m, before: string, run: string) => before + blank(run),
    );
    line = line.replace(
      /([^\s*_])([*_]{1,3})(?=$|[^\p{L}\p{N}])/gu,
      (_m, before: string, run: string) => before + blank(run),
    );
    lines[i] = line;
  }
  return lines.join('\n');
}

// Blanks the HTML comments of one line; `open` says a comment of an earlier line is still open.
// A `<!--` inside an inline code span (a backtick run up to the next run of the same length on
// the line) opens none. Every search starts where the last stopped, and a `<!--` or backtick
// found past the current point is kept for later: a line of many `<!--` or backticks stays linear.
function maskComments(line: string, open: boolean): { line: string; open: boolean } {
  const ticks = backtickRuns(line);
  let out = '';
  let at = 0;
  let inside = open;
  let opening = -2; // the next `<!--` at or after `at`: -2 not yet searched, -1 none
  let tick = -2; // the next backtick at or after `at`, likewise
  while (at < line.length) {
    if (inside) {
      const end = line.indexOf('-->', at);
      if (end < 0) return { line: out + blank(line.slice(at)), open: true };
      out += blank(line.slice(at, end + 3));
      at = end + 3;
      inside = false;
      continue;
    }
    if (opening === -2 || (opening >= 0 && opening < at)) opening = line.indexOf('<!--', at);
    if (opening < 0) break;
    if (tick === -2 || (tick >= 0 && tick < at)) tick = line.indexOf('`', at);
    if (tick >= 0 && tick < opening) {
      // A code span: copied as it is (`maskMarkdown` blanks its backticks), `<!--` included.
      let n = 1;
      while (line[tick + n] === '`') n++;
      const close = ticks.next(n, tick + n);
      const end = close < 0 ? tick + n : close + n;
      out += line.slice(at, end);
      at = end;
      continue;
    }
    out += line.slice(at, opening) + blank('<!');
    at = opening + 2;
    inside = true;
  }
  return { line: out + line.slice(at), open: inside };
}

// Blanks the inline code spans of one line whole, and the backtick runs that close none.
function maskCode(line: string): string {
  const ticks = backtickRuns(line);
  let out = '';
  let at = 0;
  for (const m of line.matchAll(/`+/g)) {
    if (m.index < at) continue; // a run inside the span just blanked, or its closing run
    const n = m[0].length;
    const close = ticks.next(n, m.index + n);
    const end = close < 0 ? m.index + n : close + n;
    out += line.slice(at, m.index) + blank(line.slice(m.index, end));
    at = end;
  }
  return out + line.slice(at);
}

// The backtick runs of a line by length; `next(n, from)` is the start of the first run of exactly
// `n` backticks at or after `from` (-1 when none). `from` only grows for a given `n`, so each
// list is read through once.
function backtickRuns(line: string) {
  const starts = new Map<number, number[]>();
  const read = new Map<number, number>();
  for (const m of line.matchAll(/`+/g)) {
    const list = starts.get(m[0].length) ?? [];
    list.push(m.index);
    starts.set(m[0].length, list);
  }
  return {
    next(n: number, from: number): number {
      const list = starts.get(n);
      if (!list) return -1;
      let k = read.get(n) ?? 0;
      while (k < list.length && list[k] < from) k++;
      read.set(n, k);
      return k < list.length ? list[k] : -1;
    },
  };
}
