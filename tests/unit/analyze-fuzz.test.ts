// Nothing throws, whatever is typed or pasted: fixed-seed random drafts mixing every kind of
// character, and 1 MB adversarial inputs. Each result must still satisfy the contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, fingerprint } from '../../src/core/analysis/analyze.ts';
import { KINDS, type Analysis } from '../../src/core/types.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = ['link in bio', '50% off', 'code SAVE20', 'https://x.co/?ref=1', '@me', '#ad', 'DM me', 'thanks!', 'how to', '1.', '\n',
  '👉', '👩\u200d👩\u200d👧', '\u200d', '\u200f', 'مرحبا', 'שלום', '\ud800', '\udfff', '\u0000', '\uffff', '`', '?', '...', '((', '))',
  '$', '€9', 'über', 'ção', '¿qué?', 'œuvre', '\t', '   ', 'CAPS1', 'www.', '.com', '@', '#', '%', '\\', '"', "'", '\r\n'];

function valid(a: Analysis, text: string): void {
  assert.ok(KINDS.includes(a.kind));
  assert.ok(a.score >= 0 && a.score <= 1 && Number.isFinite(a.score));
  assert.equal(typeof a.flag, 'boolean');
  assert.equal(typeof a.suggestion, 'string');
  for (const r of a.reasons) {
    assert.ok(r.start >= 0 && r.start <= r.end && r.end <= text.length, `span ${r.start}-${r.end}`);
    assert.equal(r.text, text.slice(r.start, r.end));
  }
}

test('fixed-seed random drafts never throw', () => {
  const random = rng(20240601);
  for (let i = 0; i < 2000; i++) {
    let text = '';
    const parts = Math.floor(random() * 40);
    for (let p = 0; p < parts; p++) {
      text += random() < 0.7 ? PIECES[Math.floor(random() * PIECES.length)]! : String.fromCharCode(Math.floor(random() * 0x10000));
      if (random() < 0.5) text += ' ';
    }
    const a = analyze(text, { context: (['post', 'reply', 'comment'] as const)[i % 3], settings: { sensitivity: i % 101 } });
    valid(a, text);
    fingerprint(text);
  }
});

const MB = 1 << 20;
const ADVERSARIAL: Record<string, string> = {
  'one character repeated': 'a'.repeat(MB),
  'one space repeated': ' '.repeat(MB),
  '100,000 URLs': 'https://ex.co/?ref=1 '.repeat(100_000),
  'nested punctuation': '(['.repeat(MB / 4) + '])'.repeat(MB / 4),
  'emoji with joiners': '👩\u200d👩\u200d👧\u200d👦'.repeat(MB / 11),
  'right-to-left text': 'مرحبا بالعالم \u200f'.repeat(MB / 15),
  'lone surrogates': '\ud800a\udc00'.repeat(MB / 3),
  'binary junk': Array.from({ length: MB }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
  'one giant word with dots': 'a.'.repeat(MB / 2),
  'only question marks': '?'.repeat(MB),
  'only newlines and bullets': '\n- '.repeat(MB / 3),
  'hashtags': '#tag '.repeat(MB / 5),
};

for (const [name, text] of Object.entries(ADVERSARIAL)) {
  test(`1 MB adversarial input never throws: ${name}`, () => {
    const started = performance.now();
    const a = analyze(text, { context: 'reply', settings: { sensitivity: 100, own: { domains: ['ex.co'], handles: ['a'], brands: ['a'] } } });
    valid(a, text);
    fingerprint(text);
    assert.ok(performance.now() - started < 2000, 'stays fast (linear, analysed on its first and last parts)');
  });
}

test('non-string input does not throw', () => {
  for (const junk of [undefined, null, 42, {}, []]) {
    const a = analyze(junk as unknown as string);
    assert.ok(KINDS.includes(a.kind));
  }
});
