// The ledger on fake-indexeddb: idempotent records, aggregates that follow corrections and
// deletes, concurrent writers, faults mid-write, migrations from the first schema, and a
// change of time zone.
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStore, set } from 'idb-keyval';
import { LEDGER_SCHEMA, Ledger } from '../../src/background/ledger/index.ts';
import type { LedgerError } from '../../src/background/ledger/errors.ts';
import { Connection } from '../../src/background/ledger/connection.ts';
import { keepRun, readBalance } from '../../src/background/ledger/aggregates.ts';
import { weeklyBalance } from '../../src/core/balance.ts';
import { zoneOffset } from '../../src/core/days.ts';
import type { Entry, Kind } from '../../src/core/types.ts';

const NOW = Date.parse('2026-06-10T12:00:00Z');
const SETTINGS = { targetRatio: 3, week: 'rolling' as const };
let dbCount = 0;
const fresh = (timeZone = 'UTC') => new Ledger({ name: `test-ledger-${dbCount++}`, timeZone: () => timeZone });

let n = 0;
function entry(kind: Kind, time = NOW - 3600_000, extra: Partial<Entry> = {}): Entry {
  return { id: `tab-${n++}`, time, site: 'mastodon', context: 'post', kind, score: 0.4, reasons: [], language: 'en', fingerprint: [1, 2, 3], ...extra };
}

/** The balance from aggregates must always equal the balance recomputed from every entry. */
async function assertConsistent(ledger: Ledger, timeZone = 'UTC', now = NOW) {
  const fromAggregates = await ledger.balance(SETTINGS, now);
  const fromEntries = weeklyBalance(await ledger.all(), 3, now, { offset: zoneOffset(timeZone) });
  assert.deepEqual(fromAggregates, fromEntries);
  return fromAggregates;
}

test('records an entry once, however often the tab retries', async () => {
  const ledger = fresh();
  const e = entry('giving');
  assert.equal(await ledger.record(e), true);
  assert.equal(await ledger.record(e), false);
  assert.equal(await ledger.record({ ...e, kind: 'promotional' }), false);
  const b = await assertConsistent(ledger);
  assert.equal(b.giving, 1);
  assert.equal(b.promotional, 0);
  assert.equal((await ledger.status()).entries, 1);
});

test('many tabs submitting at once lose nothing and count nothing twice', async () => {
  const ledger = fresh();
  const kinds: Kind[] = ['giving', 'promotional', 'mixed', 'neutral'];
  const list = Array.from({ length: 200 }, (_, i) => entry(kinds[i % 4]!, NOW - i * 3_600_000));
  // Each post arrives from two tabs (a retry racing the first attempt), all at the same time.
  const results = await Promise.all([...list, ...list].map((e) => ledger.record(e)));
  assert.equal(results.filter(Boolean).length, 200);
  assert.equal((await ledger.all()).length, 200);
  const b = await assertConsistent(ledger);
  assert.equal(b.total, 200);
});

test('corrections and deletes keep the aggregates right', async () => {
  const ledger = fresh();
  const a = entry('promotional');
  const b = entry('giving');
  await ledger.record(a);
  await ledger.record(b);
  assert.equal(await ledger.correct(a.id, 'giving'), true);
  let bal = await assertConsistent(ledger);
  assert.deepEqual([bal.giving, bal.promotional], [2, 0]);
  assert.equal((await ledger.all()).find((e) => e.id === a.id)?.correction, 'giving');
  // Correcting to what the analysis said clears the correction.
  await ledger.correct(a.id, 'promotional');
  assert.equal((await ledger.all()).find((e) => e.id === a.id)?.correction, undefined);
  await ledger.correct(a.id, 'mixed');
  bal = await assertConsistent(ledger);
  assert.deepEqual([bal.giving, bal.promotional, bal.mixed], [1, 0, 1]);
  assert.equal(await ledger.remove(a.id), true);
  assert.equal(await ledger.remove(a.id), false);
  assert.equal(await ledger.correct('no-such-id', 'giving'), false);
  bal = await assertConsistent(ledger);
  assert.deepEqual([bal.giving, bal.mixed, bal.total], [1, 0, 1]);
});

test('recent entries come newest first, from the time index', async () => {
  const ledger = fresh();
  for (let i = 0; i < 30; i++) await ledger.record(entry('giving', NOW - i * 60_000, { id: `r${i}` }));
  const recent = await ledger.recent(5);
  assert.deepEqual(recent.map((e) => e.id), ['r0', 'r1', 'r2', 'r3', 'r4']);
  assert.deepEqual(await ledger.recent(0), []);
});

