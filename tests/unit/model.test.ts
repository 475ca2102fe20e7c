// The shipped model: trained on exactly the committed data (its recorded hash), small enough to
// ship, never inside the content script, and its thresholds ordered so that raising
// sensitivity never removes a flag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { MODEL } from '../../src/core/analysis/model-weights.ts';
import { SHIPPED } from '../../src/core/analysis/analyze.ts';
import { LANGUAGE_GROUPS } from '../../src/core/analysis/model.ts';
import { dataHash, loadRows } from '../../scripts/model/data.ts';
import { readDraft } from '../../src/core/analysis/draft.ts';
import { extract, Features } from '../../src/core/analysis/features.ts';
import { KINDS } from '../../src/core/types.ts';
import { PROBE_DIR, probeReport } from '../../scripts/model/probe.ts';

const dist = (file: string): URL => new URL(`../../dist/chrome/${file}`, import.meta.url);

test('the committed weights were trained on the committed data (else: npm run train)', () => {
  assert.equal(MODEL.dataHash, dataHash());
});

test('the probe stays out of training: none of its drafts is in tests/data, and eval reports every group', () => {
  const probe = loadRows(PROBE_DIR);
  assert.ok(probe.length >= 400);
  const trained = new Set(loadRows().map((r) => r.text.trim().toLowerCase()));
  // Idioms of up to three words ("first", "username checks out") are in both, as in real comments.
  const inTraining = probe.filter((r) => trained.has(r.text.trim().toLowerCase()) && r.text.trim().split(/\s+/).length > 3);
  assert.deepEqual(inTraining.map((r) => r.id), []);
  const report = probeReport().join('\n');
  for (const group of new Set(probe.map((r) => r.group))) assert.ok(report.includes(`  ${group} `), `${group} missing`);
});

test('the weights table is one int8 per kind per bucket, and thresholds fall as sensitivity rises', () => {
  assert.equal(SHIPPED.weights.length, KINDS.length << MODEL.features.bits);
  const promotional = KINDS.indexOf('promotional');
  for (const group of LANGUAGE_GROUPS) {
    const { flag, unasked } = MODEL.thresholds[group];
    assert.equal(flag.length, 5);
    for (let i = 1; i < flag.length; i++) {
      assert.ok(flag[i]! <= flag[i - 1]!, group);
      assert.ok(unasked[i]! <= unasked[i - 1]!, `${group}: no ask, less certainty needed as sensitivity rises`);
    }
    flag.forEach((t, i) => assert.ok(unasked[i]! >= t, `${group}: a draft with no ask needs at least the certainty one with an ask needs`));
    // The slider reaches drafts with no ask too: at the top, one a little surer than that preset's bar is flagged, not at the default.
    const language = group === 'en' ? 'en' : 'de';
    const p = new Float64Array(KINDS.length);
    p[promotional] = (unasked[4]! + unasked[2]!) / 2;
    assert.equal(SHIPPED.flags(p, false, 100, language), true, group);
    assert.equal(SHIPPED.flags(p, false, 50, language), false, group);
    assert.equal(SHIPPED.flags(p, true, 50, language), p[promotional]! >= flag[2]!, group);
  }
  // English is held to the lower false-flag rate, so it never needs less certainty than the rest.
  MODEL.thresholds.en.flag.forEach((t, i) => assert.ok(t >= MODEL.thresholds.other.flag[i]! - 0.1, 'English thresholds far under the others'));
  assert.ok(MODEL.temperature > 0 && MODEL.scale > 0);
});

test('the analysis bundle stays within 400 KB, and the content script does not carry it', { skip: !existsSync(dist('analysis.js')) && 'run npm run build first' }, () => {
  assert.ok(statSync(dist('analysis.js')).size <= 400 * 1024, `analysis.js is ${statSync(dist('analysis.js')).size} bytes`);
  const content = readFileSync(dist('content.js'), 'utf8');
  assert.ok(!content.includes(MODEL.weights.slice(0, 64)), 'the weights are in content.js');
  assert.ok(!content.includes(MODEL.dataHash), 'the model is in content.js');
});

test("the analysis's fast path (n-grams summed per word, cached) scores exactly what training saw", () => {
  const full = new Features();
  const lean = new Features();
  const a = new Float64Array(KINDS.length);
  const b = new Float64Array(KINDS.length);
  // Very long words too: their n-gram sums outgrow the cache's 16-bit halves.
  const long = [
    { id: 'long laugh', text: `${'ha'.repeat(700)} that was the best`, site: undefined, context: undefined },
    { id: 'long vowel', text: `so${'o'.repeat(3000)} good, buy now`, site: undefined, context: 'reply' as const },
  ];
  for (const row of [...loadRows().slice(0, 400), ...long]) {
    const draft = readDraft(row.text, row.site, row.context, undefined);
    extract(draft.scan, draft.evidence, draft, MODEL.features, full);
    extract(draft.scan, draft.evidence, draft, MODEL.features, lean, false);
    SHIPPED.classScores(full, undefined, a);
    SHIPPED.draftScores(lean, draft.scan.tokens, draft.ids, undefined, b);
    for (let k = 0; k < KINDS.length; k++) assert.ok(Math.abs(a[k]! - b[k]!) < 1e-6, `${row.id}: ${a[k]} vs ${b[k]}`);
  }
});
