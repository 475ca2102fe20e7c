// The shared checks' driver (driver.ts) over Firefox: Debian's firefox-esr driven by
// puppeteer-core over WebDriver BiDi, with dist/firefox installed as a temporary add-on, as
// about:debugging would. What Firefox needs that Chromium does not is said where it is done.
import puppeteer, { type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness.ts';
import { keyCombo, withSlowNotes, type Driver, type DriverOptions, type Routes, type Surface, type Tab } from './driver.ts';
import { startNetworkWatch, type NetworkWatch } from './firefox-network.ts';

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
  // Firefox's own checks for a captive portal and for connectivity (140 ESR makes them at start
  // under automation): they are not the extension's requests, and the tests refuse every request.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

/**
 * A person sees the popup as a doorhanger over the site's tab, which stays in front; headless,
 * the tests open it as a tab behind that one (see popupOver). Firefox gives a tab behind another almost
 * no frames and one timer tick a second, so the stand-in would be a page nobody could see: a
 * click in it took seconds, and a wait for a frame in it need never end. The first pref (a
 * testing one) keeps every tab rendering, the next two keep its timers on time (the floor for a
 * tab behind, with and without Firefox's budget throttling), as the popup's are. In a window
 * (npm start -- --firefox) the person opens the real popup, and Firefox keeps its defaults.
 */
const POPUP_STAND_IN_PREFS: Record<string, unknown> = {
  'layout.testing.top-level-always-active': true,
  'dom.min_background_timeout_value_without_budget_throttling': 4,
  'dom.min_background_timeout_value': 4,
};

/**
 * Waits until `fn(arg)`, run in the page or frame, is truthy: asked from here every 100 ms until
 * `ms` (30 s by default, as Puppeteer's; 0 waits for ever) have passed. Not Puppeteer's
 * waitForFunction: that rebuilds the function inside the page with Function(), which an
 * extension page's content security policy refuses in Firefox 140 ESR ("call to Function()
 * blocked by CSP"; 153 lets automation past it), while evaluate hands the function over BiDi.
 * A look that fails while a tab swaps about:blank for its page counts as "not yet".
 */
async function waitIn(target: Page | Frame, fn: (arg: never) => unknown, arg?: unknown, ms = 30_000): Promise<void> {
  const deadline = ms > 0 ? Date.now() + ms : Infinity;
  for (;;) {
    let failure: unknown;
    try {
      if (await target.evaluate(fn as never, arg as never)) return;
    } catch (error) {
      failure = error;
    }
    if (Date.now() > deadline) throw failure ?? new Error(`waited ${ms} ms in ${target.url()} for ${String(fn).slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A click in a frame where a person clicks: the element's middle, through the frame's place in
 * the page, with the mouse. Puppeteer's own click in a frame asks Firefox for the frame's element
 * with a BiDi locator that 140 ESR does not know ("context").
 */
async function clickInFrame(page: Page, frame: Frame, host: string, selector: string, required: boolean): Promise<void> {
  // The frame's content box in the page, after bringing it into view when asked.
  const frameBox = (scroll: boolean): Promise<{ x: number; y: number } | null> => page.evaluate((h, s) => {
    const element = [...document.querySelectorAll('iframe')].find((f) => f.src.includes(h));
    if (!element) return null;
    if (s) element.scrollIntoView({ block: 'nearest' });
    const r = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return { x: r.left + element.clientLeft + parseFloat(style.paddingLeft), y: r.top + element.clientTop + parseFloat(style.paddingTop) };
  }, host, scroll);
  await frameBox(true);
  const point = await frame.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return null;
    element.scrollIntoView({ block: 'center', inline: 'center' });
    const r = element.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  if (!point) {
    if (required) throw new Error(`no ${selector} in the ${host} frame`);
    return;
  }
  const origin = await frameBox(false);
  if (!origin) throw new Error(`no frame from ${host} on ${page.url()}`);
  await page.mouse.click(origin.x + point.x, origin.y + point.y);
}

function surface(target: Page | Frame): Surface {
  return withSlowNotes({
    evaluate: (fn, arg) => target.evaluate(fn as never, arg) as never,
    click: (selector) => target.click(selector),
    clickIfThere: async (selector) => {
      const handle = await target.$(selector);
      await handle?.click().catch(() => undefined);
    },
    waitFor: (fn, arg, ms) => waitIn(target, fn as never, arg, ms),
    count: async (selector) => (await target.$$(selector)).length,
    waitVisible: async (selector) => void (await target.waitForSelector(selector, { visible: true })),
  }, target);
}

/** A Firefox tab: the shared Tab, and a file picked in a file input as a person picks one. */
export interface FirefoxTab extends Tab {
  upload(selector: string, path: string): Promise<void>;
  /** The tab in front, as the page the person is on (the one the popup asks). */
  front(): Promise<void>;
}

function tab(page: Page): FirefoxTab {
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
          await waitIn(found, () => document.readyState === 'complete');
          const inFrame = surface(found);
          return {
            ...inFrame,
            click: (selector) => clickInFrame(page, found, host, selector, true),
            clickIfThere: (selector) => clickInFrame(page, found, host, selector, false),
          };
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no ${host} frame on ${page.url()}`);
    },
    resize: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path, clip) => void (await page.screenshot({ path, ...(clip ? { clip } : { fullPage: true }) })),
    close: () => page.close(),
    async upload(selector, path) {
      const input = await page.waitForSelector(selector);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    front: () => page.bringToFront(),
  };
}

