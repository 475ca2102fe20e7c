// Screenshots of the options page for docs/, light and dark, with a draft in the preview.
// Run after `npm run build`: node --import tsx tests/browser/options-screenshots.ts
import { join } from 'node:path';
import { launch, ROOT } from './harness.ts';

const DRAFT = 'My new course is live! 50% off this week only with code LAUNCH, link in bio. Sign up today!';

async function shoot(scheme: 'light' | 'dark', file: string): Promise<void> {
  const s = await launch({ colorScheme: scheme });
  try {
    const page = await s.extensionPage('options/index.html');
    await page.getByLabel('Try a draft').fill(DRAFT);
    await page.waitForFunction(() => (document.querySelector('[data-testid="preview-hint"]')?.shadowRoot?.textContent ?? '').length > 0);
    await page.screenshot({ path: join(ROOT, 'docs', file), fullPage: true });
  } finally {
    await s.close();
  }
}

await shoot('light', 'options.png');
await shoot('dark', 'options-dark.png');
console.log('Wrote docs/options.png and docs/options-dark.png');
