// Raising sensitivity never removes a flag: across the whole development set, with and without
// the user's own things and corrections, at every step from 0 to 100.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, fingerprint, flagThreshold } from '../../src/core/analysis/analyze.ts';
import { SENSITIVITY_PRESETS } from '../../src/core/settings.ts';
import type { Context, Correction } from '../../src/core/types.ts';

const rows = readFileSync(new URL('../data/drafts.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; context?: Context });

test('the flag threshold falls as sensitivity rises', () => {
  let previous = Infinity;
  for (let s = 0; s <= 100; s++) {
    const t = flagThreshold(s);
    assert.ok(t <= previous && t > 0 && t < 1);
    previous = t;
  }
  assert.equal(flagThreshold(SENSITIVITY_PRESETS.medium), 0.5);
  assert.ok(flagThreshold(SENSITIVITY_PRESETS.low) > 0.5 && flagThreshold(SENSITIVITY_PRESETS.high) < 0.5);
});

test('raising sensitivity never removes a flag (whole dev set, 0..100 in steps of 5)', () => {
  const corrections: Correction[] = rows.slice(0, 10).map((r) => ({ fingerprint: fingerprint(r.text), was: 'promotional', kind: 'giving' }));
  const own = { domains: ['example.com'], handles: ['someone'], brands: ['Acme'] };
  for (const extra of [{}, { corrections }, { own }]) {
    for (const r of rows) {
      let flagged = false;
      for (let s = 0; s <= 100; s += 5) {
        const settings = 'own' in extra ? { sensitivity: s, own: extra.own } : { sensitivity: s };
        const a = analyze(r.text, { context: r.context, settings, corrections: 'corrections' in extra ? extra.corrections : undefined });
        assert.ok(a.flag || !flagged, `${r.id} lost its flag at sensitivity ${s}`);
        flagged = a.flag;
      }
    }
  }
});

test('presets order: low flags a subset of medium, medium of high', () => {
  const count = (s: number): number => rows.filter((r) => analyze(r.text, { context: r.context, settings: { sensitivity: s } }).flag).length;
  const [low, medium, high] = [count(25), count(50), count(75)];
  assert.ok(low <= medium && medium <= high, `${low} ${medium} ${high}`);
  assert.ok(high > low, 'the presets make a difference');
});
