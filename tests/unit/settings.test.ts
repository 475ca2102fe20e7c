import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyPatch, defaultSettings, isSiteEnabled, mergePatches, migrate, needsMigration, normalizeDomain, patchProblem, SETTINGS_VERSION, validateSettings, withSite } from '../../src/core/settings.ts';

test('defaults are valid and stable under validation', () => {
  assert.deepEqual(validateSettings(defaultSettings()), defaultSettings());
});

test('garbage becomes the defaults, valid fields are kept', () => {
  for (const junk of [null, 42, 'x', [], { sensitivity: 'loud' }, { __proto__: { sensitivity: 99 } }]) {
    assert.deepEqual(validateSettings(junk), defaultSettings());
  }
  const kept = validateSettings({ version: 1, sensitivity: 80, targetRatio: 9, hintStyle: 'compact', sites: { x: false, nope: true } });
  assert.equal(kept.sensitivity, 80);
  assert.equal(kept.targetRatio, 9);
  assert.equal(kept.hintStyle, 'compact');
  assert.equal(kept.sites.x, false);
  assert.equal('nope' in kept.sites, false);
});

test('numbers are clamped and lists cleaned', () => {
  const s = validateSettings({ version: 1, sensitivity: 400, targetRatio: -2, own: { domains: ['https://WWW.Example.com/shop?x=1', '', 7] }, customSites: ['https://forum.example.org', 'javascript:alert(1)', 'https://a.org/path'] });
  assert.equal(s.sensitivity, 100);
  assert.equal(s.targetRatio, 1);
  assert.deepEqual(s.own.domains, ['example.com']);
  assert.deepEqual(s.customSites, ['https://forum.example.org']);
});

test('version 0 settings (a preset name for sensitivity) migrate', () => {
  assert.equal(migrate({ sensitivity: 'high' }).version, SETTINGS_VERSION);
  assert.equal(validateSettings({ sensitivity: 'high' }).sensitivity, 75);
  assert.equal(validateSettings({ sensitivity: 'low', targetRatio: 4 }).targetRatio, 4);
});

test('domains normalise', () => {
  assert.equal(normalizeDomain(' HTTP://www.Shop.io:8080/a '), 'shop.io');
});

test('a patch changes what it names and keeps the rest, own-lists one by one', () => {
  const start = { ...defaultSettings(), own: { domains: ['acme.io'], handles: ['@jane'], brands: [] } };
  const next = applyPatch(start, { sensitivity: 80, own: { brands: ['Acme'] } });
  assert.equal(next.sensitivity, 80);
  assert.deepEqual(next.own, { domains: ['acme.io'], handles: ['@jane'], brands: ['Acme'] });
  assert.equal(applyPatch(start, { sensitivity: 400 }).sensitivity, 100, 'still validated');
  assert.deepEqual(mergePatches({ sensitivity: 10, own: { brands: ['A'] } }, { sensitivity: 20, own: { domains: ['a.io'] } }), {
    sensitivity: 20,
    own: { brands: ['A'], domains: ['a.io'] },
  });
});

test('a patch from another context is checked field by field', () => {
  assert.equal(patchProblem({}), null);
  assert.equal(patchProblem({ sensitivity: 30, targetRatio: 4, hintStyle: 'compact', keepSnippets: false, languages: ['en', 'de'], week: 'calendar', own: { brands: ['Acme'] } }), null);
  const bad: [unknown, string][] = [
    [null, 'patch'],
    [[], 'patch'],
    [{ sensitivity: 'high' }, 'patch.sensitivity'],
    [{ sensitivity: NaN }, 'patch.sensitivity'],
    [{ hintStyle: 'loud' }, 'patch.hintStyle'],
    [{ languages: ['en', 'xx'] }, 'patch.languages'],
    [{ own: { brands: [1] } }, 'patch.own'],
    [{ own: { friends: [] } }, 'patch.own'],
    [{ sites: { x: false } }, 'patch.sites'],
    [{ version: 2 }, 'patch.version'],
    [JSON.parse('{"__proto__": {"x": 1}}'), 'patch.__proto__'],
  ];
  for (const [patch, problem] of bad) assert.equal(patchProblem(patch), problem, JSON.stringify(patch));
});

test('sites: a built-in site follows its switch, a user site is on while it is added', () => {
  const s = defaultSettings();
  const forum = { site: 'generic', origin: 'https://forum.example.org' } as const;
  assert.equal(isSiteEnabled(s, { site: 'x' }), true);
  assert.equal(isSiteEnabled(withSite(s, { site: 'x' }, false), { site: 'x' }), false);
  assert.equal(isSiteEnabled(s, forum), false);
  const added = withSite(s, forum, true);
  assert.deepEqual(added.customSites, ['https://forum.example.org']);
  assert.equal(isSiteEnabled(added, forum), true);
  assert.deepEqual(withSite(added, forum, true).customSites, ['https://forum.example.org'], 'added once');
  assert.deepEqual(withSite(added, forum, false).customSites, []);
  assert.equal(s.sites.x, true, 'the settings given are not changed');
});

test('only settings of another version need writing back', () => {
  assert.equal(needsMigration(defaultSettings()), false);
  assert.equal(needsMigration({ sensitivity: 'high' }), true);
  assert.equal(needsMigration(null), true);
});
