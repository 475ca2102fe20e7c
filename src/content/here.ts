// The site of this page: its adapter, whether GiveFirst is on here, and switching it off
// (the hint's "Off on this site").
import { isSiteEnabled, siteRefFor, type Settings } from '../core/settings.ts';
import { adapterFor, siteForHost } from '../sites/index.ts';
import { sendFromContent as send } from '../platform/messaging.ts';

export const adapter = adapterFor(location.hostname);

/** GiveFirst's own demo page, where the content script is loaded by the page itself. */
const ownPage = location.protocol.endsWith('-extension:');
const here = siteRefFor(siteForHost(location.hostname), location.origin);

export const enabledHere = (settings: Settings): boolean => ownPage || isSiteEnabled(settings, here);

/** The background saves it; every tab of the site, this one too, follows through storage. */
export async function turnOffHere(): Promise<void> {
  await send({ kind: 'site:set', site: here, on: false }).catch(() => undefined);
}
