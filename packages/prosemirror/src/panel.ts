import type { EditorState } from 'prosemirror-state';
import { dismissedOf, findingsOf } from './commands';
import type { DocFinding, FindingsSnapshot } from './types';

/** What a findings panel shows for a state: live and dismissed findings, counts by severity and kind. */
export function findingsSnapshot(state: EditorState): FindingsSnapshot {
  const findings = findingsOf(state);
  const bySeverity: Record<string, number> = { error: 0, warning: 0, info: 0, ok: 0 };
  const byKind: Record<string, number> = {};
  for (const f of findings) {
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  }
  return { findings, dismissed: dismissedOf(state), bySeverity, byKind };
}

function sameFinding(a: DocFinding, b: DocFinding): boolean {
  return (
    a.id === b.id &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.text === b.text &&
    a.expected === b.expected &&
    a.suggestion === b.suggestion &&
    a.dismissed?.at === b.dismissed?.at &&
    a.dismissed?.reason === b.dismissed?.reason
  );
}

/**
 * Whether two snapshots list the same findings in the same order. Positions are not compared:
 * typing elsewhere moves findings without changing the list.
 */
export function sameSnapshot(a: FindingsSnapshot, b: FindingsSnapshot): boolean {
  const same = (x: readonly DocFinding[], y: readonly DocFinding[]) =>
    x.length === y.length && x.every((f, i) => sameFinding(f, y[i]));
  return same(a.findings, b.findings) && same(a.dismissed, b.dismissed);
}
