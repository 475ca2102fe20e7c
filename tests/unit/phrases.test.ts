// The phrase matcher: a phrase list's gates (phrases.ts listOf) only skip phrases that could not
// match, so what is found is what walking every phrase finds. Each gate is tried on drafts where
// its second step matches and where it does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, findPhrases, type PhraseGroup } from '../../src/core/analysis/phrases.ts';
import { scanText } from '../../src/core/analysis/text.ts';

// Test-only phrases, one of each shape the gates tell apart.
const GROUPS: PhraseGroup[] = [
  { signal: 'offer', weight: 1, phrases: ['# % off', '# hour*|min|day', '$ #', 'code CAPS', 'visit URL', 'ask @'] },
  { signal: 'cta', weight: 1, phrases: ['join my|our? club', 'join ~ today', 'tiny'] },
];
const INDEX = compile(GROUPS);

/** Phrases found in `text`, as the words they span. */
function found(text: string): string[] {
  const { tokens } = scanText(text);
  // No vocabulary: the index is not the shipped one, so its lists are found through byKey.
  const ids = tokens.map(() => 0);
  return findPhrases([INDEX], tokens, ids, []).map((m) => tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' '));
}

test('a kind of token as the second step: checked on the next token', () => {
  assert.deepEqual(found('now 20 % off'), ['20 % off']);
  assert.deepEqual(found('now 20 off'), []);
  assert.deepEqual(found('only $ 5 today'), ['$ 5']);
  assert.deepEqual(found('use code SAVE20 now'), ['code save20']);
  assert.deepEqual(found('use code word'), []);
  assert.deepEqual(found('visit shop.example.com'), ['visit shop.example.com']);
  assert.deepEqual(found('visit us'), []);
  assert.deepEqual(found('ask @ana'), ['ask ana']);
  assert.deepEqual(found('20'), []);
});

test('words and prefixes as the second step: a word, or a word that starts like a prefix, passes', () => {
  assert.deepEqual(found('in 2 hours'), ['2 hours']);
  assert.deepEqual(found('in 2 Hourly'), ['2 hourly']);
  assert.deepEqual(found('in 2 min'), ['2 min']);
  assert.deepEqual(found('in 2 hou'), []);
  assert.deepEqual(found('in 2 apples'), []);
  assert.deepEqual(found('in 2 ho'), []);
});

test('an optional second step and a gap are walked', () => {
  assert.deepEqual(found('join our club'), ['join our club']);
  assert.deepEqual(found('join club'), ['join club']);
  assert.deepEqual(found('join the team today'), ['join the team today']);
  assert.deepEqual(found('join the whole big team today'), []);
  assert.deepEqual(found('a tiny one'), ['tiny']);
});

test('a second step on the next line does not match', () => {
  assert.deepEqual(found('now 20\n% off'), []);
  assert.deepEqual(found('in 2\nhours'), []);
});
