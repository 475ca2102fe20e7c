// The one exhaustive handler table: a kind added to the messages without a handler here is a
// type error. Every payload arrives checked (src/core/message-checks.ts), so handlers only do.
import { api as browser } from '../platform/api.ts';
import type { MessageKind, Replies } from '../core/messages.ts';
import type { Input } from '../core/message-checks.ts';
import { makeBackup } from '../core/backup.ts';
import { LEDGER_SCHEMA, ledger } from './ledger/index.ts';
import { applyPatch, defaultSettings, withSite } from '../core/settings.ts';
import { changeSettings, currentSettings } from './settings.ts';

type Handlers = { [K in MessageKind]: (input: Input<K>) => Promise<Replies[K]> };

/** The popup shows a handful; more would only cost time to open. */
const MAX_RECENT = 200;

export const handlers: Handlers = {
  ping: async () => ({ version: browser.runtime.getManifest().version }),
  'post:submitted': async ({ entry }) => ({ recorded: await ledger.record(entry) }),
  'balance:get': async ({ now }) => ledger.balance(await currentSettings(), now ?? Date.now()),
  'entries:recent': async ({ limit }) => ledger.recent(Math.min(MAX_RECENT, Math.floor(limit))),
  'entry:correct': async ({ id, correction }) => ({ updated: await ledger.correct(id, correction) }),
  'entry:delete': async ({ id }) => ({ deleted: await ledger.remove(id) }),
  'delta:get': async () => ledger.delta(),
  'data:export': async () => makeBackup(await ledger.all(), await currentSettings(), Date.now(), LEDGER_SCHEMA),
  'data:import': async ({ backup }) => {
    const { imported, skipped } = await ledger.merge(backup.entries);
    // Settings come second: if the entries could not be stored, nothing changed at all.
    const restored = backup.settings;
    if (restored) await changeSettings(() => restored);
    // An import may bring a long history: the balance's count of it is done now, not when the popup opens.
    if (imported) void ledger.balance(await currentSettings(), Date.now()).catch(() => undefined);
    return { imported, skipped, settings: Boolean(restored) };
  },
  'data:delete-all': async () => {
    await ledger.deleteAll();
    return { deleted: true };
  },
  'ledger:status': async () => ledger.status(),
  'options:open': async () => {
    await browser.runtime.openOptionsPage();
    return { opened: true };
  },
  'settings:patch': async ({ patch }) => changeSettings((settings) => applyPatch(settings, patch)),
  'site:set': async ({ site, on }) => changeSettings((settings) => withSite(settings, site, on)),
  'settings:reset': async () => changeSettings(() => defaultSettings()),
};
