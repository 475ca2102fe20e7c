// The ledger's IndexedDB layout, shared by its parts: the stores, the keys kept in `meta`, and
// what every transaction is handed. The migrations that build it are in migrations.ts.
import type { Offset } from '../../core/days.ts';

/**
 * 1: what idb-keyval's createStore made: one 'entries' store keyed by entry id.
 * 2: a 'time' index for recent entries, a 'correction' index, daily aggregates in 'days',
 *    and all-time totals and the aggregates' time zone in 'meta'.
 */
export const LEDGER_SCHEMA = 2;
export const STORES = ['entries', 'days', 'meta'] as const;
export type StoreName = (typeof STORES)[number];
export type Stores = Record<StoreName, IDBObjectStore>;

/** Keys in `meta`. */
export const META = {
  /** All-time counts by kind (Counts). */
  totals: 'totals',
  /** The time zone the daily aggregates are counted in. */
  timeZone: 'timeZone',
  /** The run of giving days before the balance's window (Run), kept so long streaks stay cheap. */
  runBefore: 'runBefore',
  /** Goes up with every change to the days, so a run counted from an older read is not kept. */
  revision: 'revision',
  /** What the corrections taught the analysis (LearnedDelta, see learning.ts). */
  delta: 'delta',
} as const;

/** The person's clock: how entries' times become local days. */
export interface Clock {
  offset: Offset;
  timeZone: string;
}
