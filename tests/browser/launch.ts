// One way to start either browser for the shared checks.
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { BrowserName, Driver, DriverOptions } from './driver.ts';

export function launchIn(browser: BrowserName, options: DriverOptions = {}): Promise<Driver> {
  return browser === 'firefox' ? launchFirefox(options) : launchChromium(options);
}
