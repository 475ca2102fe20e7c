// Real Chromium with the built extension, for the browser tests: fixture pages are served
// at the real sites' addresses by request routing and every other request is aborted.
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker, type Request } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_DIST = join(ROOT, 'dist/chrome');

export function browserPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found: apt-get install chromium, or set CHROME_PATH.');
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

import type { Routes } from './driver.ts';

export type { Routes };
export { nextFrame, sendFromPage } from './driver.ts';

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests that were aborted because they would have left this machine. */
  blocked: Request[];
  /** Console errors and uncaught exceptions seen on any page. */
  errors: string[];
  serve(routes: Routes): void;
  open(url: string): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Edits the copied manifest, e.g. to grant a user-added host as the permission prompt would. */
  manifest?: (manifest: Record<string, unknown>) => void;
  /** Browser options such as colorScheme or viewport. */
  colorScheme?: 'light' | 'dark';
  /** false: the same browser set-up without GiveFirst, for with/without comparisons. */
  extension?: boolean;
  /**
   * false: no request routing. Routing pauses every request, the extension's own files
   * included, for a round trip to this process; benches of extension pages leave it off.
   */
  route?: boolean;
  /** The browser's language (e.g. 'de'): the extension's pages follow it. */
  lang?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'givefirst-profile-'));
  // A private copy: a rebuild of dist/ during a run cannot pull files from under the browser.
  const extensionDir = mkdtempSync(join(tmpdir(), 'givefirst-ext-'));
  cpSync(CHROME_DIST, extensionDir, { recursive: true });
  if (options.manifest) {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    options.manifest(manifest);
    writeFileSync(join(extensionDir, 'manifest.json'), JSON.stringify(manifest));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browserPath(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      ...CHROMIUM_ARGS,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(options.extension === false ? [] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
    ],
  });
  const worker = options.extension === false
    ? (null as unknown as Worker)
    : context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = worker ? new URL(worker.url()).host : '';
  const routes: Routes = {};
  const blocked: Request[] = [];
  const errors: string[] = [];
  if (options.route !== false) await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    // The extension's own files are not network traffic.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const body = routes[url] ?? routes[url.split('#')[0]!];
    if (body !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: typeof body === 'function' ? body() : body });
    } else {
      blocked.push(request);
      await route.abort('blockedbyclient');
    }
  });
  const watch = (page: Page) => {
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  };
  context.on('page', watch);
  return {
    context,
    worker,
    extensionId,
    blocked,
    errors,
    serve: (more) => Object.assign(routes, more),
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

interface DomNode {
  nodeName: string;
  nodeValue: string;
  /** Name, value, name, value… */
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * Every shown hint's full text as the person sees it, through the DevTools protocol: unlike page
 * script, it reaches into the closed shadow root that keeps the balance line from the site.
 */
export async function hintTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const texts: string[] = [];
  const textOf = (node: DomNode): string => {
    if (node.nodeName === '#text') return node.nodeValue;
    const inner = [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join('');
    // Paragraphs and buttons on lines of their own, as the card shows them.
    return /^(P|DIV|BUTTON)$/.test(node.nodeName) ? `\n${inner}\n` : inner;
  };
  const find = (node: DomNode): void => {
    // Hidden hints (a box that was emptied or went away) say nothing to the person.
    if (node.nodeName !== 'GIVEFIRST-HINT') {
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) find(child);
      return;
    }
    const hidden = (node.attributes ?? []).some((name, i) => i % 2 === 0 && name === 'hidden');
    if (!hidden) texts.push(textOf(node).replace(/\n\s*\n/g, '\n').trim());
  };
  find(root);
  return texts;
}

/** Polls a condition (every 100 ms, up to `ms`) and fails with `what` if it never holds. */
export async function waitUntil(condition: () => Promise<boolean>, what = 'condition', ms = 3000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Extension pages see the worker through the ServiceWorker CDP domain; this stops it. */
export async function stopWorker(cdp: CDPSession): Promise<void> {
  let stopped!: () => void;
  const done = new Promise<void>((r) => (stopped = r));
  const listener = (event: { versions: { runningStatus: string; scriptURL: string }[] }) => {
    if (event.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) stopped();
  };
  cdp.on('ServiceWorker.workerVersionUpdated', listener);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([done, new Promise((r) => setTimeout(r, 3000))]);
  cdp.off('ServiceWorker.workerVersionUpdated', listener);
}
