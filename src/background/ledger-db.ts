// The ledger's IndexedDB database: its schema version, the migrations that reach it, and one
// way to run a transaction. Every change to entries and their daily aggregates happens in a
// single transaction, so a worker stopped mid-write (MV3 stops idle workers) leaves either
// all of it or none of it. Uses only IndexedDB, so Node tests run it on fake-indexeddb.
import { promisifyRequest } from 'idb-keyval';
import { countByDay, countKinds } from '../core/balance.ts';
import type { Offset } from '../core/days.ts';
import type { Entry } from '../core/types.ts';
import { toLedgerError } from './ledger-errors.ts';

/**
 * 1: what idb-keyval's createStore made: one 'entries' store keyed by entry id.
 * 2: a 'time' index for recent entries, a 'correction' index, daily aggregates in 'days',
 *    and all-time totals and the aggregates' time zone in 'meta'.
 */
export const LEDGER_SCHEMA = 2;
export const STORES = ['entries', 'days', 'meta'] as const;
export type StoreName = (typeof STORES)[number];
export type Stores = Record<StoreName, IDBObjectStore>;

/** Meta key of the run of giving days before the balance's window (see Ledger.balance). */
export const RUN_BEFORE = 'runBefore';

/** What the migrations need to know to fill the aggregates. */
export interface Clock {
  offset: Offset;
  timeZone: string;
}

type Migration = (db: IDBDatabase, tx: IDBTransaction, clock: Clock) => void;

/** MIGRATIONS[n] takes the database from version n to n+1, inside the upgrade transaction. */
export const MIGRATIONS: Record<number, Migration> = {
  0: (db) => {
    db.createObjectStore('entries');
  },
  1: (db, tx, clock) => {
    const entries = tx.objectStore('entries');
    entries.createIndex('time', 'time');
    // Entries without a correction are left out of this index, so reading corrections is cheap.
    entries.createIndex('correction', 'correction');
    const days = db.createObjectStore('days', { keyPath: 'day' });
    const meta = db.createObjectStore('meta');
    const all = entries.getAll();
    all.onsuccess = () => fillAggregates(all.result as Entry[], days, meta, clock);
  },
};

/** Writes the daily aggregates and totals for a full set of entries (migration and zone change). */
export function fillAggregates(list: Entry[], days: IDBObjectStore, meta: IDBObjectStore, clock: Clock): void {
  days.clear();
  for (const counts of countByDay(list, clock.offset).values()) days.put(counts);
  meta.put(countKinds(list), 'totals');
  meta.put(clock.timeZone, 'timeZone');
  meta.delete(RUN_BEFORE);
}

/**
 * Opens (and if needed upgrades) the database. `onBlocked` is called while an upgrade waits
 * for an older connection elsewhere to close; the promise settles once it has.
 */
export function openLedgerDb(name: string, clock: Clock, onGone: (deleted: boolean) => void, onBlocked: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name, LEDGER_SCHEMA);
    } catch (error) {
      return reject(toLedgerError(error));
    }
    request.onupgradeneeded = (event) => {
      const tx = request.transaction!;
      for (let v = event.oldVersion; v < LEDGER_SCHEMA; v++) MIGRATIONS[v]!(request.result, tx, clock);
    };
    request.onblocked = onBlocked;
    request.onerror = () => {
      reject(toLedgerError(request.error));
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another version wants the database, or someone deleted it: let go so they can proceed.
      db.onversionchange = (event) => {
        db.close();
        onGone(event.newVersion === null);
      };
      db.onclose = () => onGone(true);
      resolve(db);
    };
  });
}

/**
 * Runs `work` in one transaction and resolves when it has committed. If `work` throws, the
 * transaction is aborted, so nothing it did is kept.
 */
export async function transact<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  work: (stores: Stores, tx: IDBTransaction) => Promise<T> | T,
): Promise<T> {
  const tx = db.transaction([...STORES], mode);
  const done = promisifyRequest(tx);
  const stores = { entries: tx.objectStore('entries'), days: tx.objectStore('days'), meta: tx.objectStore('meta') };
  let result: T;
  try {
    result = await work(stores, tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser: the error below is the one that matters.
    }
    done.catch(() => undefined);
    throw error;
  }
  await done;
  return result;
}

export { promisifyRequest as request };
