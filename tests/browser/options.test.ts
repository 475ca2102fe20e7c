// The options page, driven as a person would, with each setting's effect checked on a fixture
// page served at a real site address in another tab that stays open (changes must reach open
// tabs without a reload). Run after `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { catalogue, format, type Catalogue } from '../catalogue.ts';
import { hintTexts, launch, sendFromPage, waitUntil, type Session } from './harness.ts';
import { analyze } from '../../src/core/analysis/analyze.ts';
import { defaultSettings } from '../../src/core/settings.ts';

const MASTODON = 'https://mastodon.social/home';
const COMPOSE = `<!doctype html><html><body><main>
  <div class="compose-form"><textarea class="autosuggest-textarea__textarea" aria-label="What's on your mind?" rows="5" cols="60"></textarea>
  <div class="compose-form__publish"><button type="button">Post</button></div></div>
</main></body></html>`;

/** The first draft for which `pick` holds in Node, so a retuned analysis does not silently void the test. */
function draftWhere(label: string, candidates: string[], pick: (text: string) => boolean): string {
  const found = candidates.find(pick);
  assert.ok(found, `no ${label} draft among the candidates: the analysis changed; add one that fits`);
  return found;
}
const flagged = (text: string, patch: Partial<ReturnType<typeof defaultSettings>>) =>
  analyze(text, { site: 'mastodon', context: 'post', settings: { ...defaultSettings(), ...patch } }).flag;

const BORDERLINE = draftWhere('borderline', [
  'Our team shipped v2 today, check it out at acme.io',
  'You might like my app, Pebble Reader, it does exactly this. pebblereader.app',
  'If you are a founder struggling with engineering hiring, DM me. I have placed 200+ engineers at seed-stage startups.',
  'Great article! For anyone interested I wrote a much more complete guide on my blog: seo-growth-hacks.net/ultimate-guide',
  'New episode of my podcast is out, give it a listen!',
  'I just launched my new app. Would love it if you tried it.',
  'We wrote up our new pricing page at acme.io, have a look',
  'I made a small tool for this, it is on my site if you want it',
  'I made a small tool for this, it is on my site if useful',
], (t) => flagged(t, { sensitivity: 75 }) && !flagged(t, { sensitivity: 25 }));

const OWN_LINK = draftWhere('own-link', [
  'I wrote about how we cut our build time in half: https://janedoe.dev/builds',
  'Notes from this week on caching at https://janedoe.dev/caching',
], (t) => !flagged(t, {}) && flagged(t, { own: { domains: ['janedoe.dev'], handles: [], brands: [] } }));

const PROMO = 'Buy my course now, 50% off with code SAVE50, link in bio! Sign up today';

let s: Session;
let options: Page;
let compose: Page;

before(async () => {
  s = await launch();
  s.serve({ [MASTODON]: COMPOSE });
  options = await s.extensionPage('options/index.html');
  await options.getByRole('heading', { level: 1 }).waitFor();
  compose = await s.open(MASTODON);
});
after(async () => s?.close());

async function typeDraft(page: Page, text: string, box = 'textarea'): Promise<void> {
  await page.click(box);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** The hint's state: flagged and shown, or not (absent, hidden or data-flag="false"). */
async function hintShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const hint = document.querySelector('givefirst-hint') as HTMLElement | null;
    return Boolean(hint && !hint.hidden && hint.dataset.flag === 'true');
  });
}
async function expectHint(page: Page, shown: boolean, why: string): Promise<void> {
  // The hint follows ~200 ms after a pause; a settings change reaches the tab through storage.
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    if ((await hintShown(page)) === shown && (shown || Date.now() > deadline - 2000)) return;
    await page.waitForTimeout(100);
  }
  assert.equal(await hintShown(page), shown, why);
}

