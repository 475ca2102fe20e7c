// The backup validator refuses whole files with a reason (a code the options page words), and
// the CSV is safe to open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKUP_LIMITS, entriesToCsv, makeBackup, validateBackup, validateEntry, type Validated } from '../../src/core/backup.ts';
import type { EntryProblem, Refusal } from '../../src/core/backup-refusal.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import type { Entry } from '../../src/core/types.ts';
import { SIGNALS } from '../../src/core/analysis/signals.ts';
import { OLD_LABELS, signalId } from '../../src/core/signal-ids.ts';

const NOW = Date.parse('2026-06-10T12:00:00Z');
const entry = (id: string, extra: Partial<Entry> = {}): Entry => ({
  id,
  time: NOW - 3_600_000,
  site: 'x',
  context: 'post',
  kind: 'giving',
  score: 0.1,
  reasons: [{ text: 'check out', signal: 'cta' }],
  language: 'en',
  fingerprint: [3, 9],
  ...extra,
});
const good = () => makeBackup([entry('a'), entry('b', { correction: 'mixed', snippet: 'Hi' })], defaultSettings(), NOW, 2);

test('a valid backup passes as an object and as JSON text, settings included', () => {
  for (const input of [good(), JSON.stringify(good())]) {
    const result = validateBackup(input, NOW);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.backup.entries.length, 2);
    assert.equal(result.backup.entries[1]!.correction, 'mixed');
    assert.equal(result.backup.settings?.targetRatio, 3);
  }
});

/** Why a result was refused; a result that passed fails the test here. */
function refusalOf(result: Validated | ReturnType<typeof validateEntry>): Refusal {
  assert.equal(result.ok, false, 'refused');
  return (result as { refusal: Refusal }).refusal;
}

const FUTURE = NOW + 3 * 86_400_000;
const refused: [string, unknown, Refusal][] = [
  ['malformed JSON', '{"format": "givefirst-backup", ', { code: 'not-json' }],
  ['not an object', '[1,2,3]', { code: 'not-object' }],
  ['another format', { ...good(), format: 'other' }, { code: 'not-backup' }],
  ['no version', { ...good(), version: '1' }, { code: 'no-version' }],
  ['a newer version', { ...good(), version: 99 }, { code: 'newer-version' }],
  ['no entries', { ...good(), entries: 'none' }, { code: 'no-entries' }],
  ['an entry that is not an object', { ...good(), entries: [entry('a'), 'b'] }, { code: 'entry', entry: 2, problem: 'not-object' }],
  ['duplicate ids', { ...good(), entries: [entry('a'), entry('a')] }, { code: 'entry', entry: 2, problem: 'duplicate-id', id: 'a' }],
  ['a date in the future', { ...good(), entries: [entry('a', { time: FUTURE })] }, { code: 'entry', entry: 1, problem: 'future', time: FUTURE }],
  ['an unknown kind', { ...good(), entries: [{ ...entry('a'), kind: 'evil' }] }, { code: 'entry', entry: 1, problem: 'kind' }],
  ['a score out of range', { ...good(), entries: [{ ...entry('a'), score: 7 }] }, { code: 'entry', entry: 1, problem: 'score' }],
  ['a non-text snippet', { ...good(), entries: [entry('a'), entry('b'), { ...entry('c'), snippet: { html: '<b>' } }] }, { code: 'entry', entry: 3, problem: 'snippet' }],
  ['settings that are not an object', { ...good(), settings: 'x' }, { code: 'settings' }],
  ['__proto__ at the top', '{"__proto__": {"polluted": true}, "format": "givefirst-backup", "version": 1, "entries": []}', { code: 'forbidden-key', key: '__proto__' }],
  ['__proto__ in an entry', `{"format":"givefirst-backup","version":1,"entries":[${JSON.stringify(entry('a')).replace('{', '{"__proto__":{"isAdmin":true},')}]}`, { code: 'forbidden-key', key: '__proto__' }],
  ['constructor in settings', { ...good(), settings: { constructor: { prototype: { x: 1 } } } }, { code: 'forbidden-key', key: 'constructor' }],
  ['a huge file', 'x'.repeat(BACKUP_LIMITS.chars + 1), { code: 'too-large', megabytes: 64 }],
  ['entries that are not a list', { ...good(), entries: { length: 3 } }, { code: 'no-entries' }],
];

for (const [what, input, why] of refused) {
  test(`refuses ${what}, saying why with a code`, () => {
    assert.deepEqual(refusalOf(validateBackup(input, NOW)), why);
  });
}

test('each field of an entry is refused by its name', () => {
  const wrong: [keyof Entry, unknown, EntryProblem][] = [
    ['id', '', 'id'], ['time', 'now', 'time'], ['site', 3, 'site'], ['context', 'dm', 'context'],
    ['correction', 'evil', 'correction'], ['language', 'xx', 'language'], ['fingerprint', [1.5], 'fingerprint'],
    ['scores', [1, 2], 'scores'], ['reasons', 'cta', 'reasons'], ['reasons', [{ text: 1, signal: 'cta' }], 'reason'],
  ];
  for (const [field, value, problem] of wrong) {
    const result = validateBackup({ ...good(), entries: [{ ...entry('a'), [field]: value }] }, NOW);
    assert.deepEqual(refusalOf(result), { code: 'entry', entry: 1, problem }, `${field}: ${JSON.stringify(value)}`);
  }
});

