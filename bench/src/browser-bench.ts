// The plugin's cost as a typist meets it: real keystrokes in Chromium, each timed in the page
// from its `keydown` to the end of the layout it causes, with and without the plugin, on the
// drafts of the plugin benchmark. Figures only, no asserts.
import { readFileSync } from 'node:fs';
import { chromiumPath, launchBrowser } from '@factdesk/e2e/browser';
import type { Browser, Page } from 'playwright-core';
import { fmt, random, shuffled } from './draft';
import { median } from './plugin-draft';
import { printTable } from './table';

const sizes = [2_000, 20_000, 100_000];
/** The drafts of each size, as in the plugin benchmark (see `plugin-bench.ts`). */
const drafts = [
  { count: 1_000, wrong: 0.4 },
  { count: 100_000, wrong: 0.4 },
  { count: 1_000, wrong: 0.01 },
];
/** "report " typed and deleted again; a turn types it four times and leaves the draft as it was. */
const word = [...'report ', ...Array<string>(7).fill('Backspace')];
const keysPerTurn = word.length * 4;
/** The first keystrokes of each turn, left out: they follow the other editor's turn. */
const settle = 6;
const warmRounds = 3;
const rounds = 8;
/**
 * Pages each pair of editors is measured in. Identical editors read up to 15% apart in one page
 * (what runs beside them on two cores differs from turn to turn): a figure is the median of the
 * pages' figures, a ratio the median of their ratios.
 */
const pages = 3;
/** Fresh pages the first full check of 100,000 words is timed in, and its runs in each. */
const firstPages = 5;
const firstRuns = 5;
/** The address the page is served at, by the benchmark itself (no server). */
const origin = 'http://localhost/bench';

/** The browser, and the page every editor opens in: its HTML and its script. */
interface Setup {
  browser: Browser;
  html: string;
  script: string;
}

/** A draft of the benchmark. */
interface Draft {
  words: number;
  count: number;
  wrong: number;
}

/** A page (served cross-origin isolated, as only then does its clock read to 5 µs, else 100). */
async function open({ browser, html, script }: Setup) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
  const page = await context.newPage();
  await page.route(origin, (route) =>
    route.fulfill({
      body: html,
      headers: {
        'content-type': 'text/html',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      },
    }),
  );
  await page.goto(origin);
  if (!(await page.evaluate(() => crossOriginIsolated)))
    throw new Error('the benchmark page is not cross-origin isolated');
  await page.addScriptTag({ content: script });
  return { context, page };
}

/** Types one turn at the `k`th spot of editor `i`'s draft; returns each keystroke's µs. */
async function typeTurn(page: Page, i: number, k: number): Promise<number[]> {
  await page.evaluate(([i, k]) => window.bench.cursor(i, k), [i, k] as const);
  for (let n = 0; n < 4; n++) for (const key of word) await page.keyboard.press(key);
  const times = await page.evaluate((i) => window.bench.take(i), i);
  if (times.length !== keysPerTurn)
    throw new Error(`${times.length} of ${keysPerTurn} keystrokes reached the editor`);
  return times;
}

/**
 * The mean of the middle 80%: typing a character and deleting one take different paths through
 * the browser, and a median of the two kinds jumps between them from run to run.
 */
function trimmedMean(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const cut = Math.floor(s.length / 10);
  const mid = s.slice(cut, s.length - cut);
  return mid.reduce((a, b) => a + b, 0) / mid.length;
}

/**
 * Two editors on one draft, with the plugin or not as `plugins` says, each twice in one page
 * (first and last, or second and third: where an editor sits in the page shifts its figures), typing
 * turn about in a new order each round; returns each one's keystroke, µs. One page, so all run
 * in the same renderer process: two processes differ by up to a tenth.
 */
