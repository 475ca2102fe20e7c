// Reading settings, for every context. Settings live in storage.sync so they follow the user;
// when sync is unavailable or full (8 KB per item, 120 writes a minute) the background keeps
// them in storage.local with a marker, and this device then reads the local copy until a save
// to sync succeeds again. The marker is stored, so every context (and the options page, which
// says so) sees the same state. Only the background writes (src/background/settings.ts).
import type { Storage } from 'webextension-polyfill';
import { api as browser } from './api.ts';
import { defaultSettings, validateSettings, type Settings, type StoreProblem } from '../core/settings.ts';

export type { StoreProblem };

export const SETTINGS_KEY = 'settings';
/** In storage.local: why settings are kept on this device only. */
export const FALLBACK_KEY = 'settingsFallback';

/** The last problem seen by this context; null when settings are in sync storage. */
export let lastStoreProblem: StoreProblem | null = null;

/** What is stored, as it is (maybe of an older version), or undefined when nothing is. */
export async function readStored(): Promise<unknown> {
  // Both stores are asked at once (the popup's balance waits on this); either may be missing or throw.
  const ask = <T>(read: () => Promise<T>) => Promise.resolve().then(read);
  const [localRead, syncRead] = await Promise.allSettled([
    ask(() => browser.storage.local.get([SETTINGS_KEY, FALLBACK_KEY])),
    ask(() => browser.storage.sync.get(SETTINGS_KEY)),
  ]);
  // storage.local failing leaves sync or the defaults.
  const local: Record<string, unknown> = localRead.status === 'fulfilled' ? localRead.value : {};
  const fallback = local[FALLBACK_KEY] as { detail?: unknown } | undefined;
  if (fallback && local[SETTINGS_KEY] !== undefined) {
    lastStoreProblem = { kind: 'saved-locally', detail: String(fallback.detail ?? '') };
    return local[SETTINGS_KEY];
  }
  if (syncRead.status === 'fulfilled') {
    lastStoreProblem = null;
    if (syncRead.value[SETTINGS_KEY] !== undefined) return syncRead.value[SETTINGS_KEY];
  } else {
    lastStoreProblem = { kind: 'sync-unavailable', detail: describe(syncRead.reason) };
  }
  return local[SETTINGS_KEY];
}

export async function loadSettings(): Promise<Settings> {
  const stored = await readStored();
  // Defaults are always a working configuration; an older shape reads as its migrated self.
  return stored === undefined ? defaultSettings() : validateSettings(stored);
}

/** Calls back with fresh settings whenever they change in any context or store. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>) => {
    if (SETTINGS_KEY in changes || FALLBACK_KEY in changes) void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
