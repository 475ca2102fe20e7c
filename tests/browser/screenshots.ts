// The README's pictures, written to docs/ by `npm run docs` (never by `npm test`): the hint on
// the X fixture (Draft.js), the popup with twelve weeks of posts, and the options page with a
// draft in its preview, each in light and dark. Run after `npm run build`.
import { join } from 'node:path';
import { launch, ROOT } from './harness.ts';
import { fixtureRoutes } from './site-driver.ts';
import { loadEntries, seedEntries } from './ledger-seed.ts';

const HINT_DRAFT = 'My new course is live! 50% off this week with code LAUNCH50. Link in bio, sign up now before spots run out.';
const PREVIEW_DRAFT = 'My new course is live! 50% off this week only with code LAUNCH, link in bio. Sign up today!';

type Scheme = 'light' | 'dark';
const file = (name: string, scheme: Scheme) => join(ROOT, 'docs', scheme === 'light' ? `${name}.png` : `${name}-dark.png`);

async function hint(scheme: Scheme): Promise<void> {
  const s = await launch({ colorScheme: scheme });
  try {
    s.serve(fixtureRoutes());
    const page = await s.open('https://x.com/home');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type(HINT_DRAFT);
    await page.waitForFunction(() => document.querySelector('givefirst-hint')?.getAttribute('data-flag') === 'true');
    // The hint is placed on the next frame.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: file('hint', scheme), clip: { x: 240, y: 0, width: 860, height: 330 } });
  } finally {
    await s.close();
  }
}

async function popup(scheme: Scheme): Promise<void> {
  const s = await launch({ colorScheme: scheme });
  try {
    const page = await s.extensionPage('popup/index.html');
    // The last week in detail: a good week with one promotion and a correction.
    await loadEntries(page, seedEntries(160, Date.now(), 84));
    await page.setViewportSize({ width: 360, height: 600 });
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    await page.screenshot({ path: file('popup', scheme), fullPage: true });
  } finally {
    await s.close();
  }
}

async function options(scheme: Scheme): Promise<void> {
  const s = await launch({ colorScheme: scheme });
  try {
    const page = await s.extensionPage('options/index.html');
    await page.getByLabel('Try a draft').fill(PREVIEW_DRAFT);
    await page.waitForFunction(() => (document.querySelector('[data-testid="preview-hint"]')?.shadowRoot?.textContent ?? '').length > 0);
    await page.screenshot({ path: file('options', scheme), fullPage: true });
  } finally {
    await s.close();
  }
}

for (const scheme of ['light', 'dark'] as const) {
  await hint(scheme);
  await popup(scheme);
  await options(scheme);
}
console.log('Wrote docs/hint, popup and options .png, light and dark.');
