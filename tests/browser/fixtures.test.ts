// Smoke test of the fixture pages themselves, WITHOUT the extension: every page loads at its real
// site's address (request routing; every other request is aborted), and every compose box takes
// keyboard input, undoes the way its editor does, posts, and empties. If this fails, the extension's
// browser tests would be testing broken pages.
//   node scripts/build-fixtures.mjs && node --import tsx --test tests/browser/fixtures.test.ts
import { after, before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { FIXTURES, fixtureForUrl } from '../fixtures/pages.ts';
import type { Fixture, FixtureBox } from '../fixtures/pages.ts';
import type { GfWindow } from '../fixtures/src/lib/common.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = path.join(root, 'dist/fixtures');

const DRAFT = 'Buy my course now, 50% off';
const MORE = ' Here is how I did it.';
const AGAIN = 'Thanks, that helped!';

let browser: Browser;
let context: BrowserContext;
const pages = new Map<string, string>();
const unexpected: string[] = [];

before(async () => {
  if (FIXTURES.some((f) => !existsSync(path.join(distDir, `${f.name}.html`)))) {
    execFileSync(process.execPath, [path.join(root, 'scripts/build-fixtures.mjs')], { cwd: root, stdio: 'inherit' });
  }
  for (const f of FIXTURES) pages.set(f.name, readFileSync(path.join(distDir, `${f.name}.html`), 'utf8'));
  browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const f = fixtureForUrl(url);
    const body = f ? pages.get(f.name) : undefined;
    if (body !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else {
      unexpected.push(url);
      await route.abort();
    }
  });
});

after(async () => {
  await browser?.close();
});

async function open(f: Fixture): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(f.url, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof (window as unknown as Partial<GfWindow>).gfFixture === 'object');
  (page as Page & { gfErrors?: string[] }).gfErrors = errors;
  return page;
}

function errorsOf(page: Page): string[] {
  return (page as Page & { gfErrors?: string[] }).gfErrors ?? [];
}

type Target = Page | Frame;

async function text(target: Target, selector: string, box: FixtureBox): Promise<string> {
  if (box.editor === 'input') return target.locator(selector).inputValue();
  return target.evaluate((name) => (window as unknown as GfWindow).gfFixture.text(name), box.name);
}

async function lastPost(target: Target, box: FixtureBox): Promise<string | undefined> {
  return target.evaluate((name) => (window as unknown as GfWindow).gfFixture.postsBy[name]?.at(-1), box.name);
}

async function postCount(target: Target): Promise<number> {
  return target.evaluate(() => (window as unknown as GfWindow).gfFixture.posts.length);
}

/** Waits (briefly) until the box's text satisfies a predicate; returns the last text read. */
async function settle(target: Target, selector: string, box: FixtureBox, ok: (t: string) => boolean): Promise<string> {
  let t = await text(target, selector, box);
  for (let i = 0; i < 20 && !ok(t); i++) {
    await new Promise((r) => setTimeout(r, 25));
    t = await text(target, selector, box);
  }
  return t;
}

async function focusBox(page: Page, target: Target, selector: string, box: FixtureBox): Promise<void> {
  if (box.open) await target.click(box.open);
  await target.click(selector);
  await page.waitForTimeout(30);
  void page;
}