/** Waits until the options page has written its last change. */
async function saved(page: Page = options): Promise<void> {
  await page.waitForFunction(() => ['sync', 'local'].includes(document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state') ?? ''));
}

/** The backup the export button would save, asked for directly (a download takes ~2 s). */
async function exported(): Promise<Record<string, unknown>> {
  const reply = (await sendFromPage(options, { kind: 'data:export' })) as { ok: boolean; value: Record<string, unknown> };
  assert.ok(reply.ok);
  return reply.value;
}

async function exportJson(): Promise<Record<string, unknown>> {
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: /Export everything/ }).click()]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8'));
}

/** The backup without the moment it was made. */
function stable(backup: Record<string, unknown>): Record<string, unknown> {
  const { exportedAt: _, ...rest } = backup;
  return rest;
}

test('sensitivity: a borderline draft is flagged at high and not at low, in an open tab', async () => {
  await options.getByRole('button', { name: /^High/ }).click();
  await saved();
  await typeDraft(compose, BORDERLINE);
  await expectHint(compose, true, `"${BORDERLINE}" should be flagged at high sensitivity`);
  await options.getByRole('button', { name: /^Low/ }).click();
  await saved();
  await expectHint(compose, false, 'the same draft, not retyped, should lose its hint at low sensitivity');
  await options.getByRole('button', { name: /^Medium/ }).click();
  await saved();
});

test('the preview shows the verdict and the same hint card, with draft text as text', async () => {
  await options.getByRole('button', { name: /^High/ }).click();
  const payload = `<img src=x onerror="document.title='pwned'"> ${PROMO} <script>alert(1)</script> javascript:alert(1)`;
  await options.getByLabel('Try a draft').fill(payload);
  const verdict = options.getByTestId('preview-verdict');
  await assert.doesNotReject(verdict.waitFor());
  assert.equal(await verdict.getAttribute('data-flag'), 'true');
  await options.waitForFunction(() => (document.querySelector('[data-testid="preview-hint"]')?.shadowRoot?.textContent ?? '').length > 0);
  const card = await options.getByTestId('preview-hint').evaluate((host) => ({
    text: host.shadowRoot?.textContent ?? '',
    images: host.shadowRoot?.querySelectorAll('img, script').length ?? -1,
    buttons: [...(host.shadowRoot?.querySelectorAll('button') ?? [])].map((b) => b.disabled),
  }));
  assert.match(card.text, /pure self-promotion/);
  assert.match(card.text, /Give first:/);
  assert.equal(card.images, 0, 'draft HTML must never become elements');
  assert.deepEqual(card.buttons, [true, true, true], 'the preview hint is shown, not acted on');
  assert.notEqual(await options.title(), 'pwned');
  await options.getByLabel('Try a draft').fill('');
  await options.getByRole('button', { name: /^Medium/ }).click();
  await saved();
});

test('a site switched off shows no hint, in an open tab and after a reload', async () => {
  await typeDraft(compose, PROMO);
  await expectHint(compose, true, 'a plainly promotional draft is flagged while Mastodon is on');
  await options.getByRole('checkbox', { name: 'Mastodon' }).uncheck();
  await saved();
  await expectHint(compose, false, 'switching Mastodon off removes the hint in the open tab');
  await typeDraft(compose, `${PROMO}!`);
  await expectHint(compose, false, 'typing again on a switched-off site shows nothing');
  await compose.reload();
  await typeDraft(compose, PROMO);
  await expectHint(compose, false, 'a reloaded switched-off site shows nothing');
  await options.getByRole('checkbox', { name: 'Mastodon' }).check();
  await saved();
});

test('an own domain turns a link to it into a flag', async () => {
  await typeDraft(compose, OWN_LINK);
  await expectHint(compose, false, `"${OWN_LINK}" is not flagged while the domain is someone else's`);
  await options.getByLabel('Your domains').fill('https://www.JaneDoe.dev/about');
  await saved();
  await expectHint(compose, true, 'the same draft is flagged once the domain is the user\'s own');
  await options.getByLabel('Your domains').blur();
  assert.equal(await options.getByLabel('Your domains').inputValue(), 'janedoe.dev', 'the box shows the domain as it is used');
  await options.getByLabel('Your domains').fill('');
  await saved();
});

