// The analysis's speed. Figures are printed, never asserted (timed tests fail on busy machines).
//   - analyze() over every labelled draft in tests/data, cycled (thousands of different drafts,
//     not one repeated): median and p99, overall and per length; target <= 20 µs median.
//   - typing pauses: each draft analysed as it grows, as the hint does at every pause (the same
//     words again and again, so the per-word caches are warm), for comparison with the mix;
//   - 1 MB adversarial inputs: nothing may make a pattern backtrack or the model stall.
//   - the command-line twin over 100,000 different drafts against a script that only reads the
//     same JSON lines, lower-cases and splits them and prints a line each; target <= 3x.
//   - loading the built analysis.js (fetch, parse, model decoded, first verdict) in real
//     Chromium, as on a page's first compose focus.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRows } from '../scripts/model/data.ts';
import type * as Analysis from '../src/core/analysis/analyze.ts';

// What ships: the built analysis.js when there is one (npm run build), else the sources.
const BUILT = new URL('../dist/chrome/analysis.js', import.meta.url);
const { analyze } = (existsSync(BUILT) ? await import(BUILT.href) : await import('../src/core/analysis/analyze.ts')) as typeof Analysis;
const measured = existsSync(BUILT) ? 'dist/chrome/analysis.js' : 'the sources (run npm run build to measure the bundle)';

const MB = 1 << 20;
const ADVERSARIAL: Array<[string, string]> = [
  ['1 MB one char repeated', 'a'.repeat(MB)],
  ['1 MB 100,000 URLs', 'https://ex.co/?ref=1 '.repeat(100_000).slice(0, MB)],
  ['1 MB nested punctuation', '(['.repeat(MB / 4) + '])'.repeat(MB / 4)],
  ['1 MB emoji with joiners', '👩\u200d👩\u200d👧\u200d👦'.repeat(Math.floor(MB / 11))],
  ['1 MB right-to-left text', 'مرحبا بالعالم هذا نص عربي \u200f'.repeat(Math.floor(MB / 27))],
  ['1 MB one long word', 'x'.repeat(MB)],
];
const BUCKETS: Array<[string, number]> = [['up to 140 chars', 140], ['141-280', 280], ['281-1,000', 1000], ['over 1,000', Infinity]];

const at = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const fmt = (us: number): string => (us < 1000 ? us.toFixed(1) + ' µs' : (us / 1000).toFixed(2) + ' ms').padStart(11);
const row = (name: string, sorted: number[]): string =>
  name.padEnd(28) + fmt(at(sorted, 0.5)) + fmt(at(sorted, 0.99)) + String(sorted.length).padStart(8);

function timeOnce(text: string, context: 'post' | 'reply' | 'comment'): number {
  const t0 = process.hrtime.bigint();
  analyze(text, { context });
  return Number(process.hrtime.bigint() - t0) / 1000;
}

function corpusMix(): void {
  const rows = loadRows();
  for (const r of rows) analyze(r.text, { context: r.context }); // warm up the JIT
  const all: number[] = [];
  const byBucket = BUCKETS.map((): number[] => []);
  for (let pass = 0; pass < 5; pass++) {
    for (const r of rows) {
      const us = timeOnce(r.text, r.context ?? 'post');
      all.push(us);
      byBucket[BUCKETS.findIndex(([, max]) => r.text.length <= max)]!.push(us);
    }
  }
  console.log(`analyze() of ${measured} over the ${rows.length} labelled drafts, 5 passes`);
  console.log('drafts'.padEnd(28) + 'median'.padStart(11) + 'p99'.padStart(11) + 'runs'.padStart(8));
  console.log(row('all', all.sort((a, b) => a - b)));
  BUCKETS.forEach(([name], i) => console.log(row(name, byBucket[i]!.sort((a, b) => a - b))));
  const chars = rows.reduce((n, r) => n + r.text.length, 0) / rows.length;
  console.log(`(mean draft ${chars.toFixed(0)} characters)`);
}

/** Each draft re-analysed every 24 characters as if typed, as the hint does at each pause; the first 1,000 drafts. */
function typingPauses(): void {
  const rows = loadRows().slice(0, 1000);
  const times: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const r of rows) {
      for (let cut = Math.min(24, r.text.length); ; cut = Math.min(r.text.length, cut + 24)) {
        const us = timeOnce(r.text.slice(0, cut), r.context ?? 'post');
        if (pass > 0) times.push(us);
        if (cut === r.text.length) break;
      }
    }
  }
  times.sort((a, b) => a - b);
  console.log(`\ntyping pauses (each of 1,000 drafts analysed every 24 characters as it grows): median ${fmt(at(times, 0.5)).trim()}, ` +
    `p99 ${fmt(at(times, 0.99)).trim()} over ${times.length} analyses`);
}