/** Makes the Nth `put` on a store throw, as a worker stopped or a full disk would interrupt a write. */
function failNthPut(store: string, nth: number, error: () => Error) {
  const original = IDBObjectStore.prototype.put;
  let count = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === store && ++count === nth) throw error();
    return original.apply(this, args);
  };
  return () => void (IDBObjectStore.prototype.put = original);
}

test('a write interrupted after the entry but before its aggregate leaves nothing half-done', async () => {
  const ledger = fresh();
  const before = entry('giving');
  await ledger.record(before);
  const e = entry('promotional');
  const restore = failNthPut('days', 1, () => new Error('worker stopped'));
  await assert.rejects(ledger.record(e));
  restore();
  assert.equal((await ledger.all()).length, 1, 'the interrupted entry is not stored without its aggregate');
  await assertConsistent(ledger);
  // The tab retries with the same id when the worker is back: written exactly once.
  assert.equal(await ledger.record(e), true);
  assert.equal(await ledger.record(e), false);
  const b = await assertConsistent(ledger);
  assert.deepEqual([b.giving, b.promotional], [1, 1]);
});

test('a transaction aborted mid-write changes nothing', async () => {
  const ledger = fresh();
  await ledger.record(entry('giving'));
  const original = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const req = original.apply(this, args);
    if (this.name === 'meta') this.transaction.abort(); // the worker goes away as the totals are written
    return req;
  };
  await assert.rejects(ledger.record(entry('promotional')));
  await assert.rejects(ledger.remove((await ledger.recent(1))[0]!.id));
  IDBObjectStore.prototype.put = original;
  const b = await assertConsistent(ledger);
  assert.deepEqual([b.giving, b.promotional, b.total], [1, 0, 1]);
});

test('quota exceeded: the person is told what to do and nothing stored before is lost', async () => {
  const ledger = fresh();
  await ledger.record(entry('giving'));
  const restore = failNthPut('entries', 1, () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  await assert.rejects(ledger.record(entry('promotional')), (error: LedgerError) => error.problem.code === 'quota' && !('message' in error.problem));
  restore();
  const status = await ledger.status();
  assert.equal(status.problem?.code, 'quota');
  assert.equal(status.entries, 1);
  await assertConsistent(ledger);
  // The next successful write clears the problem.
  await ledger.record(entry('giving'));
  assert.equal((await ledger.status()).problem, null);
});

test('a database deleted under the worker is reported, and the ledger keeps working', async () => {
  const ledger = fresh();
  await ledger.record(entry('giving'));
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(ledger.name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
  assert.equal((await ledger.status()).problem?.code, 'deleted');
  assert.equal(await ledger.record(entry('giving')), true);
  const b = await assertConsistent(ledger);
  assert.equal(b.total, 1);
  assert.equal((await ledger.status()).problem?.code, 'deleted', 'the person still needs to hear about it');
});

test('a database held open at an older version by another context: blocked is reported', async () => {
  const name = `test-ledger-${dbCount++}`;
  const old = await new Promise<IDBDatabase>((resolve) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('entries');
    req.onsuccess = () => resolve(req.result); // never closes on versionchange
  });
  const ledger = new Ledger({ name, timeZone: () => 'UTC' });
  await assert.rejects(ledger.balance(SETTINGS, NOW), (error: LedgerError) => error.problem.code === 'blocked');
  assert.equal((await ledger.status()).problem?.code, 'blocked');
  old.close();
});

test('migrates a schema-1 ledger (idb-keyval entries) to schema 2 with its aggregates', async () => {
  const name = `test-ledger-${dbCount++}`;
  const v1 = createStore(name, 'entries');
  const old = [entry('giving'), entry('giving', NOW - 86_400_000), entry('promotional', NOW - 2 * 86_400_000, { correction: 'giving' }), entry('mixed', NOW - 400 * 86_400_000)];
  for (const e of old) await set(e.id, e, v1);
  // idb-keyval keeps its connection open; a real upgrade happens after the worker restarts.
  const db = await new Promise<IDBDatabase>((resolve) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
  });
  assert.equal(db.version, 1);
  db.close();
  await v1('readonly', (store) => store.transaction.db.close());
  const ledger = new Ledger({ name, timeZone: () => 'UTC' });
  const b = await assertConsistent(ledger);
  assert.deepEqual([b.giving, b.promotional, b.mixed, b.total], [3, 0, 0, 4]);
  assert.equal((await ledger.all()).filter((e) => e.correction).length, 1);
  assert.equal((await ledger.status()).schema, LEDGER_SCHEMA);
  assert.equal((await ledger.recent(1))[0]!.id, old[0]!.id);
});

