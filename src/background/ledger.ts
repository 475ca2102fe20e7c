// The ledger: every submitted post, in IndexedDB, with daily aggregates kept beside the
// entries in the same transaction so the balance costs the same however long the history.
// Only the background imports this module, so there is one writer; it touches no extension
// API, so Node tests run it on fake-indexeddb.
import { HISTORY_DAYS, runEndingAt, streakReachesBack, summarize, zeroCounts, type Balance, type BalanceInput, type Counts, type DayCounts, type Run, type WeekMode } from '../core/balance.ts';
import { addDays, dayKey, localOffset, zoneOffset, type Offset } from '../core/days.ts';
import type { LedgerProblem, LedgerStatus } from '../core/messages.ts';
import { effectiveKind, type Correction, type Entry, type Kind } from '../core/types.ts';
import { LEDGER_SCHEMA, RUN_BEFORE, fillAggregates, openLedgerDb, request, transact, type Clock, type Stores } from './ledger-db.ts';
import { isConnectionLost, LedgerError, toLedgerError } from './ledger-errors.ts';

export interface LedgerOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** The person's time zone now; when it changes the daily aggregates are rebuilt in it. */
  timeZone?: () => string;
}

/** How long to wait for an old connection elsewhere before telling the person. */
const BLOCKED_MS = 3000;
const runtimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export class Ledger {
  readonly name: string;
  private readonly zone: () => string;
  private db: Promise<IDBDatabase> | null = null;
  private zoneOfAggregates: string | null = null;
  private blocked = false;
  /** The last storage fault, until a later write succeeds (or, for a deletion, until restart). */
  problem: LedgerProblem | null = null;

  constructor(options: LedgerOptions = {}) {
    this.name = options.name ?? 'givefirst-ledger';
    this.zone = options.timeZone ?? runtimeZone;
  }

  private clock(): Clock {
    const timeZone = this.zone();
    const offset: Offset = timeZone === runtimeZone() ? localOffset : zoneOffset(timeZone);
    return { timeZone, offset };
  }

  /**
   * The open connection. An upgrade blocked by an old connection elsewhere keeps waiting in
   * the background, but callers are told after BLOCKED_MS instead of hanging.
   */
  private async connect(): Promise<IDBDatabase> {
    this.db ??= openLedgerDb(
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

  /** One transaction over entries, days and meta; reconnects once if the connection was lost. */
  private async run<T>(mode: IDBTransactionMode, work: (s: Stores, clock: Clock) => Promise<T>): Promise<T> {
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

  /** Daily aggregates are local days; a person who changed time zone gets them rebuilt once. */
  private async followZone(db: IDBDatabase, clock: Clock): Promise<void> {
    await transact(db, 'readwrite', async ({ entries, days, meta }) => {
      const stored = await request(meta.get('timeZone'));
      if (stored === clock.timeZone) return;
      fillAggregates((await request(entries.getAll())) as Entry[], days, meta, clock);
    });
    this.zoneOfAggregates = clock.timeZone;
  }

  /** Records an entry once: a retried message with the same id changes nothing. */
  record(entry: Entry): Promise<boolean> {
    return this.run('readwrite', async (s, clock) => {
      if ((await request(s.entries.getKey(entry.id))) !== undefined) return false;
      s.entries.put(entry, entry.id);
      await bump(s, dayKey(entry.time, clock.offset), effectiveKind(entry), 1);
      return true;
    });
  }

  /** Sets or clears the user's verdict; the aggregates move from the old kind to the new one. */
  correct(id: string, correction: Kind | null): Promise<boolean> {
    return this.run('readwrite', async (s, clock) => {
      const entry = (await request(s.entries.get(id))) as Entry | undefined;
      if (!entry) return false;
      const next: Entry = { ...entry };
      if (correction === null || correction === entry.kind) delete next.correction;
      else next.correction = correction;
      const day = dayKey(entry.time, clock.offset);
      const before = effectiveKind(entry);
      const after = effectiveKind(next);
      if (before !== after) {
        await bump(s, day, before, -1);
        await bump(s, day, after, 1);
      }
      s.entries.put(next, id);
      return true;
    });
  }

  remove(id: string): Promise<boolean> {
    return this.run('readwrite', async (s, clock) => {
      const entry = (await request(s.entries.get(id))) as Entry | undefined;
      if (!entry) return false;
      s.entries.delete(id);
      await bump(s, dayKey(entry.time, clock.offset), effectiveKind(entry), -1);
      return true;
    });
  }

  /** The newest entries first, read from the time index: cost grows with `limit`, not history. */
  recent(limit: number): Promise<Entry[]> {
    return this.run('readonly', ({ entries }) =>
      new Promise<Entry[]>((resolve, reject) => {
        const out: Entry[] = [];
        if (limit <= 0) return resolve(out);
        const cursor = entries.index('time').openCursor(null, 'prev');
        cursor.onerror = () => reject(cursor.error);
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return resolve(out);
          out.push(at.value as Entry);
          if (out.length >= limit) resolve(out);
          else at.continue();
        };
      }),
    );
  }

  /** The user's corrections, for the analysis: read from an index holding only corrected entries. */
  corrections(): Promise<Correction[]> {
    return this.run('readonly', async ({ entries }) => {
      const list = (await request(entries.index('correction').getAll())) as Entry[];
      return list.map((e) => ({ fingerprint: e.fingerprint, was: e.kind, kind: e.correction! }));
    });
  }

  /**
   * The balance from the daily aggregates of the last 12 weeks. A streak longer than that also
   * needs the run of giving days just before the window; it is counted once a day (the run only
   * changes when the window moves or an older day is written) and kept in meta, so the cost
   * stays flat however long the history and the streak.
   */
  async balance(settings: { targetRatio: number; week: WeekMode }, now: number): Promise<Balance> {
    const known = await this.run('readonly', async (s, clock) => {
      const { input } = await readWindow(s, clock, settings, now);
      const balance = summarize(input);
      return input.before || !streakReachesBack(balance) ? balance : null;
    });
    if (known) return known;
    try {
      return await this.run('readwrite', async (s, clock) => {
        const { input, edge, cached } = await readWindow(s, clock, settings, now);
        // A run kept for an earlier day is still right up to that day: only the days since are read.
        const since = cached && cached.day < edge ? cached : undefined;
        const range = since ? IDBKeyRange.bound(since.day, edge, true) : IDBKeyRange.upperBound(edge);
        const older = countsByDay((await request(s.days.getAll(range))) as DayCounts[]);
        const before: Run = { day: edge, length: runEndingAt(older, edge, since) };
        s.meta.put(before, RUN_BEFORE);
        return summarize({ ...input, before });
      });
    } catch {
      // Storage full or read-only: count the run without keeping it.
      return this.run('readonly', async (s, clock) => {
        const { input, edge } = await readWindow(s, clock, settings, now);
        const older = (await request(s.days.getAll(IDBKeyRange.upperBound(edge)))) as DayCounts[];
        return summarize({ ...input, days: [...older, ...input.days] });
      });
    }
  }

  all(): Promise<Entry[]> {
    return this.run('readonly', async ({ entries }) => (await request(entries.index('time').getAll())) as Entry[]);
  }

  /** Adds entries whose ids are new, all in one transaction: an import adds everything or nothing. */
  merge(list: Entry[]): Promise<{ imported: number; skipped: number }> {
    return this.run('readwrite', async (s, clock) => {
      const known = new Set((await request(s.entries.getAllKeys())) as string[]);
      const delta = new Map<string, Counts>();
      let imported = 0;
      for (const entry of list) {
        if (known.has(entry.id)) continue;
        known.add(entry.id);
        s.entries.put(entry, entry.id);
        const day = dayKey(entry.time, clock.offset);
        const counts = delta.get(day) ?? zeroCounts();
        counts[effectiveKind(entry)] += 1;
        delta.set(day, counts);
        imported += 1;
      }
      for (const [day, counts] of delta) await add(s, day, counts);
      return { imported, skipped: list.length - imported };
    });
  }

  /** Empties the ledger. The database stays, so this is not mistaken for the browser deleting it. */
  deleteAll(): Promise<void> {
    return this.run('readwrite', async ({ entries, days, meta }, clock) => {
      entries.clear();
      days.clear();
      meta.clear();
      meta.put(clock.timeZone, 'timeZone');
    });
  }

  async status(): Promise<LedgerStatus> {
    try {
      // The totals, not count(): IndexedDB counts by walking every key, which grows with history.
      const count = await this.run('readonly', async ({ meta }) => {
        const totals = ((await request(meta.get('totals'))) as Counts | undefined) ?? zeroCounts();
        return totals.giving + totals.promotional + totals.mixed + totals.neutral;
      });
      return { schema: LEDGER_SCHEMA, entries: count, problem: this.problem };
    } catch {
      return { schema: LEDGER_SCHEMA, entries: null, problem: this.problem };
    }
  }

  /** Closes the connection (tests, and before deleting the database). */
  async close(): Promise<void> {
    const db = await this.db?.catch(() => null);
    db?.close();
    this.db = null;
  }
}

/** What the balance reads for `now`: the window's days and totals, and the run kept before it. */
async function readWindow(s: Stores, clock: Clock, settings: { targetRatio: number; week: WeekMode }, now: number) {
  const today = dayKey(now, clock.offset);
  const from = addDays(today, -HISTORY_DAYS);
  const edge = addDays(from, -1);
  const [days, totals, cached] = (await Promise.all(
    [s.days.getAll(IDBKeyRange.bound(from, today)), s.meta.get('totals'), s.meta.get(RUN_BEFORE)].map(request),
  )) as [DayCounts[], Counts?, Run?];
  const input: BalanceInput = {
    days,
    totals: totals ?? zeroCounts(),
    targetRatio: settings.targetRatio,
    week: settings.week,
    now,
    offset: clock.offset,
    before: cached?.day === edge ? cached : undefined,
  };
  return { input, edge, cached };
}

const countsByDay = (list: DayCounts[]) => new Map(list.map((d) => [d.day, d]));

/** Adds `by` to one kind on one day and in the all-time totals. */
function bump(s: Stores, day: string, kind: Kind, by: number): Promise<void> {
  const counts = zeroCounts();
  counts[kind] = by;
  return add(s, day, counts);
}

async function add(s: Stores, day: string, counts: Counts): Promise<void> {
  const [found, known, run] = (await Promise.all([s.days.get(day), s.meta.get('totals'), s.meta.get(RUN_BEFORE)].map(request))) as [DayCounts?, Counts?, Run?];
  const stored = found ?? { ...zeroCounts(), day };
  const totals = known ?? zeroCounts();
  // A day inside the kept run changed: it is counted again when next needed.
  if (run && day <= run.day) s.meta.delete(RUN_BEFORE);
  for (const k of Object.keys(counts) as Kind[]) {
    stored[k] = Math.max(0, stored[k] + counts[k]);
    totals[k] = Math.max(0, totals[k] + counts[k]);
  }
  // Days with nothing left are removed, so the store holds only days with posts.
  if (stored.giving + stored.promotional + stored.mixed + stored.neutral === 0) s.days.delete(day);
  else s.days.put(stored);
  s.meta.put(totals, 'totals');
}

/** The worker's one ledger. */
export const ledger = new Ledger();
