import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Where the system Chromium is: `CHROMIUM_PATH`, else the usual Debian and Chrome paths. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(`no Chromium found; set CHROMIUM_PATH (looked in ${candidates.join(', ')})`);
  }
  return found;
}

/** Launches the system Chromium headless, with a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page of one person, with the errors its scripts raised and the dialogs it opened. */
export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors, for assertions. */
  errors: string[];
  /** Dialogs (alert, confirm, prompt) the page opened; each is dismissed. */
  dialogs: string[];
}

/** Opens a new browser context (its own storage: another person) on `path` of the server. */
export async function person(
  browser: Browser,
  url: string,
  name: string,
  path = '/',
): Promise<Person> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  await page.goto(`${url}${path}`);
  return { name, context, page, errors, dialogs };
}

/** Signs in through the page's form. */
export async function signIn(page: Page, name: string, role: 'reporter' | 'desk' | 'viewer') {
  await page.locator('#signin-name').fill(name);
  await page.locator('#signin-role').selectOption(role);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Query string of the editor for a story (and its date, for relative dates). */
export function storyPath(story: string, date = '2018-07-22'): string {
  return `/?story=${encodeURIComponent(story)}&date=${date}`;
}

/**
 * Opens the editor as `name` (reporter unless said otherwise) on `story`, signs in, and waits
 * until the story is synced with the server and the fact link is up.
 */
export async function openEditor(
  browser: Browser,
  url: string,
  name: string,
  story: string,
  role: 'reporter' | 'desk' | 'viewer' = 'reporter',
): Promise<Person> {
  const p = await person(browser, url, name, storyPath(story));
  await signIn(p.page, name, role);
  await waitSynced(p.page);
  return p;
}

/** Waits until the editor's provider is synced and the fact source is live. */
export async function waitSynced(page: Page, timeout = 20_000) {
  await page.waitForFunction(
    () => {
      const f = window.factdesk;
      return !!f?.provider?.isSynced && f.source?.state === 'live';
    },
    undefined,
    { timeout },
  );
}

/** An inline finding as the page shows it. */
export interface ShownFinding {
  id: string;
  kind: string;
  severity: string;
  text: string;
}

/** The inline findings of the editor (contract hooks: `.factdesk-finding`, data attributes). */
export function inlineFindings(page: Page): Promise<ShownFinding[]> {
  return page.$$eval('.ProseMirror .factdesk-finding', (els) => {
    const byId = new Map<string, { id: string; kind: string; severity: string; text: string }>();
    for (const el of els as HTMLElement[]) {
      const id = el.dataset.findingId ?? '';
      const severity = /factdesk-finding--(\w+)/.exec(el.className)?.[1] ?? '';
      const prev = byId.get(id);
      if (prev) prev.text += el.textContent ?? '';
      else
        byId.set(id, {
          id,
          kind: el.dataset.findingKind ?? '',
          severity,
          text: el.textContent ?? '',
        });
    }
    return [...byId.values()];
  });
}

/** The ids of the findings panel's rows. */
export function panelRows(page: Page): Promise<string[]> {
  return page.$$eval('[data-factdesk-panel] [data-finding-id]', (els) =>
    (els as HTMLElement[]).map((e) => e.dataset.findingId ?? ''),
  );
}

/** Moves the cursor to the end of the story and types `text` like a person. */
export async function typeAtEnd(page: Page, text: string) {
  await page.locator('.ProseMirror').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 5 });
}

/** The story's text as the editor holds it. */
export function storyText(page: Page): Promise<string> {
  return page.evaluate(() => window.factdesk.view.state.doc.textContent as string);
}

/** Waits until `predicate` (run in Node) holds, polling; fails with `what` after `timeout` ms. */
export async function until<T>(
  what: string,
  probe: () => Promise<T>,
  predicate: (value: T) => boolean,
  timeout = 15_000,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: T = await probe();
  while (!predicate(last)) {
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await probe();
  }
  return last;
}

/** Selects the first occurrence of `text` in the story (within one text node). */
export async function selectText(page: Page, text: string) {
  const found = await page.evaluate((wanted) => {
    const { view, lib } = window.factdesk;
    let at = -1;
    view.state.doc.descendants((node: { isText: boolean; text?: string }, pos: number) => {
      if (at >= 0 || !node.isText) return;
      const i = node.text!.indexOf(wanted);
      if (i >= 0) at = pos + i;
    });
    if (at < 0) return false;
    const sel = lib.TextSelection.create(view.state.doc, at, at + wanted.length);
    view.dispatch(view.state.tr.setSelection(sel));
    view.focus();
    return true;
  }, text);
  if (!found) throw new Error(`"${text}" is not in the story`);
}
