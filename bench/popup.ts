// Time to the popup's first full render (balance, charts and recent posts on screen) in real
// Chromium, with ledgers of 100, 10,000 and 100,000 entries seeded through the worker's import.
// The popup marks `document.body.dataset.readyAt` with performance.now() when it has rendered.
// Target: at most 100 ms at 100,000 entries, and nearly flat growth (the balance reads daily
// aggregates, the list reads the time index; neither grows with history).
import { buildAll } from '../scripts/build.mjs';
import { launch } from '../tests/browser/harness.ts';
import { loadEntries, seedEntries } from '../tests/browser/ledger-seed.ts';

const SIZES = [100, 10_000, 100_000];
const OPENS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  await buildAll();
  const rows: string[] = [];
  for (const size of SIZES) {
    const s = await launch();
    try {
      const seeder = await s.extensionPage('popup/index.html');
      const seededAt = performance.now();
      await loadEntries(seeder, seedEntries(size, Date.now(), 3 * 365));
      const seedMs = performance.now() - seededAt;
      await seeder.close();
      const times: number[] = [];
      const own: number[] = [];
      for (let i = 0; i < OPENS; i++) {
        const page = await s.extensionPage('popup/index.html');
        await page.waitForSelector('body[data-ready]');
        const { readyAt, scriptAt } = await page.evaluate(() => ({ ...document.body.dataset }));
        times.push(Number(readyAt));
        own.push(Number(readyAt) - Number(scriptAt));
        await page.close();
      }
      // The first open after seeding also pays for waking the worker's connection; the median is the usual case.
      rows.push(`${size.toLocaleString('en').padStart(8)} entries  first ${times[0]!.toFixed(0).padStart(4)} ms  median ${median(times).toFixed(0).padStart(4)} ms  max ${Math.max(...times).toFixed(0).padStart(4)} ms  popup's own work (script start to render) median ${median(own).toFixed(0).padStart(3)} ms  (seeded in ${(seedMs / 1000).toFixed(1)} s)`);
    } finally {
      await s.close();
    }
  }
  console.log('Popup: time to first full render, from navigation start (includes the browser opening the page) and from the popup script start, over 7 opens');
  for (const row of rows) console.log(row);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
