import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings, migrate, normalizeDomain, SETTINGS_VERSION, validateSettings } from '../../src/core/settings.ts';

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
