// The ProseMirror plugin's costs, side by side with the plugin-free editor: a local keystroke and
// a remote y-prosemirror update on drafts of 2,000, 20,000 and 100,000 words with 1,000 and
// 100,000 facts, and the first full check of the 100,000-word draft. Figures only, no asserts.
import { spawnSync } from 'node:child_process';
import { fmt } from './draft';
import { type DraftFigures, median } from './plugin-draft';
import { printTable } from './table';

const sizes = [2_000, 20_000, 100_000];
const factCounts = [1_000, 100_000];
/**
 * The drafts of each size: as dense with errors as the example story (a figure tied to a fact in
 * every other sentence, 40% of them wrong: 1,750 errors in 100,000 words), and a draft nearer a
 * filed story's (1% of them wrong).
 */
const drafts = [
  { count: 1_000, wrong: 0.4 },
  { count: 100_000, wrong: 0.4 },
  { count: 1_000, wrong: 0.01 },
];

/**
 * How many fresh processes measure each draft. Which of two identical editors runs faster
 * varies from process to process by up to a third (heap layout, JIT state), far more than within
 * one: each figure is the median of the processes' figures, each ratio the median of their ratios.
 */
const pages = 3;

/** Runs `main` again with these arguments and returns the JSON its last line prints. */
function child<T>(args: string[]): T {
  const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1], ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`pnpm bench ${args.join(' ')} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as T;
}

/** What the plugin benchmark's run says of the goals: the highest ratios, the slowest first check. */
export interface PluginGoals {
  /** The highest keystroke ratio. */
  keystroke: number;
  /** The highest ratio of drawing alone. */
  drawing: number;
  /** How many draft sizes were measured. */
  sizes: number;
  /** The highest keystroke ratio in the 2,000-word drafts. */
  shortest: number;
  /** The highest keystroke ratio in the 100,000-word drafts. */
  longest: number;
  /** The highest remote update ratio. */
  remote: number;
  /** The slower median of the first full check of 100,000 words, ms. */
  firstCheck: number;
}

/**
 * Runs the plugin benchmarks, each draft in a process of its own, prints their tables, and
 * returns what they say of the goals.
 */
export async function run(): Promise<PluginGoals> {
  const words = sizes[sizes.length - 1];
  const firstCheck = factCounts.map((count) =>
    child<string[]>(['plugin-first', `${words}`, `${count}`]),
  );
  const rows: string[][] = [];
  const remoteRows: string[][] = [];
  const goals: PluginGoals = {
    keystroke: 0,
    drawing: 0,
    sizes: sizes.length,
    shortest: 0,
    longest: 0,
    remote: 0,
    firstCheck: Math.max(...firstCheck.map((r) => Number(r[3]))),
  };
  for (const words of sizes) {
    for (const { count, wrong } of drafts) {
      const runs: DraftFigures[] = [];
      for (let i = 0; i < pages; i++)
        runs.push(child<DraftFigures>(['plugin-draft', `${words}`, `${count}`, `${wrong}`]));
      const draft = [fmt(words), fmt(count), `${wrong * 100}%`];
      const k = (f: (r: DraftFigures['keystroke']) => number) =>
        median(runs.map((r) => f(r.keystroke))).toFixed(0);
      const kr = (f: (r: DraftFigures['keystroke']) => number) =>
        median(runs.map((r) => f(r.keystroke))).toFixed(2);
      const ratio = Number(kr((r) => r.plugin / r.bare));
      goals.keystroke = Math.max(goals.keystroke, ratio);
      goals.drawing = Math.max(goals.drawing, Number(kr((r) => r.drawing / r.bare)));
      if (words === sizes[0]) goals.shortest = Math.max(goals.shortest, ratio);
      if (words === sizes[sizes.length - 1]) goals.longest = Math.max(goals.longest, ratio);
      goals.remote = Math.max(
        goals.remote,
        Number(median(runs.map((r) => r.update.plugin / r.update.bare)).toFixed(2)),
      );
      rows.push([
        ...draft,
        k((r) => r.bare),
        k((r) => r.plugin),
        kr((r) => r.plugin / r.bare),
        k((r) => r.sync),
        kr((r) => r.sync / r.bare),
        k((r) => r.every),
        kr((r) => r.every / r.bare),
        k((r) => r.drawing),
        kr((r) => r.drawing / r.bare),
        k((r) => r.yBare),
        k((r) => r.yPlugin),
        kr((r) => r.yPlugin / r.yBare),
        median(runs.map((r) => r.check)).toFixed(0),
      ]);
      const u = (f: (r: DraftFigures['update']) => number, digits: number) =>
        median(runs.map((r) => f(r.update))).toFixed(digits);
      remoteRows.push([
        ...draft,
        u((r) => r.bare, 0),
        u((r) => r.plugin, 0),
        u((r) => r.plugin / r.bare, 2),
        u((r) => r.sync, 0),
        u((r) => r.sync / r.bare, 2),
      ]);
    }
  }
  printTable(
    "plugin in jsdom: a keystroke's script (its transaction and view update), µs (median of 1,000 each, median of 3 processes)",
    [
      'words',
      'facts',
      'wrong',
      'bare',
      '+plugin',
      'ratio',
      '+plugin, delay 0',
      'ratio',
      'all drawn',
      'ratio',
      'drawing alone',
      'ratio',
      'ySync',
      '+plugin',
      'ratio',
      'check after a pause',
    ],
    rows,
  );
  console.log(
    'wrong: the share of tied figures that disagree with their fact.\n' +
      'A keystroke here is dispatched as a transaction: no input handling, style or layout (see the\n' +
      'Chromium table for those), and jsdom stands in for the DOM.\n' +
      'bare: ProseMirror alone; ySync: bound to a Y.Doc as in the newsroom editor. +plugin: as shipped,\n' +
      're-checking the edited blocks 250 ms after the first edit of a burst (that check, timed alone,\n' +
      'is the last column); delay 0: re-checking inside every keystroke; all drawn: `window: false`,\n' +
      'drawing every finding of a long draft (20,000 and 100,000 words) instead of those near the cursor.\n' +
      'drawing alone: ProseMirror drawing the findings the plugin draws and mapping them through each\n' +
      "keystroke, with none of the plugin's work (a fixed set): the cost of the inline decorations themselves.",
  );
  printTable(
    'plugin: remote y-prosemirror update, µs (median of 500, median of 3 processes; goal: ratio ≤ 1.5)',
    ['words', 'facts', 'wrong', 'ySync', 'ySync+plugin', 'ratio', 'delay 0', 'ratio'],
    remoteRows,
  );
  printTable(
    'plugin: first full check, ms (9 runs; goal < 150 ms)',
    ['words', 'facts', 'paragraphs', 'median', 'best', 'checker alone (median)', 'first run'],
    firstCheck,
  );
  return goals;
}
