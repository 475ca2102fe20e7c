// The daily aggregates kept beside the entries, and the balance read from them. Every change to
// the entries moves these counts in the same transaction, so the balance costs the same however
// long the history. A streak longer than the 12 weeks the balance reads also needs the run of
// giving days just before them; that run is counted once and kept in `meta` until the window
// moves or an older day changes.
import { promisifyRequest as request } from 'idb-keyval';
import { HISTORY_DAYS, countByDay, countKinds, runEndingAt, streakReachesBack, summarize, zeroCounts, type Balance, type Counts, type DayCounts, type Run, type WeekMode } from '../../core/balance.ts';
import { addDays, dayKey } from '../../core/days.ts';
import type { Entry, Kind } from '../../core/types.ts';
import { META, type Clock, type Stores } from './schema.ts';

export type BalanceSettings = { targetRatio: number; week: WeekMode };

/** A run counted while reading, and the revision of the days it was counted from. */
export interface RunToKeep {
  run: Run;
  revision: unknown;
}

/**
 * The balance for `now`, all read in the one transaction `s` belongs to: the window's days, the
 * totals, the kept run and, when the streak reaches past the window and no run is kept for
 * it, the older days. Such a run is returned to be kept (see keepRun).
 */
export async function readBalance(s: Stores, clock: Clock, settings: BalanceSettings, now: number): Promise<{ balance: Balance; keep?: RunToKeep }> {
  const today = dayKey(now, clock.offset);
  const from = addDays(today, -HISTORY_DAYS);
  const edge = addDays(from, -1);
  const [days, totals, kept, revision] = (await Promise.all(
    [s.days.getAll(IDBKeyRange.bound(from, today)), s.meta.get(META.totals), s.meta.get(META.runBefore), s.meta.get(META.revision)].map(request),
  )) as [DayCounts[], Counts?, Run?, unknown?];
  const input = {
    days,
    totals: totals ?? zeroCounts(),
    targetRatio: settings.targetRatio,
    week: settings.week,
    now,
    offset: clock.offset,
    before: kept?.day === edge ? kept : undefined,
  };
  const balance = summarize(input);
  if (input.before || !streakReachesBack(balance)) return { balance };
  // A run kept for an earlier day is still right up to that day: only the days since are read.
  const since = kept && kept.day < edge ? kept : undefined;
  const range = since ? IDBKeyRange.bound(since.day, edge, true) : IDBKeyRange.upperBound(edge);
  const older = (await request(s.days.getAll(range))) as DayCounts[];
  const before: Run = { day: edge, length: runEndingAt(new Map(older.map((d) => [d.day, d])), edge, since) };
  return { balance: summarize({ ...input, before }), keep: { run: before, revision } };
}

/** Keeps a counted run, unless the days changed since it was counted. */
export async function keepRun(s: Stores, keep: RunToKeep): Promise<void> {
  if ((await request(s.meta.get(META.revision))) === keep.revision) s.meta.put(keep.run, META.runBefore);
}

/** Adds `by` to one kind on one day and in the all-time totals. */
export function bump(s: Stores, day: string, kind: Kind, by: number): Promise<void> {
  const counts = zeroCounts();
  counts[kind] = by;
  return addCounts(s, day, counts);
}

/** Adds counts (negative to take away) to one day and to the all-time totals. */
export async function addCounts(s: Stores, day: string, counts: Counts): Promise<void> {
  bumpRevision(s.meta);
  const [found, known, run] = (await Promise.all([s.days.get(day), s.meta.get(META.totals), s.meta.get(META.runBefore)].map(request))) as [DayCounts?, Counts?, Run?];
  const stored = found ?? { ...zeroCounts(), day };
  const totals = known ?? zeroCounts();
  // A day inside the kept run changed: it is counted again when next needed.
  if (run && day <= run.day) s.meta.delete(META.runBefore);
  for (const k of Object.keys(counts) as Kind[]) {
    stored[k] = Math.max(0, stored[k] + counts[k]);
    totals[k] = Math.max(0, totals[k] + counts[k]);
  }
  // Days with nothing left are removed, so the store holds only days with posts.
  if (stored.giving + stored.promotional + stored.mixed + stored.neutral === 0) s.days.delete(day);
  else s.days.put(stored);
  s.meta.put(totals, META.totals);
}

/** Writes the daily aggregates and totals for a full set of entries (migration and zone change). */
export function fillAggregates(list: Entry[], s: Pick<Stores, 'days' | 'meta'>, clock: Clock): void {
  bumpRevision(s.meta);
  s.days.clear();
  for (const counts of countByDay(list, clock.offset).values()) s.days.put(counts);
  s.meta.put(countKinds(list), META.totals);
  s.meta.put(clock.timeZone, META.timeZone);
  s.meta.delete(META.runBefore);
}

/** No days, no totals, no kept run: the aggregates of an empty ledger. */
export function clearAggregates(s: Stores, clock: Clock): void {
  bumpRevision(s.meta);
  s.days.clear();
  s.meta.clear();
  s.meta.put(clock.timeZone, META.timeZone);
}

/** All-time entries of any kind, from the totals: IndexedDB's count() walks every key. */
export async function countEntries(s: Stores): Promise<number> {
  const totals = ((await request(s.meta.get(META.totals))) as Counts | undefined) ?? zeroCounts();
  return totals.giving + totals.promotional + totals.mixed + totals.neutral;
}

/**
 * The revision goes up by one. Issued before the changes it stands for, its write lands after
 * them (it waits on its own read), so a clear of `meta` in the same transaction cannot undo it.
 */
function bumpRevision(meta: IDBObjectStore): void {
  const current = meta.get(META.revision);
  current.onsuccess = () => meta.put(((current.result as number | undefined) ?? 0) + 1, META.revision);
}
