// The ledger: every submitted post, in IndexedDB through idb-keyval. Only the background
// imports this module, so there is one writer.
import { createStore, get, set, del, values, clear, update } from 'idb-keyval';
import type { Correction, Entry, Kind } from '../core/types.ts';

const entries = createStore('givefirst-ledger', 'entries');

/** Records an entry once: a retried message with the same id changes nothing. */
export async function record(entry: Entry): Promise<boolean> {
  let added = false;
  await update(
    entry.id,
    (existing: Entry | undefined) => {
      if (existing) return existing;
      added = true;
      return entry;
    },
    entries,
  );
  return added;
}

export async function allEntries(): Promise<Entry[]> {
  const list = (await values<Entry>(entries)) ?? [];
  return list.sort((a, b) => b.time - a.time);
}

export async function recent(limit: number): Promise<Entry[]> {
  return (await allEntries()).slice(0, Math.max(0, limit));
}

export async function correct(id: string, correction: Kind | null): Promise<boolean> {
  const entry = await get<Entry>(id, entries);
  if (!entry) return false;
  const next: Entry = { ...entry };
  if (correction === null || correction === entry.kind) delete next.correction;
  else next.correction = correction;
  await set(id, next, entries);
  return true;
}

export async function remove(id: string): Promise<boolean> {
  const existed = (await get(id, entries)) !== undefined;
  await del(id, entries);
  return existed;
}

export async function corrections(): Promise<Correction[]> {
  return (await allEntries())
    .filter((e) => e.correction !== undefined)
    .map((e) => ({ fingerprint: e.fingerprint, was: e.kind, kind: e.correction! }));
}

export async function deleteAll(): Promise<void> {
  await clear(entries);
}
