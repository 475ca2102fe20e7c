// The site registry: each adapter declares all GiveFirst knows about its site, hosts map to
// their adapter, and the settings have a switch for every built-in site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adapterFor, BUILT_IN_SITES, siteForHost } from '../../src/sites/index.ts';
import { BUILT_IN_SITE_IDS } from '../../src/core/sites.ts';

test('hosts map to their sites', () => {
  assert.equal(adapterFor('x.com').id, 'x');
  assert.equal(adapterFor('twitter.com').id, 'x');
  assert.equal(adapterFor('OLD.reddit.com').id, 'reddit');
  assert.equal(adapterFor('disqus.com').id, 'disqus');
  assert.equal(adapterFor('forum.example.org').id, 'generic');
  assert.equal(adapterFor('').id, 'generic');
  assert.equal(siteForHost('WWW.LinkedIn.com'), 'linkedin');
  assert.equal(siteForHost('forum.example.org'), 'generic');
});

test('every site has a unique id, a name and https match patterns', () => {
  const ids = BUILT_IN_SITES.map((s) => s.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const site of BUILT_IN_SITES) {
    assert.match(site.id, /^[a-z]+$/);
    assert.ok(site.name.trim(), `${site.id}: a name`);
    assert.ok(site.matches.length > 0, `${site.id}: match patterns`);
    for (const pattern of site.matches) assert.match(pattern, /^https:\/\/[a-z0-9.-]+\/[^*]*\*$/, `${site.id}: ${pattern}`);
  }
});

test('the settings have a switch for each site of the registry', () => {
  assert.deepEqual([...BUILT_IN_SITE_IDS].sort(), BUILT_IN_SITES.map((s) => s.id).sort());
});

