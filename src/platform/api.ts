// The extension API for the pages and the content script. Chrome's MV3 APIs and Firefox's
// `browser` both return promises for everything these contexts use, so they share the native
// object and the content script stays inside its size budget; the background keeps
// webextension-polyfill for its promise-returning onMessage listener.
import type Browser from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };

export const api: Browser.Browser = (__BROWSER__ === 'firefox' ? g.browser : g.chrome ?? g.browser)!;
