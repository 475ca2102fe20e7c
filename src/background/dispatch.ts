// The one door into the background. In order: is the sender GiveFirst's own (else no answer),
// is the kind known, may this sender send it, is the payload what its kind says; only then does
// the handler run. Every answer is a Reply, and a refused message has changed nothing.
import type { Failure, Reply } from '../core/messages.ts';
import { checkMessage, knownKind, type AnyInput } from '../core/message-checks.ts';
import { handlers } from './handlers.ts';
import { LedgerError } from './ledger/errors.ts';
import { isOwnContext, mayAsk, type SenderLike, type Self } from './sender.ts';

/** The answer to `raw` from `sender`, or undefined for a sender that is not GiveFirst's. */
export function dispatch(raw: unknown, sender: SenderLike | null | undefined, self: Self, now = Date.now()): Promise<Reply<unknown>> | undefined {
  if (!isOwnContext(sender, self)) return undefined;
  if (!knownKind(raw)) return refuse({ code: 'unknown-kind' });
  if (!mayAsk(sender, self, raw as { kind: string })) return refuse({ code: 'not-allowed' });
  const checked = checkMessage(raw, now);
  if (!checked.ok) return refuse(checked.failure);
  const handle = handlers[checked.input.kind] as (input: AnyInput) => Promise<unknown>;
  return handle(checked.input).then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error: failureOf(error) }),
  );
}

const refuse = (error: Failure): Promise<Reply<never>> => Promise.resolve({ ok: false, error });

function failureOf(error: unknown): Failure {
  if (error instanceof LedgerError) return { code: 'ledger', problem: error.problem };
  return { code: 'failed', detail: error instanceof Error ? error.message : String(error) };
}