/** Types, undoes, types again, posts: what a person does, checked against the editor's own model. */
async function exercise(page: Page, target: Target, selector: string, box: FixtureBox, note?: (msg: string) => void): Promise<void> {
  await focusBox(page, target, selector, box);
  await page.keyboard.type(DRAFT);
  assert.equal(await settle(target, selector, box, (t) => t === DRAFT), DRAFT, `${box.name}: typed text`);

  await page.keyboard.press('Control+z');
  const undone = await settle(target, selector, box, (t) => t !== DRAFT);
  assert.notEqual(undone, DRAFT, `${box.name}: Control+Z changes the text`);
  assert.ok(DRAFT.startsWith(undone), `${box.name}: undo removes typed text from the end (got ${JSON.stringify(undone)})`);
  note?.(`${box.editor}: after Control+Z ${JSON.stringify(undone)}`);

  await page.keyboard.type(MORE);
  const expected = undone + MORE;
  assert.equal(await settle(target, selector, box, (t) => t === expected), expected, `${box.name}: typed after undo`);

  if (!box.submit) return;
  const before = await postCount(target);
  await target.click(box.submit);
  await target.waitForFunction((n) => (window as unknown as GfWindow).gfFixture.posts.length > n, before, { timeout: 2000 });
  assert.equal(await lastPost(target, box), expected.replace(/\s+$/u, ''), `${box.name}: posted text`);
  assert.equal(await settle(target, selector, box, (t) => t === ''), '', `${box.name}: box empty after posting`);
  if (box.removedOnPost) assert.equal(await target.locator(selector).count(), 0, `${box.name}: box removed after posting`);

  if (box.submitKey) {
    await focusBox(page, target, selector, box);
    await page.keyboard.type(AGAIN);
    assert.equal(await settle(target, selector, box, (t) => t === AGAIN), AGAIN, `${box.name}: typed second draft`);
    const n = await postCount(target);
    await page.keyboard.press(box.submitKey);
    await target.waitForFunction((c) => (window as unknown as GfWindow).gfFixture.posts.length > c, n, { timeout: 2000 });
    assert.equal(await lastPost(target, box), AGAIN, `${box.name}: ${box.submitKey} posts`);
    assert.equal(await settle(target, selector, box, (t) => t === ''), '', `${box.name}: box empty after ${box.submitKey}`);
  }
}

// Pages run three at a time (each page has its own focus and keyboard); boxes within a page in order.
describe('fixture pages', { concurrency: 3 }, () => {
for (const f of FIXTURES) {
  it(`${f.name} (${f.url})`, async (t) => {
    const page = await open(f);
    try {
      assert.ok(await page.title(), 'page has a title');
      for (const sel of [...f.boxes, ...f.ignored]) {
        const box = f.details[sel];
        assert.ok(box, `details for ${sel}`);
        if (!box.open) assert.equal(await page.locator(sel).count(), 1, `${sel} exists once`);
      }
      for (const frameName of f.frames ?? []) {
        const inner = FIXTURES.find((x) => x.name === frameName);
        assert.ok(inner, `fixture ${frameName}`);
        const frameUrl = inner.url;
        await page.waitForFunction(() => document.querySelector('iframe') !== null);
        let frame: Frame | undefined;
        for (let i = 0; i < 40 && !frame; i++) {
          frame = page.frames().find((fr) => fr !== page.mainFrame() && fixtureForUrl(fr.url()) === inner);
          if (!frame) await page.waitForTimeout(25);
        }
        assert.ok(frame, `frame ${frameUrl} loaded`);
        await frame.waitForFunction(() => typeof (window as unknown as Partial<GfWindow>).gfFixture === 'object');
        for (const sel of inner.boxes) {
          const box = inner.details[sel];
          assert.ok(box);
          await t.test(`${frameName} frame: ${box.name}`, (st) => exercise(page, frame, sel, box, (m) => st.diagnostic(m)));
        }
      }
      for (const sel of [...f.boxes, ...f.ignored]) {
        const box = f.details[sel];
        assert.ok(box);
        await t.test(`${box.name}${f.ignored.includes(sel) ? ' (ignored by the extension)' : ''}`, async (st) => {
          // A fresh page per box, so one box's posts or mode switch do not affect the next.
          const p = await open(f);
          try {
            await exercise(p, p, sel, box, (m) => st.diagnostic(m));
            assert.deepEqual(errorsOf(p), [], 'no page errors');
          } finally {
            await p.close();
          }
        });
      }
      assert.deepEqual(errorsOf(page), [], 'no page errors');
    } finally {
      await page.close();
    }
  });
}
});

test('fixture pages make no requests of their own', () => {
  assert.deepEqual(unexpected, []);
});
