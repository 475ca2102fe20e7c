// The popup in real Chromium: posts submitted on a fixture page change its numbers, a
// correction moves the balance, a delete removes a post (with undo), snippets holding HTML
// show as text, the site switch saves settings. (The README's screenshots: screenshots.ts.)
// The popup's sentences are built in Node too (to compare): read from the English catalogue.
import '../catalogue.ts';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launch, sendFromPage, stopWorker, type Session } from './harness.ts';
import { loadEntries, seedEntries } from './ledger-seed.ts';
import { weeklyBalance } from '../../src/core/balance.ts';
import { headline as headlineOf, streakPhrase } from '../../popup/words.ts';

// The post button sits well below the box: in a page this small the hint would cover it.
const MASTODON = `<!doctype html><html><head><style>
  textarea { width: 480px; height: 110px; } .compose-form__publish { margin-top: 260px; }
</style></head><body><main>
  <div class="compose-form"><textarea class="autosuggest-textarea__textarea" aria-label="What's on your mind?"></textarea>
  <div class="compose-form__publish"><button type="button">Post</button></div></div>
  <script>
    document.querySelector('.compose-form__publish button').addEventListener('click', () => {
      const box = document.querySelector('textarea');
      box.value = '';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
  </script>
</main></body></html>`;

const GIVING = [
  'Tip for anyone fighting CORS errors: the preflight OPTIONS request must return the same Access-Control-Allow-Origin header. Here is how to check it in the network tab.',
  'Thanks @anna for explaining how to profile slow SQL queries: run EXPLAIN ANALYZE first, then look for sequential scans on big tables.',
];
const PROMO = 'Buy my course now, 50% off with code SAVE50, link in bio! Sign up today';
const HTML_DRAFT = 'How do you escape <img src=x onerror="document.title=\'pwned\'"> and <script>alert(1)</script> in templates? I always forget.';

interface Reply<T> {
  ok: boolean;
  value: T;
}
type BalanceReply = { giving: number; promotional: number; credits: number; total: number };

let s: Session;
let site: Page;
before(async () => {
  s = await launch();
  s.serve({ 'https://mastodon.social/home': MASTODON });
});
after(async () => s?.close());

async function post(page: Page, text: string): Promise<void> {
  await page.click('textarea');
  await page.keyboard.type(text);
  await page.waitForTimeout(500); // the analysis runs after a pause in typing
  await page.click('.compose-form__publish button');
  await page.waitForFunction(() => (document.querySelector('textarea') as HTMLTextAreaElement).value === '');
}

async function balance(page: Page): Promise<BalanceReply> {
  return ((await sendFromPage(page, { kind: 'balance:get' })) as Reply<BalanceReply>).value;
}

async function headline(page: Page): Promise<string> {
  return (await page.getByTestId('headline').textContent())!.replace(/\s+/g, ' ').trim();
}

const expected = (b: BalanceReply) => new RegExp(`^Given ${b.giving} · Promoted ${b.promotional} · `);

test('an empty ledger shows what to do', async () => {
  const popup = await s.extensionPage('popup/index.html');
  await popup.getByTestId('empty').waitFor();
  assert.match((await popup.getByTestId('empty').textContent())!, /Nothing counted yet/);
  await popup.close();
});

test('posts submitted on a site change the popup’s numbers', async () => {
  site = await s.open('https://mastodon.social/home');
  for (const text of [...GIVING, PROMO, HTML_DRAFT]) await post(site, text);
  const popup = await s.extensionPage('popup/index.html');
  await popup.waitForFunction(async () => {
    const reply = (await (globalThis as any).chrome.runtime.sendMessage({ kind: 'entries:recent', limit: 10 })) as Reply<unknown[]>;
    return reply.value.length === 4;
  });
  await popup.reload();
  await popup.getByTestId('headline').waitFor();
  const b = await balance(popup);
  assert.equal(b.total, 4);
  assert.ok(b.promotional >= 1, 'the sales pitch counts as promotional');
  assert.match(await headline(popup), expected(b));
  assert.equal(await popup.getByTestId('entry').count(), 4);
  await popup.close();
});

test('snippets holding HTML are shown as text, never run', async () => {
  const popup = await s.extensionPage('popup/index.html');
  await popup.getByTestId('entries').waitFor();
  const snippet = popup.locator('.snippet', { hasText: 'How do you escape' });
  assert.match((await snippet.textContent())!, /<img src=x onerror=/);
  assert.equal(await popup.locator('.entries img, .entries script').count(), 0);
  assert.notEqual(await popup.title(), 'pwned');
  await popup.close();
});

test('“That was wrong” moves the balance, and the analysis gets the correction', async () => {
  const popup = await s.extensionPage('popup/index.html');
  await popup.getByTestId('entries').waitFor();
  const before = await balance(popup);
  const row = popup.locator('[data-testid="entry"][data-kind="promotional"]').first();
  await row.getByTestId('wrong').focus();
  await popup.keyboard.press('Enter'); // keyboard only
  await row.getByTestId('choose-giving').waitFor();
  // Focus moves into the choice once it has rendered.
  await popup.waitForFunction(() => document.activeElement?.textContent === 'Giving', null, { timeout: 2000 }).catch(() => undefined);
  assert.equal(await popup.evaluate(() => document.activeElement?.textContent), 'Giving');
  await popup.keyboard.press('Enter');
  const after = { ...before, giving: before.giving + 1, promotional: before.promotional - 1 };
  await popup.waitForFunction((re) => new RegExp(re).test((document.querySelector('[data-testid="headline"]')?.textContent ?? '').replace(/\s+/g, ' ')), expected(after).source);
  assert.deepEqual(
    { giving: (await balance(popup)).giving, promotional: (await balance(popup)).promotional },
    { giving: after.giving, promotional: after.promotional },
  );
  // The worker learned from the correction: the delta the analysis adds to its weights is no longer empty.
  const learned = (await sendFromPage(popup, { kind: 'delta:get' })) as Reply<number[][]>;
  assert.ok(learned.ok && learned.value.length > 0, JSON.stringify(learned).slice(0, 200));
  await popup.close();
});

