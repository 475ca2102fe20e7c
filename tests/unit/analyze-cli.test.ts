// The command-line twin: one verdict per input line, in order, errors in place and on stderr,
// the same verdicts as analyze(), whether the input is small (one thread) or large (workers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/core/analysis/analyze.ts';

const CLI = fileURLToPath(new URL('../../scripts/analyze.ts', import.meta.url));

function run(input: string, ...args: string[]): { out: Array<Record<string, unknown>>; err: string; status: number | null } {
  const done = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { out: done.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), err: done.stderr, status: done.status };
}

test('one verdict per line in order; a bad line gets its error in place and on stderr', () => {
  const { out, err, status } = run(['{"text":"Buy my course, 50% off, link in bio!"}', 'not json', '', '{"text":"thanks!","context":"reply"}', '{"nope":1}'].join('\n') + '\n');
  assert.equal(status, 0);
  assert.equal(out.length, 4, 'the blank line gets no verdict');
  assert.equal(out[0]!.flag, true);
  assert.match(String(out[1]!.error), /^line 2: /);
  assert.equal(out[2]!.flag, false);
  assert.match(String(out[3]!.error), /^line 5: expected an object/);
  assert.match(err, /line 2: .*\nline 5: /);
});

test('a large input, analysed by worker threads, gives exactly what analyze() gives, in order', () => {
  const texts = Array.from({ length: 2500 }, (_, i) => (i % 3 === 0 ? `Use code SAVE${i % 90 + 10} for 20% off my shop this week! ${i}` : `Thanks for the tip number ${i}, it worked`));
  const { out, status } = run(texts.map((text, i) => JSON.stringify({ text, context: i % 2 ? 'reply' : 'post' })).join('\n') + '\n', '--sensitivity', '75');
  assert.equal(status, 0);
  assert.equal(out.length, texts.length);
  texts.forEach((text, i) => {
    const a = analyze(text, { context: i % 2 ? 'reply' : 'post', settings: { sensitivity: 75, own: { domains: [], handles: [], brands: [] } } });
    assert.deepEqual(out[i], { kind: a.kind, score: a.score, flag: a.flag, reasons: a.reasons, suggestion: a.suggestion, language: a.language }, `line ${i + 1}`);
  });
});

test('line numbers stay right across batches and line endings', () => {
  // A bad line every 1,400 lines: some in each of the batches (128 KB) the input is cut into.
  const bad = (i: number): boolean => (i + 1) % 1400 === 0;
  const lines = Array.from({ length: 6000 }, (_, i) => (bad(i) ? 'oops' : JSON.stringify({ text: `Draft number ${i + 1}, with a few words to read` })));
  // Windows line endings on every other line, and no line break after the last one.
  const input = lines.map((line, i) => line + (i === lines.length - 1 ? '' : i % 2 ? '\r\n' : '\n')).join('');
  const { out, err, status } = run(input);
  assert.equal(status, 0);
  assert.equal(out.length, lines.length);
  const numbers = [1400, 2800, 4200, 5600];
  assert.deepEqual(out.flatMap((o, i) => ('error' in o ? [i + 1] : [])), numbers);
  for (const n of numbers) assert.match(String(out[n - 1]!.error), new RegExp(`^line ${n}: `));
  assert.deepEqual(err.split('\n').filter(Boolean).map((l) => l.split(':')[0]), numbers.map((n) => `line ${n}`));
});

test('bad options are refused with a clear message', () => {
  const { err, status } = run('', '--sensitivity', '200');
  assert.equal(status, 2);
  assert.match(err, /--sensitivity must be a number from 0 to 100/);
});
