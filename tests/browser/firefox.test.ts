// Firefox's own checks, beside the shared ones in sites.test.ts, in one Firefox with dist/firefox
// installed as a temporary add-on: a post shows in the popup's recent posts and balance; the
// popup and the options page render with no error and work by keyboard; the per-site switch
// (popup and hint) stops hints and recording and brings them back; export, delete all and import
// give the popup back as it was; a post made while Firefox has stopped the event page is
// recorded once; and no request leaves Firefox from any context, the event page included.
//
// Where Firefox differs from Chrome, and what that means here:
// - The background is an event page (background.scripts), not a service worker. Firefox stops
//   it when it has been idle for extensions.background.idle.timeout (30 s by default) and starts
//   it again for the next event, a message from the content script or a page; only listeners
//   added when the script first runs are woken. This file's Firefox has that pref at 2 s, so the
//   event page stops between most steps of every test here, as it does for a person between
//   posts; nothing else about the stop is changed.
// - Manifest V3 host access is the person's to give (see FIREFOX_PREFS in firefox.ts).
// - storage.session, whose quota differs between the two browsers, is not used by GiveFirst.
// - The hint's balance line sits in a closed shadow root, so the site cannot read it. Chromium's
//   tests read it through the DevTools protocol; WebDriver BiDi has no such way in, so here the
//   hint is judged by its open parts (flagged, its text, its buttons).
// - Requests: WebDriver BiDi sees a tab's requests but not the event page's, so this Firefox
//   sends all traffic through a recording proxy (firefox-network.ts); Chromium's trust test
//   records the service worker's requests through the DevTools protocol instead.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../fixtures/pages.ts';
import { catalogue, format } from '../catalogue.ts';
import { waitUntil } from './harness.ts';
import { browsers, sendFromPage, type Surface, type Tab } from './driver.ts';
import { EVENT_PAGE, launchFirefox, type FirefoxDriver, type FirefoxTab } from './firefox.ts';
import { clearBox, fixtureRoutes, flaggedHint, GIVING, PROMO, typeDraft, waitForFlag } from './site-driver.ts';

const MASTODON = FIXTURES.find((f) => f.name === 'mastodon')!;
const BOX = MASTODON.boxes[0]!;
const DETAILS = MASTODON.details[BOX]!;
const SUBMIT = DETAILS.submit!;
/** Every wait below is on the page; a step that never comes fails here, not at CI's limit. */
const run = { skip: !browsers().includes('firefox'), timeout: 90_000 };
/** The event page's idle stop: short enough to wait for, long against answering one message. */
const IDLE_MS = 2000;

let ff: FirefoxDriver;

before(async () => {
  if (run.skip) return;
  ff = await launchFirefox({ eventPageIdleMs: IDLE_MS });
  ff.serve(fixtureRoutes());
});
after(async () => {
  await ff?.close();
});
/** Mastodon on at each start, whatever a failed test left: one failure stays one failure. */
beforeEach(async () => {
  if (run.skip) return;
  const page = await ff.extensionPage('options/index.html', true);
  await sendFromPage(page, { kind: 'site:set', site: { site: 'mastodon' }, on: true });
  await page.close();
});

/** The extension's own words, as an English Firefox shows them. */
const words = (key: string, ...substitutions: string[]) => format(catalogue('en')[key], substitutions);
/** A button by its words (puppeteer's text selector). */
const button = (key: string) => `button::-p-text(${words(key)})`;

/** Whose element has focus, as a short description. */
const focused = (tab: Tab) => tab.evaluate(() => {
  const el = document.activeElement;
  return el && el !== document.body ? `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}` : null;
});

interface Recorded {
  id: string;
  snippet?: string;
}
const recent = async (page: Pick<Surface, 'evaluate'>): Promise<Recorded[]> =>
  ((await sendFromPage(page, { kind: 'entries:recent', limit: 10_000 })) as { value: Recorded[] }).value;

