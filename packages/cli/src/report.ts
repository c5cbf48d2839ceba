// Findings written for people: `file:line:column  severity  kind  message`, then the record.
import type { Finding } from '@factdesk/core';
import { placesIn } from './places';

/** The human report of one file's findings, one finding per line (and its suggestion). */
export function formatFindings(file: string, text: string, findings: readonly Finding[]): string {
  const lines: string[] = [];
  const placeOf = placesIn(text);
  for (const f of findings) {
    const { line, column } = placeOf(f.from);
    const quoted = f.text.length > 60 ? `${f.text.slice(0, 57)}...` : f.text;
    lines.push(
      `${file}:${line}:${column}  ${f.severity.padEnd(7)}  ${f.kind}  "${quoted}": ${f.message}`,
    );
    if (f.suggestion !== undefined) lines.push(`    suggestion: ${f.suggestion}`);
  }
  return lines.join('\n');
}

/** A one-line tally: "2 errors, 1 warning, 0 info". */
export function summary(findings: readonly Finding[]): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const e = count('error');
  const w = count('warning');
  const ok = count('ok');
  return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${count('info')} info${ok ? `, ${ok} ok` : ''}`;
}
