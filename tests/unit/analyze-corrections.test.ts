// Personal corrections: a false flag the user corrected does not recur for a similar draft,
// a missed promotion the user marked is caught next time, and unrelated drafts are unaffected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, fingerprint } from '../../src/core/analysis/analyze.ts';
import type { Correction } from '../../src/core/types.ts';

const FLAGGED = 'Our spring pottery class sign up is open now, only 6 spots left! Register at the community center link in bio';
const SIMILAR = 'Our fall pottery class sign up is open now, only 6 spots left! Register at the community center, link in bio';
const UNRELATED = [
  'Huge sale this weekend: 30% off all candles with code GLOW30, shop now at wickshop.example',
  'Follow me for daily crypto signals, DM me to join my paid group 🚀🚀',
];

test('fingerprints are hashed numbers, never the text', () => {
  const print = fingerprint(FLAGGED);
  assert.ok(print.length > 5 && print.length <= 64);
  assert.ok(print.every((n) => Number.isInteger(n) && n >= 0));
  assert.ok(!JSON.stringify(print).includes('pottery'));
  assert.deepEqual(fingerprint(FLAGGED), print, 'stable');
});

test('a corrected false flag does not recur for a similar draft; unrelated drafts unaffected', () => {
  assert.equal(analyze(FLAGGED).flag, true, 'flagged before the correction');
  assert.equal(analyze(SIMILAR).flag, true);
  const corrections: Correction[] = [{ fingerprint: fingerprint(FLAGGED), was: 'promotional', kind: 'giving' }];
  const after = analyze(SIMILAR, { corrections });
  assert.equal(after.flag, false);
  assert.equal(after.kind, 'giving');
  // Not even at the highest sensitivity.
  assert.equal(analyze(SIMILAR, { corrections, settings: { sensitivity: 100 } }).flag, false);
  for (const text of UNRELATED) {
    assert.deepEqual(analyze(text, { corrections }), analyze(text), text);
  }
});

test('a missed promotion the user marked is caught for similar drafts', () => {
  const missed = 'Spent the weekend repotting the whole fern collection, they look so happy now. More photos on fernfolk dot net';
  assert.equal(analyze(missed).flag, false);
  const corrections: Correction[] = [{ fingerprint: fingerprint(missed), was: 'neutral', kind: 'promotional' }];
  const similar = 'Spent the weekend repotting the whole cactus collection, they look so happy now. More photos on fernfolk dot net';
  assert.equal(analyze(similar, { corrections }).flag, true);
  assert.equal(analyze('Thanks for the fern care tips, mine finally stopped yellowing!', { corrections }).flag, false);
});

test('junk corrections are ignored', () => {
  const junk = [null, {}, { fingerprint: 'x', was: 'giving', kind: 'promotional' }, { fingerprint: [], was: 'giving', kind: 'promotional' }];
  const a = analyze(FLAGGED, { corrections: junk as unknown as Correction[] });
  assert.equal(a.flag, true);
});
