// The ground everything stands on: the content script runs on a real site address, the
// worker answers typed messages, and the extension pages render without console errors.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, sendFromPage, type Session } from './harness.ts';

let s: Session;
before(async () => {
  s = await launch();
});
after(async () => s?.close());

const PAGE = `<!doctype html><html><body><main>
  <div class="compose-form"><textarea class="autosuggest-textarea__textarea" aria-label="What's on your mind?"></textarea>
  <div class="compose-form__publish"><button type="button">Post</button></div></div>
</main></body></html>`;

test('the content script runs on a page served at a real site address', async () => {
  s.serve({ 'https://mastodon.social/home': PAGE });
  const page = await s.open('https://mastodon.social/home');
  await page.click('textarea');
  await page.keyboard.type('Buy my course now, 50% off with code SAVE50, link in bio! Sign up today');
  const hint = page.locator('givefirst-hint');
  await hint.waitFor({ state: 'attached', timeout: 3000 });
  await page.waitForFunction(() => document.querySelector('givefirst-hint')?.getAttribute('data-flag') === 'true', null, { timeout: 3000 });
  assert.equal(await page.locator('textarea').inputValue(), 'Buy my course now, 50% off with code SAVE50, link in bio! Sign up today');
  await page.close();
});

test('the service worker answers a typed message', async () => {
  const page = await s.extensionPage('popup/index.html');
  const reply = (await sendFromPage(page, { kind: 'ping' })) as { ok: boolean; value: { version: string } };
  assert.equal(reply.ok, true);
  assert.match(reply.value.version, /^\d+\.\d+\.\d+$/);
  const unknown = (await sendFromPage(page, { kind: 'no-such-message' })) as { ok: boolean };
  assert.equal(unknown.ok, false);
  await page.close();
});

test('the popup and options pages render without console errors', async () => {
  for (const path of ['popup/index.html', 'options/index.html']) {
    const before = s.errors.length;
    const page = await s.extensionPage(path);
    await page.waitForFunction(() => (document.querySelector('#app')?.textContent ?? '').length > 0);
    await page.waitForTimeout(300);
    assert.deepEqual(s.errors.slice(before), [], `${path} logged errors`);
    await page.close();
  }
});