async function inPage(
  setup: Setup,
  draft: Draft,
  plugins: [boolean, boolean],
  seed: number,
): Promise<[number, number]> {
  const { words, count, wrong } = draft;
  const { context, page } = await open(setup);
  // The places swap from page to page, so neither editor always has the same two.
  const which = seed % 2 ? ([1, 0, 0, 1] as const) : ([0, 1, 1, 0] as const);
  try {
    for (const k of which)
      await page.evaluate((args) => window.bench.mount(...args), [
        words,
        count,
        wrong,
        plugins[k],
      ] as const);
    const times: [number[], number[]] = [[], []];
    const rnd = random(seed);
    for (let round = 0; round < rounds; round++) {
      for (const i of shuffled([0, 1, 2, 3], rnd)) {
        const t = await typeTurn(page, i, round % 5);
        if (round >= warmRounds) times[which[i]].push(...t.slice(settle));
      }
    }
    const texts = await page.evaluate(() => [0, 1, 2, 3].map((i) => window.bench.text(i)));
    if (new Set(texts).size !== 1) throw new Error('the editors typed different text');
    return [trimmedMean(times[0]), trimmedMean(times[1])];
  } finally {
    await context.close();
  }
}

/** The pair measured in `pages` pages: the median figures and the median of their ratios. */
async function pair(
  setup: Setup,
  draft: Draft,
  plugins: [boolean, boolean],
): Promise<{ a: number; b: number; ratio: number }> {
  const runs: [number, number][] = [];
  for (let i = 0; i < pages; i++)
    runs.push(await inPage(setup, draft, plugins, draft.words + draft.count + i));
  return {
    a: median(runs.map((r) => r[0])),
    b: median(runs.map((r) => r[1])),
    ratio: median(runs.map((r) => r[1] / r[0])),
  };
}

/** What the browser benchmark's run says of the keystroke goal: its highest ratios. */
export interface BrowserGoals {
  /** The highest keystroke ratio. */
  keystroke: number;
  /** How many draft sizes were measured. */
  sizes: number;
  /** The highest ratio in the shortest drafts measured. */
  shortest: number;
  /** The highest ratio in the longest drafts measured. */
  longest: number;
  /** Plugin-free editors on both sides. */
  same: number;
  /** The slower median of the first full check of 100,000 words in a fresh page, ms. */
  firstCheck: number;
}

/**
 * The first full check of the draft of `words` words tied to `count` facts, `firstRuns` times
 * in each of `firstPages` fresh pages: the first run of a page is what a newsroom user meets on
 * opening a story, before the JIT has seen the checker. Returns the figures of the table's row
 * and the median first run.
 */
async function firstChecks(
  setup: Setup,
  words: number,
  count: number,
): Promise<{ row: string[]; first: number }> {
  const first: number[] = [];
  const later: number[] = [];
  for (let i = 0; i < firstPages; i++) {
    const { context, page } = await open(setup);
    try {
      const runs = await page.evaluate(([w, c, n]) => window.bench.firstCheck(w, c, n), [
        words,
        count,
        firstRuns,
      ] as const);
      first.push(runs[0]);
      later.push(...runs.slice(1));
    } finally {
      await context.close();
    }
  }
  const row = [
    fmt(words),
    fmt(count),
    median(first).toFixed(1),
    Math.min(...first).toFixed(1),
    median(later).toFixed(1),
  ];
  return { row, first: median(first) };
}

/**
 * Runs the browser benchmark (on the drafts of `only` words, if given; only the first full
 * checks with `firstOnly`), prints its tables, and returns what it says of the goals; says so
 * and returns null without Chromium.
 */
