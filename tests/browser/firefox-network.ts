// Sees every request Firefox tries to send out, from any context: tabs, extension pages and the
// event page. WebDriver BiDi's network events (and so puppeteer's request routing) cover tabs
// only; the event page lives in a hidden browser that BiDi never reports. So Firefox is told to
// send everything through a proxy on this machine, which records each request and refuses it.
// Requests the tests' routing answers or aborts never get this far.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NetworkWatch {
  /** The requests that reached the proxy: 'GET http://host/path', or 'CONNECT host:443' for https. */
  seen(): string[];
  /** Resolves once a request matching `pattern` has been seen. */
  waitFor(pattern: RegExp): Promise<string>;
  /** Firefox prefs that send every request through the proxy. */
  readonly prefs: Record<string, unknown>;
  /** Environment for Firefox (see below). */
  readonly env: Record<string, string>;
  close(): Promise<void>;
}

export async function startNetworkWatch(): Promise<NetworkWatch> {
  const seen: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const record = (line: string) => {
    seen.push(line);
    for (const w of waiters.filter((w) => w.pattern.test(line))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(line);
    }
  };
  const proxy = createServer((request, response) => {
    record(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  // https goes through the proxy as CONNECT host:port; only the host is visible, which is enough.
  proxy.on('connect', (request, socket) => {
    record(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    seen: () => [...seen],
    waitFor: (pattern) => {
      const found = seen.find((line) => pattern.test(line));
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ pattern, resolve }));
    },
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      // Even localhost goes through the proxy, so no address is left unwatched.
      'network.proxy.allow_hijacking_localhost': true,
    },
    // Firefox's own Remote Settings (firefox.settings.services.mozilla.com) would otherwise be
    // seen: release builds ignore the server pref puppeteer sets to keep Firefox quiet unless
    // this is set. It changes nothing for GiveFirst.
    env: { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    close: () => new Promise<void>((resolve) => {
      proxy.close(() => resolve());
      proxy.closeAllConnections();
    }),
  };
}
