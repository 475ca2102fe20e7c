// The background's one door (src/background/dispatch.ts) on fake-indexeddb and a fake
// extension API: every kind, sent a malformed payload, gets a clear refusal naming the field,
// and neither the ledger nor the settings change (nor does any options page open); senders
// that are not GiveFirst's get no answer; a content script gets only its few kinds.
import 'fake-indexeddb/auto';
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { opened, sync } from './fake-extension.ts';
import type { MessageKind } from '../../src/core/messages.ts';
import { MESSAGE_KINDS } from '../../src/core/message-checks.ts';
import { makeBackup } from '../../src/core/backup.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Entry } from '../../src/core/types.ts';

const { dispatch } = await import('../../src/background/dispatch.ts');
const { ledger } = await import('../../src/background/ledger/index.ts');

const SELF = { id: 'givefirstid', base: 'chrome-extension://givefirstid/' };
const PAGE = { id: SELF.id, url: 'chrome-extension://givefirstid/options/index.html' };
const CONTENT = { id: SELF.id, url: 'https://mastodon.social/home', tab: { id: 4 } };
const NOW = Date.now();

const entry = (id: string, extra: Partial<Entry> = {}): Entry => ({
  id, time: NOW - 3_600_000, site: 'mastodon', context: 'post', kind: 'giving', score: 0.1,
  reasons: [{ text: 'thanks', signal: 'thanks' }], language: 'en', fingerprint: [1, 2], ...extra,
});

async function ask(message: unknown, sender: object = PAGE) {
  const reply = await dispatch(message, sender, SELF, NOW);
  assert.ok(reply, 'GiveFirst\'s own contexts always get an answer');
  return reply as { ok: true; value: unknown } | { ok: false; error: { code: string; field?: string; reason?: unknown } };
}

/** The whole ledger and the stored settings, to compare before and after. */
async function state() {
  const exported = await ask({ kind: 'data:export' });
  assert.ok(exported.ok);
  const { exportedAt: _, ...rest } = exported.value as Record<string, unknown>;
  return { ...rest, stored: structuredClone(sync.data), opened: opened.length };
}

before(async () => {
  await ledger.deleteAll();
  for (const id of ['a', 'b']) assert.ok((await ask({ kind: 'post:submitted', entry: entry(id) })).ok);
  assert.ok((await ask({ kind: 'entry:correct', id: 'b', correction: 'mixed' })).ok);
  assert.ok((await ask({ kind: 'settings:patch', patch: { sensitivity: 60 } })).ok);
});

/** For every kind, payloads that are not what the kind says, and the field each refusal must name. */
const MALFORMED: Record<MessageKind, [unknown, string][]> = {
  ping: [[{ kind: 'ping', extra: 1 }, 'extra']],
  'post:submitted': [
    [{ kind: 'post:submitted' }, 'entry'],
    [{ kind: 'post:submitted', entry: { ...entry('c'), kind: 'evil' } }, 'entry'],
    [{ kind: 'post:submitted', entry: entry('c'), also: entry('d') }, 'also'],
  ],
  'balance:get': [[{ kind: 'balance:get', now: 'soon' }, 'now'], [{ kind: 'balance:get', now: Infinity }, 'now']],
  'delta:get': [[{ kind: 'delta:get', all: true }, 'all']],
  'options:open': [[{ kind: 'options:open', url: 'https://evil.example' }, 'url']],
  'site:set': [
    [{ kind: 'site:set', site: { site: 'x' }, on: 'yes' }, 'on'],
    [{ kind: 'site:set', site: { site: 'myspace' }, on: false }, 'site'],
    [{ kind: 'site:set', site: { site: 'generic', origin: 'javascript:alert(1)' }, on: true }, 'site'],
    [{ kind: 'site:set', site: 'x', on: false }, 'site'],
  ],
  'entries:recent': [[{ kind: 'entries:recent' }, 'limit'], [{ kind: 'entries:recent', limit: 'all' }, 'limit'], [{ kind: 'entries:recent', limit: -1 }, 'limit']],
  // The fault #13 found: a kind that is not one of the four dropped the post out of every count.
  'entry:correct': [
    [{ kind: 'entry:correct', id: 'a', correction: 'evil' }, 'correction'],
    [{ kind: 'entry:correct', id: 'a' }, 'correction'],
    [{ kind: 'entry:correct', id: 42, correction: 'giving' }, 'id'],
  ],
  'entry:delete': [[{ kind: 'entry:delete', id: 42 }, 'id'], [{ kind: 'entry:delete', id: '' }, 'id']],
  'data:export': [[{ kind: 'data:export', format: 'csv' }, 'format']],
  'data:import': [
    [{ kind: 'data:import', data: 42 }, 'data'],
    [{ kind: 'data:import', data: '{"format": "givefirst-backup", ' }, 'data'],
    [{ kind: 'data:import', data: makeBackup([entry('c'), entry('c')], defaultSettings(), NOW) }, 'data'],
  ],
  'data:delete-all': [[{ kind: 'data:delete-all', confirm: 'yes' }, 'confirm']],
  'ledger:status': [[{ kind: 'ledger:status', verbose: true }, 'verbose']],
  'settings:patch': [
    [{ kind: 'settings:patch', patch: { sensitivity: 'high' } }, 'patch.sensitivity'],
    [{ kind: 'settings:patch', patch: { sites: { x: false } } }, 'patch.sites'],
    [{ kind: 'settings:patch' }, 'patch'],
  ],
  'settings:reset': [[{ kind: 'settings:reset', keep: ['sites'] }, 'keep']],
};

