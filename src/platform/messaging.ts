// The typed clients the other contexts use to talk to the worker, one per direction: pages may
// send every page message, the content script only its own few. A refusal arrives as a
// MessageError carrying the background's Failure, whose code the page puts in words.
import { api as browser } from './api.ts';
import type { ContentMessage, Failure, LedgerProblem, PageMessage, Replies, Reply } from '../core/messages.ts';
import type { Refusal } from '../core/backup-refusal.ts';

export class MessageError extends Error {
  constructor(readonly kind: string, readonly failure: Failure) {
    // Technical words for consoles; pages show words from the catalogue for the codes.
    super(`GiveFirst: ${kind}: ${JSON.stringify(failure)}`);
    this.name = 'MessageError';
  }
}

async function ask<M extends PageMessage>(message: M): Promise<Replies[M['kind']]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Replies[M['kind']]> | undefined;
  if (!reply) throw new MessageError(message.kind, { code: 'failed', detail: 'no answer' });
  if (!reply.ok) throw new MessageError(message.kind, reply.error);
  return reply.value;
}

/** Popup and options -> background. */
export const send: <M extends PageMessage>(message: M) => Promise<Replies[M['kind']]> = ask;

/** Content script -> background. */
export const sendFromContent: <M extends ContentMessage>(message: M) => Promise<Replies[M['kind']]> = ask;

/** Why a backup (or an entry) was refused, if that is what the refusal says. */
export function backupRefusalOf(error: unknown): Refusal | null {
  return error instanceof MessageError && error.failure.code === 'invalid' ? error.failure.reason ?? null : null;
}

/** The storage fault a refusal carries, if it is one. */
export function ledgerProblemOf(error: unknown): LedgerProblem | null {
  return error instanceof MessageError && error.failure.code === 'ledger' ? error.failure.problem : null;
}
