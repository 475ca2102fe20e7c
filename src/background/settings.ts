// The one writer of the settings. Every change is a function of the settings as stored at that
// moment, and changes run one after another, so two contexts changing different things at once
// both keep their change (a page writing back a whole stale copy lost the other one). Saves go
// to storage.sync, or to storage.local with a marker when sync refuses them; stored settings
// of an older version are written back migrated the first time the worker reads them.
import { api as browser } from '../platform/api.ts';
import { FALLBACK_KEY, SETTINGS_KEY, describe, readStored } from '../platform/settings-store.ts';
import { defaultSettings, needsMigration, validateSettings, type Settings, type SettingsSaved } from '../core/settings.ts';

/** Read once per worker life and again after any change: the popup's balance waits on them. */
let cached: Promise<Settings> | null = null;
// Another device (through sync) or this worker changed them: read again when next asked.
browser.storage.onChanged.addListener(() => void (cached = null));
/** The changes so far, in order; each starts when the one before has been saved. */
let queue: Promise<unknown> = Promise.resolve();

/** The settings as stored now (migrated and written back if they were of an older version). */
export function currentSettings(): Promise<Settings> {
  cached ??= readStored().then((stored) => {
    if (stored === undefined) return defaultSettings();
    if (needsMigration(stored)) void changeSettings((s) => s).catch(() => undefined);
    return validateSettings(stored);
  });
  return cached;
}

/** Applies `change` to the settings as stored when its turn comes, and saves the result. */
export function changeSettings(change: (settings: Settings) => Settings): Promise<SettingsSaved> {
  const turn = queue.then(async () => {
    const stored = await readStored();
    const settings = validateSettings(change(stored === undefined ? defaultSettings() : validateSettings(stored)));
    const saved = await save(settings);
    cached = Promise.resolve(settings);
    return { settings, ...saved };
  });
  queue = turn.catch(() => undefined);
  return turn;
}

async function save(settings: Settings): Promise<Omit<SettingsSaved, 'settings'>> {
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
  } catch (error) {
    const detail = describe(error);
    await browser.storage.local.set({ [SETTINGS_KEY]: settings, [FALLBACK_KEY]: { detail, at: Date.now() } });
    return { where: 'local', problem: { kind: 'saved-locally', detail } };
  }
  // Sync holds the newest copy again; a stale local copy must not shadow it.
  await browser.storage.local.remove([SETTINGS_KEY, FALLBACK_KEY]).catch(() => undefined);
  return { where: 'sync', problem: null };
}
