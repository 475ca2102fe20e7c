// Firefox's own checks, beside the shared ones in sites.test.ts: with dist/firefox installed as
// a temporary add-on, a post made on a site shows in the popup's recent posts and balance, the
// popup and the options page render with no error and can be used by keyboard, and no request
// leaves Firefox. The background here is an event page (background.scripts), not Chrome's
// service worker; posts reach it as messages either way.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURES } from '../fixtures/pages.ts';
import { waitUntil } from './harness.ts';
import { browsers, sendFromPage, type Driver, type Tab } from './driver.ts';
import { launchFirefox } from './firefox.ts';
import { fixtureRoutes, GIVING, typeDraft } from './site-driver.ts';

const MASTODON = FIXTURES.find((f) => f.name === 'mastodon')!;
const BOX = MASTODON.boxes[0]!;
const skip = !browsers().includes('firefox');

let ff: Driver;

before(async () => {
  if (skip) return;
  ff = await launchFirefox();
  ff.serve(fixtureRoutes());
});
after(async () => {
  await ff?.close();
});

/** Whose element has focus, as a short description. */
const focused = (tab: Tab) => tab.evaluate(() => {
  const el = document.activeElement;
  return el && el !== document.body ? `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}` : null;
});

test('a post made on a site shows in the popup: recent posts and the balance', { skip }, async () => {
  const site = await ff.open(MASTODON.url);
  await typeDraft(site, site, BOX, MASTODON.details[BOX]!, GIVING);
  await site.click(MASTODON.details[BOX]!.submit!);
  const popup = await ff.extensionPage('popup/index.html');
  await waitUntil(async () => ((await sendFromPage(popup, { kind: 'entries:recent', limit: 5 })) as { value: unknown[] }).value.length === 1, 'the post is recorded', 8000);
  // A fresh popup, as a person opens it after posting.
  await popup.close();
  const fresh = await ff.extensionPage('popup/index.html');
  await fresh.waitFor(() => document.body.dataset.ready !== undefined, null, 10_000);
  const shown = await fresh.evaluate(() => ({
    snippets: [...document.querySelectorAll('.snippet')].map((s) => s.textContent),
    headline: document.querySelector('[data-testid="headline"]')?.textContent ?? '',
  }));
  assert.deepEqual(shown.snippets, [GIVING.slice(0, 140)]);
  assert.match(shown.headline, /1/, `the balance counts the post: "${shown.headline}"`);
  // By keyboard: Tab moves through the popup's controls.
  const stops = new Set<string>();
  for (let i = 0; i < 4; i++) {
    await fresh.press('Tab');
    const now = await focused(fresh);
    if (now) stops.add(now);
  }
  assert.ok(stops.size >= 2, `Tab reaches the popup's controls: ${[...stops].join(' | ')}`);
  await Promise.all([site.close(), fresh.close()]);
});

test('the options page renders and works by keyboard', { skip }, async () => {
  const options = await ff.extensionPage('options/index.html');
  await options.waitVisible('h1');
  const sections = await options.count('section h2');
  assert.ok(sections >= 4, `options sections: ${sections}`);
  await options.click('h1');
  await options.press('Tab');
  assert.notEqual(await focused(options), null, 'Tab reaches a control');
  await options.close();
});

test('no request left Firefox and no page logged an error', { skip }, () => {
  assert.deepEqual(ff.blocked().filter((url) => !url.endsWith('/favicon.ico')), []);
  assert.deepEqual(ff.errors, []);
});
