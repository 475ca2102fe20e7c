// The ledger's connection to IndexedDB: opening (and upgrading) the database, one way to run a
// transaction, reconnecting once when the connection was lost, telling callers when an old
// connection elsewhere blocks an upgrade, and the last storage fault. Every change happens in a
// single transaction, so a worker stopped mid-write (MV3 stops idle workers) leaves all of it
// or none of it. Uses only IndexedDB, so Node tests run it on fake-indexeddb.
import { promisifyRequest as request } from 'idb-keyval';
import { localOffset, zoneOffset, type Offset } from '../../core/days.ts';
import type { LedgerProblem } from '../../core/messages.ts';
import type { Entry } from '../../core/types.ts';
import { fillAggregates } from './aggregates.ts';
import { isConnectionLost, LedgerError, toLedgerError } from './errors.ts';
import { MIGRATIONS } from './migrations.ts';
import { LEDGER_SCHEMA, META, STORES, type Clock, type Stores } from './schema.ts';

/** How long to wait for an old connection elsewhere before telling the person. */
const BLOCKED_MS = 3000;
const runtimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export type Work<T> = (stores: Stores, clock: Clock) => Promise<T> | T;

export class Connection {
  private db: Promise<IDBDatabase> | null = null;
  private zoneOfAggregates: string | null = null;
  private blocked = false;
  /** The last storage fault, until a later write succeeds (or, for a deletion, until restart). */
  problem: LedgerProblem | null = null;

  /** `zone`: the person's time zone now; when it changes the daily aggregates are rebuilt in it. */
  constructor(readonly name: string, private readonly zone: () => string = runtimeZone) {}

  private clock(): Clock {
    const timeZone = this.zone();
    const offset: Offset = timeZone === runtimeZone() ? localOffset : zoneOffset(timeZone);
    return { timeZone, offset };
  }

  /** One transaction over every store; reconnects once if the connection was lost. */
  async run<T>(mode: IDBTransactionMode, work: Work<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        const db = await this.connect();
        const clock = this.clock();
        if (this.zoneOfAggregates !== clock.timeZone) await this.followZone(db, clock);
        const result = await transact(db, mode, (stores) => work(stores, clock));
        if (mode === 'readwrite' && this.problem?.code !== 'deleted') this.problem = null;
        return result;
      } catch (error) {
        if (attempt === 0 && isConnectionLost(error)) {
          this.db = null;
          continue;
        }
        const fault = toLedgerError(error);
        this.problem = fault.problem;
        throw fault;
      }
    }
  }

  /** Closes the connection (tests, and before deleting the database). */
  async close(): Promise<void> {
    const db = await this.db?.catch(() => null);
    db?.close();
    this.db = null;
  }

  /**
   * The open connection. An upgrade blocked by an old connection elsewhere keeps waiting in
   * the background, but callers are told after BLOCKED_MS instead of hanging.
   */
  private async connect(): Promise<IDBDatabase> {
    this.db ??= open(
      this.name,
      this.clock(),
      (deleted) => {
        this.db = null;
        this.zoneOfAggregates = null;
        if (deleted) this.problem = new LedgerError('deleted').problem;
      },
      () => (this.blocked = true),
    ).then(
      (db) => {
        this.blocked = false;
        if (this.problem?.code === 'blocked') this.problem = null;
        return db;
      },
      (error: unknown) => {
        this.db = null;
        throw error;
      },
    );
    if (this.blocked) throw new LedgerError('blocked');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const blocked = new Promise<never>((_, reject) => {
      timer = setTimeout(() => this.blocked && reject(new LedgerError('blocked')), BLOCKED_MS);
    });
    try {
      return await Promise.race([this.db, blocked]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Daily aggregates are local days; a person who changed time zone gets them rebuilt once. */
  private async followZone(db: IDBDatabase, clock: Clock): Promise<void> {
    await transact(db, 'readwrite', async ({ entries, days, meta }) => {
      const stored = await request(meta.get(META.timeZone));
      if (stored === clock.timeZone) return;
      fillAggregates((await request(entries.getAll())) as Entry[], { days, meta }, clock);
    });
    this.zoneOfAggregates = clock.timeZone;
  }
}

/**
 * Opens (and if needed upgrades) the database. `onBlocked` is called while an upgrade waits
 * for an older connection elsewhere to close; the promise settles once it has.
 */
function open(name: string, clock: Clock, onGone: (deleted: boolean) => void, onBlocked: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let opening: IDBOpenDBRequest;
    try {
      opening = indexedDB.open(name, LEDGER_SCHEMA);
    } catch (error) {
      return reject(toLedgerError(error));
    }
    opening.onupgradeneeded = (event) => {
      const tx = opening.transaction!;
      for (let v = event.oldVersion; v < LEDGER_SCHEMA; v++) MIGRATIONS[v]!(opening.result, tx, clock);
    };
    opening.onblocked = onBlocked;
    opening.onerror = () => reject(toLedgerError(opening.error));
    opening.onsuccess = () => {
      const db = opening.result;
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
async function transact<T>(db: IDBDatabase, mode: IDBTransactionMode, work: (stores: Stores) => Promise<T> | T): Promise<T> {
  const tx = db.transaction([...STORES], mode);
  const done = request(tx);
  const stores = Object.fromEntries(STORES.map((name) => [name, tx.objectStore(name)])) as Stores;
  let result: T;
  try {
    result = await work(stores);
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
