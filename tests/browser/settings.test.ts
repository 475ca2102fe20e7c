// Settings have one writer, the background: the hint's "Off on this site", the popup and the
// options page each ask it for a change, and changes asked for at the same moment from different
// contexts all stay. Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launch, sendFromPage, waitUntil, type Session } from './harness.ts';
import type { Settings } from '../../src/core/settings.ts';

const MASTODON = 'https://mastodon.social/home';
const COMPOSE = `<!doctype html><html><body><main>
  <div class="compose-form"><textarea class="autosuggest-textarea__textarea" aria-label="What's on your mind?" rows="5" cols="60"></textarea>
  <div class="compose-form__publish"><button type="button">Post</button></div></div>
</main></body></html>`;
const PROMO = 'Buy my course now, 50% off with code SAVE50, link in bio! Sign up today';

let s: Session;
let options: Page;

before(async () => {
  s = await launch();
  s.serve({ [MASTODON]: COMPOSE });
  options = await s.extensionPage('options/index.html');
  await options.getByRole('heading', { level: 1 }).waitFor();
});
after(async () => s?.close());

const stored = (): Promise<Settings | undefined> =>
  options.evaluate(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings);

test('the hint\'s "Off on this site" switches the site off through the background, for every tab of it', async () => {
  const tab = await s.open(MASTODON);
  const other = await s.open(MASTODON);
  await tab.bringToFront();
  await tab.click('textarea');
  await tab.keyboard.type(PROMO);
  const off = tab.getByRole('button', { name: 'Stop GiveFirst on this site' });
  await off.click();
  await waitUntil(async () => (await stored())?.sites.mastodon === false, 'the stored switch for Mastodon to go off');
  // The options page, open all along, follows the change.
  await options.waitForFunction(() => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Mastodon');
    return label?.querySelector('input')?.checked === false;
  });
  await tab.waitForFunction(() => document.querySelector('givefirst-hint')?.hasAttribute('hidden') !== false);
  // The other tab of the site now tells the popup it is off there.
  await other.bringToFront();
  const popup = await s.extensionPage('popup/index.html');
  await other.bringToFront();
  await popup.reload();
  await popup.getByTestId('site-switch').waitFor();
  assert.equal(await popup.getByTestId('site-switch').getAttribute('aria-checked'), 'false');
  await Promise.all([popup.close(), tab.close(), other.close()]);
});

test('changes asked for at the same moment from three contexts all stay', async () => {
  const popup = await s.extensionPage('popup/index.html');
  const second = await s.extensionPage('options/index.html');
  const replies = (await Promise.all([
    sendFromPage(options, { kind: 'settings:patch', patch: { sensitivity: 80 } }),
    sendFromPage(popup, { kind: 'site:set', site: { site: 'x' }, on: false }),
    sendFromPage(second, { kind: 'settings:patch', patch: { own: { brands: ['Acme'] } } }),
    sendFromPage(popup, { kind: 'site:set', site: { site: 'mastodon' }, on: true }),
  ])) as { ok: boolean }[];
  assert.deepEqual(replies.map((r) => r.ok), [true, true, true, true]);
  const final = (await stored())!;
  assert.deepEqual([final.sensitivity, final.sites.x, final.sites.mastodon, final.own.brands], [80, false, true, ['Acme']]);
  await Promise.all([popup.close(), second.close()]);
});

test('no console errors', () => {
  assert.deepEqual(s.errors, []);
});