test('Escape closes the correction choice and returns focus', async () => {
  const popup = await s.extensionPage('popup/index.html');
  const row = popup.getByTestId('entry').first();
  await row.getByTestId('wrong').click();
  // Escape works from inside the choice, where focus moves once it has rendered.
  await popup.waitForFunction(() => document.activeElement?.closest('.choose') !== null);
  await popup.keyboard.press('Escape');
  await row.getByTestId('wrong').waitFor();
  await popup.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.testid === 'wrong', null, { timeout: 2000 }).catch(() => undefined);
  assert.equal(await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid), 'wrong');
  await popup.close();
});

test('delete removes a post from the list and the balance; undo brings it back', async () => {
  const popup = await s.extensionPage('popup/index.html');
  await popup.getByTestId('entries').waitFor();
  const before = await balance(popup);
  await popup.getByTestId('entry').first().getByTestId('delete').click();
  await popup.getByTestId('undo').waitFor();
  await popup.waitForFunction(() => document.querySelectorAll('[data-testid="entry"]').length === 3);
  assert.equal((await balance(popup)).total, before.total - 1);
  await popup.getByTestId('undo').click();
  await popup.waitForFunction(() => document.querySelectorAll('[data-testid="entry"]').length === 4);
  assert.equal((await balance(popup)).total, before.total);
  await popup.getByTestId('entry').first().getByTestId('delete').click();
  await popup.waitForFunction(() => document.querySelectorAll('[data-testid="entry"]').length === 3);
  await popup.close();
});

test('the site switch turns GiveFirst off and on for the site in the active tab', async () => {
  const popup = await s.extensionPage('popup/index.html');
  await popup.getByTestId('site-none').waitFor(); // the popup's own tab is active: no content script
  // With the site's tab in front, the popup (reloaded behind it) asks that tab.
  await site.bringToFront();
  await popup.reload();
  const toggle = popup.getByTestId('site-switch');
  await toggle.waitFor();
  assert.match((await popup.getByTestId('site-row').textContent())!, /Mastodon/);
  assert.equal(await toggle.getAttribute('aria-checked'), 'true');
  await toggle.click();
  const stored = async () =>
    popup.evaluate(async () => ((await (globalThis as any).chrome.storage.sync.get('settings')).settings?.sites?.mastodon as boolean | undefined));
  await popup.waitForFunction(() => document.querySelector('[data-testid="site-switch"]')?.getAttribute('aria-checked') === 'false');
  for (let i = 0; i < 20 && (await stored()) !== false; i++) await popup.waitForTimeout(100);
  assert.equal(await stored(), false);
  await toggle.press('Space');
  for (let i = 0; i < 20 && (await stored()) !== true; i++) await popup.waitForTimeout(100);
  assert.equal(await stored(), true);
  await popup.close();
});

test('the popup opens with the worker stopped (as Chrome stops it when idle)', async () => {
  const page = await s.extensionPage('popup/index.html');
  await page.getByTestId('headline').waitFor();
  const expectedHeadline = await headline(page);
  const entries = await page.getByTestId('entry').count();
  await stopWorker(await s.context.newCDPSession(page));
  await page.close();
  const popup = await s.extensionPage('popup/index.html');
  await popup.getByTestId('headline').waitFor();
  assert.equal(await headline(popup), expectedHeadline);
  assert.equal(await popup.getByTestId('entry').count(), entries);
  assert.equal(await popup.getByTestId('problem').count(), 0);
  await popup.close();
});

test('three years of history: the popup shows the balance recomputed from every entry', async () => {
  const history = await launch();
  try {
    const page = await history.extensionPage('popup/index.html');
    const now = Date.now();
    // A giving post every day for the last 400 days, so the streak reaches far past the 12 weeks
    // the balance reads: the ledger's kept count of the older days must agree.
    const daily = seedEntries(400, now, 1).map((e, i) => ({ ...e, id: `daily-${i}`, kind: 'giving' as const, time: now - 60_000 - i * 86_400_000 }));
    const entries = [...seedEntries(12_000, now, 3 * 365), ...daily];
    await loadEntries(page, entries);
    const expected = weeklyBalance(entries, 3, now);
    assert.ok(expected.streak >= 400, `a long streak to check (${expected.streak})`);
    for (let open = 0; open < 2; open++) {
      await page.reload();
      await page.getByTestId('headline').waitFor();
      assert.equal(await headline(page), headlineOf(expected).join(' · '));
      assert.equal((await page.locator('.streak').textContent())?.trim(), streakPhrase(expected.streak));
    }
  } finally {
    await history.close();
  }
});

test('no console errors on the popup or the site', () => {
  assert.deepEqual(s.errors, []);
});
