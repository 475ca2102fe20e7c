// The import validator never throws and never lets a bad file through: fixed-seed mutations of
// a valid backup (dropped, swapped and poisoned fields, truncated text, junk values), and
// random JSON-ish text. Every answer is either a clean backup or a refusal the options page words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeBackup, validateBackup } from '../../src/core/backup.ts';
import { ENTRY_PROBLEMS, FILE_REFUSALS } from '../../src/core/backup-refusal.ts';
import { defaultSettings } from '../../src/core/settings.ts';
import { KINDS, type Entry } from '../../src/core/types.ts';

const NOW = Date.UTC(2026, 10, 26, 12);

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

function entry(i: number): Entry {
  return {
    id: `id-${i}`, time: NOW - i * 3_600_000, site: 'mastodon', context: 'post', kind: KINDS[i % 4]!, score: 0.5,
    reasons: [{ text: 'link in bio', signal: 'call to action' }], language: 'en', fingerprint: [i, i + 1], snippet: `post ${i}`,
  };
}

const JUNK: unknown[] = [null, undefined, -1, 0, 1e308, NaN, Infinity, '', 'x'.repeat(5000), '<script>alert(1)</script>', [], {}, [[[[]]]],
  { __proto__: { polluted: true } }, true, NOW * 10, -NOW, '2026-11-26', { id: 1 }];
const POISON = ['__proto__', 'constructor', 'prototype'];

function mutate(value: unknown, random: () => number, depth = 0): unknown {
  if (depth > 4 || typeof value !== 'object' || value === null) {
    return random() < 0.3 ? JUNK[Math.floor(random() * JUNK.length)] : value;
  }
  if (Array.isArray(value)) {
    const out = value.map((v) => mutate(v, random, depth + 1));
    if (random() < 0.2 && out.length) out.push(out[0]); // a duplicate id, often
    if (random() < 0.1) out.reverse();
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const roll = random();
    if (roll < 0.08) continue; // dropped
    if (roll < 0.12) out[POISON[Math.floor(random() * POISON.length)]!] = v; // a poisoned key (as JSON would carry it)
    out[key] = roll < 0.3 ? JUNK[Math.floor(random() * JUNK.length)] : mutate(v, random, depth + 1);
  }
  return out;
}

test('fixed-seed mutated backups get a clean backup or a clear refusal, never an exception', () => {
  const random = rng(7_262_026);
  const valid = makeBackup(Array.from({ length: 6 }, (_, i) => entry(i)), defaultSettings(), NOW);
  let accepted = 0;
  for (let i = 0; i < 3000; i++) {
    const mutated = mutate(JSON.parse(JSON.stringify(valid)), random);
    // Half as the parsed value, half as the file's text (sometimes cut short, as a broken download).
    let input: unknown = mutated;
    if (i % 2) {
      const text = JSON.stringify(mutated) ?? '';
      input = random() < 0.2 ? text.slice(0, Math.floor(random() * text.length)) : text;
    }
    const result = validateBackup(input, NOW);
    if (result.ok) {
      accepted++;
      const ids = new Set<string>();
      for (const e of result.backup.entries) {
        assert.ok(KINDS.includes(e.kind), 'only known kinds get in');
        assert.ok(e.time <= NOW + 24 * 3_600_000, 'no dates in the future');
        assert.ok(!ids.has(e.id), 'no duplicate ids');
        ids.add(e.id);
        assert.equal(Object.getPrototypeOf(e), Object.prototype);
      }
    } else {
      // A code the options page has words for, and one the checks foresaw.
      const { refusal } = result;
      assert.notEqual(refusal.code, 'unreadable', JSON.stringify(refusal));
      if (refusal.code === 'entry') assert.ok(ENTRY_PROBLEMS.includes(refusal.problem), refusal.problem);
      else assert.ok(FILE_REFUSALS.includes(refusal.code), refusal.code);
    }
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype untouched');
  assert.ok(accepted > 0 && accepted < 3000, `some pass, most do not (${accepted} accepted)`);
});

test('random text is refused with a code', () => {
  const random = rng(99);
  const alphabet = '{}[]":,0123456789abcdefnulltruefalse \\\u0000\ud800';
  for (let i = 0; i < 2000; i++) {
    let text = '';
    for (let j = Math.floor(random() * 200); j > 0; j--) text += alphabet[Math.floor(random() * alphabet.length)];
    const result = validateBackup(text, NOW);
    assert.equal(result.ok, false);
    assert.notEqual(!result.ok && result.refusal.code, 'unreadable', text);
  }
});
