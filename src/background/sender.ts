// Who may ask the background what. Pure (no extension API), so it is unit-tested in Node.
// runtime.onMessage only hears GiveFirst's own contexts (there is no externally_connectable and
// no onMessageExternal listener), and this is the second lock: the sender must carry GiveFirst's
// id, and a content script, which runs inside pages and shares their renderer process, may only
// send the few messages the hint needs, and switch off only the site it runs on. Reading the
// history, exporting, importing, correcting, deleting and any other settings change are for
// GiveFirst's own pages (popup, options).
import { CONTENT_KINDS } from '../core/messages.ts';
import { isSiteRef, sameSite, siteRefFor } from '../core/settings.ts';
import { siteForHost } from '../sites/index.ts';

/** The fields of runtime.MessageSender this check reads. */
export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
}

export interface Self {
  /** browser.runtime.id */
  id: string;
  /** browser.runtime.getURL(''): chrome-extension://<id>/ or moz-extension://<uuid>/ */
  base: string;
}

export type SenderContext = 'extension-page' | 'content-script';

/** The kind of GiveFirst context that sent a message, or null for anything that is not GiveFirst's. */
export function senderContext(sender: SenderLike | null | undefined, self: Self): SenderContext | null {
  if (!sender || typeof sender.id !== 'string' || !self.id || sender.id !== self.id) return null;
  const url = typeof sender.url === 'string' ? sender.url : '';
  // An extension page (popup, options, the worker itself); the demo page is one too.
  if (self.base && url.startsWith(self.base)) return 'extension-page';
  // Content scripts report the page's URL; without a URL there is no way to tell, so the
  // narrower set applies.
  return 'content-script';
}

/** Whether the background should answer this message from this sender at all. */
export function isOwnContext(sender: SenderLike | null | undefined, self: Self): boolean {
  return senderContext(sender, self) !== null;
}

/** Whether this sender may send this message. */
export function mayAsk(sender: SenderLike | null | undefined, self: Self, message: { kind: string; site?: unknown; on?: unknown }): boolean {
  const context = senderContext(sender, self);
  if (context === 'extension-page') return true;
  if (context !== 'content-script' || !(CONTENT_KINDS as readonly string[]).includes(message.kind)) return false;
  return message.kind !== 'site:set' || switchesOffItsOwnSite(sender!.url, message);
}

/** A page's content script may only turn GiveFirst off, and only for the site it runs on. */
function switchesOffItsOwnSite(url: string | undefined, message: { site?: unknown; on?: unknown }): boolean {
  if (message.on !== false || !isSiteRef(message.site)) return false;
  try {
    const page = new URL(url ?? '');
    return sameSite(message.site, siteRefFor(siteForHost(page.hostname), page.origin));
  } catch {
    return false;
  }
}
