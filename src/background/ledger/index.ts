// The ledger: every submitted post, in IndexedDB, with daily aggregates kept beside the entries
// so the balance costs the same however long the history. Its parts: the connection and its
// retries (connection.ts), the entries (entries.ts), the aggregates with the balance and the
// streak's kept run (aggregates.ts), the layout and its migrations (schema.ts, migrations.ts).
// Only the background imports it, so there is one writer; it touches no extension API, so Node
// tests run it on fake-indexeddb.
import type { Balance } from '../../core/balance.ts';
import type { LedgerProblem, LedgerStatus } from '../../core/messages.ts';
import type { Entry, Kind, LearnedDelta } from '../../core/types.ts';
import { clearAggregates, countEntries, keepRun, readBalance, type BalanceSettings } from './aggregates.ts';
import { Connection } from './connection.ts';
import * as entries from './entries.ts';
import { learned, relearn } from './learning.ts';
import { LEDGER_SCHEMA } from './schema.ts';

export { LEDGER_SCHEMA };

export interface LedgerOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** The person's time zone now; when it changes the daily aggregates are rebuilt in it. */
  timeZone?: () => string;
}

export class Ledger {
  private readonly connection: Connection;

  constructor(options: LedgerOptions = {}) {
    this.connection = new Connection(options.name ?? 'givefirst-ledger', options.timeZone);
  }

  get name(): string {
    return this.connection.name;
  }

  /** The last storage fault, until a later write succeeds (or, for a deletion, until restart). */
  get problem(): LedgerProblem | null {
    return this.connection.problem;
  }

  record(entry: Entry): Promise<boolean> {
    return this.connection.run('readwrite', (s, clock) => entries.record(s, clock, entry));
  }

  /** A correction also teaches the analysis (learning.ts), in the same transaction. */
  correct(id: string, correction: Kind | null): Promise<boolean> {
    return this.connection.run('readwrite', async (s, clock) => {
      const changed = await entries.correct(s, clock, id, correction);
      if (changed) await relearn(s);
      return changed;
    });
  }

  remove(id: string): Promise<boolean> {
    return this.connection.run('readwrite', async (s, clock) => {
      const removed = await entries.remove(s, clock, id);
      // Only a corrected post taught the analysis anything.
      if (removed?.correction) await relearn(s);
      return removed !== undefined;
    });
  }

  merge(list: Entry[]): Promise<{ imported: number; skipped: number }> {
    return this.connection.run('readwrite', async (s, clock) => {
      const result = await entries.merge(s, clock, list);
      if (list.some((e) => e.correction)) await relearn(s);
      return result;
    });
  }

  recent(limit: number): Promise<Entry[]> {
    return this.connection.run('readonly', (s) => entries.recent(s, limit));
  }

  all(): Promise<Entry[]> {
    return this.connection.run('readonly', (s) => entries.all(s));
  }

  /** What the corrections taught the analysis. */
  delta(): Promise<LearnedDelta> {
    return this.connection.run('readonly', learned);
  }

  /** The balance, read in one transaction; a streak's run counted on the way is kept for next time. */
  async balance(settings: BalanceSettings, now: number): Promise<Balance> {
    const { balance, keep } = await this.connection.run('readonly', (s, clock) => readBalance(s, clock, settings, now));
    // A full disk only means the run is counted again next time.
    if (keep) await this.connection.run('readwrite', (s) => keepRun(s, keep)).catch(() => undefined);
    return balance;
  }

  /** Empties the ledger. The database stays, so this is not mistaken for the browser deleting it. */
  deleteAll(): Promise<void> {
    return this.connection.run('readwrite', (s, clock) => {
      entries.clearEntries(s);
      clearAggregates(s, clock);
    });
  }

  async status(): Promise<LedgerStatus> {
    const count = await this.connection.run('readonly', countEntries).catch(() => null);
    return { schema: LEDGER_SCHEMA, entries: count, problem: this.problem };
  }

  /** Closes the connection (tests, and before deleting the database). */
  close(): Promise<void> {
    return this.connection.close();
  }
}

/** The worker's one ledger. */
export const ledger = new Ledger();