export async function run(
  script: string,
  css: string,
  only?: number,
  firstOnly = false,
): Promise<BrowserGoals | null> {
  try {
    chromiumPath();
  } catch (error) {
    console.log(`\nplugin in Chromium: skipped (${(error as Error).message})`);
    return null;
  }
  // Four editors in two columns, as wide and in the type of the newsroom editor, each scrolling
  // and laid out on its own: what one types never moves another.
  const layout =
    'body { display: grid; grid-template-columns: 42rem 42rem; gap: 16px; margin: 8px }' +
    'body > div { height: 410px; overflow: auto; contain: strict }' +
    '.ProseMirror { font: 1.1rem / 1.65 Georgia, serif; outline: none }';
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}\n${layout}</style></head><body></body></html>`;
  const browser = await launchBrowser();
  const setup = { browser, html, script };
  const rows: string[][] = [];
  const row = (label: string[], { a, b, ratio }: { a: number; b: number; ratio: number }) =>
    rows.push([...label, a.toFixed(0), b.toFixed(0), ratio.toFixed(2)]);
  const measured = firstOnly ? [] : only ? [only] : sizes;
  const goals: BrowserGoals = {
    keystroke: 0,
    sizes: measured.length,
    shortest: 0,
    longest: 0,
    same: 0,
    firstCheck: 0,
  };
  const firstRows: string[][] = [];
  try {
    // The goal is the longest draft's; the shorter ones show what opening a story of a usual
    // length costs in a fresh page.
    for (const words of only && only !== 100_000 ? [] : [2_000, 20_000, 100_000])
      for (const { count } of drafts.slice(0, 2)) {
        const { row, first } = await firstChecks(setup, words, count);
        firstRows.push(row);
        if (words === 100_000) goals.firstCheck = Math.max(goals.firstCheck, first);
      }
    for (const words of measured) {
      for (const { count, wrong } of drafts) {
        const figures = await pair(setup, { words, count, wrong }, [false, true]);
        row([fmt(words), fmt(count), `${wrong * 100}%`], figures);
        const ratio = Number(figures.ratio.toFixed(2));
        goals.keystroke = Math.max(goals.keystroke, ratio);
        if (words === measured[0]) goals.shortest = Math.max(goals.shortest, ratio);
        if (words === measured[measured.length - 1]) goals.longest = Math.max(goals.longest, ratio);
      }
    }
    if (measured.length) {
      // Plugin-free editors against each other: how far apart identical editors read.
      const same = await pair(setup, { ...drafts[0], words: 2_000 }, [false, false]);
      row(['2,000', fmt(drafts[0].count), 'bare twice'], same);
      goals.same = Number(same.ratio.toFixed(2));
    }
  } finally {
    await browser.close();
  }
  const n = 2 * (rounds - warmRounds) * (keysPerTurn - settle);
  if (rows.length) {
    printTable(
      `plugin in Chromium: a real keystroke, keydown to layout, µs (mean of the middle 80% of ${n}, median of ${pages} pages; goal: ratio ≤ 1.25)`,
      ['words', 'facts', 'wrong', 'bare', '+plugin', 'ratio'],
      rows,
    );
    console.log(
      'A keystroke here is a key pressed through the browser (Chromium, headless): the browser edits\n' +
        'the page, ProseMirror reads the change, the plugin and the view update, and the browser lays\n' +
        'the page out again. Painting is not included. Each editor types in two of four places in one\n' +
        'page, turn about, in five paragraphs spread through the draft. "bare twice": plugin-free\n' +
        'editors on both sides, the spread of the measure.',
    );
  }
  if (firstRows.length) {
    printTable(
      `plugin in Chromium: first full check, ms (${firstPages} fresh pages, ${firstRuns} runs each; goal < 150 ms for 100,000 words)`,
      ['words', 'facts', 'first run in a page (median)', 'best first run', 'later runs (median)'],
      firstRows,
    );
    console.log(
      'The state with the plugin created from a document built beforehand, in a fresh page: its\n' +
        'first run is what opening a story costs, before the JIT has seen the checker.',
    );
  }
  return goals;
}

/** The page script and the stylesheets (ProseMirror's and the plugin's), as `bundle.ts` wrote them. */
export function pageFiles(dir: URL): { script: string; css: string } {
  return {
    script: readFileSync(new URL('page.js', dir), 'utf8'),
    css: readFileSync(new URL('style.css', dir), 'utf8'),
  };
}
