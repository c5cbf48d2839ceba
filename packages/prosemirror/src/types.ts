import type { Fact, FactIndex, Finding } from '@factdesk/core';

/** What changed in a fact source: the ids of facts added, changed or removed, and the store version. */
export interface FactChange {
  /** The store version after the change; changes at or below a version already seen are ignored. */
  version: number;
  /** The facts added, changed or removed (a removed id is one `facts.get` no longer knows). */
  ids: readonly string[];
  /**
   * The changed and removed facts as they were before the change. A fact can decide a block's
   * findings without being tied to anything in it (two candidate facts make a tie unclear), so
   * the plugin re-checks the blocks that hold the old terms too. Without it, such blocks keep
   * their findings until they are edited.
   */
  previous?: readonly Fact[];
}

/**
 * Where the plugin gets facts. Checking never waits on it: the plugin checks with `facts` as they
 * are, tells the source which terms the draft needs, and re-checks the blocks a change concerns.
 */
export interface FactSource {
  /** The facts at hand. The source may add to it at any time, then reports it through `subscribe`. */
  readonly facts: FactIndex;
  /**
   * Asks for the facts these term keys (`termKey(word)` of the draft's words) may need. A remote
   * source fetches the ones it lacks; an in-memory source has them all and may omit this.
   */
  need?(terms: readonly string[]): void;
  /** Calls `listener` after facts were added, changed or removed. Returns the unsubscribe function. */
  subscribe(listener: (change: FactChange) => void): () => void;
}

/** A finding dismissed by someone: kept in the shared map under the finding's claim key. */
export interface Dismissal {
  /** Who dismissed it (the `user` option), if known. */
  by?: string;
  /** When, as an ISO timestamp. */
  at: string;
  /** Why, in the user's words. */
  reason?: string;
}

/**
 * The part of a shared map the plugin uses; a `Y.Map<Dismissal>` satisfies it, so the package
 * needs no Yjs import. `doc.transact`, when present, is used to write with `dismissalOrigin`.
 */
export interface SharedMap<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): unknown;
  delete(key: string): void;
  forEach(f: (value: V, key: string) => void): void;
  // biome-ignore lint/suspicious/noExplicitAny: Y.Map passes its event and transaction.
  observe(f: (...args: any[]) => void): void;
  // biome-ignore lint/suspicious/noExplicitAny: as for `observe`.
  unobserve(f: (...args: any[]) => void): void;
  /** The Y.Doc of a Y.Map; other maps leave it out. */
  readonly doc?: { transact(f: () => void, origin?: unknown): void } | null;
}

/** A finding placed in the document: `from` and `to` are document positions. */
export interface DocFinding extends Finding {
  /** Stable and unique in the document: the claim key, plus `~n` for its n-th occurrence (n > 1). */
  id: string;
  /** Kind, fact and normalised claim text: what a dismissal is keyed by. */
  key: string;
  /** Set when the finding was dismissed. */
  dismissed?: Dismissal;
}

/**
 * What a findings panel shows. A panel is told only when the list changes, not when typing
 * moves the findings: their `from` and `to` are as of the snapshot. To go to a finding, use
 * its id (`selectFinding`), which finds it where it is now.
 */
export interface FindingsSnapshot {
  /** Live findings in document order. */
  findings: readonly DocFinding[];
  /** Dismissed findings in document order. */
  dismissed: readonly DocFinding[];
  /** Live findings counted by severity (`error`, `warning`, `info`, `ok`). */
  bySeverity: Readonly<Record<string, number>>;
  /** Live findings counted by kind. */
  byKind: Readonly<Record<string, number>>;
}

/** Options of the `factCheck` plugin. */
export interface FactCheckOptions {
  /** Where facts come from (`memoryFactSource(facts)` or a remote store). */
  source: FactSource;
  /** The story date (YYYY-MM-DD) relative dates resolve against; default: today. */
  date?: string;
  /** Also show `ok` findings (confirmed figures, dates and quotes). */
  all?: boolean;
  /**
   * Milliseconds between an edit and the re-check of the blocks changed since the last check,
   * in one batch (so at most one check per `delay` while typing, and a keystroke only maps the
   * findings). 0 checks inside every transaction. Default 250.
   */
  delay?: number;
  /** A shared map (e.g. `ydoc.getMap('factdesk-dismissals')`) that holds dismissals for everyone. */
  dismissals?: SharedMap<Dismissal>;
  /** Runs a write to `dismissals`; default: `dismissals.doc.transact(f, dismissalOrigin)` or `f()`. */
  transact?: (f: () => void) => void;
  /** The name recorded with a dismissal. */
  user?: string;
  /** Show the tooltip (default true). */
  tooltip?: boolean;
  /** Milliseconds the pointer rests on a finding before the tooltip shows (default 200). */
  hoverDelay?: number;
  /** Bind the default keys (Alt-F8 / Shift-Alt-F8, Mod-Alt-ArrowDown / Up); default true. */
  keys?: boolean;
  /**
   * In a draft of more than `above` top-level blocks (default 200), draw only the findings within
   * `margin` blocks (default 10) and `reach` positions (default 3,000) of the cursor and of the
   * part on screen, redrawn as the cursor moves and the page scrolls; so too in a draft with a
   * block longer than twice `reach`. The commands, the tooltip and the findings panel still see
   * every finding. ProseMirror looks up each paragraph's decorations on every update, and
   * redraws the decorations of the paragraph typed in, cutting its text at each of them: drawing
   * them all costs every keystroke time in proportion to the draft's length, or to the
   * paragraph's length times its findings. `false` draws all.
   */
  window?: false | { above?: number; margin?: number; reach?: number };
}