test('hint style: compact drops the why, silent shows nothing', async () => {
  await options.getByRole('radio', { name: /^Compact/ }).check();
  await saved();
  await typeDraft(compose, PROMO);
  await expectHint(compose, true, 'compact still shows the hint');
  assert.equal(await compose.locator('givefirst-hint').evaluate((h) => h.shadowRoot!.querySelector('.card')!.className), 'card compact');
  await options.getByRole('radio', { name: /^Silent/ }).check();
  await saved();
  await expectHint(compose, false, 'silent shows no hint');
  await options.getByRole('radio', { name: /^Full/ }).check();
  await saved();
});

test('target ratio: a custom target reaches the hint\'s balance line', async () => {
  await options.getByRole('radio', { name: /^Custom/ }).check();
  await options.getByLabel('Giving posts per promotion', { exact: true }).fill('7');
  await saved();
  assert.equal(((await exported()).settings as { targetRatio: number }).targetRatio, 7);
  // A fresh tab: the content script keeps the balance for a few seconds once fetched.
  const page = await s.open(MASTODON);
  await typeDraft(page, PROMO);
  await expectHint(page, true, 'flagged');
  // The balance line sits in a closed shadow root (the site must not read it): read it as DevTools does.
  await waitUntil(async () => (await hintTexts(page)).some((t) => /7:1|credit/.test(t)), 'the balance line');
  await page.close();
  await options.getByRole('radio', { name: /^3:1/ }).check();
  await saved();
});

test('export then import round-trips exactly; keep snippets off stores none', async () => {
  await typeDraft(compose, PROMO);
  await compose.click('.compose-form__publish button');
  await options.getByRole('checkbox', { name: 'Keep text snippets' }).uncheck();
  await saved();
  await typeDraft(compose, 'Here is how I fixed the flaky test: pin the clock, then await the last render.');
  await compose.click('.compose-form__publish button');
  await options.getByLabel('Your brands and products').fill('Acme Analytics\nAcme Pro');
  await saved();
  let before: Record<string, unknown> = {};
  for (let i = 0; i < 30 && (before.entries as unknown[] | undefined)?.length !== 2; i++) {
    await options.waitForTimeout(100);
    before = await exported();
  }
  // The file a person would save is the one imported below.
  before = await exportJson();
  const entries = before.entries as { snippet?: string; time: number }[];
  assert.equal(entries.length, 2, 'both posts were recorded');
  const [newer, older] = [...entries].sort((a, b) => b.time - a.time);
  assert.equal(newer!.snippet, undefined, 'with snippets off no text is kept');
  assert.equal(older!.snippet, PROMO);

  // Delete everything (asked twice), then bring it back from the file.
  await options.getByRole('button', { name: 'Delete all data…' }).click();
  await options.getByRole('checkbox', { name: /Also reset all settings/ }).check();
  await options.getByRole('button', { name: 'Yes, delete' }).click();
  await options.getByText('All posts deleted and settings reset.').waitFor();
  const empty = await exported();
  assert.deepEqual(empty.entries, []);
  assert.deepEqual(empty.settings, defaultSettings());

  await options.setInputFiles('#import-file', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(before)) });
  await options.getByText(/Backup imported: 2 new posts/).waitFor();
  assert.deepEqual(stable(await exportJson()), stable(before));
  // The page shows what was imported without a reload.
  await options.getByLabel('Your brands and products').waitFor();
  assert.equal(await options.getByLabel('Your brands and products').inputValue(), 'Acme Analytics\nAcme Pro');
  assert.equal(await options.getByRole('checkbox', { name: 'Keep text snippets' }).isChecked(), false);
});

