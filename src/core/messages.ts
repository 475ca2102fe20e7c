// Every message between GiveFirst's contexts, by direction: what a content script sends the
// background, what GiveFirst's own pages (popup, options) send it, and what the popup asks the
// content script of a tab; and for each kind the reply it gets. Payloads are checked at the
// one dispatch (src/background/dispatch.ts, with src/core/message-checks.ts) before the
// handler of their kind (src/background/handlers.ts) runs.
import type { Entry, Kind, LearnedDelta } from './types.ts';
import type { Balance } from './balance.ts';
// The hint's balance line reads these fields of the balance:get reply.
export type { BalanceSummary } from './balance.ts';
import type { Backup } from './backup.ts';
import type { Refusal } from './backup-refusal.ts';
import type { SettingsPatch, SettingsSaved, SiteRef } from './settings.ts';

/** Content script -> background: what the hint needs, and its "Off on this site". */
export type ContentMessage =
  | { kind: 'ping' }
  | { kind: 'post:submitted'; entry: Entry }
  | { kind: 'balance:get'; now?: number }
  | { kind: 'delta:get' }
  | { kind: 'options:open' }
  /** From a content script, only `on: false` for the site it runs on (src/background/sender.ts). */
  | { kind: 'site:set'; site: SiteRef; on: boolean };

/** Popup and options -> background: what a content script may send, and the history and settings. */
export type PageMessage =
  | ContentMessage
  | { kind: 'entries:recent'; limit: number }
  | { kind: 'entry:correct'; id: string; correction: Kind | null }
  | { kind: 'entry:delete'; id: string }
  | { kind: 'data:export' }
  /** The backup as JSON text (what the options page reads from the file) or as parsed JSON. */
  | { kind: 'data:import'; data: unknown }
  | { kind: 'data:delete-all' }
  | { kind: 'ledger:status' }
  | { kind: 'settings:patch'; patch: SettingsPatch }
  | { kind: 'settings:reset' };

/** Everything the background answers. */
export type BackgroundMessage = PageMessage;
export type MessageKind = BackgroundMessage['kind'];
export type MessageOf<K extends MessageKind> = Extract<BackgroundMessage, { kind: K }>;
export type ContentKind = ContentMessage['kind'];

/** The kinds a content script may send; listing one too many or too few is a type error. */
export const CONTENT_KINDS = ['ping', 'post:submitted', 'balance:get', 'delta:get', 'options:open', 'site:set'] as const satisfies readonly ContentKind[];
const everyContentKindListed: Exclude<ContentKind, (typeof CONTENT_KINDS)[number]> extends never ? true : false = true;
void everyContentKindListed;

/** Popup -> the content script of the active tab (tabs.sendMessage). */
export type TabMessage = { kind: 'tab:site' };

export interface TabReplies {
  /** Which site this tab is, and whether GiveFirst is on there. */
  'tab:site': { site: string; name: string; origin: string; enabled: boolean };
}

/**
 * A storage fault, as a code: the pages say what happened and what to do about it in the
 * person's language (`ledger_<code>_message`, `ledger_<code>_advice` in _locales).
 */
export interface LedgerProblem {
  code: 'quota' | 'blocked' | 'deleted' | 'unavailable' | 'newer' | 'failed';
  /** The browser's own words, for the curious (on hover), never translated. */
  detail?: string;
}

/** The ledger's health: its schema version, how many entries, and the last fault if any. */
export interface LedgerStatus {
  schema: number;
  entries: number | null;
  problem: LedgerProblem | null;
}

/** Why the background did not do what a message asked; nothing was changed. */
export type Failure =
  /** Not a message of any kind the background knows. */
  | { code: 'unknown-kind' }
  /** A kind this sender may not send (a content script asking for the history). */
  | { code: 'not-allowed' }
  /** The payload is not what its kind says: `field` names the first wrong field; `reason`, for an entry or a backup, is why (a code). */
  | { code: 'invalid'; field: string; reason?: Refusal }
  | { code: 'ledger'; problem: LedgerProblem }
  /** Anything else; `detail` is for developers. */
  | { code: 'failed'; detail: string };

export type Reply<T> = { ok: true; value: T } | { ok: false; error: Failure };

export interface Replies {
  ping: { version: string };
  'post:submitted': { recorded: boolean };
  /** The headline's counts plus the popup's series, streak and milestones. */
  'balance:get': Balance;
  'entries:recent': Entry[];
  'entry:correct': { updated: boolean };
  'entry:delete': { deleted: boolean };
  /** What the user's corrections taught the analysis, for it to add to the shipped weights. */
  'delta:get': LearnedDelta;
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
