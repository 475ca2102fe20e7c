// Locks in the quality targets on the development set at the default sensitivity: F1 >= 0.90
// for flagging 'promotional', false flags <= 3% of giving, <= 3% of neutral, <= 20% of mixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analysis/analyze.ts';
import { isHoldout, measure, type Labelled } from '../../src/core/analysis/metrics.ts';
import { KINDS, type Context, type Kind } from '../../src/core/types.ts';

interface Row { id: string; text: string; label: Kind; site?: string; context?: Context }

const rows: Row[] = readFileSync(new URL('../data/drafts.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);

function run(subset: Row[]): ReturnType<typeof measure> {
  return measure(subset.map((r): Labelled => {
    const a = analyze(r.text, { site: r.site, context: r.context });
    return { id: r.id, label: r.label, flag: a.flag, kind: a.kind };
  }));
}

test('development set: quality targets at the default sensitivity', () => {
  assert.equal(rows.length, 300);
  const m = run(rows);
  assert.ok(m.f1 >= 0.9, `F1 ${m.f1.toFixed(3)}`);
  assert.ok(m.falseFlags.giving.rate <= 0.03, `giving false flags ${m.falseFlags.giving.flagged}`);
  assert.ok(m.falseFlags.neutral.rate <= 0.03, `neutral false flags ${m.falseFlags.neutral.flagged}`);
  assert.ok(m.falseFlags.mixed.rate <= 0.2, `mixed false flags ${m.falseFlags.mixed.flagged}`);
});

test('held-out fifth: the same targets hold', () => {
  const m = run(rows.filter((r) => isHoldout(r.id)));
  assert.ok(m.n >= 40);
  assert.ok(m.f1 >= 0.9, `F1 ${m.f1.toFixed(3)}`);
  assert.ok(m.falseFlags.giving.rate <= 0.03 && m.falseFlags.neutral.rate <= 0.03 && m.falseFlags.mixed.rate <= 0.2);
});

test('the kinds the balance counts: help with a plug is mixed, not giving, and giving stays giving', () => {
  const { confusion } = run(rows); // confusion[kind given][label]
  const labelled = (label: Kind) => KINDS.reduce((n, kind) => n + confusion[kind][label], 0);
  const share = (kind: Kind, label: Kind) => confusion[kind][label] / labelled(label);
  assert.ok(share('mixed', 'mixed') >= 0.75, `mixed found ${confusion.mixed.mixed}/${labelled('mixed')}`);
  assert.ok(share('giving', 'mixed') <= 0.15, `mixed counted as giving ${confusion.giving.mixed}`);
  assert.ok(share('mixed', 'giving') <= 0.1, `giving counted as mixed ${confusion.mixed.giving}`);
  assert.ok(share('giving', 'giving') >= 0.8, `giving found ${confusion.giving.giving}/${labelled('giving')}`);
});