test('every kind has malformed payloads to try', () => {
  assert.deepEqual(Object.keys(MALFORMED).sort(), [...MESSAGE_KINDS].sort());
});

for (const kind of MESSAGE_KINDS) {
  test(`${kind}: a malformed payload is refused with the field named, and nothing changes`, async () => {
    const before = await state();
    for (const [message, field] of MALFORMED[kind]) {
      const reply = await ask(message);
      assert.equal(reply.ok, false, JSON.stringify(message).slice(0, 120));
      assert.equal(reply.ok === false && reply.error.code, 'invalid');
      assert.equal(reply.ok === false && reply.error.field, field);
    }
    assert.deepEqual(await state(), before);
  });
}

test('a refused entry or backup says why with a code', async () => {
  const reply = await ask({ kind: 'data:import', data: 'not json' });
  assert.deepEqual(reply, { ok: false, error: { code: 'invalid', field: 'data', reason: { code: 'not-json' } } });
  const post = await ask({ kind: 'post:submitted', entry: { ...entry('late'), time: 'now' } });
  assert.deepEqual(post, { ok: false, error: { code: 'invalid', field: 'entry', reason: { code: 'entry', entry: 1, problem: 'time' } } });
});

test('unknown kinds and non-messages are refused as such', async () => {
  for (const message of [{ kind: 'no-such-kind' }, { kind: '__proto__' }, { kind: 'toString' }, null, 'ping', [], { type: 'ping' }]) {
    const reply = await ask(message);
    assert.deepEqual(reply, { ok: false, error: { code: 'unknown-kind' } }, JSON.stringify(message));
  }
});

test('a content script is refused what only pages may ask, before its payload is read', async () => {
  const before = await state();
  for (const message of [{ kind: 'data:delete-all' }, { kind: 'data:export' }, { kind: 'settings:reset' }, { kind: 'entry:delete', id: 'a' }, { kind: 'site:set', site: { site: 'x' }, on: false }]) {
    assert.deepEqual(await ask(message, CONTENT), { ok: false, error: { code: 'not-allowed' } }, message.kind);
  }
  assert.deepEqual(await state(), before);
  const off = await ask({ kind: 'site:set', site: { site: 'mastodon' }, on: false }, CONTENT);
  assert.ok(off.ok, 'its own site, off');
});

test('senders that are not GiveFirst get no answer at all', async () => {
  for (const sender of [null, {}, { id: 'otherextension', url: 'chrome-extension://otherextension/x.html' }]) {
    assert.equal(dispatch({ kind: 'ping' }, sender, SELF, NOW), undefined);
  }
});

test('well-formed messages of every kind a page sends are answered', async () => {
  const good: [unknown, (value: never) => void][] = [
    [{ kind: 'ping' }, (v: { version: string }) => assert.equal(v.version, '0.1.0')],
    [{ kind: 'entry:correct', id: 'a', correction: null }, (v: { updated: boolean }) => assert.equal(v.updated, true)],
    [{ kind: 'entries:recent', limit: 10 }, (v: Entry[]) => assert.deepEqual(v.map((e) => e.id).sort(), ['a', 'b'])],
    [{ kind: 'balance:get' }, (v: { giving: number; mixed: number }) => assert.deepEqual([v.giving, v.mixed], [1, 1])],
    [{ kind: 'delta:get' }, (v: unknown[]) => assert.ok(Array.isArray(v))],
    [{ kind: 'ledger:status' }, (v: { entries: number }) => assert.equal(v.entries, 2)],
    [{ kind: 'options:open' }, () => assert.equal(opened.length, 1)],
    [{ kind: 'data:import', data: makeBackup([entry('c')], undefined, NOW) }, (v: { imported: number }) => assert.equal(v.imported, 1)],
  ];
  for (const [message, check] of good) {
    const reply = await ask(message);
    assert.ok(reply.ok, JSON.stringify(reply));
    check(reply.value as never);
  }
});
