// The little the shared browser checks need from a browser, so one set of checks runs in
// Chromium (playwright-core, tests/browser/harness.ts) and in Firefox (puppeteer-core over
// WebDriver BiDi, tests/browser/firefox.ts). Anything only one browser can do (CDP, service
// worker stops, quota overrides) stays in that browser's own tests.

export type BrowserName = 'chromium' | 'firefox';

/** How long a step waits before it says what it is waiting for. */
const SLOW_STEP_MS = 30_000;

/**
 * A wait with no limit of its own ends only at the test's timeout, whose message names no step.
 * One still waiting after 30 s says on stderr what it waits for, and goes on waiting: a stalled
 * run then shows where it stalled, and a slow one passes as before.
 */
function noteIfSlow<T>(step: string, where: { url(): string }, wait: Promise<T>): Promise<T> {
  const timer = setTimeout(() => process.stderr.write(`still waiting after ${SLOW_STEP_MS / 1000} s on ${where.url()}: ${step}\n`), SLOW_STEP_MS);
  timer.unref();
  return wait.finally(() => clearTimeout(timer));
}

/** A waited-for condition, named by its own source on one line. */
const conditionOf = (fn: unknown): string => String(fn).replace(/\s+/g, ' ').slice(0, 200);

/** `surface` with its clicks and waits named on stderr when they take long (noteIfSlow). */
export function withSlowNotes(surface: Surface, where: { url(): string }): Surface {
  return {
    ...surface,
    click: (selector) => noteIfSlow(`click ${selector}`, where, surface.click(selector)),
    waitFor: (fn, arg, ms) => noteIfSlow(`wait for ${conditionOf(fn)}`, where, surface.waitFor(fn, arg, ms)),
    waitVisible: (selector) => noteIfSlow(`wait for ${selector} to show`, where, surface.waitVisible(selector)),
  };
}

/** A document a check works in: a tab, or a frame inside one (Disqus). */
export interface Surface {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Clicks as a person does, once the element is there, visible and not covered. */
  click(selector: string): Promise<void>;
  /** A click now or never: for a button that may already be gone (an impatient second click). */
  clickIfThere(selector: string): Promise<void>;
  /** Resolves once `fn(arg)` is truthy in the document; rejects after `ms` (0: only the test's timeout). */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, ms: number): Promise<void>;
  count(selector: string): Promise<number>;
  waitVisible(selector: string): Promise<void>;
}

export interface Tab extends Surface {
  /** Types into whatever has focus, one key at a time. */
  type(text: string): Promise<void>;
  /** A key with modifiers, written as Playwright does: 'Control+Shift+Z', 'Enter'. */
  press(keys: string): Promise<void>;
  /** The frame whose address has this host, once it has loaded. */
  frame(host: string): Promise<Surface>;
  resize(width: number, height: number): Promise<void>;
  /** A PNG of the tab: the whole page, or the clip. */
  screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

/** A page body by URL; anything not listed is aborted. */
export type Routes = Record<string, string | (() => string)>;

export interface Driver {
  readonly browser: BrowserName;
  /** Pages are served at these addresses; every other request is aborted and recorded. */
  serve(routes: Routes): void;
  open(url: string): Promise<Tab>;
  /** One of the extension's own pages, e.g. 'popup/index.html'. */
  extensionPage(path: string): Promise<Tab>;
  /** Addresses of requests that were aborted because they would have left this machine. */
  blocked(): string[];
  /** Console errors and uncaught exceptions seen on any page. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface DriverOptions {
  /** false: the same browser without GiveFirst, for with/without comparisons. */
  extension?: boolean;
  /**
   * Origins the person adds as their own sites. Chromium: granted in the copied manifest
   * (headless Chromium cannot click through the prompt). Firefox: added through the options
   * page, whose permission request the profile answers as the person's "Allow" would.
   */
  userSites?: string[];
  colorScheme?: 'light' | 'dark';
  /** The browser's language, e.g. 'de' (Chromium: --lang). */
  lang?: string;
}

/** The browsers the shared checks run in: all, or those named in BROWSERS (e.g. BROWSERS=firefox). */
export function browsers(): BrowserName[] {
  const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((b) => b.trim());
  return (['chromium', 'firefox'] as const).filter((b) => wanted.includes(b));
}

/**
 * Resolves once the page (or frame), `afterMs` from now on its own clock, has drawn a frame and
 * then run a task: everything queued before (input handling, layout of what was just set, the
 * content script's timers due by then) is behind it. No timeout of its own: a slow machine
 * only makes it later, and a page that never gets there fails at the test's own timeout.
 */
export function nextFrame(target: Pick<Surface, 'evaluate'>, afterMs = 0): Promise<void> {
  return target.evaluate((delay) => new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => setTimeout(resolve)), delay)), afterMs);
}

/** Sends a typed message from an extension page, as the popup would (either browser's API). */
export function sendFromPage(page: Pick<Surface, 'evaluate'>, message: unknown): Promise<unknown> {
  return page.evaluate((m) => ((globalThis as unknown as { browser?: Runtime }).browser ?? (globalThis as unknown as { chrome: Runtime }).chrome).runtime.sendMessage(m), message);
}

interface Runtime {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}

/** Splits 'Control+Shift+Z' into modifiers and the key. */
export function keyCombo(keys: string): { modifiers: string[]; key: string } {
  const parts = keys.split('+');
  return { modifiers: parts.slice(0, -1), key: parts[parts.length - 1]! };
}
