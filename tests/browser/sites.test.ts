// Every built-in site's adapter on a page built with the site's real editor library, served
// at the site's real address, in Chromium and in Firefox: a promotional draft gets a flagged
// hint, a giving draft none, look-alike boxes (DMs, chats, search) are left alone, the editor
// behaves exactly as it does without GiveFirst, one post records exactly one entry, and
// nothing leaves the browser. BROWSERS=firefox (or chromium) runs one browser only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURES, type Fixture } from '../fixtures/pages.ts';
import { waitUntil } from './harness.ts';
import { browsers, nextFrame, sendFromPage, type Driver, type Tab } from './driver.ts';
import { launchIn } from './launch.ts';
import { PAUSE_MS } from '../../src/content/timing.ts';
import { editingTrace, fixtureRoutes, flaggedHint, hintCovers, waitForFlag, GIVING, openBox, PROMO, targetFor, typeDraft, clearBox } from './site-driver.ts';

/** Forums and blogs reach GiveFirst when the user adds them (the generic adapter). */
const USER_SITES = FIXTURES.filter((f) => f.adapter === 'generic' && f.name !== 'demo');
const userOrigins = [...new Set(USER_SITES.map((f) => new URL(f.url).origin))];

/** Boxes that open a dialog or switch the editor's mode go last, so they don't cover the others. */
const inOrder = (fixture: Fixture) => [...fixture.boxes].sort((a, b) => Number(!!fixture.details[a]?.open) - Number(!!fixture.details[b]?.open));

const BUILT_IN = FIXTURES.filter((f) => f.adapter !== 'generic' && f.boxes.length + (f.frames?.length ?? 0) > 0);

for (const browser of browsers()) {
  describe(browser, () => {
    let withExtension: Driver;
    let without: Driver;
    let ledger: Tab;

    before(async () => {
      // The user's own sites are added as each browser lets a person add them (see launch options).
      [withExtension, without] = await Promise.all([launchIn(browser, { userSites: userOrigins }), launchIn(browser, { extension: false })]);
      const routes = fixtureRoutes();
      withExtension.serve(routes);
      without.serve(routes);
      ledger = await withExtension.extensionPage('popup/index.html');
    });
    after(async () => {
      await withExtension?.close();
      await without?.close();
    });

    async function entryCount(): Promise<number> {
      const reply = (await sendFromPage(ledger, { kind: 'entries:recent', limit: 10_000 })) as { value: unknown[] };
      return reply.value.length;
    }

    for (const page of [...BUILT_IN, ...USER_SITES]) {
      describe(`${page.name} (${page.editor}) at ${page.url}`, () => {
        test('hints on promotion, stays quiet on giving, leaves the editor as it is', async () => {
          const [mine, plain] = await Promise.all([withExtension.open(page.url), without.open(page.url)]);
          const [a, b] = await Promise.all([targetFor(mine, page), targetFor(plain, page)]);
          for (const selector of a.fixture.ignored) {
            const box = a.fixture.details[selector]!;
            await a.target.click(selector);
            await mine.type(PROMO);
            await nextFrame(a.target, PAUSE_MS + 50);
            assert.equal(await flaggedHint(a.target), null, `${selector} (${box.context}) must be left alone`);
            await mine.press('Control+A');
            await mine.press('Delete');
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
            assert.equal(await a.target.count(`${selector} givefirst-hint`), 0, 'the hint is never inside the editor');
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
            await target.clickIfThere(box.submit);
            await waitUntil(async () => (await entryCount()) > before, `${selector}: the post is recorded`, 8000);
            assert.equal(await entryCount(), before + 1, `${selector}: one post, one entry`);
            const [latest] = ((await sendFromPage(ledger, { kind: 'entries:recent', limit: 1 })) as { value: { site: string; kind: string; context: string }[] }).value;
            assert.equal(latest?.site, page.adapter === 'generic' ? new URL(page.url).hostname : page.adapter);
            // The adapter tells a post from a reply or a comment: replies weigh a plug more.
            assert.equal(latest?.context, box.context, `${selector}: recorded as a ${box.context}`);
            assert.notEqual(latest?.kind, 'promotional');
            if (!box.submitKey || box.removedOnPost) continue;
            // The site's keyboard shortcut posts too (Ctrl+Enter, or Enter in comment boxes).
            const beforeKey = await entryCount();
            await typeDraft(mine, target, selector, box, PROMO);
            await mine.press(box.submitKey);
            await waitUntil(async () => (await entryCount()) > beforeKey, `${selector}: the ${box.submitKey} post is recorded`, 8000);
            assert.equal(await entryCount(), beforeKey + 1, `${selector}: ${box.submitKey} posts one entry`);
          }
          await mine.close();
        });
      });
    }

    test('nothing left the browser: every request was a fixture page', () => {
      const leaks = withExtension.blocked().filter((url) => !url.endsWith('/favicon.ico'));
      assert.deepEqual(leaks, []);
      assert.deepEqual(withExtension.errors, []);
    });
  });
}