test('what the checks did not foresee is refused as unreadable, not thrown', () => {
  const hostile = { ...good(), get entries(): never { throw new TypeError('a getter threw'); } };
  assert.deepEqual(refusalOf(validateBackup(hostile, NOW)), { code: 'unreadable', detail: 'a getter threw' });
});

test('refuses too many entries, and takes exactly as many as it imports at once', () => {
  // Valid, distinct entries sharing their arrays: the count is the only thing wrong with the list.
  const shared = entry('shared');
  const many = Array.from({ length: BACKUP_LIMITS.entries + 1 }, (_, i) => ({ ...shared, id: `e${i}` }));
  assert.deepEqual(refusalOf(validateBackup({ ...good(), entries: many }, NOW)), { code: 'too-many-entries', limit: 250_000 });
  const accepted = validateBackup({ ...good(), entries: many.slice(1) }, NOW);
  assert.ok(accepted.ok, JSON.stringify(accepted).slice(0, 200));
  assert.equal(accepted.backup.entries.length, BACKUP_LIMITS.entries);
});

test('nothing is polluted while validating', () => {
  validateBackup('{"__proto__": {"polluted": true}}', NOW);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('a deeply nested file neither overflows the stack nor throws', () => {
  // Deep nesting where the validator ignores the value: a stack overflow anywhere would turn
  // this valid backup into a refusal.
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  const nested = `{"format":"givefirst-backup","version":1,"entries":[],"settings":{"own":{"brands":${deep}}}}`;
  const result = validateBackup(nested, NOW);
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(result.backup.settings?.own.brands, []);
  // Deep nesting as the whole file: refused for what it is, not for a crash.
  assert.deepEqual(refusalOf(validateBackup(deep, NOW)), { code: 'not-object' });
});

test('unknown fields are dropped; only the entry shape reaches the ledger', () => {
  const result = validateBackup({ ...good(), entries: [{ ...entry('a'), extra: '<script>', snippet: 'x'.repeat(500) }] }, NOW);
  assert.ok(result.ok);
  assert.equal('extra' in result.backup.entries[0]!, false);
  assert.equal(result.backup.entries[0]!.snippet!.length, 140);
});

test('validateEntry checks what the content script sends', () => {
  assert.ok(validateEntry(entry('z'), NOW).ok);
  assert.deepEqual(refusalOf(validateEntry({ ...entry('z'), time: 'now' }, NOW)), { code: 'entry', entry: 1, problem: 'time' });
});

test('old English signal labels import as signal ids; ids pass; anything else is refused', () => {
  const old = makeBackup([entry('a', { reasons: [{ text: 'link in bio', signal: 'call to action' }, { text: 'thanks', signal: 'thanks' }, { text: '20%', signal: 'discount code' }] })], undefined, NOW);
  const result = validateBackup(JSON.stringify(old), NOW);
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(result.backup.entries[0]!.reasons.map((r) => r.signal), ['cta', 'thanks', 'promoCode']);
  for (const signal of ['wording', 'freeHelp']) assert.ok(validateBackup(makeBackup([entry('a', { reasons: [{ text: 'x', signal }] })], undefined, NOW), NOW).ok, signal);
  for (const signal of ['<script>', 'cta cta', 'x'.repeat(41), '', 'signal_1']) {
    const refused = validateBackup(makeBackup([entry('a', { reasons: [{ text: 'x', signal }] })], undefined, NOW), NOW);
    assert.deepEqual(refusalOf(refused), { code: 'entry', entry: 1, problem: 'reason' }, signal);
  }
  // What the content script sends passes the same way.
  const sent = validateEntry(entry('z', { reasons: [{ text: 'buy', signal: 'shop or signup link' }] }), NOW);
  assert.ok(sent.ok);
  assert.equal(sent.entry.reasons[0]!.signal, 'storeLink');
});

test('every old label reads as a signal the analysis has', () => {
  assert.equal(OLD_LABELS.size, 32);
  for (const [label, id] of OLD_LABELS) {
    assert.equal(signalId(label), id);
    assert.ok(Object.hasOwn(SIGNALS, id), `${label} -> ${id}`);
  }
});

test('CSV quotes cells and defuses formulas', () => {
  const csv = entriesToCsv([
    entry('a', { snippet: 'Hello, "world"\nsecond line' }),
    entry('b', { snippet: '=HYPERLINK("http://evil","click")', kind: 'promotional', correction: 'giving' }),
  ]);
  const lines = csv.split('\r\n');
  assert.equal(lines[0], 'id,time,site,context,counted as,analysis said,corrected,score,language,snippet');
  assert.match(csv, /"Hello, ""world""\nsecond line"/);
  assert.match(csv, /b,2026-06-10T11:00:00.000Z,x,post,giving,promotional,yes,0.10,en,"'=HYPERLINK\(""http:\/\/evil"",""click""\)"/);
});