export interface FirefoxOptions extends DriverOptions {
  /** The extension folder to install (a private copy is made); dist/firefox by default. */
  source?: string;
  /** false: a window on the display, for `npm start -- --firefox`. */
  headless?: boolean;
  /**
   * How long the event page may be idle before Firefox stops it (the pref
   * extensions.background.idle.timeout; Firefox's own default is 30 s, its floor 100 ms).
   */
  eventPageIdleMs?: number;
}

export interface FirefoxDriver extends Driver {
  closed: Promise<void>;
  open(url: string): Promise<FirefoxTab>;
  /** `behind`: opened in a tab behind the one in front, which keeps its frames and focus. */
  extensionPage(path: string, behind?: boolean): Promise<FirefoxTab>;
  /** The popup as a person opens it over `site`: its page in a tab behind the one in front. */
  popupOver(site: FirefoxTab): Promise<FirefoxTab>;
  /** The event page now, asked from an extension page without waking it. */
  eventPage(from: Pick<Surface, 'evaluate'>): Promise<EventPageState>;
  /** Resolves once the event page is running (true) or stopped (false); only the test's timeout. */
  waitForEventPage(from: Pick<Surface, 'evaluate'>, running: boolean): Promise<EventPageState>;
  /** Installs another add-on from a folder, as about:debugging would; resolves to its uninstall. */
  install(dir: string): Promise<() => Promise<void>>;
  /** Where Firefox saves downloads (an export) without asking. */
  readonly downloads: string;
  /** What reached the network from any of Firefox's contexts (see firefox-network.ts). */
  readonly network: NetworkWatch;
}

/** Firefox with dist/firefox (a private copy); user sites added through the options page. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxDriver> {
  const extensionDir = mkdtempSync(join(tmpdir(), 'givefirst-ext-'));
  cpSync(options.source ?? FIREFOX_DIST, extensionDir, { recursive: true });
  const downloads = mkdtempSync(join(tmpdir(), 'givefirst-downloads-'));
  const network = await startNetworkWatch();
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    defaultViewport: { width: 1100, height: 800 },
    // Firefox 153 lets automation open moz-extension:// pages only with this.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, ...network.env },
    extraPrefsFirefox: {
      ...FIREFOX_PREFS,
      ...((options.headless ?? true) ? POPUP_STAND_IN_PREFS : {}),
      ...network.prefs,
      // Light unless asked, as in Chromium (0 dark, 1 light); BiDi has no media emulation.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      // A download is saved to this folder at once, as with "Always save files to" and no question.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      ...(options.eventPageIdleMs ? { 'extensions.background.idle.timeout': options.eventPageIdleMs } : {}),
    },
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

  async function newTab(background = false): Promise<Page> {
    const page = await firefox.newPage({ background });
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
    await page.setRequestInterception(true);
    page.on('request', route);
    return page;
  }

  async function extensionTab(path: string, background = false): Promise<FirefoxTab> {
    const page = await newTab(background);
    const url = `${FIREFOX_ORIGIN}/${path}`;
    // Firefox reports no load event for moz-extension:// pages to automation: the navigation
    // is left to run, and the document's own readyState says when it is there.
    page.goto(url).catch(() => undefined);
    await waitIn(page, (u: string) => location.href === u && document.readyState === 'complete', url);
    return tab(page);
  }

  // Closing the window (npm start) ends the watch too, so nothing keeps Node running.
  const closed = new Promise<void>((resolve) => firefox.once('disconnected', () => resolve())).then(() => network.close());
  const driver: FirefoxDriver = {
    browser: 'firefox',
    closed,
    downloads,
    network,
    serve: (more) => Object.assign(routes, more),
    async open(url) {
      const page = await newTab();
      await page.goto(url);
      return tab(page);
    },
    extensionPage: (path, behind) => extensionTab(path, behind),
    async popupOver(site) {
      await site.front();
      return extensionTab('popup/index.html', true);
    },
    eventPage: (from) => from.evaluate(eventPageState, EVENT_PAGE),
    async waitForEventPage(from, running) {
      // Polled from here, one short look at a time; the test's timeout ends a wait that never ends.
      for (;;) {
        const state = await from.evaluate(eventPageState, EVENT_PAGE);
        if (state.running === running) return state;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async install(dir) {
      const id = await firefox.installExtension(dir);
      return () => firefox.uninstallExtension(id);
    },
    // Tabs' requests are aborted by the routing above; anything else that tried the network
    // from any context (the event page too) is refused by the watch and listed with them.
    blocked: () => [...blocked, ...network.seen()],
    errors,
    async close() {
      await firefox.close();
      await closed;
      rmSync(extensionDir, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  if (options.userSites?.length && options.extension !== false) await addSites(driver, options.userSites);
  return driver;
}

/** The document Firefox makes for an event page (background.scripts) each time it starts it. */
export const EVENT_PAGE = '/_generated_background_page.html';

export interface EventPageState {
  running: boolean;
  /** When this was seen, on the browser's clock (ms since the epoch). */
  at: number;
  /** When the running event page's document began (its performance.timeOrigin): each start is a new one. */
  startedAt?: number;
}

/**
 * Runs in an extension page: the event page is one of the extension's views while it runs, and
 * asking for the views does not wake it.
 */
function eventPageState(path: string): EventPageState {
  const page = browser.extension.getViews().find((view) => view.location.pathname === path);
  return { running: !!page, at: Date.now(), startedAt: page?.performance.timeOrigin };
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

declare const browser: {
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
  extension: { getViews(): Window[] };
};
