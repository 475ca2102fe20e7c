// The settings store against a fake extension storage: sync first, local with a marker when
// sync refuses, and back to sync once it accepts again, with nothing lost on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings } from '../../src/core/settings.ts';

type Area = { data: Record<string, unknown>; fail: string | null };
const sync: Area = { data: {}, fail: null };
const local: Area = { data: {}, fail: null };
const area = (a: Area) => ({
  async get(keys: string | string[]) {
    if (a.fail) throw new Error(a.fail);
    return Object.fromEntries([keys].flat().filter((k) => k in a.data).map((k) => [k, structuredClone(a.data[k])]));
  },
  async set(items: Record<string, unknown>) {
    if (a.fail) throw new Error(a.fail);
    Object.assign(a.data, structuredClone(items));
  },
  async remove(keys: string | string[]) {
    for (const k of [keys].flat()) delete a.data[k];
  },
});
Object.assign(globalThis, {
  __BROWSER__: 'chrome',
  chrome: { storage: { sync: area(sync), local: area(local), onChanged: { addListener() {}, removeListener() {} } } },
});
const store = await import('../../src/platform/settings-store.ts');

test('settings go to sync when it accepts them', async () => {
  assert.equal(await store.saveSettings({ ...defaultSettings(), sensitivity: 70 }), 'sync');
  assert.equal((await store.loadSettings()).sensitivity, 70);
  assert.equal(store.lastStoreProblem, null);
});

test('a full sync store falls back to local, says so, and this device reads the local copy', async () => {
  sync.fail = 'QUOTA_BYTES_PER_ITEM quota exceeded';
  assert.equal(await store.saveSettings({ ...defaultSettings(), sensitivity: 20 }), 'local');
  assert.deepEqual(store.lastStoreProblem, { kind: 'saved-locally', detail: 'QUOTA_BYTES_PER_ITEM quota exceeded' });
  sync.fail = null;
  // Sync still holds the older 70; the newer local copy wins until sync accepts a save.
  assert.equal((await store.loadSettings()).sensitivity, 20);
  assert.equal(store.lastStoreProblem?.kind, 'saved-locally');
});

test('the next save that fits goes back to sync and drops the local copy', async () => {
  assert.equal(await store.saveSettings({ ...defaultSettings(), sensitivity: 40 }), 'sync');
  assert.deepEqual(local.data, {});
  assert.equal((await store.loadSettings()).sensitivity, 40);
  assert.equal(store.lastStoreProblem, null);
});

test('sync unavailable on load: local copy or defaults, and the problem is reported', async () => {
  sync.fail = 'storage.sync is disabled';
  const loaded = await store.loadSettings();
  assert.deepEqual(loaded, defaultSettings());
  assert.deepEqual(store.lastStoreProblem, { kind: 'sync-unavailable', detail: 'storage.sync is disabled' });
  sync.fail = null;
});
