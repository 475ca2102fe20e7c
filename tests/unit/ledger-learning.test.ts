// Corrections teach the analysis through the ledger: the worker keeps the learned delta beside
// the entries, relearns it whenever a correction changes, and it survives export and import
// (the corrected entries carry what it is learned from) and goes with "delete all".
import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ledger } from '../../src/background/ledger/index.ts';
import { analyze, deltaFrom, fingerprint } from '../../src/core/analysis/analyze.ts';
import { makeBackup, validateBackup } from '../../src/core/backup.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Entry } from '../../src/core/types.ts';

const FLAGGED = 'Our spring pottery class sign up is open now, only 6 spots left! Register at the community center link in bio';
const SIMILAR = 'Our fall pottery class sign up is open now, only 6 spots left! Register at the community center, link in bio';
const UNRELATED = 'Huge sale this weekend: 30% off all candles with code GLOW30, shop now at wickshop.example';
let count = 0;

function posted(text: string, id: string, time: number): Entry {
  const a = analyze(text);
  return { id, time, site: 'x', context: 'post', kind: a.kind, score: a.score, reasons: [], language: a.language, ...fingerprint(text) };
}

test('a correction teaches the analysis; undoing it or deleting the post unteaches it', async () => {
  const ledger = new Ledger({ name: `learning-${count++}`, timeZone: () => 'UTC' });
  const entry = posted(FLAGGED, 'e1', Date.now() - 60_000);
  await ledger.record(entry);
  await ledger.record(posted(UNRELATED, 'e2', Date.now() - 30_000));
  assert.deepEqual(await ledger.delta(), [], 'nothing learned before a correction');
  assert.equal(analyze(SIMILAR).flag, true);

  await ledger.correct('e1', 'giving');
  const rows = await ledger.delta();
  assert.ok(rows.length > 0);
  assert.equal(analyze(SIMILAR, { delta: deltaFrom(rows) }).flag, false, 'a similar draft follows the correction');
  assert.equal(analyze(UNRELATED, { delta: deltaFrom(rows) }).flag, true, 'an unrelated one keeps its verdict');

  await ledger.correct('e1', null);
  assert.deepEqual(await ledger.delta(), [], 'undone');
  await ledger.correct('e1', 'giving');
  assert.deepEqual(await ledger.delta(), rows, 'the same correction teaches the same');
  await ledger.remove('e1');
  assert.deepEqual(await ledger.delta(), [], 'the corrected post deleted');
  await ledger.close();
});

test('what was learned survives export and import, and goes with delete all', async () => {
  const ledger = new Ledger({ name: `learning-${count++}`, timeZone: () => 'UTC' });
  await ledger.record(posted(FLAGGED, 'e1', Date.now() - 60_000));
  await ledger.correct('e1', 'giving');
  const rows = await ledger.delta();
  const file = JSON.stringify(makeBackup(await ledger.all(), defaultSettings(), Date.now(), 2));

  await ledger.deleteAll();
  assert.deepEqual(await ledger.delta(), [], 'deleting all data removes it');
  assert.equal(analyze(SIMILAR, { delta: deltaFrom(await ledger.delta()) }).flag, true);

  const checked = validateBackup(file, Date.now());
  assert.ok(checked.ok, checked.ok ? '' : JSON.stringify(checked.refusal));
  await ledger.merge(checked.backup.entries);
  assert.deepEqual(await ledger.delta(), rows, 'relearned from the imported corrections');
  assert.equal(analyze(SIMILAR, { delta: deltaFrom(await ledger.delta()) }).flag, false);
  await ledger.close();
});
