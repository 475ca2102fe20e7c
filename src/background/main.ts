// The service worker (Chrome) / background script (Firefox): answers typed messages from
// GiveFirst's own contexts only (src/background/dispatch.ts), and is the single writer of the
// ledger and the settings.
import browser from 'webextension-polyfill';
import { dispatch } from './dispatch.ts';
import { startSites } from './sites.ts';
import { currentSettings } from './settings.ts';
import type { Self } from './sender.ts';

// The first read writes back settings stored by an older version, so migrations run once, here.
void currentSettings();
startSites();

/** A page can't reach this listener directly, but a compromised or foreign context could try (src/background/sender.ts). */
const own: Self = { id: browser.runtime.id, base: browser.runtime.getURL('') };

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => dispatch(message, sender, own));
