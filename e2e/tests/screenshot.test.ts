import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineFindings, launchBrowser, openEditor, until } from '../src/browser';
import { repoRoot, type ServerProcess, startServer } from '../src/server';

const example = join(repoRoot, 'examples/white-helmets');
const seeded = existsSync(join(example, 'facts.json')) && existsSync(join(example, 'draft.md'));

/** The error findings the CLI reports for the example draft, as `kind:factId`. */
function cliErrors(): string[] {
  const args = [
    'check',
    'examples/white-helmets/draft.md',
    '--facts',
    'examples/white-helmets/facts.json',
  ];
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'packages/cli/src/main.ts', ...args, '--date', '2018-07-22', '--json'],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  // Exit status 1 means "found errors"; the JSON is on stdout either way.
  const { findings } = JSON.parse(run.stdout) as {
    findings: { kind: string; severity: string; factId?: string }[];
  };
  return findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.kind}:${f.factId ?? 'none'}`)
    .sort();
}

/** The error findings an editor shows, as `kind:factId` (the first two parts of their ids). */
function shownErrors(list: { id: string; severity: string }[]): string[] {
  return list
    .filter((f) => f.severity === 'error')
    .map((f) => f.id.split(':').slice(0, 2).join(':'))
    .sort();
}

describe('the demo newsroom', () => {
  let server: ServerProcess;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    if (!seeded) return;
    // Seeded from examples/white-helmets, as `pnpm start` runs it.
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it.skipIf(!seeded)(
    'opens the example story with its planted errors flagged (docs/editor.png)',
    async () => {
      // The browser flags the draft's planted errors as the CLI does, from facts fetched by term.
      const expected = cliErrors();
      expect(expected.length).toBeGreaterThan(0);
      const ana = await openEditor(browser, server.url, 'Ana', 'white-helmets');
      const ben = await openEditor(browser, server.url, 'Ben', 'white-helmets');
      const findings = await until(
        'the planted errors, as the CLI finds them',
        () => inlineFindings(ana.page),
        (l) => shownErrors(l).join() === expected.join(),
      );
      // Facts still arriving turn unsourced figures into confirmed ones: read the panel and the
      // draft in one go, once both have settled.
      const listed = await until(
        'the panel listing every finding of the draft',
        () =>
          ana.page.evaluate(() => ({
            inline: new Set(
              [...document.querySelectorAll<HTMLElement>('.ProseMirror .factdesk-finding')].map(
                (el) => el.dataset.findingId,
              ),
            ).size,
            panel: document.querySelectorAll('[data-factdesk-panel] [data-finding-id]').length,
          })),
        (c) => c.inline === c.panel,
      );
      expect(listed.panel).toBeGreaterThanOrEqual(expected.length);

      // Ben's cursor in the text, and Ana's tooltip open on the first error, for the picture.
      await ben.page.locator('.ProseMirror p').nth(1).click();
      const first = findings.find((f) => f.severity === 'error')!;
      await ana.page.locator(`[data-factdesk-panel] [data-finding-id="${first.id}"]`).click();
      await ana.page.locator('.factdesk-tooltip').waitFor({ state: 'visible' });
      await until(
        'Ben’s cursor',
        () => ana.page.locator('.ProseMirror-yjs-cursor').count(),
        (n) => n > 0,
      );

      const out = join(repoRoot, 'e2e/artifacts');
      mkdirSync(out, { recursive: true });
      await ana.page.screenshot({ path: join(out, 'editor.png') });
      // The README's picture is refreshed only on request: FACTDESK_UPDATE_SCREENSHOT=1.
      if (process.env.FACTDESK_UPDATE_SCREENSHOT === '1') {
        mkdirSync(join(repoRoot, 'docs'), { recursive: true });
        copyFileSync(join(out, 'editor.png'), join(repoRoot, 'docs/editor.png'));
      }
      expect([...ana.errors, ...ben.errors]).toEqual([]);
    },
  );
});
