// The content script runs on every page of every built-in site, so it has a budget. What only
// writing needs (the analysis and the hint) loads on demand and does not count here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentScriptSize } from '../../scripts/build.mjs';

const BUDGET = 20 * 1024;

for (const browser of ['chrome', 'firefox'] as const) {
  test(`${browser}: the content script is at most 20 KB minified`, async () => {
    const size = await contentScriptSize(browser);
    assert.ok(size <= BUDGET, `content script is ${(size / 1024).toFixed(1)} KB minified`);
  });
}
