import type { FigureTie, Finding } from '@factdesk/core';
import { Decoration } from 'prosemirror-view';

/** The spec of a finding's decoration. */
export interface FindingSpec {
  finding: Finding;
  id: string;
  key: string;
  /** A document-level finding (from `crossCheck`). */
  cross: boolean;
}

/** The spec of a tie's decoration, which only tracks where the tied figure is. */
export interface TieSpec {
  tie: FigureTie;
}

/**
 * The inline decoration of a finding, with the hooks of the contract (section 6): classes
 * `factdesk-finding factdesk-finding--<severity>`, `data-finding-kind`, `data-finding-id`.
 */
export function findingDecoration(
  from: number,
  to: number,
  spec: FindingSpec,
  describedBy?: string,
): Decoration {
  const attrs: Record<string, string> = {
    // Its own element, so findings on the same text (a block finding and a document-level one)
    // each keep their attributes instead of merging into one span.
    nodeName: 'span',
    class: `factdesk-finding factdesk-finding--${spec.finding.severity}`,
    'data-finding-kind': spec.finding.kind,
    'data-finding-id': spec.id,
  };
  if (describedBy) {
    attrs.class += ' factdesk-finding--active';
    attrs['aria-describedby'] = describedBy;
  }
  return Decoration.inline(from, to, attrs, spec);
}

/** A decoration that tracks a tie's position. It lives in a set of its own that is never rendered. */
export function tieDecoration(from: number, to: number, tie: FigureTie): Decoration {
  return Decoration.inline(from, to, {}, { tie } satisfies TieSpec);
}
