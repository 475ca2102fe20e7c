// The shared checks' driver (driver.ts) over Firefox: Debian's firefox-esr driven by
// puppeteer-core over WebDriver BiDi, with dist/firefox installed as a temporary add-on, as
// about:debugging would. What Firefox needs that Chromium does not is said where it is done.
import puppeteer, { type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness.ts';
import { keyCombo, type Driver, type DriverOptions, type Routes, type Surface, type Tab } from './driver.ts';

export const FIREFOX_DIST = join(ROOT, 'dist/firefox');
export const GECKO_ID = 'givefirst@givefirst.app';
/** Fixed through a pref, so extension pages have a known moz-extension:// address. */
export const FIREFOX_UUID = '5b1f0a62-3c4d-4e8f-9a71-2d6c0e9b4f13';
export const FIREFOX_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('No Firefox found: apt-get install firefox-esr, or set FIREFOX_PATH.');
  return found;
}

export const FIREFOX_PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
  // Manifest V3 host access is the person's to give in Firefox. At install Firefox grants what
  // the manifest asks for unless the person unticks it (as addons.mozilla.org installs do):
  // this pref is that default, set here so a changed default cannot silently turn it off.
  'extensions.originControls.grantByDefault': true,
  // A site the person adds is asked for with permissions.request() from a click in Options;
  // Firefox then shows a prompt. With this pref off the request is granted as the person's
  // "Allow" would grant it (headless Firefox has no prompt to click).
  'extensions.webextOptionalPermissionPrompts': false,
};

function surface(target: Page | Frame): Surface {
  return {
    evaluate: (fn, arg) => target.evaluate(fn as never, arg) as never,
    click: (selector) => target.click(selector),
    clickIfThere: async (selector) => {
      const handle = await target.$(selector);
      await handle?.click().catch(() => undefined);
    },
    waitFor: async (fn, arg, ms) => void (await target.waitForFunction(fn as never, { timeout: ms, polling: 100 }, arg)),
    count: async (selector) => (await target.$$(selector)).length,
    waitVisible: async (selector) => void (await target.waitForSelector(selector, { visible: true })),
  };
}

function tab(page: Page): Tab {
  return {
    ...surface(page),
    type: (text) => page.keyboard.type(text),
    async press(keys) {
      const { modifiers, key } = keyCombo(keys);
      for (const m of modifiers) await page.keyboard.down(m as never);
      // Puppeteer's 'A' would be a capital; with Control held Playwright means the key.
      await page.keyboard.press((key.length === 1 ? key.toLowerCase() : key) as never);
      for (const m of modifiers.reverse()) await page.keyboard.up(m as never);
    },
    async frame(host) {
      for (let i = 0; i < 100; i++) {
        const found = page.frames().find((f) => f.url().includes(host));
        if (found) {
          await found.waitForFunction(() => document.readyState === 'complete', { polling: 100 });
          return surface(found);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no ${host} frame on ${page.url()}`);
    },
    resize: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path, clip) => void (await page.screenshot({ path, ...(clip ? { clip } : { fullPage: true }) })),
    close: () => page.close(),
  };
}

export interface FirefoxOptions extends DriverOptions {
  /** The extension folder to install (a private copy is made); dist/firefox by default. */
  source?: string;
  /** false: a window on the display, for `npm start -- --firefox`. */
  headless?: boolean;
}

/** Firefox with dist/firefox (a private copy); user sites added through the options page. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<Driver & { closed: Promise<void> }> {
  const extensionDir = mkdtempSync(join(tmpdir(), 'givefirst-ext-'));
  cpSync(options.source ?? FIREFOX_DIST, extensionDir, { recursive: true });
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    defaultViewport: { width: 1100, height: 800 },
    // Firefox 153 lets automation open moz-extension:// pages only with this.
    args: ['--remote-allow-system-access'],
    // Light unless asked, as in Chromium (0 dark, 1 light); BiDi has no media emulation.
    extraPrefsFirefox: { ...FIREFOX_PREFS, 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 },
  });
  if (options.extension !== false) await firefox.installExtension(extensionDir);
  const routes: Routes = {};
  const blocked: string[] = [];
  const errors: string[] = [];

  const route = (request: HTTPRequest): void => {
    const url = request.url();
    if (url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return void request.continue();
    const body = routes[url] ?? routes[url.split('#')[0]!];
    if (body === undefined) {
      blocked.push(url);
      return void request.abort();
    }
    void request.respond({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      // Firefox fetches <script crossorigin> in CORS mode even from a fulfilled request.
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: typeof body === 'function' ? body() : body,
    });
  };

  async function newTab(): Promise<Page> {
    const page = await firefox.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
    await page.setRequestInterception(true);
    page.on('request', route);
    return page;
  }

  const closed = new Promise<void>((resolve) => firefox.once('disconnected', () => resolve()));
  const driver: Driver & { closed: Promise<void> } = {
    browser: 'firefox',
    closed,
    serve: (more) => Object.assign(routes, more),
    async open(url) {
      const page = await newTab();
      await page.goto(url);
      return tab(page);
    },
    async extensionPage(path) {
      const page = await newTab();
      const url = `${FIREFOX_ORIGIN}/${path}`;
      // Firefox reports no load event for moz-extension:// pages to automation: the navigation
      // is left to run, and the document's own readyState says when it is there.
      page.goto(url).catch(() => undefined);
      await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { polling: 100 }, url);
      return tab(page);
    },
    blocked: () => [...blocked],
    errors,
    async close() {
      await firefox.close();
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
  if (options.userSites?.length && options.extension !== false) await addSites(driver, options.userSites);
  return driver;
}

/** Adds each origin in Options as the person does: type it, press Add (the click asks Firefox). */
async function addSites(driver: Driver, origins: string[]): Promise<void> {
  const options = await driver.extensionPage('options/index.html');
  for (const origin of origins) {
    await options.waitVisible('#site-add');
    await options.click('#site-add');
    await options.type(origin);
    await options.press('Enter');
    await options.waitFor((o) => [...document.querySelectorAll('.site-list li')].some((li) => li.textContent?.includes(o)), origin, 10_000);
  }
  await options.waitFor(
    (count) => browser.scripting.getRegisteredContentScripts().then((list) => list.length === count),
    origins.length,
    10_000,
  );
  await options.close();
}

declare const browser: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
