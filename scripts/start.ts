// `npm start`: builds GiveFirst, opens Chromium with it and a demo page of compose boxes;
// `npm start -- --firefox` does the same in Firefox (dist/firefox as a temporary add-on).
// With a display, the browser is yours to try; without one (a server, CI), the same demo runs
// headless: it types a promotional and a giving draft into each box, prints what the hint
// showed, and saves screenshots to artifacts/demo/.
import { chromium, type Page } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAll } from './build.mjs';
import { CHROMIUM_ARGS, browserPath, hintTexts, nextFrame, ROOT } from '../tests/browser/harness.ts';
import { FIREFOX_ORIGIN, launchFirefox } from '../tests/browser/firefox.ts';

const DRAFTS = {
  promotional: 'My new course is live! Buy it today, 50% off with code LAUNCH50. Link in bio, sign up now 🚀🔥',
  giving: 'Great question! Two things helped me: 1) write the test first, 2) keep functions small. Thanks @sam for the tip.',
};

/** A copy of a build with the demo page inside it, so the content script can run there. */
function extensionWithDemo(target: 'chrome' | 'firefox'): string {
  const dir = join(ROOT, target === 'chrome' ? 'dist/start' : 'dist/start-firefox');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'dist', target), dir, { recursive: true });
  const html = readFileSync(join(ROOT, 'dist/fixtures/demo.html'), 'utf8');
  // Extension pages allow no inline scripts: the demo's bundle and the content script load as files.
  const page = html
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace('</body>', '<script src="demo.js"></script><script src="../content.js"></script></body>');
  mkdirSync(join(dir, 'demo'), { recursive: true });
  writeFileSync(join(dir, 'demo/index.html'), page);
  cpSync(join(ROOT, 'dist/fixtures/demo.js'), join(dir, 'demo/demo.js'));
  return dir;
}

/** What the visible hint says, line by line, read as DevTools does (the balance line is closed to page script). */
async function hintReport(page: Page): Promise<string> {
  await page.waitForTimeout(600);
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('givefirst-hint')].some((h) => !h.hidden && h.dataset.flag === 'true'),
  );
  if (!shown) return 'no hint (quiet)';
  const texts = await hintTexts(page);
  return texts.filter(Boolean).join('\n---\n').replace(/\n(Dismiss)\n(Off on this site)\n(Options)$/, '\n[$1] [$2] [$3]');
}

async function clearBox(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
}

async function runHeadlessDemo(page: Page, boxes: string[]): Promise<void> {
  const shots = join(ROOT, 'artifacts/demo');
  mkdirSync(shots, { recursive: true });
  for (const [i, selector] of boxes.entries()) {
    for (const [kind, text] of Object.entries(DRAFTS)) {
      await clearBox(page, selector);
      await page.keyboard.type(text, { delay: 2 });
      const report = await hintReport(page);
      console.log(`\nBox ${i + 1} (${selector}), ${kind} draft:\n  "${text}"\n  hint: ${report.replace(/\n/g, '\n        ')}`);
      await page.screenshot({ path: join(shots, `box${i + 1}-${kind}.png`) });
    }
    await clearBox(page, selector);
  }
  console.log(`\nScreenshots: ${shots}`);
}

/**
 * Firefox: the same demo through the tests' Firefox driver. Its hint report leaves out the
 * balance line, which sits in a closed shadow root that no page script (nor WebDriver BiDi's
 * evaluate) can read.
 */
async function startFirefox(headless: boolean): Promise<void> {
  const firefox = await launchFirefox({ source: extensionWithDemo('firefox'), headless });
  const demo = await firefox.extensionPage('demo/index.html');
  if (!headless) {
    console.log(`GiveFirst is loaded in Firefox. The demo page is open at ${FIREFOX_ORIGIN}/demo/index.html\nClose the browser window to stop.`);
    await firefox.closed;
    return;
  }
  console.log('No display: running the GiveFirst demo headless in Firefox.');
  const { FIXTURES } = await import('../tests/fixtures/pages.ts');
  const shots = join(ROOT, 'artifacts/demo');
  mkdirSync(shots, { recursive: true });
  for (const [i, selector] of (FIXTURES.find((f) => f.name === 'demo')?.boxes ?? []).entries()) {
    for (const [kind, text] of Object.entries(DRAFTS)) {
      await demo.click(selector);
      await demo.press('Control+A');
      await demo.press('Delete');
      await demo.type(text);
      await nextFrame(demo, 600);
      const report = await demo.evaluate(() => {
        const hint = [...document.querySelectorAll<HTMLElement>('givefirst-hint')].find((h) => !h.hidden && h.dataset.flag === 'true');
        return hint ? [...(hint.shadowRoot?.querySelectorAll('.title, .why, .try') ?? [])].map((p) => p.textContent).join('\n') : 'no hint (quiet)';
      });
      console.log(`\nBox ${i + 1} (${selector}), ${kind} draft:\n  "${text}"\n  hint: ${report.replace(/\n/g, '\n        ')}`);
      await demo.screenshot(join(shots, `firefox-box${i + 1}-${kind}.png`));
    }
  }
  console.log(`\nScreenshots: ${shots}`);
  await firefox.close();
}

async function main(): Promise<void> {
  await buildAll();
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (process.argv.includes('--firefox')) return startFirefox(headless);
  const extension = extensionWithDemo('chrome');
  const profile = mkdtempSync(join(tmpdir(), 'givefirst-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath(),
    headless,
    viewport: headless ? { width: 1100, height: 900 } : null,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const demoUrl = `chrome-extension://${new URL(worker.url()).host}/demo/index.html`;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  if (headless) {
    console.log('No display: running the GiveFirst demo headless.');
    const { FIXTURES } = await import('../tests/fixtures/pages.ts');
    const boxes = FIXTURES.find((f) => f.name === 'demo')?.boxes ?? [];
    await runHeadlessDemo(page, boxes);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    return;
  }
  console.log(`GiveFirst is loaded. The demo page is open at ${demoUrl}\nClose the browser window to stop.`);
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  rmSync(profile, { recursive: true, force: true });
}

if (!existsSync(join(ROOT, 'tests/fixtures/src/demo.ts')) && !existsSync(join(ROOT, 'tests/fixtures/src/demo.tsx'))) {
  console.error('The demo page source is missing (tests/fixtures/src/demo.ts).');
  process.exit(1);
}
await main();