interface PopupShows {
  snippets: (string | null)[];
  headline: string;
}
/** What an open popup shows, once ready: its recent posts and its headline. */
async function shownIn(popup: Surface): Promise<PopupShows> {
  await popup.waitFor(() => document.body.dataset.ready !== undefined, null, 0);
  return popup.evaluate(() => ({
    snippets: [...document.querySelectorAll('.snippet')].map((s) => s.textContent),
    headline: (document.querySelector('[data-testid="headline"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
}
/** What a freshly opened popup shows. */
async function popupShows(): Promise<PopupShows> {
  const popup = await ff.extensionPage('popup/index.html');
  const shown = await shownIn(popup);
  await popup.close();
  return shown;
}

const hintGone = (site: Surface) => site.waitFor(() => [...document.querySelectorAll<HTMLElement>('givefirst-hint')].every((h) => h.hidden), null, 0);
const switchSays = (popup: Surface, on: boolean) =>
  popup.waitFor((want) => document.querySelector('[data-testid="site-switch"]')?.getAttribute('aria-checked') === String(want), on, 0);

test('a post made on a site shows in the popup: recent posts and the balance', run, async () => {
  const site = await ff.open(MASTODON.url);
  await typeDraft(site, site, BOX, DETAILS, GIVING);
  await site.click(SUBMIT);
  const popup = await ff.extensionPage('popup/index.html');
  await waitUntil(async () => (await recent(popup)).length === 1, 'the post is recorded', 8000);
  // A fresh popup, as a person opens it after posting.
  await popup.close();
  const fresh = await ff.extensionPage('popup/index.html');
  const shown = await shownIn(fresh);
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

test('the options page renders and works by keyboard', run, async () => {
  const options = await ff.extensionPage('options/index.html');
  await options.waitVisible('h1');
  const sections = await options.count('section h2');
  assert.ok(sections >= 4, `options sections: ${sections}`);
  await options.click('h1');
  await options.press('Tab');
  assert.notEqual(await focused(options), null, 'Tab reaches a control');
  await options.close();
});


/**
 * With the site off: a promotional draft gets no hint and a post is not recorded. Then `turnOn`,
 * and the hint comes back and a post is recorded. The post made while off would have reached
 * the ledger before the later one, so its absence then is the proof it was never sent.
 */
async function offThenOn(site: FirefoxTab, popup: FirefoxTab, turnOn: () => Promise<void>): Promise<void> {
  const before = (await recent(popup)).map((e) => e.id);
  await clearBox(site, site, BOX, DETAILS);
  await typeDraft(site, site, BOX, DETAILS, `${PROMO} Off here.`);
  assert.equal(await flaggedHint(site), null, 'no hint while the site is off');
  await site.click(SUBMIT);
  await site.waitFor((box) => document.querySelector<HTMLTextAreaElement>(box)?.value === '', BOX, 0);

  await turnOn();
  await typeDraft(site, site, BOX, DETAILS, PROMO);
  assert.ok(await waitForFlag(site, 0), 'the hint is back once the site is on');
  await clearBox(site, site, BOX, DETAILS);
  await typeDraft(site, site, BOX, DETAILS, GIVING);
  await site.click(SUBMIT);
  await waitUntil(async () => (await recent(popup)).length > before.length, 'the post made with the site on is recorded', 8000);
  const added = (await recent(popup)).filter((e) => !before.includes(e.id));
  assert.deepEqual(added.map((e) => e.snippet), [GIVING.slice(0, 140)], 'only the post made with the site on was recorded');
}

/** The popup's own switch for the site it was opened over, clicked back on. */
async function onInPopup(popup: FirefoxTab): Promise<void> {
  await popup.click('[data-testid="site-switch"]');
  await switchSays(popup, true);
}

test('the popup\'s site switch: off stops hints and recording on the site, on brings them back', run, async () => {
  const site = await ff.open(MASTODON.url);
  await typeDraft(site, site, BOX, DETAILS, PROMO);
  assert.ok(await waitForFlag(site, 0), 'a promotional draft is flagged while Mastodon is on');
  const popup = await ff.popupOver(site);
  await popup.waitVisible('[data-testid="site-switch"]');
  assert.equal(await popup.evaluate(() => document.querySelector('[data-testid="site-row"]')?.textContent?.includes('Mastodon')), true);
  await switchSays(popup, true);
  await popup.click('[data-testid="site-switch"]');
  await switchSays(popup, false);
  // The open tab follows the stored settings: its hint goes without a reload.
  await hintGone(site);
  await offThenOn(site, popup, () => onInPopup(popup));
  await Promise.all([popup.close(), site.close()]);
});

test('the hint\'s "Off on this site" switches the site off everywhere; the popup switches it back on', run, async () => {
  const site = await ff.open(MASTODON.url);
  await typeDraft(site, site, BOX, DETAILS, PROMO);
  assert.ok(await waitForFlag(site, 0), 'a promotional draft is flagged');
  // The hint's card is in an open shadow root (puppeteer's >>> looks inside).
  await site.click(`givefirst-hint >>> ${button('hint_site_off')}`);
  await hintGone(site);
  assert.equal(await site.evaluate((box) => document.activeElement === document.querySelector(box), BOX), true, 'focus stays in the editor');
  // A new Mastodon tab follows too.
  const other = await ff.open(MASTODON.url);
  await typeDraft(other, other, BOX, DETAILS, PROMO);
  assert.equal(await flaggedHint(other), null, 'a new Mastodon tab shows no hint');
  await other.close();
  // Back to the first tab, as the person is: the popup asks for the tab in front.
  await site.front();
  const popup = await ff.popupOver(site);
  await switchSays(popup, false);
  await offThenOn(site, popup, () => onInPopup(popup));
  await Promise.all([popup.close(), site.close()]);
});

/** The export Firefox saved: waits until the file is there, whole. */
async function savedBackup(): Promise<{ path: string; data: { entries: unknown[] } }> {
  for (;;) {
    const name = readdirSync(ff.downloads).find((f) => /^givefirst-backup-\d{4}-\d{2}-\d{2}\.json$/.test(f));
    if (name) {
      const path = join(ff.downloads, name);
      // Firefox writes the file under its own name and renames it once complete.
      try {
        return { path, data: JSON.parse(readFileSync(path, 'utf8')) as { entries: unknown[] } };
      } catch {
        // still being written
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('export from Options, delete all, import the file: the popup shows the same posts and balance', run, async () => {
  const site = await ff.open(MASTODON.url);
  const ledger = await ff.extensionPage('popup/index.html', true);
  // A promotional post as well, so the balance has both sides.
  const count = (await recent(ledger)).length;
  await typeDraft(site, site, BOX, DETAILS, PROMO);
  await site.click(SUBMIT);
  await waitUntil(async () => (await recent(ledger)).length === count + 1, 'the promotional post is recorded', 8000);
  await Promise.all([site.close(), ledger.close()]);
  const shown = await popupShows();
  assert.equal(shown.snippets.length, count + 1);

  const options = await ff.extensionPage('options/index.html');
  await options.click(button('export_json'));
  const backup = await savedBackup();
  assert.equal(backup.data.entries.length, count + 1, 'the backup holds every post');

  await options.click(button('delete_start'));
  await options.click(button('delete_confirm'));
  await options.waitFor((done) => document.querySelector('[data-testid="data-message"]')?.textContent === done, words('delete_done'), 0);
  const emptied = await ff.extensionPage('popup/index.html');
  await emptied.waitVisible('[data-testid="empty"]');
  await emptied.close();

  // The file goes back in through the file input, as a person picks it.
  await options.upload('#import-file', backup.path);
  const message = () => options.evaluate(() => document.querySelector('[data-testid="data-message"]')?.textContent ?? '');
  await options.waitFor((done) => document.querySelector('[data-testid="data-message"]')?.textContent !== done, words('delete_done'), 0);
  assert.ok((await message()).startsWith(words('import_done', String(count + 1), '0')), `every post imported: "${await message()}"`);
  await options.close();
  assert.deepEqual(await popupShows(), shown, 'the popup after the import is the popup before the delete');
  rmSync(backup.path);
});

// Firefox stops an idle event page after extensions.background.idle.timeout, 30 s by default;
// this Firefox has it at IDLE_MS, and the stop is Firefox's own (nothing here terminates the
// page). So the page is in the state a person meets when posting after half a minute of quiet,
// which is most posts: the post's message is what starts it again. Chrome's service worker
// stops the same way; trust.test.ts checks that with the DevTools protocol.
test('a post submitted while Firefox has stopped the event page is recorded once, and the popup opens with it asleep', run, async (t) => {
  const site = await ff.open(MASTODON.url);
  const observer = await ff.extensionPage('options/index.html', true);
  const before = (await recent(observer)).length;
  await typeDraft(site, site, BOX, DETAILS, GIVING);
  await ff.waitForEventPage(observer, false);
  // The moment of the post on the page's own clock, from the click itself (capture phase: before
  // the site's handler and GiveFirst's), to compare with when the event page began.
  await site.evaluate((submit) => document.querySelector(submit)!.addEventListener('click', () => {
    document.body.dataset.postedAt = String(Date.now());
  }, { capture: true, once: true }), SUBMIT);
  await site.click(SUBMIT);
  await waitUntil(async () => (await recent(observer)).length > before, 'the post is recorded', 15_000);
  const postedAt = Number(await site.evaluate(() => document.body.dataset.postedAt));
  const woken = await ff.eventPage(observer);
  // Each start is a new document: one that began after the click did not exist when the post
  // was made, so the post found the event page stopped, whatever woke it.
  assert.ok(woken.startedAt !== undefined && woken.startedAt >= postedAt, `the event page began ${woken.startedAt! - postedAt} ms after the post (a stopped page is a fresh one)`);
  t.diagnostic(`event page began ${Math.round(woken.startedAt! - postedAt)} ms after the click`);

  // Asleep again (nothing left to deliver), the post is still there once and the popup wakes the
  // page and shows it first.
  await ff.waitForEventPage(observer, false);
  const popup = await ff.extensionPage('popup/index.html');
  await popup.waitFor(() => document.body.dataset.ready !== undefined, null, 0);
  assert.equal(await popup.evaluate(() => document.querySelector('.snippet')?.textContent), GIVING.slice(0, 140));
  assert.equal(await popup.count('[data-testid="problem"]'), 0);
  const entries = await recent(popup);
  assert.equal(entries.length, before + 1, 'one post, one entry');
  assert.equal(entries[0]?.snippet, GIVING.slice(0, 140));
  await Promise.all([popup.close(), observer.close(), site.close()]);
});

test('the network watch sees an event page\'s request; GiveFirst\'s event page cannot make one', run, async () => {
  // Control: an add-on of the same kind (Manifest V3, an event page) that fetches as it starts.
  // Its request is seen, so the watch is not blind to event pages.
  const canary = mkdtempSync(join(tmpdir(), 'givefirst-canary-'));
  writeFileSync(join(canary, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'Network watch canary',
    version: '1.0',
    background: { scripts: ['background.js'] },
    browser_specific_settings: { gecko: { id: 'canary@givefirst.test' } },
  }));
  // Firefox upgrades http to https, so the proxy sees only a host: one host per request here.
  writeFileSync(join(canary, 'background.js'), "fetch('https://event-page.canary.givefirst.test/').catch(() => undefined);\n");
  const uninstall = await ff.install(canary);
  await ff.network.waitFor(/^CONNECT event-page\.canary\.givefirst\.test:443$/);
  await uninstall();
  rmSync(canary, { recursive: true, force: true });

  // GiveFirst's own event page, made to fetch as a bug or an injected script would: its CSP
  // (connect-src 'none') refuses before any request exists. The fetch would fail either way (the
  // watch answers 403), so the proof is that the watch never saw it; a request reaches the watch
  // before Firefox can report its failure, so looking once the fetch has settled is enough.
  const page = await ff.extensionPage('options/index.html');
  await recent(page); // wakes it
  const result = await page.evaluate(async (path) => {
    const eventPage = browser.extension.getViews().find((view) => view.location.pathname === path);
    if (!eventPage) return 'not running';
    return eventPage.fetch('https://givefirst.canary.givefirst.test/').then(() => 'fetched', (e: Error) => `refused: ${e.message}`);
  }, EVENT_PAGE);
  assert.match(result, /^refused/);
  assert.deepEqual(ff.network.seen().filter((line) => line.includes('givefirst.canary')), [], 'the refused fetch never became a request');
  await page.close();
});

test('no request left Firefox from any context and no page logged an error', run, (t) => {
  // Tabs' requests were routed or aborted (a tab's favicon is Firefox's own); everything else,
  // extension pages and the event page included, would be in the watch's list.
  t.diagnostic(`the network watch saw ${ff.network.seen().length} requests: ${ff.network.seen().join(', ')}`);
  const leaks = ff.blocked().filter((url) => !url.endsWith('/favicon.ico') && !url.includes('event-page.canary.givefirst.test'));
  assert.deepEqual(leaks, []);
  assert.deepEqual(ff.errors, []);
});

declare const browser: { extension: { getViews(): Window[] } };
