// The manifest asks for the least that works, and its content scripts run exactly on the
// sites of the registry: the build writes their matches from src/sites/index.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { manifestFor } from '../../scripts/build.mjs';
import { BUILT_IN_SITES } from '../../src/sites/index.ts';

type ContentScript = { matches: string[]; js: string[]; all_frames?: boolean };

for (const browser of ['chrome', 'firefox'] as const) {
  test(`${browser}: content script matches are exactly the registry's sites`, async () => {
    const manifest = await manifestFor(browser);
    const scripts = manifest.content_scripts as ContentScript[];
    const matched = scripts.flatMap((c) => c.matches).sort();
    assert.deepEqual(matched, BUILT_IN_SITES.flatMap((s) => s.matches).sort());
    for (const script of scripts) assert.deepEqual(script.js, ['content.js']);
    // Embedded comment frames (Disqus) need the script in frames; the other sites do not.
    const framed = scripts.filter((c) => c.all_frames).flatMap((c) => c.matches).sort();
    assert.deepEqual(framed, BUILT_IN_SITES.filter((s) => s.allFrames).flatMap((s) => s.matches).sort());
  });
}

test('install-time permissions are storage only; the rest is optional', async () => {
  const manifest = await manifestFor('chrome');
  assert.deepEqual(manifest.permissions, ['storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.doesNotMatch(JSON.stringify(manifest.content_scripts), /<all_urls>|\*:\/\/\*\//);
});
