// Every message between GiveFirst's contexts: one union keyed on `kind`, and for each kind
// the reply it gets. The background handles them in one exhaustive table
// (src/background/handlers.ts); other contexts send them through src/platform/messaging.ts.
import type { Correction, Entry, Kind } from './types.ts';
import type { Balance } from './balance.ts';
import type { Backup } from './backup.ts';
import type { SettingsPatch, SettingsSaved, SiteRef } from './settings.ts';

export type Message =
  | { kind: 'ping' }
  | { kind: 'post:submitted'; entry: Entry }
  | { kind: 'balance:get'; now?: number }
  | { kind: 'entries:recent'; limit: number }
  | { kind: 'entry:correct'; id: string; correction: Kind | null }
  | { kind: 'entry:delete'; id: string }
  | { kind: 'corrections:get' }
  | { kind: 'data:export' }
  | { kind: 'data:import'; data: unknown }
  | { kind: 'data:delete-all' }
  | { kind: 'ledger:status' }
  | { kind: 'options:open' }
  /** The only ways settings change: a patch of preferences, a site on or off, all back to defaults. */
  | { kind: 'settings:patch'; patch: SettingsPatch }
  | { kind: 'site:set'; site: SiteRef; on: boolean }
  | { kind: 'settings:reset' };

/** What the popup's headline and the hint's balance line need. */
export interface BalanceSummary {
  giving: number;
  promotional: number;
  mixed: number;
  neutral: number;
  /** Promotions still "paid for" by giving this week (may be negative: a deficit). */
  credits: number;
  targetRatio: number;
  [more: string]: unknown;
}

/** A storage fault the popup shows with what to do about it. */
export interface LedgerProblem {
  code: 'quota' | 'blocked' | 'deleted' | 'unavailable' | 'newer' | 'failed';
  message: string;
  advice: string;
  detail?: string;
}

/** The ledger's health: its schema version, how many entries, and the last fault if any. */
export interface LedgerStatus {
  schema: number;
  entries: number | null;
  problem: LedgerProblem | null;
}

/** A reply is either the value or an error a person can read. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Replies {
  ping: { version: string };
  'post:submitted': { recorded: boolean };
  /** A BalanceSummary plus the popup's series, streak and milestones. */
  'balance:get': Balance;
  'entries:recent': Entry[];
  'entry:correct': { updated: boolean };
  'entry:delete': { deleted: boolean };
  'corrections:get': Correction[];
  'data:export': Backup;
  /** `imported`: new entries; `skipped`: ids already in the ledger; `settings`: whether settings were restored. */
  'data:import': { imported: number; skipped: number; settings: boolean };
  'data:delete-all': { deleted: boolean };
  'ledger:status': LedgerStatus;
  'options:open': { opened: boolean };
  'settings:patch': SettingsSaved;
  'site:set': SettingsSaved;
  'settings:reset': SettingsSaved;
}

export type MessageKind = Message['kind'];
export type MessageOf<K extends MessageKind> = Extract<Message, { kind: K }>;

/** Messages the popup sends to the content script of the active tab (tabs.sendMessage). */
export type TabMessage = { kind: 'tab:site' };

export interface TabReplies {
  /** Which site this tab is, and whether GiveFirst is on there. */
  'tab:site': { site: string; name: string; origin: string; enabled: boolean };
}
