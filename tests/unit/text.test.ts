// The tokenizer: every word token is its slice of the draft, lower-cased and folded, with the
// two hashes of that text, whichever of its two readers (plain words, everything else) read it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, prefixOf, scanText, type Token } from '../../src/core/analysis/text.ts';
import { fnv, wordCheck } from '../../src/core/analysis/hash.ts';
import { loadRows } from '../../scripts/model/data.ts';

const words = (text: string): string[] => scanText(text).tokens.map((t) => `${t.kind}:${t.text}`);

test('plain words with closing punctuation, and the chunks around them', () => {
  assert.deepEqual(words("Hello, world. Don't stop!"), ['word:hello', 'word:world', "word:don't", 'word:stop']);
  assert.deepEqual(words('(quoted) “curly” word’ don’t'), ['word:quoted', 'word:curly', 'word:word', "word:don't"]);
  assert.deepEqual(words('abc123 SAVE20 x.com @Name #Tag 5% $9'),
    ['word:abc', 'num:123', 'code:save20', 'url:x.com', 'mention:name', 'tag:tag', 'num:5', 'sym:%', 'sym:$', 'num:9']);
  assert.deepEqual(words('hello,world éclair'), ['word:hello', 'word:world', 'word:eclair']);
  // Prefix keys: of the lower-cased, folded word; none for words under three letters.
  const prefixes = (text: string): number[] => scanText(text).tokens.map((t) => t.prefix);
  assert.deepEqual(prefixes("SUBSCRIBE Don't ÉCLAIR ok"), [prefixOf('sub'), prefixOf('don'), prefixOf('ecl'), -1]);
  assert.deepEqual(prefixes('hello,world'), [prefixOf('hel'), prefixOf('wor')]);
  assert.notEqual(prefixOf('sub'), prefixOf('sup'));
});

test('sentences, lines, questions, capitals and line starts', () => {
  const scan = scanText('Is it SALE time? Yes.\nnext line');
  const t = (text: string): Token => scan.tokens.find((x) => x.text === text)!;
  assert.equal(t('is').sentence, 0);
  assert.equal(t('yes').sentence, 1);
  assert.equal(t('next').sentence, 3);
  assert.deepEqual(scan.questions, [0]);
  assert.equal(t('sale').caps, true);
  assert.equal(t('is').caps, false);
  assert.deepEqual(scan.tokens.filter((x) => x.lineStart).map((x) => x.text), ['is', 'next']);
  assert.deepEqual([t('next').line, t('yes').line], [1, 0]);
});

test('on every labelled draft, each word token is its own slice of the text, and carries that text\'s two hashes', () => {
  let checked = 0;
  for (const row of loadRows()) {
    for (const token of scanText(row.text).tokens) {
      assert.equal(token.hash, fnv(token.text), `${row.id}: hash of ${token.text}`);
      if (token.kind !== 'word') continue;
      // The second hash is what the vocabulary, phrases and n-gram cache tell words apart by.
      assert.equal(token.check, wordCheck(token.text), `${row.id}: second hash of ${token.text}`);
      assert.equal(token.text, fold(row.text.slice(token.start, token.end).toLowerCase()), `${row.id} at ${token.start}`);
      // The phrase matcher's key for prefix phrases, packed from the draft while scanning.
      assert.equal(token.prefix, prefixOf(token.text), `${row.id}: prefix key of ${token.text}`);
      checked++;
    }
  }
  assert.ok(checked > 100_000);
});