function adversarial(): void {
  console.log('\n1 MB inputs'.padEnd(29) + 'median'.padStart(11) + 'p99'.padStart(11) + 'runs'.padStart(8));
  for (const [name, text] of ADVERSARIAL) {
    const samples: number[] = [];
    for (let i = 0; i < 15; i++) samples.push(timeOnce(text, 'reply'));
    console.log(row(name, samples.sort((a, b) => a - b)));
  }
}

/** 100,000 different drafts: each labelled draft, then pairs of them joined, until there are enough. */
function manyDrafts(count: number): string {
  const texts = loadRows().map((r) => r.text);
  const lines: string[] = [];
  for (let i = 0; lines.length < count; i++) {
    const a = texts[i % texts.length]!;
    const b = texts[(i * 7 + 3) % texts.length]!;
    const text = i < texts.length ? a : `${a.slice(0, 140)} ${b.slice(-140)} ${i}`;
    lines.push(JSON.stringify({ text, context: i % 3 === 0 ? 'reply' : 'post' }));
  }
  return lines.join('\n') + '\n';
}

function cliTwin(): void {
  const dir = mkdtempSync(join(tmpdir(), 'givefirst-bench-'));
  const input = join(dir, 'drafts.jsonl');
  writeFileSync(input, manyDrafts(100_000));
  const run = (script: string): number => {
    const t0 = process.hrtime.bigint();
    const done = spawnSync(process.execPath, ['--import', 'tsx', script], { input: readFileSync(input), maxBuffer: 1 << 30 });
    if (done.status !== 0) throw new Error(`${script} failed: ${done.stderr}`);
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  const root = new URL('..', import.meta.url).pathname;
  // The two scripts run in turn, three times: this machine's speed drifts within minutes, so each
  // twin run is compared with the baseline run just before it.
  const baselines: number[] = [];
  const twins: number[] = [];
  for (let i = 0; i < 3; i++) {
    baselines.push(run(join(root, 'bench/support/split-lines.ts')));
    twins.push(run(join(root, 'scripts/analyze.ts')));
  }
  const ratios = twins.map((t, i) => t / baselines[i]!).sort((a, b) => a - b);
  const baseline = Math.min(...baselines);
  const twin = Math.min(...twins);
  console.log(`\ncommand-line twin, 100,000 different drafts: ${twin.toFixed(2)} s; reading, lower-casing and splitting the same lines: ` +
    `${baseline.toFixed(2)} s (best of three each, run in turn); ratio ${(twin / baseline).toFixed(2)} (target <= 3), ` +
    `each run against the one before it ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
}

async function loadInChromium(): Promise<void> {
  // Loaded here, with the browser tests' lookup and flags: the other figures need no browser.
  const { chromium } = await import('playwright-core');
  const { browserPath, CHROMIUM_ARGS } = await import('../tests/browser/harness.ts');
  const bundle = BUILT;
  if (!existsSync(bundle)) {
    console.log('\n(analysis load time: run npm run build first)');
    return;
  }
  let executablePath: string;
  try {
    executablePath = browserPath();
  } catch (err) {
    // The other figures are worth having without a browser: say what is missing instead of failing.
    console.log(`\n(analysis load time: ${err instanceof Error ? err.message : String(err)})`);
    return;
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const code = readFileSync(bundle);
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    // A fresh context each time: nothing cached, as on a page's first compose focus.
    const context = await browser.newContext();
    await context.route('**/*', (route) => (route.request().url().endsWith('/analysis.js')
      ? route.fulfill({ body: code, contentType: 'text/javascript' })
      : route.fulfill({ body: '<!doctype html><title>bench</title>', contentType: 'text/html' })));
    const page = await context.newPage();
    await page.goto('https://bench.example/');
    times.push(await page.evaluate(async () => {
      const t0 = performance.now();
      const module = (await import('/analysis.js')) as { analyze: (text: string) => unknown };
      module.analyze('Big sale this weekend, 20% off with code SAVE20, link in bio!');
      return performance.now() - t0;
    }));
    await context.close();
  }
  await browser.close();
  times.sort((a, b) => a - b);
  console.log(`\nloading analysis.js (${(code.length / 1024).toFixed(0)} KB) in Chromium, fetch + parse + model decoded + first verdict: ` +
    `median ${at(times, 0.5).toFixed(1)} ms, slowest ${times[times.length - 1]!.toFixed(1)} ms (9 fresh pages)`);
}

export async function run(): Promise<void> {
  corpusMix();
  typingPauses();
  adversarial();
  cliTwin();
  await loadInChromium();
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
