import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, storyText, typeAtEnd, until } from '../src/browser';
import { type Suite, startSuite } from '../src/suite';

/** Pastes `text` into the page's editor as the browser's clipboard would. */
function paste(page: Page, text: string) {
  return page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true });
    document.querySelector('.ProseMirror')!.dispatchEvent(event);
  }, text);
}

describe('a change too large for the server', () => {
  let suite: Suite;
  beforeAll(async () => {
    // A small limit, so a paste of a few pages goes over it.
    suite = await startSuite({ env: { MAX_MESSAGE_BYTES: '20000' } });
  });
  afterAll(() => suite?.close());

  it('refuses a paste the server would refuse, says why, and takes a smaller one', async () => {
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', 'too-large-paste');
    await typeAtEnd(ana.page, 'Filed first.');
    await ana.page.locator('.ProseMirror').focus();
    await paste(ana.page, 'Pasted wire copy. '.repeat(2_300));
    expect(await storyText(ana.page)).not.toContain('Pasted wire copy.');
    const notice = ana.page.locator('.status__notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/^Not pasted: about 41 KB, .* \(20 KB\)/);
    expect(await ana.page.locator('.status__news').textContent()).toMatch(/^Not pasted/);
    await paste(ana.page, 'A short quote from the wire.');
    expect(await storyText(ana.page)).toContain('A short quote from the wire.');
    await until(
      'the paste to be saved',
      () => ana.page.locator('.status__sync').textContent(),
      (t) => t === 'All changes saved',
    );
    expect(await ana.page.locator('.status__link').textContent()).toBe('Connected');
    // Typing and saving after the notice reads out nothing more (no "Connected again").
    expect(await ana.page.locator('.status__news').textContent()).toMatch(/^Not pasted/);
  });

  it('counts the edits not yet saved: offline, pastes that would add up past the limit are refused', async () => {
    const story = 'too-large-offline';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    await typeAtEnd(ana.page, 'Filed first.');
    const sync = ana.page.locator('.status__sync');
    await until(
      'Ana’s edit to be saved',
      () => sync.textContent(),
      (t) => t === 'All changes saved',
    );
    await ana.page.locator('.ProseMirror').focus();

    await ana.page.evaluate(() => window.factdesk.provider.disconnect());
    await until(
      'Ana’s editor to be offline',
      () => ana.page.locator('[data-factdesk-status]').getAttribute('data-connection'),
      (c) => c !== 'connected',
    );
    // Each about 12.3 KB, under three quarters of the 20 KB limit; together well over it.
    await paste(ana.page, 'Offline copy one. '.repeat(700));
    expect(await storyText(ana.page)).toContain('Offline copy one.');
    await paste(ana.page, 'Offline copy two. '.repeat(700));
    expect(await storyText(ana.page)).not.toContain('Offline copy two.');
    expect(await ana.page.locator('.status__notice').textContent()).toMatch(
      /^Not pasted: about 13 KB, and 1[2-4] KB of edits are not saved yet; the server takes 20 KB/,
    );

    // Back online, the first paste is saved (its message is within the limit) and reaches a
    // colleague; then the second is taken.
    await ana.page.evaluate(() => window.factdesk.provider.connect());
    await until(
      'the offline paste to be saved',
      () => sync.textContent(),
      (t) => t === 'All changes saved',
    );
    const ben = await openEditor(suite.browser, suite.server.url, 'Ben', story);
    expect(await storyText(ben.page)).toContain('Offline copy one.');
    await paste(ana.page, 'Offline copy two. '.repeat(700));
    expect(await storyText(ana.page)).toContain('Offline copy two.');
    await until(
      'Ben to get the second paste',
      () => storyText(ben.page),
      (t) => t.includes('Offline copy two.'),
    );
  });

  it('tells its writer it is not saved and what to do, and the others go on', async () => {
    const story = 'too-large';
    const ana = await openEditor(suite.browser, suite.server.url, 'Ana', story);
    const ben = await openEditor(suite.browser, suite.server.url, 'Ben', story);
    const status = ana.page.locator('.status__link');
    await typeAtEnd(ana.page, 'Filed first.');
    // A paste of 40,000 characters, as one transaction.
    await ana.page.evaluate(() => {
      const { view } = window.factdesk;
      const text = 'Pasted wire copy. '.repeat(2_300);
      view.dispatch(view.state.tr.insertText(text, view.state.doc.content.size - 1));
    });
    await until(
      'Ana to be told the change is too large',
      () => status.textContent(),
      (t) => /larger than the server takes/.test(t ?? ''),
    );
    expect(await ana.page.locator('.status__news').textContent()).toMatch(
      /larger than the server takes/,
    );

    // The others go on: the server still takes their edits.
    await typeAtEnd(ben.page, ' Ben goes on.');
    const cy = await openEditor(suite.browser, suite.server.url, 'Cy', story);
    await until(
      'Cy to get Ben’s edit',
      () => storyText(cy.page),
      (t) => t.includes('Ben goes on.'),
    );
    expect(await storyText(cy.page)).not.toContain('Pasted wire copy.');
    expect(await storyText(ana.page)).toContain('Pasted wire copy.');
  });
});
