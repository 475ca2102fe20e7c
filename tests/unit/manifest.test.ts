// The manifest asks for the least that works, and its matches are the built-in site list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BUILT_IN_SITES, siteForHost } from '../../src/core/sites.ts';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

test('content script matches are exactly the built-in sites', () => {
  const matched = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort();
  const sites = BUILT_IN_SITES.flatMap((s) => [...s.matches]).sort();
  assert.deepEqual(matched, sites);
});

test('install-time permissions are storage only; the rest is optional', () => {
  assert.deepEqual(manifest.permissions, ['storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.doesNotMatch(JSON.stringify(manifest.content_scripts), /<all_urls>|\*:\/\/\*\//);
});

test('hosts map to their sites', () => {
  assert.equal(siteForHost('x.com'), 'x');
  assert.equal(siteForHost('OLD.reddit.com'), 'reddit');
  assert.equal(siteForHost('forum.example.org'), 'generic');
});
