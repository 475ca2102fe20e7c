// The shared checks' driver (driver.ts) over Chromium: playwright-core through harness.ts.
import type { Frame, Page } from 'playwright-core';
import { launch, type Session } from './harness.ts';
import { withSlowNotes, type Driver, type DriverOptions, type Surface, type Tab } from './driver.ts';

function surface(target: Page | Frame): Surface {
  return withSlowNotes({
    evaluate: (fn, arg) => target.evaluate(fn as never, arg) as never,
    click: (selector) => target.click(selector),
    clickIfThere: (selector) => target.click(selector, { timeout: 300, force: true }).catch(() => undefined),
    waitFor: async (fn, arg, ms) => void (await target.waitForFunction(fn as never, arg, { timeout: ms })),
    count: (selector) => target.locator(selector).count(),
    waitVisible: (selector) => target.locator(selector).first().waitFor({ state: 'visible' }),
  }, target);
}

function tab(page: Page): Tab {
  return {
    ...surface(page),
    type: (text) => page.keyboard.type(text),
    press: (keys) => page.keyboard.press(keys),
    async frame(host) {
      let found = page.frames().find((f) => f.url().includes(host));
      for (let i = 0; !found && i < 100; i++) {
        await page.waitForEvent('framenavigated', { timeout: 5000 }).catch(() => undefined);
        found = page.frames().find((f) => f.url().includes(host));
      }
      if (!found) throw new Error(`no ${host} frame on ${page.url()}`);
      await found.waitForLoadState();
      return surface(found);
    },
    resize: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path, clip) => void (await page.screenshot({ path, ...(clip ? { clip } : { fullPage: true }) })),
    close: () => page.close(),
  };
}

/** Chromium with dist/chrome; user sites granted in its copied manifest, as the prompt would. */
export async function launchChromium(options: DriverOptions = {}): Promise<Driver & { session: Session }> {
  const sites = options.userSites ?? [];
  const session = await launch({
    extension: options.extension,
    colorScheme: options.colorScheme,
    lang: options.lang,
    manifest: sites.length
      ? (m) => {
          m.host_permissions = sites.map((o) => `${o}/*`);
          m.permissions = [...(m.permissions as string[]), 'scripting'];
        }
      : undefined,
  });
  const driver: Driver & { session: Session } = {
    browser: 'chromium',
    session,
    serve: (routes) => session.serve(routes),
    open: async (url) => tab(await session.open(url)),
    extensionPage: async (path) => tab(await session.extensionPage(path)),
    blocked: () => session.blocked.map((r) => r.url()),
    errors: session.errors,
    close: () => session.close(),
  };
  if (sites.length && options.extension !== false) {
    // The registration itself is GiveFirst's own, driven by the settings.
    const page = await session.extensionPage('options/index.html');
    await page.evaluate(async (origins) => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings ?? { version: 1 }), customSites: origins } });
    }, sites);
    await page.waitForFunction((count) => chrome.scripting.getRegisteredContentScripts().then((list) => list.length === count), sites.length);
    await page.close();
  }
  return driver;
}

declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, Record<string, unknown> | undefined>>; set(items: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};
