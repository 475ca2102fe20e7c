// User-added sites: keeps the dynamically registered content scripts in line with
// `settings.customSites` and the host permissions the user granted. It runs on start and on
// every settings or permission change, so a site added or removed in options, switched off
// from a page, or brought in by an import all end up the same way.
import browser from 'webextension-polyfill';
import { currentSettings } from './settings.ts';
import { isOrigin } from '../core/settings.ts';

const PREFIX = 'givefirst-site:';

export const scriptId = (origin: string): string => PREFIX + origin;
export const originPattern = (origin: string): string => `${origin}/*`;

/** Only one sync at a time: a burst of changes must not register the same id twice. */
let running: Promise<void> = Promise.resolve();

export function syncSites(): Promise<void> {
  running = running.then(sync, sync).catch((error: unknown) => console.warn('GiveFirst: site sync failed', error));
  return running;
}

async function sync(): Promise<void> {
  // Without the optional "scripting" permission no user site was ever added.
  if (!browser.scripting) return;
  const settings = await currentSettings();
  const wanted = new Set<string>();
  for (const origin of settings.customSites.filter(isOrigin)) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) wanted.add(origin);
  }
  const registered = (await browser.scripting.getRegisteredContentScripts())
    .map((script) => script.id)
    .filter((id) => id.startsWith(PREFIX));
  const stale = registered.filter((id) => !wanted.has(id.slice(PREFIX.length)));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter((origin) => !registered.includes(scriptId(origin)));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((origin) => ({
        id: scriptId(origin),
        matches: [originPattern(origin)],
        js: ['content.js'],
        allFrames: false,
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  // A site removed anywhere (options, the page's "Off on this site", an import) gives back
  // its host permission too. Required permissions cannot be removed; that is fine.
  const dropped = stale
    .map((id) => id.slice(PREFIX.length))
    .filter((origin) => !settings.customSites.includes(origin));
  if (dropped.length) {
    await browser.permissions.remove({ origins: dropped.map(originPattern) }).catch(() => undefined);
    // With no user sites left, "scripting" is not needed either; adding a site asks again.
    if (!settings.customSites.length) await browser.permissions.remove({ permissions: ['scripting'] }).catch(() => undefined);
  }
}

export function startSites(): void {
  void syncSites();
  browser.storage.onChanged.addListener((changes) => {
    if ('settings' in changes || 'settingsFallback' in changes) void syncSites();
  });
  browser.permissions.onAdded.addListener(() => void syncSites());
  browser.permissions.onRemoved.addListener(() => void syncSites());
}