test('a person who changes time zone gets the daily aggregates rebuilt in the new zone', async () => {
  let zone = 'UTC';
  const ledger = new Ledger({ name: `test-ledger-${dbCount++}`, timeZone: () => zone });
  // 23:30 UTC on June 9 is June 10 in Tokyo.
  await ledger.record(entry('giving', Date.parse('2026-06-09T23:30:00Z')));
  assert.equal((await ledger.balance(SETTINGS, NOW)).days[5]!.giving, 1);
  zone = 'Asia/Tokyo';
  const b = await assertConsistent(ledger, zone);
  assert.equal(b.days[6]!.giving, 1);
});

test('merge adds new ids in one transaction and skips known ones', async () => {
  const ledger = fresh();
  const a = entry('giving');
  await ledger.record(a);
  const list = [a, entry('promotional'), entry('giving', NOW - 30 * 86_400_000)];
  assert.deepEqual(await ledger.merge(list), { imported: 2, skipped: 1 });
  assert.deepEqual(await ledger.merge(list), { imported: 0, skipped: 3 });
  const b = await assertConsistent(ledger);
  assert.equal(b.total, 3);
  // A merge that fails part-way leaves the ledger as it was.
  const restore = failNthPut('entries', 2, () => new DOMException('full', 'QuotaExceededError'));
  await assert.rejects(ledger.merge([entry('giving'), entry('giving'), entry('giving')]));
  restore();
  assert.equal((await ledger.all()).length, 3);
  await assertConsistent(ledger);
  await ledger.deleteAll();
  assert.equal((await assertConsistent(ledger)).total, 0);
});

test('a long streak reads older days beyond the 12 weeks', async () => {
  const ledger = fresh();
  await ledger.merge(Array.from({ length: 150 }, (_, i) => entry('giving', NOW - i * 86_400_000)));
  // A full disk cannot keep the counted run: the balance is still complete.
  const restore = failNthPut('meta', 1, () => new DOMException('full', 'QuotaExceededError'));
  try {
    assert.equal((await assertConsistent(ledger)).streak, 150);
  } finally {
    restore();
  }
  assert.equal((await assertConsistent(ledger)).streak, 150);
});

test('the run before the 12 weeks is kept, moves with the days, and is recounted when an older day changes', async () => {
  const DAY = 86_400_000;
  let zone = 'UTC';
  const ledger = new Ledger({ name: `test-ledger-${dbCount++}`, timeZone: () => zone });
  const days = Array.from({ length: 400 }, (_, i) => entry('giving', NOW - i * DAY));
  await ledger.merge(days);
  const reads: unknown[] = [];
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
    if (this.name === 'days') reads.push(args[0]);
    return getAll.apply(this, args);
  };
  try {
    assert.equal((await assertConsistent(ledger)).streak, 400);
    const firstReads = reads.length;
    // Kept: the next balance reads only the window.
    reads.length = 0;
    assert.equal((await assertConsistent(ledger)).streak, 400);
    assert.equal(reads.length, 1, 'only the 12 weeks are read once the run is kept');
    // A day later, with a giving post today: the kept run is extended by the one day that left the window.
    await ledger.record(entry('giving', NOW + DAY));
    reads.length = 0;
    assert.equal((await assertConsistent(ledger, 'UTC', NOW + DAY)).streak, 401);
    assert.ok(reads.length <= firstReads + 1);
    // A day later without posting: yesterday still counts.
    assert.equal((await assertConsistent(ledger, 'UTC', NOW + 2 * DAY)).streak, 401);
    // Deleting the only post of an old day breaks the run there.
    await ledger.remove(days[200]!.id);
    assert.equal((await assertConsistent(ledger, 'UTC', NOW + DAY)).streak, 201);
    // Restoring it (an import of the old entry) mends it; marking an old post promotional breaks it again.
    await ledger.merge([days[200]!]);
    assert.equal((await assertConsistent(ledger, 'UTC', NOW + DAY)).streak, 401);
    await ledger.correct(days[300]!.id, 'promotional');
    assert.equal((await assertConsistent(ledger, 'UTC', NOW + DAY)).streak, 301);
    await ledger.correct(days[300]!.id, null);
    assert.equal((await assertConsistent(ledger, 'UTC', NOW + DAY)).streak, 401);
    // Going back in time (clock or tests) never uses a run counted for a later day.
    // (Only the streak is compared: the all-time totals include the posts after that moment.)
    assert.equal((await ledger.balance(SETTINGS, NOW - 50 * DAY)).streak, 350);
    // A new time zone rebuilds the days, and the run with them.
    zone = 'Pacific/Kiritimati';
    assert.equal((await assertConsistent(ledger, zone, NOW + DAY)).streak, 401);
    zone = 'UTC';
  } finally {
    IDBObjectStore.prototype.getAll = getAll;
  }
  await ledger.deleteAll();
  assert.equal((await assertConsistent(ledger, 'UTC', NOW + DAY)).streak, 0);
});

