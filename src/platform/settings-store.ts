// Settings live in storage.sync so they follow the user. When sync is unavailable or full
// (8 KB per item, 120 writes a minute) they are saved to storage.local with a marker, and
// this device then reads the local copy until a save to sync succeeds again. The marker is
// stored, so every context (and the options page, which says so) sees the same state.
import type { Storage } from 'webextension-polyfill';
import { api as browser } from './api.ts';
import { defaultSettings, validateSettings, type Settings } from '../core/settings.ts';

const KEY = 'settings';
/** In storage.local: why settings are kept on this device only. */
const FALLBACK = 'settingsFallback';

export type StoreProblem =
  | { kind: 'sync-unavailable'; detail: string }
  | { kind: 'saved-locally'; detail: string };

/** The last problem seen by this context; null when settings are in sync storage. */
export let lastStoreProblem: StoreProblem | null = null;

export async function loadSettings(): Promise<Settings> {
  // Both stores are asked at once (the popup's balance waits on this); either may be missing or throw.
  const ask = <T>(read: () => Promise<T>) => Promise.resolve().then(read);
  const [localRead, syncRead] = await Promise.allSettled([ask(() => browser.storage.local.get([KEY, FALLBACK])), ask(() => browser.storage.sync.get(KEY))]);
  // storage.local failing leaves sync or the defaults.
  const local: Record<string, unknown> = localRead.status === 'fulfilled' ? localRead.value : {};
  const fallback = local[FALLBACK] as { detail?: unknown } | undefined;
  if (fallback && local[KEY] !== undefined) {
    lastStoreProblem = { kind: 'saved-locally', detail: String(fallback.detail ?? '') };
    return validateSettings(local[KEY]);
  }
  if (syncRead.status === 'fulfilled') {
    lastStoreProblem = null;
    if (syncRead.value[KEY] !== undefined) return validateSettings(syncRead.value[KEY]);
  } else {
    lastStoreProblem = { kind: 'sync-unavailable', detail: describe(syncRead.reason) };
  }
  // Defaults are always a working configuration.
  return local[KEY] !== undefined ? validateSettings(local[KEY]) : defaultSettings();
}

/** Saves valid settings; returns where they went. */
export async function saveSettings(next: Settings): Promise<'sync' | 'local'> {
  const valid = validateSettings(next);
  try {
    await browser.storage.sync.set({ [KEY]: valid });
  } catch (error) {
    lastStoreProblem = { kind: 'saved-locally', detail: describe(error) };
    await browser.storage.local.set({ [KEY]: valid, [FALLBACK]: { detail: describe(error), at: Date.now() } });
    return 'local';
  }
  lastStoreProblem = null;
  // Sync holds the newest copy again; a stale local copy must not shadow it.
  await browser.storage.local.remove([KEY, FALLBACK]).catch(() => undefined);
  return 'sync';
}

/** Calls back with fresh settings whenever they change in any context or store. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>) => {
    if (KEY in changes || FALLBACK in changes) void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
