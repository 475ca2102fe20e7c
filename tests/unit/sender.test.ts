// The background's sender check (src/background/sender.ts): only GiveFirst's own contexts are
// answered, and a content script (which lives inside pages) may only send what the hint needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOwnContext, mayAsk, senderContext, type Self } from '../../src/background/sender.ts';
import { CONTENT_KINDS, type MessageKind } from '../../src/core/messages.ts';

const SELF: Self = { id: 'givefirstid', base: 'chrome-extension://givefirstid/' };
const FIREFOX: Self = { id: 'givefirst@givefirst.app', base: 'moz-extension://4f1c2b7e-uuid/' };
const ALL: MessageKind[] = ['ping', 'post:submitted', 'balance:get', 'entries:recent', 'entry:correct', 'entry:delete', 'delta:get', 'data:export', 'data:import', 'data:delete-all', 'ledger:status', 'options:open', 'settings:patch', 'settings:reset'];

test('the popup and options pages may send everything', () => {
  for (const url of ['chrome-extension://givefirstid/popup/index.html', 'chrome-extension://givefirstid/options/index.html']) {
    assert.equal(senderContext({ id: SELF.id, url }, SELF), 'extension-page');
    for (const kind of ALL) assert.ok(mayAsk({ id: SELF.id, url }, SELF, { kind }), `${kind} from ${url}`);
    assert.ok(mayAsk({ id: SELF.id, url }, SELF, { kind: 'site:set', site: { site: 'generic', origin: 'https://forum.example.org' }, on: true }));
  }
  assert.ok(mayAsk({ id: FIREFOX.id, url: 'moz-extension://4f1c2b7e-uuid/popup/index.html' }, FIREFOX, { kind: 'data:export' }));
});

test('a content script may report posts and read the balance, not read or change the history', () => {
  const content = { id: SELF.id, url: 'https://x.com/home', tab: { id: 3 } };
  assert.equal(senderContext(content, SELF), 'content-script');
  for (const kind of ALL) assert.equal(mayAsk(content, SELF, { kind }), (CONTENT_KINDS as readonly string[]).includes(kind), kind);
  for (const kind of ['entries:recent', 'data:export', 'data:import', 'data:delete-all', 'entry:delete', 'entry:correct', 'settings:patch', 'settings:reset'] as const) {
    assert.equal(mayAsk(content, SELF, { kind }), false, `${kind} must not be answered for a page's content script`);
  }
  // A page whose address merely contains GiveFirst's base is still a page.
  assert.equal(senderContext({ id: SELF.id, url: 'https://evil.example/chrome-extension://givefirstid/' }, SELF), 'content-script');
});

test('anything that is not GiveFirst is ignored', () => {
  const foreign = [
    undefined,
    null,
    {},
    { url: 'chrome-extension://givefirstid/popup/index.html' },
    { id: 'otherextension', url: 'chrome-extension://otherextension/page.html' },
    { id: 'otherextension', url: 'chrome-extension://givefirstid/popup/index.html' },
    { id: '', url: 'https://x.com/' },
    { id: 42 as unknown as string },
  ];
  for (const sender of foreign) {
    assert.equal(isOwnContext(sender, SELF), false, JSON.stringify(sender));
    for (const kind of ALL) assert.equal(mayAsk(sender, SELF, { kind }), false);
  }
  // An empty own id (should never happen) matches nothing, not every id-less sender.
  assert.equal(isOwnContext({ id: '' }, { id: '', base: '' }), false);
});

test('unknown kinds are refused for content scripts', () => {
  assert.equal(mayAsk({ id: SELF.id, url: 'https://x.com/' }, SELF, { kind: '__proto__' }), false);
  assert.equal(mayAsk({ id: SELF.id, url: 'https://x.com/' }, SELF, { kind: 'constructor' }), false);
});

test('a content script may switch off the site it runs on, and nothing else', () => {
  const on = (url: string) => ({ id: SELF.id, url, tab: { id: 3 } });
  const off = (site: unknown) => ({ kind: 'site:set', site, on: false });
  assert.ok(mayAsk(on('https://x.com/home'), SELF, off({ site: 'x' })));
  assert.ok(mayAsk(on('https://twitter.com/home'), SELF, off({ site: 'x' })));
  assert.ok(mayAsk(on('https://disqus.com/embed/comments/?f=blog'), SELF, off({ site: 'disqus' })));
  assert.ok(mayAsk(on('https://forum.example.org/t/1'), SELF, off({ site: 'generic', origin: 'https://forum.example.org' })));
  const refused: [string, unknown][] = [
    ['https://x.com/home', { kind: 'site:set', site: { site: 'x' }, on: true }],
    ['https://x.com/home', off({ site: 'reddit' })],
    ['https://x.com/home', off({ site: 'generic', origin: 'https://x.com' })],
    ['https://forum.example.org/t/1', off({ site: 'generic', origin: 'https://other.example.org' })],
    ['https://forum.example.org/t/1', { kind: 'site:set', site: { site: 'generic', origin: 'https://forum.example.org' }, on: true }],
    ['https://forum.example.org/t/1', off({ site: 'mastodon' })],
    ['https://x.com/home', off('x')],
    ['not a url', off({ site: 'x' })],
  ];
  for (const [url, message] of refused) assert.equal(mayAsk(on(url), SELF, message as { kind: string }), false, `${url} ${JSON.stringify(message)}`);
});
