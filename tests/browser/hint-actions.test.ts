// The hint's three buttons act on the spot: "Dismiss" hides it for the rest of this draft,
// "Off on this site" hides it and switches the site off (storage, the popup's switch and every
// box agree), "Options" opens the options page. None of them takes focus from the editor.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness.ts';
import { fixtureRoutes, PROMO, waitForFlag } from './site-driver.ts';

let browser: Session;

before(async () => {
  browser = await launch();
  browser.serve(fixtureRoutes());
});
after(async () => {
  await browser?.close();
});

const BOX = '[data-testid="tweetTextarea_0"]';
/** The card's buttons in order: dismiss, off on this site, options. */
const button = (n: number) => `givefirst-hint .actions button:nth-child(${n})`;

async function flaggedDraft(): Promise<Page> {
  const page = await browser.open('https://x.com/home');
  await page.click(BOX);
  await page.keyboard.type(PROMO);
  assert.ok(await waitForFlag(page), 'a promotional draft is flagged');
  return page;
}

const hintShown = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('givefirst-hint')].some((h) => !h.hidden));
const focusInBox = (page: Page) => page.evaluate((box) => document.activeElement === document.querySelector(box), BOX);

/** The hint's verdict attributes change with every analysis, shown or not. */
const hintKind = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('givefirst-hint')?.dataset.kind ?? null);

test('Dismiss hides the hint for the rest of this draft and leaves focus in the editor', async () => {
  const page = await flaggedDraft();
  await page.click(button(1));
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('givefirst-hint')].every((h) => h.hidden));
  assert.equal(await focusInBox(page), true);
  assert.equal(await hintKind(page), 'neutral');
  // More of the same draft is analysed again (its verdict is on the hint) but not shown.
  await page.keyboard.type(' Sign up today!');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('givefirst-hint')?.dataset.kind === 'promotional');
  assert.equal(await hintShown(page), false);
  await page.close();
});

test('Off on this site hides the hint and switches X off everywhere', async () => {
  const page = await flaggedDraft();
  await page.click(button(2));
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('givefirst-hint')].every((h) => h.hidden));
  assert.equal(await focusInBox(page), true);
  const popup = await browser.extensionPage('popup/index.html');
  await popup.waitForFunction(async () => {
    const { settings } = await (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<{ settings?: { sites?: Record<string, boolean> } }> } } } }).chrome.storage.sync.get('settings');
    return settings?.sites?.x === false;
  });
  // A new page of X: a promotional draft gets no hint.
  const again = await browser.open('https://x.com/home');
  await again.click(BOX);
  await again.keyboard.type(PROMO);
  assert.equal(await waitForFlag(again), null);
  assert.equal(await hintShown(page), false);
  await Promise.all([again.close(), page.close(), popup.close()]);
});

test('Options opens the options page', async () => {
  // X was switched off by the test before; this one runs on Mastodon.
  const page = await browser.open('https://mastodon.social/home');
  await page.click('.compose-form textarea');
  await page.keyboard.type(PROMO);
  assert.ok(await waitForFlag(page));
  const opened = browser.context.waitForEvent('page', (p) => p.url().endsWith('/options/index.html'));
  await page.click(button(3));
  const options = await opened;
  assert.match(options.url(), /^chrome-extension:\/\/[a-z]+\/options\/index\.html$/);
  await Promise.all([options.close(), page.close()]);
});
