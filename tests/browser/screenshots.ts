// The README's pictures, written to docs/ by `npm run docs` (never by `npm test`): the hint on
// the X fixture (Draft.js), the popup with twelve weeks of posts, and the options page with a
// draft in its preview, in Chromium light and dark; the popup and the hint in Firefox; the
// popup in German (Chromium started with --lang=de). Run after `npm run build`.
import { join } from 'node:path';
import { launch, ROOT } from './harness.ts';
import { launchIn } from './launch.ts';
import type { BrowserName, Driver, Tab } from './driver.ts';
import { launchChromium } from './chromium.ts';
import { fixtureRoutes } from './site-driver.ts';
import { loadEntries, seedEntries } from './ledger-seed.ts';

const HINT_DRAFT = 'My new course is live! 50% off this week with code LAUNCH50. Link in bio, sign up now before spots run out.';
const PREVIEW_DRAFT = 'My new course is live! 50% off this week only with code LAUNCH, link in bio. Sign up today!';

type Scheme = 'light' | 'dark';
const docs = (name: string) => join(ROOT, 'docs', `${name}.png`);

async function hint(driver: Driver, file: string): Promise<void> {
  driver.serve(fixtureRoutes());
  const page = await driver.open('https://x.com/home');
  await page.click('[data-testid="tweetTextarea_0"]');
  await page.type(HINT_DRAFT);
  await page.waitFor(() => document.querySelector('givefirst-hint:not([hidden])')?.getAttribute('data-flag') === 'true', null, 0);
  // The hint is placed on the next frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot(docs(file), { x: 240, y: 0, width: 860, height: 330 });
  await page.close();
}

async function popup(driver: Driver, file: string): Promise<void> {
  const page: Tab = await driver.extensionPage('popup/index.html');
  // The last week in detail: a good week with one promotion and a correction.
  await loadEntries(page, seedEntries(160, Date.now(), 84));
  await page.close();
  const fresh = await driver.extensionPage('popup/index.html');
  await fresh.resize(360, 600);
  await fresh.waitFor(() => document.body.dataset.ready !== undefined, null, 0);
  await fresh.screenshot(docs(file));
  await fresh.close();
}

async function options(scheme: Scheme): Promise<void> {
  const s = await launch({ colorScheme: scheme });
  try {
    const page = await s.extensionPage('options/index.html');
    await page.locator('#preview-draft').fill(PREVIEW_DRAFT);
    await page.waitForFunction(() => (document.querySelector('[data-testid="preview-hint"]')?.shadowRoot?.textContent ?? '').length > 0);
    await page.screenshot({ path: docs(scheme === 'light' ? 'options' : 'options-dark'), fullPage: true });
  } finally {
    await s.close();
  }
}

/** Runs `shoot` in a fresh browser, closed whatever happens. */
async function inFresh(browser: BrowserName, scheme: Scheme, shoot: (d: Driver) => Promise<void>): Promise<void> {
  const driver = await launchIn(browser, { colorScheme: scheme });
  try {
    await shoot(driver);
  } finally {
    await driver.close();
  }
}

for (const scheme of ['light', 'dark'] as const) {
  const suffix = scheme === 'light' ? '' : '-dark';
  await inFresh('chromium', scheme, (d) => hint(d, `hint${suffix}`));
  await inFresh('chromium', scheme, (d) => popup(d, `popup${suffix}`));
  await options(scheme);
}
await inFresh('firefox', 'light', (d) => hint(d, 'firefox-hint'));
await inFresh('firefox', 'light', (d) => popup(d, 'firefox-popup'));
const german = await launchChromium({ lang: 'de' });
try {
  await popup(german, 'popup-de');
} finally {
  await german.close();
}
console.log('Wrote docs/: hint, popup and options (light and dark), firefox-hint, firefox-popup, popup-de.');
