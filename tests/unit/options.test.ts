// The options page's pure pieces: reading a typed site address and the own-lists. Its message
// keys are checked with every other page's in tests/unit/i18n.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSiteInput } from '../../src/options/site-origin.ts';
import { parseOwnList } from '../../src/options/own-list.ts';
import { datedName } from '../../src/options/download.ts';

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
