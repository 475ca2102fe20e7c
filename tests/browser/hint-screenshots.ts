// Screenshots of the inline hint for docs/, on the X fixture (Draft.js) in light and dark.
// Run after `npm run build`: node --import tsx tests/browser/hint-screenshots.ts
import { join } from 'node:path';
import { launch, ROOT } from './harness.ts';
import { fixtureRoutes } from './site-driver.ts';

const DRAFT = 'My new course is live! 50% off this week with code LAUNCH50. Link in bio, sign up now before spots run out.';

async function shoot(scheme: 'light' | 'dark', file: string): Promise<void> {
  const s = await launch({ colorScheme: scheme });
  try {
    s.serve(fixtureRoutes());
    const page = await s.open('https://x.com/home');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type(DRAFT);
    await page.waitForFunction(() => document.querySelector('givefirst-hint')?.getAttribute('data-flag') === 'true');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ROOT, 'docs', file), clip: { x: 240, y: 0, width: 860, height: 330 } });
  } finally {
    await s.close();
  }
}

await shoot('light', 'hint.png');
await shoot('dark', 'hint-dark.png');
console.log('Wrote docs/hint.png and docs/hint-dark.png');
