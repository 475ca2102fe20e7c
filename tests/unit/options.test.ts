// The options page's pure pieces: reading a typed site address, the own-lists, and that every
// message key the page asks for is in _locales/en/messages.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSiteInput } from '../../src/options/site-origin.ts';
import { parseOwnList } from '../../src/options/own-list.ts';
import { datedName } from '../../src/options/download.ts';
import { HINT_STYLES, SENSITIVITY_PRESETS, TARGET_PRESETS } from '../../src/core/settings.ts';
import { KINDS, LANGUAGES } from '../../src/core/types.ts';

const ROOT = join(import.meta.dirname, '../..');

test('a typed site address becomes an origin', () => {
  const cases: [string, string][] = [
    ['forum.example.org', 'https://forum.example.org'],
    ['  https://Forum.Example.org/t/some-topic/12?page=2 ', 'https://forum.example.org'],
    ['http://blog.example.com:8080/post', 'http://blog.example.com:8080'],
    ['fosstodon.org', 'https://fosstodon.org'],
  ];
  for (const [input, origin] of cases) assert.deepEqual(parseSiteInput(input, []), { ok: true, origin }, input);
});

test('addresses that cannot be sites are refused with a reason', () => {
  const invalid = ['', '   ', 'forum', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org', 'https://user:pw@example.org', 'chrome://extensions', 'http://'];
  for (const input of invalid) assert.deepEqual(parseSiteInput(input, []), { ok: false, problem: 'invalid' }, input);
  assert.deepEqual(parseSiteInput('https://mastodon.social/home', []), { ok: false, problem: 'builtin' });
  assert.deepEqual(parseSiteInput('www.reddit.com', []), { ok: false, problem: 'builtin' });
  assert.deepEqual(parseSiteInput('forum.example.org/latest', ['https://forum.example.org']), { ok: false, problem: 'duplicate' });
});

test('own lists: one per line or comma, cleaned, domains reduced to the host', () => {
  assert.deepEqual(parseOwnList('domains', 'https://www.MyShop.com/sale\n\nblog.janedoe.dev, myshop.com\n'), ['myshop.com', 'blog.janedoe.dev']);
  assert.deepEqual(parseOwnList('handles', ' @janedoe \n@janedoe\n\n@jd'), ['@janedoe', '@jd']);
  assert.deepEqual(parseOwnList('brands', 'Acme Analytics,, Acme Pro '), ['Acme Analytics', 'Acme Pro']);
  assert.equal(parseOwnList('brands', Array.from({ length: 80 }, (_, i) => `b${i}`).join('\n')).length, 50);
});

test('downloads are named by date', () => {
  assert.equal(datedName('backup', 'json', new Date(Date.UTC(2026, 10, 26, 12))), 'givefirst-backup-2026-11-26.json');
});

test('every message key the options page uses exists in English', () => {
  const messages = JSON.parse(readFileSync(join(ROOT, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
  const used = new Set<string>();
  // The hint's words (src/content) come from the same catalogue as the page's.
  const files = ['src/options', 'src/content'].flatMap((dir) =>
    readdirSync(join(ROOT, dir)).filter((f) => /\.tsx?$/.test(f)).map((f) => join(ROOT, dir, f)),
  );
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    // Keys built from a value (t(`style_${style}`)) are listed below from the same constants.
    for (const m of source.matchAll(/\bt\((?:resetSettings \? )?'([a-z_]+)' : '([a-z_]+)'/g)) used.add(m[1]!).add(m[2]!);
  }
  const families: string[] = [
    ...Object.keys(SENSITIVITY_PRESETS).flatMap((p) => [`sensitivity_${p}`, `sensitivity_${p}_desc`]),
    ...TARGET_PRESETS.flatMap((n) => [`target_${n}`, `target_${n}_desc`]),
    ...HINT_STYLES.flatMap((s) => [`style_${s}`, `style_${s}_desc`]),
    ...LANGUAGES.map((l) => `language_${l}`),
    ...KINDS.map((k) => `kind_${k}`),
    ...['rolling', 'calendar'].flatMap((w) => [`week_${w}`, `week_${w}_desc`]),
    ...['domains', 'handles', 'brands'].flatMap((k) => [`own_${k}`, `own_${k}_desc`, `own_${k}_placeholder`]),
    ...['saving', 'sync', 'local', 'failed'].map((s) => `saved_${s}`),
    ...['invalid', 'builtin', 'duplicate'].map((p) => `site_problem_${p}`),
    ...['sync_unavailable', 'saved_locally'].flatMap((k) => [`store_${k}`, `store_${k}_title`]),
    ...['preview_hint', 'preview_no_hint', 'preview_silent', 'delete_done', 'delete_done_settings'],
    ...['promotions', 'contributions'].flatMap((k) => [`count_${k}_one`, `count_${k}_many`]),
  ];
  const missing = [...used, ...families].filter((key) => !messages[key]?.message);
  assert.deepEqual(missing, []);
  assert.ok(used.size > 60, `found only ${used.size} keys: the scan is broken`);
  for (const key of ['extName', 'extDescription', 'actionTitle']) assert.ok(messages[key]);
});
