// The typed client every non-background context uses to talk to the worker.
import { api as browser } from './api.ts';
import type { MessageKind, MessageOf, Replies, Reply } from '../core/messages.ts';

export async function send<K extends MessageKind>(message: MessageOf<K>): Promise<Replies[K]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Replies[K]> | undefined;
  if (!reply) throw new Error(`GiveFirst: no answer to ${message.kind}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
