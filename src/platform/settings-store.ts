// Settings live in storage.sync so they follow the user; when sync is unavailable or full
// they fall back to storage.local and `lastStoreProblem` says so for the options page.
import { api as browser } from './api.ts';
import { defaultSettings, validateSettings, type Settings } from '../core/settings.ts';

const KEY = 'settings';
export let lastStoreProblem: string | null = null;

export async function loadSettings(): Promise<Settings> {
  try {
    const synced = await browser.storage.sync.get(KEY);
    if (synced[KEY] !== undefined) return validateSettings(synced[KEY]);
  } catch (error) {
    lastStoreProblem = `Sync storage is unavailable (${describe(error)}); settings are kept on this device.`;
  }
  try {
    const local = await browser.storage.local.get(KEY);
    if (local[KEY] !== undefined) return validateSettings(local[KEY]);
  } catch {
    // Both stores failing leaves the defaults, which is always a working configuration.
  }
  return defaultSettings();
}

/** Saves valid settings; returns where they went. */
export async function saveSettings(next: Settings): Promise<'sync' | 'local'> {
  const valid = validateSettings(next);
  try {
    await browser.storage.sync.set({ [KEY]: valid });
    lastStoreProblem = null;
    return 'sync';
  } catch (error) {
    lastStoreProblem = `Could not save to sync storage (${describe(error)}); saved on this device only.`;
    await browser.storage.local.set({ [KEY]: valid });
    return 'local';
  }
}

/** Calls back with fresh settings whenever they change in any context. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, import('webextension-polyfill').Storage.StorageChange>) => {
    if (KEY in changes) void loadSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
