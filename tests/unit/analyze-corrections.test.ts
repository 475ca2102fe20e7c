// Corrections teach the model: a correction is a few bounded steps on the corrected
// entry's hashed features (delta.ts), applied on top of the shipped weights. After correcting a
// kind of draft, similar unseen drafts follow; unrelated drafts keep their verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, fingerprint } from '../../src/core/analysis/analyze.ts';
import { Delta, FINGERPRINT_SIZE } from '../../src/core/analysis/delta.ts';
import type { Kind } from '../../src/core/types.ts';

const FLAGGED = 'Our spring pottery class sign up is open now, only 6 spots left! Register at the community center link in bio';
const SIMILAR = 'Our fall pottery class sign up is open now, only 6 spots left! Register at the community center, link in bio';
const UNRELATED = [
  'Huge sale this weekend: 30% off all candles with code GLOW30, shop now at wickshop.example',
  'Follow me for daily crypto signals, DM me to join my paid group 🚀🚀',
  'Thanks for the fern care tips, mine finally stopped yellowing!',
  'How do I get my toddler to sleep past 5am? Running out of ideas.',
];

function corrected(text: string, kind: Kind, delta = new Delta()): Delta {
  const entry = fingerprint(text);
  assert.equal(delta.learn(entry.fingerprint, entry.scores, kind), true, 'the corrected kind wins on the corrected draft');
  return delta;
}

test('fingerprints are hashed numbers, never the text', () => {
  const { fingerprint: print, scores } = fingerprint(FLAGGED);
  assert.ok(print.length > 5 && print.length <= FINGERPRINT_SIZE);
  assert.ok(print.every((n) => Number.isInteger(n) && n >= 0));
  assert.ok(!JSON.stringify(print).includes('pottery'));
  assert.deepEqual(fingerprint(FLAGGED), { fingerprint: print, scores }, 'stable');
  assert.equal(scores.length, 4);
});

test('a corrected false flag does not recur for a similar draft; unrelated drafts keep their verdict', () => {
  assert.equal(analyze(FLAGGED).flag, true, 'flagged before the correction');
  assert.equal(analyze(SIMILAR).flag, true);
  const delta = corrected(FLAGGED, 'giving');
  for (const sensitivity of [50, 75]) {
    const after = analyze(SIMILAR, { delta, settings: { sensitivity } });
    assert.equal(after.flag, false, `at ${sensitivity}`);
    assert.equal(after.kind, 'giving');
  }
  for (const text of UNRELATED) {
    const [before, after] = [analyze(text), analyze(text, { delta })];
    assert.equal(after.flag, before.flag, text);
    assert.equal(after.kind, before.kind, text);
  }
});

test('a missed promotion the user marked is caught for similar drafts', () => {
  const missed = 'Spent the weekend repotting the whole fern collection, they look so happy now. More photos on fernfolk dot net';
  assert.equal(analyze(missed).flag, false);
  const delta = corrected(missed, 'promotional');
  const similar = 'Spent the weekend repotting the whole cactus collection, they look so happy now. More photos on fernfolk dot net';
  assert.equal(analyze(similar, { delta }).flag, true);
  for (const text of UNRELATED) assert.equal(analyze(text, { delta }).flag, analyze(text).flag, text);
});

test('the delta is bounded, round-trips through storage rows, and drops junk', () => {
  const delta = corrected(FLAGGED, 'giving');
  const rows = delta.toRows();
  assert.ok(rows.length > 0 && rows.every((r) => r.length === 5 && r.slice(1).every((x) => Math.abs(x) <= 4)));
  const back = Delta.fromRows(JSON.parse(JSON.stringify(rows)));
  assert.equal(analyze(SIMILAR, { delta: back }).flag, analyze(SIMILAR, { delta }).flag);
  const junk = Delta.fromRows([null, 'x', [1, 2], [-1, 0, 0, 0, 0], [3.5, 0, 0, 0, 0], [7, 'a', 1e9, NaN, 0]]);
  assert.equal(junk.size, 1, 'only the last row is a bucket; its junk values are cleaned');
  assert.deepEqual(junk.toRows(), [[7, 0, 4, 0, 0]]);
  assert.equal(Delta.fromRows({ not: 'rows' }).size, 0);
});

test('learning refuses what it cannot use', () => {
  const delta = new Delta();
  assert.equal(delta.learn([], [0, 0, 0, 0], 'giving'), false);
  assert.equal(delta.learn(fingerprint(FLAGGED).fingerprint, [0, 0], 'giving'), false);
  assert.equal(delta.learn(fingerprint(FLAGGED).fingerprint, [0, 0, 0, 0], 'nonsense' as Kind), false);
  assert.equal(delta.size, 0);
});
