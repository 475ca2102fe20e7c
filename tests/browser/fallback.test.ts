// Sites rename the attributes their adapters look for. With every data-testid stripped from
// the X fixture, the adapter no longer knows the composer, and GiveFirst falls back to the
// generic rules: a promotional draft is still flagged and its post still recorded as X's,
// while the direct-message box (Draft.js too, with a Send button) is still left alone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launch, sendFromPage, waitUntil, type Session } from './harness.ts';
import { fixtureRoutes, GIVING, PROMO } from './site-driver.ts';

let browser: Session;
let ledgerPage: Page;

before(async () => {
  browser = await launch();
  browser.serve(fixtureRoutes());
  ledgerPage = await browser.extensionPage('popup/index.html');
});
after(async () => {
  await browser?.close();
});

const TWEET = 'main [contenteditable="true"][role="textbox"]';
const DM = '[contenteditable="true"][aria-label="Start a new message"]';

/** X as it might look after a redesign: the same editors and buttons, none of the test ids. */
async function openRenamedX(): Promise<Page> {
  const page = await browser.open('https://x.com/home');
  await page.locator(TWEET).waitFor();
  await page.evaluate(() => {
    for (const node of document.querySelectorAll('[data-testid]')) node.removeAttribute('data-testid');
  });
  assert.equal(await page.locator('[data-testid]').count(), 0);
  return page;
}

const flaggedHints = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('givefirst-hint')].filter((h) => !h.hidden && h.dataset.flag === 'true').length);

type Recorded = { site: string; context: string; kind: string };

async function entries(): Promise<Recorded[]> {
  return ((await sendFromPage(ledgerPage, { kind: 'entries:recent', limit: 10_000 })) as { value: Recorded[] }).value;
}

/** Waits for the ledger to hold `count` entries; the newest first. */
async function ledgerOf(count: number, what: string): Promise<Recorded[]> {
  await waitUntil(async () => (await entries()).length >= count, what);
  return entries();
}

test('a renamed compose box still gets the hint; the renamed DM box is still left alone', async () => {
  const page = await openRenamedX();
  await page.click(TWEET);
  await page.keyboard.type(PROMO);
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('givefirst-hint')].some((h) => !h.hidden && h.dataset.flag === 'true'));
  assert.equal(await page.locator(`${TWEET} givefirst-hint`).count(), 0, 'the hint is never inside the editor');
  // Placement waits for the next frame; then the hint must leave the Post button free.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const covers = await page.evaluate(() => {
    const hint = document.querySelector('givefirst-hint')!.getBoundingClientRect();
    const post = [...document.querySelectorAll('main button')].find((b) => b.textContent === 'Post')!.getBoundingClientRect();
    return hint.left < post.right && post.left < hint.right && hint.top < post.bottom && post.top < hint.bottom;
  });
  assert.equal(covers, false, 'the hint covers the Post button');
  // A promotional DM, then the composer emptied: by the time the composer's hint goes (after
  // its pause), the DM's own pause is over too, and a DM taken for a compose box would have
  // a hint of its own.
  await page.click(DM);
  await page.keyboard.type(PROMO);
  await page.click(TWEET);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('givefirst-hint')!.hidden);
  assert.equal(await page.locator('givefirst-hint').count(), 1, 'the direct message got a hint');
  assert.equal(await flaggedHints(page), 0);
  await page.close();
});

test('posts from the renamed composer are recorded once each, as X; the direct message is not', async () => {
  const page = await openRenamedX();
  const start = (await entries()).length;
  await page.click(TWEET);
  await page.keyboard.type(GIVING);
  await page.getByRole('button', { name: 'Post' }).click();
  const [first] = await ledgerOf(start + 1, 'the post to be recorded');
  assert.equal(first?.site, 'x');
  assert.equal(first?.context, 'post');
  assert.notEqual(first?.kind, 'promotional');
  // Enter sends the DM. Had GiveFirst recorded it, it would be before the next post, which is
  // seen the same way (a button, then the site empties the box) and later.
  await page.click(DM);
  await page.keyboard.type(PROMO);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (window as unknown as { gfFixture: { postsBy: Record<string, string[]> } }).gfFixture.postsBy.dm?.length === 1);
  await page.click(TWEET);
  await page.keyboard.type(GIVING);
  await page.getByRole('button', { name: 'Post' }).click();
  const after = await ledgerOf(start + 2, 'the second post to be recorded');
  assert.equal(after.length, start + 2, 'one entry per post, none for the direct message');
  assert.equal(after.filter((e) => e.kind === 'promotional').length, 0, 'the direct message was recorded');
  // X's shortcut still posts from the fallback.
  await page.click(TWEET);
  await page.keyboard.type(GIVING);
  await page.keyboard.press('Control+Enter');
  assert.equal((await ledgerOf(start + 3, 'Ctrl+Enter to post')).length, start + 3);
  await page.close();
});

test('nothing left the browser', () => {
  assert.deepEqual(browser.blocked.map((r) => r.url()).filter((url) => !url.endsWith('/favicon.ico')), []);
  assert.deepEqual(browser.errors, []);
});
