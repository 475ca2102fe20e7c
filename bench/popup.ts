// Time to the popup's first full render (balance, charts and recent posts) in real Chromium,
// with ledgers of 100, 10,000 and 100,000 entries seeded through the worker's import. Two
// moments, from navigation start: when the popup has put everything in the page
// (`document.body.dataset.readyAt`, set in a layout effect) and when the browser painted it
// (the headline's Element Timing). Target: at most 100 ms at 100,000 entries, nearly flat
// growth (the balance reads daily aggregates and a kept streak, the list reads the time index).
import type { Page } from 'playwright-core';
import { buildAll } from '../scripts/build.mjs';
import { launch, stopWorker } from '../tests/browser/harness.ts';
import { loadEntries, seedEntries } from '../tests/browser/ledger-seed.ts';

const SIZES = [100, 10_000, 100_000];
const OPENS = 9;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number, width = 4) => `${x.toFixed(0).padStart(width)} ms`;

async function open(page: Page) {
  await page.waitForSelector('body[data-ready]');
  return page.evaluate(async () => {
    const painted = await new Promise<number>((resolve) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === 'headline');
        if (entry) resolve((entry as PerformanceEntry & { renderTime: number }).renderTime);
      }).observe({ type: 'element', buffered: true });
    });
    return { painted, ready: Number(document.body.dataset.readyAt), script: Number(document.body.dataset.scriptAt) };
  });
}

function summary(times: Awaited<ReturnType<typeof open>>[]): string {
  const of = (pick: (t: (typeof times)[number]) => number) => times.map(pick);
  return (
    `in the page: median ${ms(median(of((t) => t.ready)))}, max ${ms(Math.max(...of((t) => t.ready)))}` +
    `  painted: median ${ms(median(of((t) => t.painted)))}, max ${ms(Math.max(...of((t) => t.painted)))}` +
    `  popup's own work (script start to in the page): median ${ms(median(of((t) => t.ready - t.script)), 3)}`
  );
}

export async function run(): Promise<void> {
  await buildAll();
  const rows: string[] = [];
  for (const size of SIZES) {
    // No request routing: it would pause every load of the extension's own files for a round
    // trip to this process, which no real popup pays. Nothing here touches the network.
    const s = await launch({ route: false });
    try {
      const seeder = await s.extensionPage('popup/index.html');
      const seededAt = performance.now();
      await loadEntries(seeder, seedEntries(size, Date.now(), 3 * 365));
      const seedMs = performance.now() - seededAt;
      await seeder.close();
      const times: Awaited<ReturnType<typeof open>>[] = [];
      for (let i = 0; i < OPENS; i++) {
        const page = await s.extensionPage('popup/index.html');
        times.push(await open(page));
        await page.close();
      }
      rows.push(`${size.toLocaleString('en').padStart(8)} entries  ${summary(times)}  (seeded in ${(seedMs / 1000).toFixed(1)} s)`);
      if (size === SIZES.at(-1)) {
        // The first popup after Chrome stopped the idle worker also pays for waking it and reopening the database.
        const asleep: typeof times = [];
        const helper = await s.extensionPage('popup/index.html');
        const cdp = await s.context.newCDPSession(helper);
        for (let i = 0; i < OPENS; i++) {
          await stopWorker(cdp);
          const page = await s.extensionPage('popup/index.html');
          asleep.push(await open(page));
          await page.close();
        }
        rows.push(`${size.toLocaleString('en').padStart(8)} entries, worker asleep  ${summary(asleep)}`);
      }
    } finally {
      await s.close();
    }
  }
  console.log(`Popup: time to first full render from navigation start, over ${OPENS} opens (an empty extension page takes 30-50 ms here before its script runs)`);
  for (const row of rows) console.log(row);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
