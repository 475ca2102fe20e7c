// How a database of an older schema becomes the current one, inside the upgrade transaction.
import type { Entry } from '../../core/types.ts';
import { fillAggregates } from './aggregates.ts';
import type { Clock } from './schema.ts';

type Migration = (db: IDBDatabase, tx: IDBTransaction, clock: Clock) => void;

/** MIGRATIONS[n] takes the database from version n to n+1. */
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
    all.onsuccess = () => fillAggregates(all.result as Entry[], { days, meta }, clock);
  },
};
