// Microseconds per analyze() call: typical drafts of 140, 280, 1,000 and 10,000 characters and
// 1 MB adversarial inputs. Target: <= 20 µs median at 280 characters, linear growth, and no
// input that makes a pattern backtrack. Figures are printed, never asserted.
import { analyze } from '../src/core/analysis/analyze.ts';

const SAMPLE =
  'Postgres tip: CREATE INDEX CONCURRENTLY avoids blocking writes, but it cannot run inside a transaction. ' +
  'Thanks @lena for the review! My course covers more, 20% off this week with code PG20 at example.com/course 🚀 ' +
  'If your index fails, drop it and retry. Does anyone batch these in migrations? #postgres #sql #devops ';

function draft(length: number): string {
  return SAMPLE.repeat(Math.ceil(length / SAMPLE.length)).slice(0, length);
}

const MB = 1 << 20;
const CASES: Array<[string, string]> = [
  ['draft 140 chars', draft(140)],
  ['draft 280 chars', draft(280)],
  ['draft 1,000 chars', draft(1000)],
  ['draft 10,000 chars', draft(10_000)],
  ['1 MB one char repeated', 'a'.repeat(MB)],
  ['1 MB 100,000 URLs', 'https://ex.co/?ref=1 '.repeat(100_000).slice(0, MB)],
  ['1 MB nested punctuation', '(['.repeat(MB / 4) + '])'.repeat(MB / 4)],
  ['1 MB emoji with joiners', '👩\u200d👩\u200d👧\u200d👦'.repeat(Math.floor(MB / 11))],
  ['1 MB right-to-left text', 'مرحبا بالعالم هذا نص عربي \u200f'.repeat(Math.floor(MB / 27))],
];

function time(text: string, budgetMs: number): number[] {
  const samples: number[] = [];
  const deadline = process.hrtime.bigint() + BigInt(budgetMs) * 1_000_000n;
  while (samples.length < 20 || (process.hrtime.bigint() < deadline && samples.length < 20_000)) {
    const t0 = process.hrtime.bigint();
    analyze(text, { context: 'reply' });
    samples.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  return samples.sort((a, b) => a - b);
}

const at = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const fmt = (us: number): string => (us < 1000 ? us.toFixed(1) + ' µs' : (us / 1000).toFixed(2) + ' ms').padStart(11);

export async function run(): Promise<void> {
  for (let i = 0; i < 2000; i++) analyze(draft(280)); // warm up the JIT
  console.log('input'.padEnd(26) + 'median'.padStart(11) + 'p99'.padStart(11) + 'runs'.padStart(8));
  for (const [name, text] of CASES) {
    const samples = time(text, text.length > 100_000 ? 1500 : 700);
    console.log(name.padEnd(26) + fmt(at(samples, 0.5)) + fmt(at(samples, 0.99)) + String(samples.length).padStart(8));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