test('a run counted from a read that a later write made stale is not kept', async () => {
  const DAY = 86_400_000;
  const name = `test-ledger-${dbCount++}`;
  const ledger = new Ledger({ name, timeZone: () => 'UTC' });
  const days = Array.from({ length: 150 }, (_, i) => entry('giving', NOW - i * DAY));
  await ledger.merge(days);
  // The balance's read and its keeping of the run are two transactions; a post deleted between
  // them (here: the only one of a day before the 12 weeks) changes the run that was counted.
  const reader = new Connection(name, () => 'UTC');
  const { keep } = await reader.run('readonly', (s, clock) => readBalance(s, clock, SETTINGS, NOW));
  assert.ok(keep, 'a long streak counts the run before the window');
  await ledger.remove(days[120]!.id);
  await reader.run('readwrite', (s) => keepRun(s, keep));
  await reader.close();
  assert.equal((await assertConsistent(ledger)).streak, 120);
});

test('the balance reads in one transaction, long streak or not', async () => {
  const ledger = fresh();
  await ledger.merge(Array.from({ length: 150 }, (_, i) => entry('giving', NOW - i * 86_400_000)));
  await ledger.balance(SETTINGS, NOW - 400 * 86_400_000); // the zone is settled and nothing is kept for today
  /** Every read of the days and meta stores, by the transaction it ran in. */
  const reads = new Map<IDBTransaction, string[]>();
  const originals = { get: IDBObjectStore.prototype.get, getAll: IDBObjectStore.prototype.getAll };
  for (const op of ['get', 'getAll'] as const) {
    IDBObjectStore.prototype[op] = function (this: IDBObjectStore, ...args: never[]) {
      const list = reads.get(this.transaction) ?? [];
      reads.set(this.transaction, [...list, `${this.transaction.mode} ${this.name}.${op}`]);
      return (originals[op] as (...a: never[]) => IDBRequest).apply(this, args);
    } as never;
  }
  try {
    // First with the run before the window still to count (and then keep), then with it kept.
    for (const kept of [false, true]) {
      reads.clear();
      assert.equal((await ledger.balance(SETTINGS, NOW)).streak, 150);
      const readers = [...reads.values()].filter((list) => list.some((r) => r.includes('days.')));
      assert.equal(readers.length, 1, `the days are read in one transaction: ${JSON.stringify([...reads.values()])}`);
      assert.ok(readers[0]!.every((r) => r.startsWith('readonly')));
      // Keeping the counted run reads only the revision, to see nothing changed since.
      const others = [...reads.values()].filter((list) => list !== readers[0]);
      assert.deepEqual(others, kept ? [] : [['readwrite meta.get']]);
    }
  } finally {
    Object.assign(IDBObjectStore.prototype, originals);
  }
});

test('entries stored with the old English signal labels read as signal ids', async () => {
  const ledger = fresh();
  const old = entry('promotional', NOW - 60_000, { reasons: [{ text: 'link in bio', signal: 'call to action' }, { text: 'odd', signal: 'Some Label' }] });
  await ledger.record(old);
  const expected = [{ text: 'link in bio', signal: 'cta' }, { text: 'odd', signal: 'Some Label' }];
  assert.deepEqual((await ledger.recent(1))[0]!.reasons, expected);
  assert.deepEqual((await ledger.all())[0]!.reasons, expected);
});
