// The service worker (Chrome) / background script (Firefox): answers typed messages from
// GiveFirst's own contexts only, and is the single writer of the ledger and the settings.
import browser from 'webextension-polyfill';
import type { Message, MessageKind, Reply } from '../core/messages.ts';
import { handlers } from './handlers.ts';
import { startSites } from './sites.ts';
import { currentSettings } from './settings.ts';
import { isOwnContext, mayAsk, type Self } from './sender.ts';

// The first read writes back settings stored by an older version, so migrations run once, here.
void currentSettings();
startSites();

/** A page can't reach this listener directly, but a compromised or foreign context could try (src/background/sender.ts). */
const own: Self = { id: browser.runtime.id, base: browser.runtime.getURL('') };

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).kind === 'string' &&
    Object.prototype.hasOwnProperty.call(handlers, (value as Message).kind);
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
  if (!isOwnContext(sender, own)) return undefined;
  if (!isMessage(message)) return Promise.resolve({ ok: false, error: 'GiveFirst: unknown message.' });
  if (!mayAsk(sender, own, message)) return Promise.resolve({ ok: false, error: 'GiveFirst: not allowed from this context.' });
  const handle = handlers[message.kind as MessageKind] as (m: Message) => Promise<unknown>;
  return handle(message).then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