test('delete all asks first, and cancelling deletes nothing', async () => {
  const before = stable(await exported());
  await options.getByRole('button', { name: 'Delete all data…' }).click();
  // Focus lands on the safe choice, so a stray Enter deletes nothing.
  await options.waitForFunction(() => document.activeElement?.textContent === 'Cancel');
  await options.keyboard.press('Enter');
  assert.deepEqual(stable(await exported()), before);
});

/** What the options page says when an import is refused for `key`, in one language's words. */
const refusedSays = (words: Catalogue, key: string, substitutions: string[] = []) => format(words.import_refused, [format(words[key], substitutions)]);

/** Imports `text` as a file and waits until the page says `expected`. */
async function importRefused(page: Page, label: string, text: string, expected: string): Promise<void> {
  await page.setInputFiles('#import-file', { name: `${label}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
  const message = page.getByTestId('data-message');
  await page.waitForFunction((want) => document.querySelector('[data-testid="data-message"]')?.textContent === want, expected).catch(async () => {
    assert.equal(await message.textContent(), expected, label);
  });
  assert.ok(await message.evaluate((node) => node.classList.contains('error')), `${label}: shown as an error`);
}

test('a bad import says why and changes nothing', async () => {
  const before = stable(await exported());
  const good = JSON.stringify(before);
  const EN = catalogue('en');
  const future = Date.now() + 365 * 86400_000;
  // The page writes dates in the browser's language, as Intl does here.
  const locale = await options.evaluate(() => (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.i18n.getUILanguage());
  const futureDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(future);
  // Each message differs from the one before, so a stale one cannot pass for the next.
  const bad: [string, string, string][] = [
    ['not JSON', 'this is not json {', refusedSays(EN, 'backup_not_json')],
    ['wrong schema', JSON.stringify({ hello: 'world', entries: 'none' }), refusedSays(EN, 'backup_not_backup')],
    ['truncated', good.slice(0, Math.floor(good.length / 2)), refusedSays(EN, 'backup_not_json')],
    ['prototype pollution', good.replace('{', '{"__proto__":{"polluted":true},'), refusedSays(EN, 'backup_forbidden_key', ['__proto__'])],
    ['an entry from the future', JSON.stringify({ ...before, entries: [{ ...(before.entries as object[])[0], id: 'future', time: future }] }), refusedSays(EN, 'backup_entry_future', ['1', futureDay])],
    ['hostile settings', JSON.stringify({ ...before, settings: 'javascript:alert(1)' }), refusedSays(EN, 'backup_settings')],
  ];
  for (const [label, text, expected] of bad) {
    assert.match(expected, /nothing was changed: .+\.$/, `${label}: the catalogue has both sentences`);
    await importRefused(options, label, text, expected);
    assert.deepEqual(stable(await exported()), before, `${label}: nothing changed`);
    assert.equal(await options.evaluate(() => ({} as Record<string, unknown>).polluted), undefined);
  }
});

test('a refused import is said in the browser\'s language, numbers as it writes them', async () => {
  const german = await launch({ lang: 'de' });
  try {
    const page = await german.extensionPage('options/index.html');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const DE = catalogue('de');
    const post = (id: string) => ({ id, time: Date.now() - 3_600_000, site: 'mastodon', context: 'post', kind: 'giving', score: 0.1, reasons: [], language: 'de', fingerprint: [1] });
    // Post 1,235 repeats the first one's id: German writes the number 1.235.
    const entries = [...Array.from({ length: 1234 }, (_, i) => post(`p${i}`)), post('p0')];
    await importRefused(page, 'not JSON', 'this is not json {', refusedSays(DE, 'backup_not_json'));
    await importRefused(page, 'a repeated post', JSON.stringify({ format: 'givefirst-backup', version: 1, entries }), refusedSays(DE, 'backup_entry_duplicate_id', ['1.235', 'p0']));
    assert.deepEqual(german.errors, []);
  } finally {
    await german.close();
  }
});

test('CSV export lists the posts', async () => {
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: /Export posts/ }).click()]);
  assert.match(download.suggestedFilename(), /^givefirst-posts-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
  assert.match(lines[0]!, /^id,time,site/);
  assert.equal(lines.length, 3);
});

test('when sync storage refuses a save, settings are kept on this device and the page says so', async () => {
  // storage.sync holds at most 8 KB per item: fifty long brand names do not fit.
  const brands = Array.from({ length: 50 }, (_, i) => `Brand ${i} `.padEnd(190, 'x')).join('\n');
  await options.getByLabel('Your brands and products').fill(brands);
  await saved();
  await options.getByTestId('store-problem').waitFor();
  assert.equal(await options.getByTestId('save-state').getAttribute('data-state'), 'local');
  await options.reload();
  await options.getByTestId('store-problem').waitFor();
  assert.equal((await options.getByLabel('Your brands and products').inputValue()).split('\n').length, 50, 'nothing was lost');
  await options.getByLabel('Your brands and products').fill('Acme');
  await saved();
  await options.getByTestId('store-problem').waitFor({ state: 'detached' });
  assert.equal(await options.getByTestId('save-state').getAttribute('data-state'), 'sync');
});

test('every control has a name, and the page logged no errors', async () => {
  const unnamed = await options.evaluate(() =>
    [...document.querySelectorAll('input, textarea, button, select')]
      .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby') && !(el.textContent ?? '').trim())
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  assert.deepEqual(unnamed, []);
  const groups = await options.evaluate(() => [...document.querySelectorAll('fieldset')].every((f) => f.querySelector('legend')));
  assert.ok(groups, 'each fieldset has a legend');
  assert.deepEqual(s.errors, []);
  assert.deepEqual(s.blocked.map((r) => r.url()), [], 'no network requests');
});

test('a user-added site gets hints after it is added, and none after it is removed', async () => {
  // Headless Chromium cannot click through the permission prompt, so this profile's manifest
  // grants the host and "scripting" up front, as the prompt would. permissions.request then
  // resolves true at once, and everything after the grant (saving the site, the background
  // registering content.js for it, unregistering and dropping it) runs for real.
  const forum = await launch({
    manifest: (m) => {
      m.host_permissions = ['https://forum.example.org/*'];
      m.permissions = [...(m.permissions as string[]), 'scripting'];
    },
  });
  try {
    const topic = 'https://forum.example.org/t/welcome/1';
    forum.serve({ [topic]: '<!doctype html><form><textarea id="reply-box" rows="6" cols="60"></textarea><button type="submit">Reply</button></form>' });
    const registered = () => forum.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((c) => [c.id, c.matches?.join(), c.js?.join(), c.runAt, c.allFrames, c.persistAcrossSessions]));

    const page = await forum.open(topic);
    await typeDraft(page, PROMO);
    await expectHint(page, false, 'no content script before the site is added');

    const opts = await forum.extensionPage('options/index.html');
    await opts.getByLabel('Site address').fill('forum.example.org/latest');
    await opts.getByRole('button', { name: 'Add site' }).click();
    await opts.getByText('https://forum.example.org added.', { exact: false }).waitFor();
    await waitFor(async () => (await registered()).length === 1);
    assert.deepEqual(await registered(), [['givefirst-site:https://forum.example.org', 'https://forum.example.org/*', 'content.js', 'document_idle', false, true]]);

    await page.reload();
    await typeDraft(page, PROMO);
    await expectHint(page, true, 'hints appear on the added site');

    await opts.getByRole('button', { name: 'Remove https://forum.example.org' }).click();
    await waitFor(async () => (await registered()).length === 0);
    await page.reload();
    await typeDraft(page, PROMO);
    await expectHint(page, false, 'no hints once the site is removed');
    assert.deepEqual(forum.errors, []);
  } finally {
    await forum.close();
  }
});

async function waitFor(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

declare const chrome: {
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[]; runAt?: string; allFrames?: boolean; persistAcrossSessions?: boolean }[]> };
};
