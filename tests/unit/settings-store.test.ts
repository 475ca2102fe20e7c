// Settings storage against a fake extension API: the background is the one writer, and saves
// to sync first, to local with a marker when sync refuses, and back to sync once it accepts
// again; changes asked for at the same moment from two contexts both stay; settings stored by
// an older version are written back migrated.
import { beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { local, resetStorage, sync } from './fake-extension.ts';
import { defaultSettings, SETTINGS_VERSION } from '../../src/core/settings.ts';

const store = await import('../../src/platform/settings-store.ts');
const writer = await import('../../src/background/settings.ts');
const { dispatch } = await import('../../src/background/dispatch.ts');

const SELF = { id: 'givefirstid', base: 'chrome-extension://givefirstid/' };
const OPTIONS = { id: SELF.id, url: 'chrome-extension://givefirstid/options/index.html' };
const POPUP = { id: SELF.id, url: 'chrome-extension://givefirstid/popup/index.html' };
const MASTODON_TAB = { id: SELF.id, url: 'https://mastodon.social/home', tab: { id: 7 } };

const stored = () => (local.data.settingsFallback ? local.data.settings : sync.data.settings) as ReturnType<typeof defaultSettings>;

beforeEach(resetStorage);

test('settings go to sync when it accepts them', async () => {
  const saved = await writer.changeSettings((s) => ({ ...s, sensitivity: 70 }));
  assert.deepEqual([saved.where, saved.problem, saved.settings.sensitivity], ['sync', null, 70]);
  assert.equal((await store.loadSettings()).sensitivity, 70);
  assert.equal(store.lastStoreProblem, null);
});

test('a full sync store falls back to local, says so, and this device reads the local copy until a save fits', async () => {
  await writer.changeSettings((s) => ({ ...s, sensitivity: 70 }));
  sync.fail = 'QUOTA_BYTES_PER_ITEM quota exceeded';
  const saved = await writer.changeSettings((s) => ({ ...s, sensitivity: 20 }));
  assert.equal(saved.where, 'local');
  assert.deepEqual(saved.problem, { kind: 'saved-locally', detail: 'QUOTA_BYTES_PER_ITEM quota exceeded' });
  sync.fail = null;
  // Sync still holds the older 70; the newer local copy wins until sync accepts a save.
  assert.equal((await store.loadSettings()).sensitivity, 20);
  assert.equal(store.lastStoreProblem?.kind, 'saved-locally');
  // The next change starts from the local copy, and goes back to sync.
  const back = await writer.changeSettings((s) => ({ ...s, targetRatio: 4 }));
  assert.deepEqual([back.where, back.problem, back.settings.sensitivity, back.settings.targetRatio], ['sync', null, 20, 4]);
  assert.deepEqual(local.data, {});
  assert.equal((await store.loadSettings()).sensitivity, 20);
  assert.equal(store.lastStoreProblem, null);
});

test('sync unavailable on load: local copy or defaults, and the problem is reported', async () => {
  sync.fail = 'storage.sync is disabled';
  assert.deepEqual(await store.loadSettings(), defaultSettings());
  assert.deepEqual(store.lastStoreProblem, { kind: 'sync-unavailable', detail: 'storage.sync is disabled' });
});

test('two contexts changing settings at the same moment both keep their change', async () => {
  // The options page moves the sensitivity and adds a site while a page's hint switches
  // Mastodon off and the options page adds a domain: all at once, through the one door.
  const replies = await Promise.all([
    dispatch({ kind: 'settings:patch', patch: { sensitivity: 80, own: { brands: ['Acme'] } } }, OPTIONS, SELF),
    dispatch({ kind: 'site:set', site: { site: 'mastodon' }, on: false }, MASTODON_TAB, SELF),
    dispatch({ kind: 'site:set', site: { site: 'generic', origin: 'https://forum.example.org' }, on: true }, POPUP, SELF),
    dispatch({ kind: 'settings:patch', patch: { own: { domains: ['acme.io'] } } }, OPTIONS, SELF),
  ]);
  assert.deepEqual(replies.map((r) => r?.ok), [true, true, true, true]);
  const final = stored();
  assert.equal(final.sensitivity, 80);
  assert.equal(final.sites.mastodon, false);
  assert.deepEqual(final.customSites, ['https://forum.example.org']);
  assert.deepEqual(final.own, { brands: ['Acme'], domains: ['acme.io'], handles: [] });
  // Each reply is the settings as they were once that change was saved; the last has them all.
  const last = replies.at(-1)!;
  assert.deepEqual(last.ok && (last.value as { settings: unknown }).settings, final);
});

test('settings stored by an older version are written back migrated when the worker first reads them', async () => {
  sync.data.settings = { sensitivity: 'high', targetRatio: 4 };
  const written = sync.nextSet();
  const read = await writer.currentSettings();
  assert.deepEqual([read.sensitivity, read.targetRatio], [75, 4]);
  await written;
  assert.deepEqual([stored().version, stored().sensitivity, stored().targetRatio], [SETTINGS_VERSION, 75, 4]);
});
