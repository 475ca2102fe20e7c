// The site registry: each adapter declares all GiveFirst knows about its site, hosts map to
// their adapter, every adapter is in the registry, and the settings have a switch for each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_IDS_FILE, siteIdsSource } from '../../scripts/site-registry.mjs';
import type { Adapter } from '../../src/sites/types.ts';
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

const SITES_DIR = join(import.meta.dirname, '../../src/sites');
const isAdapter = (value: unknown): value is Adapter =>
  typeof value === 'object' && value !== null && typeof (value as Adapter).boxes === 'string' && Array.isArray((value as Adapter).matches);

test('every site adapter in src/sites is in the registry', async () => {
  let adapters = 0;
  for (const file of readdirSync(SITES_DIR).filter((name) => name.endsWith('.ts'))) {
    for (const [name, value] of Object.entries(await import(join(SITES_DIR, file)))) {
      // The generic adapter runs on the sites a person adds, so it has no addresses of its own.
      if (!isAdapter(value) || value.matches.length === 0) continue;
      adapters++;
      assert.ok((BUILT_IN_SITES as readonly Adapter[]).includes(value), `src/sites/${file}: ${name} is not in the registry; add its line to src/sites/index.ts`);
    }
  }
  assert.equal(adapters, BUILT_IN_SITES.length, 'the walk finds each registered adapter in its file');
});

test('the settings have a switch for each site of the registry, as the build writes them', () => {
  const ids = BUILT_IN_SITES.map((s) => s.id);
  const stale = 'src/core/sites.ts is not what the registry gives: run `npm run build` and commit it';
  assert.deepEqual([...BUILT_IN_SITE_IDS], ids, stale);
  assert.equal(readFileSync(SITE_IDS_FILE, 'utf8'), siteIdsSource(ids), stale);
});

