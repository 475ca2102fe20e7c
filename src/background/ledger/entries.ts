// The entries: one per submitted post, keyed by the id the tab made. Each change here moves the
// daily aggregates in the same transaction (aggregates.ts), so the two always agree.
import { promisifyRequest as request } from 'idb-keyval';
import { zeroCounts, type Counts } from '../../core/balance.ts';
import { dayKey } from '../../core/days.ts';
import { withSignalIds } from '../../core/signal-ids.ts';
import { effectiveKind, type Entry, type Kind } from '../../core/types.ts';
import { addCounts, bump } from './aggregates.ts';
import type { Clock, Stores } from './schema.ts';

/** Records an entry once: a retried message with the same id changes nothing. */
export async function record(s: Stores, clock: Clock, entry: Entry): Promise<boolean> {
  if ((await request(s.entries.getKey(entry.id))) !== undefined) return false;
  s.entries.put(entry, entry.id);
  await bump(s, dayKey(entry.time, clock.offset), effectiveKind(entry), 1);
  return true;
}

/** Sets or clears the user's verdict; the aggregates move from the old kind to the new one. */
export async function correct(s: Stores, clock: Clock, id: string, correction: Kind | null): Promise<boolean> {
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
}

/** The entry it removed, or undefined when there was none. */
export async function remove(s: Stores, clock: Clock, id: string): Promise<Entry | undefined> {
  const entry = (await request(s.entries.get(id))) as Entry | undefined;
  if (!entry) return undefined;
  s.entries.delete(id);
  await bump(s, dayKey(entry.time, clock.offset), effectiveKind(entry), -1);
  return entry;
}

/** Adds entries whose ids are new: an import adds everything or nothing. */
export async function merge(s: Stores, clock: Clock, list: Entry[]): Promise<{ imported: number; skipped: number }> {
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
  for (const [day, counts] of delta) await addCounts(s, day, counts);
  return { imported, skipped: list.length - imported };
}

/** The newest entries first, read from the time index: cost grows with `limit`, not history. */
export function recent(s: Stores, limit: number): Promise<Entry[]> {
  return new Promise<Entry[]>((resolve, reject) => {
    const out: Entry[] = [];
    if (limit <= 0) return resolve(out);
    const cursor = s.entries.index('time').openCursor(null, 'prev');
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return resolve(out);
      out.push(withSignalIds(at.value as Entry));
      if (out.length >= limit) resolve(out);
      else at.continue();
    };
  });
}

/** Every entry, oldest first. */
export async function all(s: Stores): Promise<Entry[]> {
  return ((await request(s.entries.index('time').getAll())) as Entry[]).map(withSignalIds);
}

export function clearEntries(s: Stores): void {
  s.entries.clear();
}
