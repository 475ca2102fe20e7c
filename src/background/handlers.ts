// The one exhaustive handler table: adding a kind to the Message union without handling it
// here is a type error.
import browser from 'webextension-polyfill';
import type { MessageKind, MessageOf, Replies } from '../core/messages.ts';
import { weeklyBalance } from '../core/balance.ts';
import * as ledger from './ledger.ts';
import { loadSettings } from '../platform/settings-store.ts';

type Handlers = { [K in MessageKind]: (message: MessageOf<K>) => Promise<Replies[K]> };

export const handlers: Handlers = {
  ping: async () => ({ version: browser.runtime.getManifest().version }),
  'post:submitted': async ({ entry }) => ({ recorded: await ledger.record(entry) }),
  'balance:get': async ({ now }) => {
    const settings = await loadSettings();
    return weeklyBalance(await ledger.allEntries(), settings.targetRatio, now ?? Date.now());
  },
  'entries:recent': async ({ limit }) => ledger.recent(limit),
  'entry:correct': async ({ id, correction }) => ({ updated: await ledger.correct(id, correction) }),
  'entry:delete': async ({ id }) => ({ deleted: await ledger.remove(id) }),
  'corrections:get': async () => ledger.corrections(),
  'data:export': async () => ({ entries: await ledger.allEntries(), settings: await loadSettings() }),
  'data:import': async () => {
    throw new Error('Import is not available yet.');
  },
  'data:delete-all': async () => {
    await ledger.deleteAll();
    return { deleted: true };
  },
  'options:open': async () => {
    await browser.runtime.openOptionsPage();
    return { opened: true };
  },
};
