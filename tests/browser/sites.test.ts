// Every built-in site's adapter on a page built with the site's real editor library, served
// at the site's real address: a promotional draft gets a flagged hint, a giving draft none,
// look-alike boxes (DMs, chats, search) are left alone, the editor behaves exactly as it
// does without GiveFirst, one post records exactly one entry, and nothing leaves the browser.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { FIXTURES, type Fixture } from '../fixtures/pages.ts';
import { launch, nextFrame, sendFromPage, waitUntil, type Session } from './harness.ts';
import { PAUSE_MS } from '../../src/content/timing.ts';
import { editingTrace, fixtureRoutes, flaggedHint, hintCovers, waitForFlag, GIVING, openBox, PROMO, targetFor, typeDraft, clearBox } from './site-driver.ts';

let withExtension: Session;
let without: Session;
let ledgerPage: Page;

/** Forums and blogs reach GiveFirst when the user adds them (the generic adapter). */
const USER_SITES = FIXTURES.filter((f) => f.adapter === 'generic' && f.name !== 'demo');
const userOrigins = [...new Set(USER_SITES.map((f) => new URL(f.url).origin))];

before(async () => {
  [withExtension, without] = await Promise.all([
    // Headless Chromium cannot click through the permission prompt that adding a site shows,
    // so the copy of the manifest grants those hosts as the prompt would; the registration
    // itself is GiveFirst's own, driven by the settings below.
    launch({
      manifest: (m) => {
        m.host_permissions = userOrigins.map((o) => `${o}/*`);
        m.permissions = [...(m.permissions as string[]), 'scripting'];
      },
    }),
    launch({ extension: false }),
  ]);
  const routes = fixtureRoutes();
  withExtension.serve(routes);
  without.serve(routes);
  ledgerPage = await withExtension.extensionPage('popup/index.html');
  await ledgerPage.evaluate(async (origins) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? { version: 1 }), customSites: origins } });
  }, userOrigins);
  await ledgerPage.waitForFunction(
    (count) => chrome.scripting.getRegisteredContentScripts().then((list) => list.length === count),
    userOrigins.length,
  );
});
after(async () => {
  await withExtension?.close();
  await without?.close();
});

async function entryCount(): Promise<number> {
  const reply = (await sendFromPage(ledgerPage, { kind: 'entries:recent', limit: 10_000 })) as { value: unknown[] };
  return reply.value.length;
}

/** Boxes that open a dialog or switch the editor's mode go last, so they don't cover the others. */
const inOrder = (fixture: Fixture) => [...fixture.boxes].sort((a, b) => Number(!!fixture.details[a]?.open) - Number(!!fixture.details[b]?.open));

const BUILT_IN = FIXTURES.filter((f) => f.adapter !== 'generic' && f.boxes.length + (f.frames?.length ?? 0) > 0);

for (const page of [...BUILT_IN, ...USER_SITES]) {
  describe(`${page.name} (${page.editor}) at ${page.url}`, () => {
    test('hints on promotion, stays quiet on giving, leaves the editor as it is', async () => {
      const [mine, plain] = await Promise.all([withExtension.open(page.url), without.open(page.url)]);
      const [a, b] = await Promise.all([targetFor(mine, page), targetFor(plain, page)]);
      for (const selector of a.fixture.ignored) {
        const box = a.fixture.details[selector]!;
        await a.target.click(selector);
        await mine.keyboard.type(PROMO);
        await nextFrame(a.target, PAUSE_MS + 50);
        assert.equal(await flaggedHint(a.target), null, `${selector} (${box.context}) must be left alone`);
        await mine.keyboard.press('Control+A');
        await mine.keyboard.press('Delete');
      }
      for (const selector of inOrder(a.fixture)) {
        const box = a.fixture.details[selector]!;
        await openBox(a.target, selector, box);
        await openBox(b.target, selector, box);
        const traceWith = await editingTrace(mine, a.target, selector, box, true);
        const traceWithout = await editingTrace(plain, b.target, selector, box, false);
        assert.deepEqual(traceWith, traceWithout, `${selector}: typing, undo and redo differ with GiveFirst`);
        assert.equal(traceWith[0]?.trim(), PROMO, `${selector}: the typed draft`);
        assert.equal(await flaggedHint(a.target), null, `${selector}: a giving draft was flagged`);

        await clearBox(mine, a.target, selector, box);
        await typeDraft(mine, a.target, selector, box, PROMO);
        const hint = await waitForFlag(a.target);
        assert.ok(hint, `${selector}: no flagged hint on a promotional draft`);
        assert.match(hint, /self-promotion/);
        if (box.submit) assert.equal(await hintCovers(a.target, box.submit), false, `${selector}: the hint covers the post button`);
        assert.equal(await a.target.locator(`${selector} givefirst-hint`).count(), 0, 'the hint is never inside the editor');
        await clearBox(mine, a.target, selector, box);
        await clearBox(plain, b.target, selector, box);
      }
      await Promise.all([mine.close(), plain.close()]);
    });

    test('one post records exactly one entry, even when the button is clicked twice', async () => {
      const mine = await withExtension.open(page.url);
      const { target, fixture } = await targetFor(mine, page);
      for (const selector of inOrder(fixture)) {
        const box = fixture.details[selector]!;
        if (!box.submit) continue;
        await openBox(target, selector, box);
        const before = await entryCount();
        await typeDraft(mine, target, selector, box, GIVING);
        await target.click(box.submit);
        // A second, impatient click: the box is empty or gone by now, and the id is the same.
        await target.click(box.submit, { timeout: 300, force: true }).catch(() => undefined);
        await waitUntil(async () => (await entryCount()) > before, `${selector}: the post is recorded`, 8000);
        assert.equal(await entryCount(), before + 1, `${selector}: one post, one entry`);
        const [latest] = ((await sendFromPage(ledgerPage, { kind: 'entries:recent', limit: 1 })) as { value: { site: string; kind: string; context: string }[] }).value;
        assert.equal(latest?.site, page.adapter === 'generic' ? new URL(page.url).hostname : page.adapter);
        // The adapter tells a post from a reply or a comment: replies weigh a plug more.
        assert.equal(latest?.context, box.context, `${selector}: recorded as a ${box.context}`);
        assert.notEqual(latest?.kind, 'promotional');
        if (!box.submitKey || box.removedOnPost) continue;
        // The site's keyboard shortcut posts too (Ctrl+Enter, or Enter in comment boxes).
        const beforeKey = await entryCount();
        await typeDraft(mine, target, selector, box, PROMO);
        await mine.keyboard.press(box.submitKey);
        await waitUntil(async () => (await entryCount()) > beforeKey, `${selector}: the ${box.submitKey} post is recorded`, 8000);
        assert.equal(await entryCount(), beforeKey + 1, `${selector}: ${box.submitKey} posts one entry`);
      }
      await mine.close();
    });
  });
}

test('nothing left the browser: every request was a fixture page', () => {
  const leaks = withExtension.blocked.map((r) => r.url()).filter((url) => !url.endsWith('/favicon.ico'));
  assert.deepEqual(leaks, []);
  assert.deepEqual(withExtension.errors, []);
});

declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, Record<string, unknown> | undefined>>; set(items: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};
