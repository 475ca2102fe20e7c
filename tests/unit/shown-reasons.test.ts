// Which reasons the hint names (src/core/shown-reasons.ts), on reasons made by hand and on the
// analysis's own output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOWN_REASONS, shownReasons } from '../../src/core/shown-reasons.ts';
import { analyze } from '../../src/core/analysis/analyze.ts';
import type { Reason } from '../../src/core/types.ts';

let at = 0;
/** A reason at the next place in an imagined draft. */
function reason(text: string, signal: string, weight: number): Reason {
  const start = at;
  at += text.length + 1;
  return { start, end: start + text.length, text, signal, weight };
}

test('phrases that name a signal come before stronger wording', () => {
  const reasons = [
    reason('great', 'wording', 3), reason('sign up now', 'cta', 1), reason('Tuesday', 'wording', 2.5),
    reason('20% off', 'offer', 0.8), reason('shop.example', 'link', 0.5), reason('same', 'wording', 2),
  ];
  assert.deepEqual(shownReasons(reasons).map((r) => r.text), ['sign up now', '20% off', 'shop.example']);
});

test('wording fills the list to two phrases when only one names a signal', () => {
  const reasons = [reason('pastel', 'wording', 1), reason('cute', 'wording', 2), reason('link in my profile', 'cta', 0.5)];
  // In reading order, not by strength.
  assert.deepEqual(shownReasons(reasons).map((r) => r.text), ['cute', 'link in my profile']);
});

test('with no signal at all, the strongest wording is named, at most four', () => {
  const reasons = ['a', 'b', 'c', 'd', 'e', 'f'].map((w, i) => reason(w, 'wording', i + 1));
  assert.deepEqual(shownReasons(reasons).map((r) => r.text), ['c', 'd', 'e', 'f']);
});

test('never more than four, no repeats, no overlaps, nothing that pulls the other way', () => {
  const base = reason('code SAVE20', 'offer', 2);
  const reasons = [
    base, { ...base, start: base.start + 5, text: 'SAVE20', weight: 1.5 }, reason('Code save20', 'offer', 1.9),
    reason('$9', 'price', 1), reason('link in bio', 'cta', 1), reason('buy', 'cta', 0.9), reason('dm me', 'cta', 0.8),
    reason('thanks', 'thanks', -1),
  ];
  const shown = shownReasons(reasons);
  assert.equal(shown.length, SHOWN_REASONS);
  assert.deepEqual(shown.map((r) => r.text), ['code SAVE20', '$9', 'link in bio', 'buy']);
  assert.deepEqual(shownReasons([reason('thanks', 'thanks', -1)]), []);
});

test('on a flagged draft, the asks are named before the words around them', () => {
  const a = analyze('My new course is live! Buy it today, 50% off with code LAUNCH50. Link in bio, sign up now', { context: 'post' });
  assert.equal(a.flag, true);
  const shown = shownReasons(a.reasons);
  assert.ok(shown.length >= 2 && shown.length <= SHOWN_REASONS);
  assert.ok(shown.every((r) => r.signal !== 'wording'), JSON.stringify(shown));
  for (let i = 1; i < shown.length; i++) assert.ok(shown[i - 1]!.end <= shown[i]!.start, 'in reading order, apart');
});
