// The one exhaustive handler table: adding a kind to the Message union without handling it
// here is a type error.
import { api as browser } from '../platform/api.ts';
import type { MessageKind, MessageOf, Replies } from '../core/messages.ts';
import { makeBackup, validateBackup, validateEntry } from '../core/backup.ts';
import { LEDGER_SCHEMA } from './ledger-db.ts';
import { ledger } from './ledger.ts';
import { applyPatch, defaultSettings, isSiteRef, patchProblem, withSite } from '../core/settings.ts';
import { changeSettings, currentSettings } from './settings.ts';

type Handlers = { [K in MessageKind]: (message: MessageOf<K>) => Promise<Replies[K]> };

/** The popup shows a handful; more would only cost time to open. */
const MAX_RECENT = 200;

export const handlers: Handlers = {
  ping: async () => ({ version: browser.runtime.getManifest().version }),
  'post:submitted': async ({ entry }) => {
    const checked = validateEntry(entry, Date.now());
    if (!checked.ok) throw new Error(checked.error);
    return { recorded: await ledger.record(checked.entry) };
  },
  'balance:get': async ({ now }) => ledger.balance(await currentSettings(), now ?? Date.now()),
  'entries:recent': async ({ limit }) => ledger.recent(Math.min(MAX_RECENT, Math.max(0, Math.floor(limit) || 0))),
  'entry:correct': async ({ id, correction }) => ({ updated: await ledger.correct(id, correction) }),
  'entry:delete': async ({ id }) => ({ deleted: await ledger.remove(id) }),
  'corrections:get': async () => ledger.corrections(),
  'data:export': async () => makeBackup(await ledger.all(), await currentSettings(), Date.now(), LEDGER_SCHEMA),
  'data:import': async ({ data }) => {
    const checked = validateBackup(data, Date.now());
    if (!checked.ok) throw new Error(checked.error);
    const { imported, skipped } = await ledger.merge(checked.backup.entries);
    // Settings come second: if the entries could not be stored, nothing changed at all.
    const restored = checked.backup.settings;
    if (restored) await changeSettings(() => restored);
    // An import may bring a long history: the balance's count of it is done now, not when the popup opens.
    if (imported) void ledger.balance(await currentSettings(), Date.now()).catch(() => undefined);
    return { imported, skipped, settings: Boolean(checked.backup.settings) };
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
  'settings:patch': async ({ patch }) => {
    const problem = patchProblem(patch);
    if (problem) throw new Error(`GiveFirst: invalid ${problem}.`);
    return changeSettings((settings) => applyPatch(settings, patch));
  },
  'site:set': async ({ site, on }) => {
    if (!isSiteRef(site) || typeof on !== 'boolean') throw new Error('GiveFirst: invalid site change.');
    return changeSettings((settings) => withSite(settings, site, on));
  },
  'settings:reset': async () => changeSettings(() => defaultSettings()),
};
